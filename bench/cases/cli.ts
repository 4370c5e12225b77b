// The command line on a big roster, as whole processes: `anzexian coverage` on a 1,000,000-row CSV
// (plus 100,000 renewal rows) beside a hand-written CSV script (bench/scripts/hand-coverage.mjs) that
// counts the same file. The file is written once to a temporary folder; both must give the same
// counts before anything is timed; then interleaved pairs, CPU time (the children's, Linux) and wall.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spread } from '../harness.js';
import { csv } from './io.js';

function run(command: readonly string[]): { wall: number; cpu: number; stdout: string } {
  const start = process.hrtime.bigint();
  const [file = '', ...args] = command;
  // `/usr/bin/time`-free CPU figure: the child reports its own CPU time on stderr at exit
  const r = spawnSync(file, ['--require', CPU_HOOK, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const stderr = r.stderr.toString();
  const m = /cpu-seconds=([0-9.]+)/.exec(stderr);
  if (m === null || (r.status !== 0 && r.status !== 1))
    throw new Error(`${command.join(' ')} exited ${String(r.status)}: ${stderr.slice(0, 500)}`);
  return { wall, cpu: Number(m[1]), stdout: r.stdout.toString() };
}

// A preload that prints the process's CPU time (user + system) when it exits.
const CPU_HOOK = join(tmpdir(), `anzexian-cpu-hook-${String(process.pid)}.cjs`);

/**
 * `anzexian coverage --format json` on a 1,000,000-unit CSV ÷ the hand-written script on the same
 * file (issue 21 target ≤ 1.5×): median and spread over `rounds` interleaved pairs.
 */
export function cliCoverage(count = 1_000_000, rounds = 3) {
  writeFileSync(
    CPU_HOOK,
    "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`cpu-seconds=${(u.user + u.system) / 1e6}\\n`); });\n",
  );
  const dir = mkdtempSync(join(tmpdir(), 'anzexian-bench-'));
  try {
    const file = join(dir, 'roster.csv');
    const parts: Uint8Array[] = [];
    for (const chunk of csv(count)) parts.push(chunk);
    writeFileSync(file, Buffer.concat(parts));
    parts.length = 0;
    const asOf = '2021-06-30';
    const ours = [
      process.execPath,
      'dist/cli.js',
      'coverage',
      '--jurisdiction',
      'jingzhou',
      '--as-of',
      asOf,
      '--input',
      file,
    ];
    const hand = [process.execPath, 'bench/scripts/hand-coverage.mjs', file, asOf];
    // the same counts first
    const status = JSON.parse(run(ours).stdout) as {
      categories: { category: string; total: number; insured: number }[];
    };
    const counts = JSON.parse(run(hand).stdout) as Record<
      string,
      { total: number; insured: number }
    >;
    for (const c of status.categories) {
      const h = counts[c.category] ?? { total: 0, insured: 0 };
      if (h.total !== c.total || h.insured !== c.insured)
        throw new Error(
          `cli bench: the hand script counts ${c.category} as ${JSON.stringify(h)}, the CLI ${JSON.stringify(c)}`,
        );
    }
    const a: { wall: number; cpu: number }[] = [];
    const b: { wall: number; cpu: number }[] = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2 === 0) {
        a.push(run(ours));
        b.push(run(hand));
      } else {
        b.push(run(hand));
        a.push(run(ours));
      }
    }
    const r3 = (s: { median: number; min: number; max: number }) => ({
      median: Number(s.median.toFixed(2)),
      min: Number(s.min.toFixed(2)),
      max: Number(s.max.toFixed(2)),
    });
    return {
      name: 'cli.coverage-1m-rows',
      rows: count + count / 10,
      rounds,
      cpuSeconds: {
        ours: r3(spread(a.map((x) => x.cpu))),
        baseline: r3(spread(b.map((x) => x.cpu))),
      },
      ratioCpu: r3(spread(a.map((x, i) => x.cpu / (b[i]?.cpu ?? NaN)))),
      ratioWall: r3(spread(a.map((x, i) => x.wall / (b[i]?.wall ?? NaN)))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(CPU_HOOK, { force: true });
  }
}
