// Running the built command line (dist/cli.js) and node itself in a child process, as a user runs them.
import { spawnSync } from 'node:child_process';

/** Options of a child process: its standard input, and a heap limit (`--max-old-space-size`). */
export interface ChildOptions {
  readonly input?: string;
  readonly heapMiB?: number;
}

/** Runs node with these arguments (TZ=UTC); its exit code, signal, stdout and stderr. */
export function node(args: readonly string[], options: ChildOptions = {}) {
  const heap = options.heapMiB === undefined ? [] : [`--max-old-space-size=${options.heapMiB}`];
  const r = spawnSync(process.execPath, [...heap, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 64 * 2 ** 20,
  });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

/** Runs `anzexian` (the built dist/cli.js) with these arguments. */
export const runCli = (args: readonly string[], options: ChildOptions = {}) =>
  node(['dist/cli.js', ...args], options);

/** The arguments of `anzexian coverage` in Jingzhou as of 2021-06-30 over a roster file. */
export const jingzhouCoverage = (path: string): string[] => [
  'coverage',
  '--jurisdiction',
  'jingzhou',
  '--as-of',
  '2021-06-30',
  '--input',
  path,
];
