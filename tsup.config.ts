import { defineConfig, type Options } from 'tsup';
import { literalPlugin } from './scripts/literal-plugin.js';
import { STANDALONE, standalonePlugin } from './scripts/standalone-plugin.js';

const JURISDICTIONS = [
  'anhui',
  'xinzhou',
  'jingzhou',
  'anhua',
  'zhoushan',
  'national-2017',
  'national-2025',
];

// One entry per public subpath: the main entry, and one per jurisdiction so a user who needs one
// profile does not ship five. ESM + CJS, each with its own declaration file (.d.ts / .d.cts).
// Code splitting in both formats keeps one copy of shared modules (so `instanceof ValidationError`
// holds whichever entry an error came from).
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      // .xlsx forms: their own entry, so the core never loads exceljs (an optional peer dependency)
      xlsx: 'src/xlsx/index.ts',
      // rosters from CSV and .xlsx files: their own entry (the .xlsx reader loads exceljs on demand)
      io: 'src/io/index.ts',
      // case tables (runCases): their own entry, so the main entry does not carry the runner
      cases: 'src/cases/index.ts',
      ...Object.fromEntries(
        JURISDICTIONS.map((j) => [`jurisdictions/${j}`, `src/jurisdictions/${j}/index.ts`]),
      ),
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false, // the sources are not shipped, so maps would point nowhere
    clean: false, // `npm run build` empties dist/ first: two configs must not clean each other's output
    target: 'node20',
    treeshake: true,
    splitting: true,
    // the profiles and the holiday calendar shipped as JSON: read faster at import (scripts/literal-plugin.ts)
    esbuildPlugins: [literalPlugin()],
    // Every build also writes the profiles as JSON and the profile JSON Schema into dist/ (a tsup run
    // with `clean` would otherwise leave the package without them).
    onSuccess: 'tsx scripts/export-json.ts',
  },
  // Standalone entries, `anzexian/standalone/<id>` (issue 18 item 7): the generic API compiled against one
  // jurisdiction's profile and own rules and the national measures, so a program that imports one
  // ships no other. One self-contained build each (the plugin swaps the catalogue modules); the
  // declarations are the same API's, written once by the build after these.
  ...STANDALONE.map((id): Options => ({
    entry: { [`standalone/${id}`]: `src/standalone/${id}.ts` },
    format: ['esm', 'cjs'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    treeshake: true,
    splitting: false,
    esbuildPlugins: [standalonePlugin(id), literalPlugin()],
  })),
  {
    entry: Object.fromEntries(
      STANDALONE.map((id) => [`standalone/${id}`, `src/standalone/${id}.ts`]),
    ),
    format: ['esm', 'cjs'],
    dts: { only: true },
    clean: false,
    target: 'node20',
  },
  {
    // The command line: its own entry (the library stays pure), ESM, run by Node with the shebang kept.
    // The entry answers --help and --version alone and loads the commands (and with them the library,
    // zod and decimal.js) only when one runs: a chunk of its own, dist/cli/ (issue 21: cold start).
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    tsconfig: 'tsconfig.cli.json',
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    splitting: true,
    esbuildPlugins: [literalPlugin()],
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
  },
]);
