// The esbuild plugin that ships the large data modules as JSON (issue 21 item 4: the main entry's
// import cost). The shipped profiles (`src/jurisdictions/<id>/profile.ts`) and the holiday calendar
// (`src/time/holidays-data.ts`) are written as TypeScript literals, with the clause each value comes
// from in a comment beside it. Compiled as they are, they are ~150 kB of object literals that V8 must
// parse in full and run at import. This plugin evaluates each such module once, at build time, and
// emits its exported values as `deepFreeze(JSON.parse('…'))`, which V8 reads several times faster
// than the same literal (JSON is parsed without building code). The build refuses a value that JSON
// does not carry exactly (undefined, -0, a class instance, a function…), so the shipped value is the
// source's, deep-equal; `scripts/literal-check.ts` checks the built package against the sources.
// Used by `tsup.config.ts` for every JavaScript build (the tests run the sources, without it).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build, type Plugin } from 'esbuild';

/** The modules shipped as JSON: every profile version, and the holiday calendar. */
export const LITERAL_MODULES =
  /[\\/]src[\\/](jurisdictions[\\/][\w-]+[\\/]profile|time[\\/]holidays-data)\.ts$/;

const exportedConsts = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^export const (\w+)/gm)].map((m) => m[1] as string);

/**
 * The module's exported values, by running it (bundled with its imports from `src/`, packages left
 * to Node) from a file under node_modules/.cache, so its packages resolve as the sources' do.
 */
async function evaluate(file: string, root: string): Promise<Record<string, unknown>> {
  const out = await build({
    entryPoints: [file],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const dir = join(root, 'node_modules', '.cache', 'anzexian-literal');
  mkdirSync(dir, { recursive: true });
  const name = `${basename(dirname(file))}-${basename(file, '.ts')}`;
  const target = join(dir, `${name}.${String(process.pid)}.mjs`);
  writeFileSync(target, out.outputFiles[0]?.text ?? '');
  try {
    return (await import(`${pathToFileURL(target).href}?t=${String(Date.now())}`)) as Record<
      string,
      unknown
    >;
  } finally {
    rmSync(target, { force: true });
  }
}

/** A module's source as JSON, or an error naming the export that JSON does not carry exactly. */
export async function literalModule(file: string, root: string): Promise<string> {
  const values = await evaluate(file, root);
  const names = exportedConsts(file);
  if (names.length === 0) throw new Error(`${file}: no exported const to ship as JSON`);
  const freeze = resolve(root, 'src', '_lib', 'freeze.ts');
  const lines = [`import { deepFreeze } from ${JSON.stringify(freeze)};`];
  for (const name of names) {
    const value = values[name];
    // JSON.stringify gives undefined (typed as string) for undefined or a function
    const json = JSON.stringify(value) as string | undefined;
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value))
      throw new Error(
        `${file}: ${name} is not carried exactly by JSON (undefined, -0, a class, …)`,
      );
    if (!Object.isFrozen(value)) throw new Error(`${file}: ${name} is not frozen in the source`);
    lines.push(
      `export const ${name} = /* @__PURE__ */ deepFreeze(JSON.parse(${JSON.stringify(json)}));`,
    );
  }
  return `${lines.join('\n')}\n`;
}

// one evaluation per module per process (tsup runs the builds of every entry in one process)
const cache = new Map<string, Promise<string>>();

/** The plugin: each literal module is replaced by its values as JSON (see the file's head). */
export function literalPlugin(root = process.cwd()): Plugin {
  return {
    name: 'anzexian-literal-data',
    setup(b) {
      b.onLoad({ filter: LITERAL_MODULES }, async (args) => {
        let contents = cache.get(args.path);
        if (contents === undefined) {
          contents = literalModule(args.path, root);
          cache.set(args.path, contents);
        }
        return { contents: await contents, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}
