// Cold start, as whole processes: `anzexian --help` beside `node -e 0`, and importing the main entry
// beside importing its dependencies (zod/mini and decimal.js, by the subpaths the library uses).
// Each pair runs interleaved (ours, baseline, then baseline, ours, …) after a warm-up of each, and the
// ratio is taken pair by pair: wall time from the parent's clock, CPU time (user + system) of the
// child from /proc/self/stat (the children's times; Linux only, 10 ms ticks — null elsewhere).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spread } from '../harness.js';

type Figures = { median: number; min: number; max: number };

/** The CPU seconds used by this process's finished children so far, or null off Linux. */
function childrenCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command name (which is in parentheses and may hold spaces).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime are fields 16 and 17 of the whole line, 14 and 15 after the name.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** Runs a command to completion; its wall and CPU seconds. Throws when it fails. */
function timed(command: readonly string[]): { wall: number; cpu: number | null } {
  const cpu0 = childrenCpu();
  const start = process.hrtime.bigint();
  const [file = '', ...args] = command;
  const r = spawnSync(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu1 = childrenCpu();
  if (r.status !== 0) throw new Error(`${command.join(' ')} exited ${String(r.status)}`);
  return { wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

const round3 = (s: Figures): Figures => ({
  median: Number(s.median.toFixed(3)),
  min: Number(s.min.toFixed(3)),
  max: Number(s.max.toFixed(3)),
});

/** One process pair's figures: seconds of each side and ours ÷ baseline, median and spread. */
export interface ProcessPairResult {
  readonly name: string;
  readonly rounds: number;
  readonly ours: string;
  readonly baseline: string;
  readonly wallSeconds: { readonly ours: Figures; readonly baseline: Figures };
  readonly ratioWall: Figures;
  /** null where the children's CPU time cannot be read. */
  readonly ratioCpu: Figures | null;
  /** (ours − bare node) ÷ (baseline − bare node) on the medians of wall time: the import alone. */
  readonly costRatioOverNode?: number;
}

function processPair(
  name: string,
  ours: readonly string[],
  baseline: readonly string[],
  rounds: number,
): ProcessPairResult & { oursMedian: number; baselineMedian: number } {
  timed(ours);
  timed(baseline);
  const a: { wall: number; cpu: number | null }[] = [];
  const b: { wall: number; cpu: number | null }[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      a.push(timed(ours));
      b.push(timed(baseline));
    } else {
      b.push(timed(baseline));
      a.push(timed(ours));
    }
  }
  const cpuKnown = a.every((x) => x.cpu !== null) && b.every((x) => x.cpu !== null);
  const wallA = spread(a.map((x) => x.wall));
  const wallB = spread(b.map((x) => x.wall));
  return {
    name,
    rounds,
    ours: ['node', ...ours.slice(1)].join(' '),
    baseline: ['node', ...baseline.slice(1)].join(' '),
    wallSeconds: { ours: round3(wallA), baseline: round3(wallB) },
    ratioWall: round3(spread(a.map((x, i) => x.wall / (b[i]?.wall ?? NaN)))),
    // a CPU time of 0 ticks on either side makes a pair's ratio meaningless: such pairs are left out
    ratioCpu: cpuKnown
      ? round3(
          spread(
            a.flatMap((x, i) => {
              const y = b[i]?.cpu ?? 0;
              return x.cpu !== null && x.cpu > 0 && y > 0 ? [x.cpu / y] : [];
            }),
          ),
        )
      : null,
    oursMedian: wallA.median,
    baselineMedian: wallB.median,
  };
}

/**
 * `anzexian --help` ÷ `node -e 0` (issue 21 target ≤ 2×), and the main entry's import ÷ importing its
 * dependencies (target ≤ 1.2×), both as whole processes, plus the import's own cost over bare Node.
 */
export function startupPairs(rounds: number): ProcessPairResult[] {
  const node = process.execPath;
  const main = pathToFileURL(resolve('dist/index.js')).href;
  const importMain = `await import(${JSON.stringify(main)})`;
  const importDeps = "await import('zod/mini'); await import('decimal.js')";
  const help = processPair(
    'startup.cli-help',
    [node, 'dist/cli.js', '--help'],
    [node, '-e', '0'],
    rounds,
  );
  const imports = processPair(
    'startup.import-main',
    [node, '--input-type=module', '-e', importMain],
    [node, '--input-type=module', '-e', importDeps],
    rounds,
  );
  const bare = help.baselineMedian; // node -e 0, measured interleaved with the help above
  const { oursMedian, baselineMedian, ...importFigures } = imports;
  const { oursMedian: _a, baselineMedian: _b, ...helpFigures } = help;
  return [
    helpFigures,
    {
      ...importFigures,
      costRatioOverNode: Number(((oursMedian - bare) / (baselineMedian - bare)).toFixed(2)),
    },
  ];
}
