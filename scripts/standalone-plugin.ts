// The esbuild plugin behind the standalone entries (`anzexian/standalone/<id>`, issue 18 item 7): it
// compiles the generic capabilities against a catalogue of ONE jurisdiction and the national measures,
// so a program that imports one jurisdiction ships that jurisdiction and no other. Two kinds of module
// are replaced, nothing else:
//   - `src/profiles/shipped.ts` (the shipped profile versions) by the jurisdiction's profile and the
//     national measures;
//   - each table of local rules in `src/jurisdictions/hooks/<table>.ts` by the jurisdiction's own entry,
//     `export <table>` of `src/jurisdictions/<id>/hooks.ts` (an empty table when it has none).
// Used by `tsup.config.ts` and by `test/standalone.test.ts`, which bundles programs with it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/** The jurisdictions that have a standalone entry; `national` is the national measures alone. */
export const STANDALONE = [
  'anhui',
  'xinzhou',
  'jingzhou',
  'anhua',
  'zhoushan',
  'national',
] as const;
export type StandaloneId = (typeof STANDALONE)[number];

/** The exported name of each profile module, by jurisdiction folder. */
const PROFILE_EXPORT: Readonly<Record<string, string>> = {
  anhui: 'anhui',
  xinzhou: 'xinzhou',
  jingzhou: 'jingzhou',
  anhua: 'anhua',
  zhoushan: 'zhoushan',
  'national-2017': 'national2017',
  'national-2025': 'national2025',
};

const exportedConsts = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^export const (\w+)/gm)].map((m) => m[1] as string);

/** The catalogue module of one standalone build: the jurisdiction's versions, then the national ones. */
function shippedModule(id: StandaloneId): string {
  const folders = [...(id === 'national' ? [] : [id]), 'national-2017', 'national-2025'];
  const imports = folders.map(
    (f) => `import { ${PROFILE_EXPORT[f]} } from '../jurisdictions/${f}/profile.js';`,
  );
  const list = folders.map((f) => PROFILE_EXPORT[f]).join(', ');
  return `${imports.join('\n')}\nexport const PROFILES = /* @__PURE__ */ Object.freeze([${list}]);\n`;
}

/** One table of local rules with the jurisdiction's own entry only (or none). */
function tableModule(id: StandaloneId, srcDir: string, table: string, original: string): string {
  const name = exportedConsts(original)[0];
  if (name === undefined) throw new Error(`${original}: no exported table`);
  if (id === 'national') return `export const ${name} = /* @__PURE__ */ new Map();\n`;
  const own = exportedConsts(join(srcDir, 'jurisdictions', id, 'hooks.ts'));
  // the main table lists the jurisdiction, so its hooks.ts must export the table's entry: an empty
  // table would compute the jurisdiction with the shared rules alone
  const listed = readFileSync(original, 'utf8').includes(`['${id}', ${id}.${table}]`);
  if (listed && !own.includes(table))
    throw new Error(
      `src/jurisdictions/${id}/hooks.ts exports no ${table}, which ${original} lists`,
    );
  if (!own.includes(table)) return `export const ${name} = /* @__PURE__ */ new Map();\n`;
  return (
    `import { ${table} as own } from '../${id}/hooks.js';\n` +
    `export const ${name} = /* @__PURE__ */ new Map([['${id}', own]]);\n`
  );
}

/** The plugin for the standalone build of `id`. */
export function standalonePlugin(id: StandaloneId): Plugin {
  return {
    name: `anzexian-standalone-${id}`,
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]profiles[\\/]shipped\.ts$/ }, (args) => ({
        contents: shippedModule(id),
        loader: 'ts',
        resolveDir: dirname(args.path),
      }));
      build.onLoad({ filter: /[\\/]src[\\/]jurisdictions[\\/]hooks[\\/]\w+\.ts$/ }, (args) => {
        const table = /(\w+)\.ts$/.exec(args.path)?.[1] ?? '';
        const srcDir = join(dirname(args.path), '..', '..');
        return {
          contents: tableModule(id, srcDir, table, args.path),
          loader: 'ts',
          resolveDir: dirname(args.path),
        };
      });
    },
  };
}
