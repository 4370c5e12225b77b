// `npm run bench`: runs every benchmark pair, prints one JSON document and writes it to
// bench/results/latest.json. Each pair is checked to give the same answers, warmed up, then timed
// interleaved with its baseline over varied, seeded inputs (bench/harness.ts). `ratio` = baseline
// ops/s ÷ ours, i.e. how many times slower the validated, explained operation is than the bare
// computation: its median and spread over the rounds. Absolute figures are context only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runPair } from './harness.js';
import { moneyPairs } from './cases/money.js';
import { premiumPairs } from './cases/premium.js';
import { bulkServiceFirms } from './cases/eligibility.js';
import { bulkLedger } from './cases/prevention.js';
import { bulkCoverage } from './cases/coverage.js';
import { bulkReports } from './cases/reports.js';
import { bulkCsvRoster, bulkXlsxRoster, type Io } from './cases/io.js';
import { startupPairs } from './cases/startup.js';
import { cliCoverage } from './cases/cli.js';
import type { Lib } from './pair.js';

// Load the built package, as users get it (`npm run bench` builds first).
const entry: string = '../dist/index.js'; // a variable: the type checker must not need dist/
const lib = (await import(entry)) as Lib;
const ioEntry: string = '../dist/io.js';
const io = (await import(ioEntry)) as Io;

// BENCH_ONLY=premium,startup runs the benchmarks whose name starts with one of these prefixes.
const only = process.env['BENCH_ONLY']?.split(',');
const wants = (name: string) => only === undefined || only.some((p) => name.startsWith(p));
const msPerSide = Number(process.env['BENCH_TIME_MS'] ?? 300);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 7);
const results = [
  ...moneyPairs(lib)
    .filter((p) => wants(p.name))
    .map((p) => runPair(p, { rounds, msPerSide })),
  ...premiumPairs(lib)
    .filter((p) => wants(p.name))
    .map((p) => runPair(p, { rounds, msPerSide })),
];
// Bulk runs: a whole roster through one check, for time and peak memory.
const bulk = [
  ...(wants('eligibility') ? [bulkServiceFirms(lib)] : []),
  ...(wants('prevention')
    ? [bulkLedger(lib, true), bulkLedger(lib, 'sorted'), bulkLedger(lib, false)]
    : []),
  ...(wants('coverage') ? [bulkCoverage(lib)] : []),
  ...(wants('reports') ? [bulkReports(lib)] : []),
  ...(wants('io')
    ? [
        bulkCsvRoster(lib, io),
        bulkCsvRoster(lib, io, undefined, true),
        await bulkXlsxRoster(lib, io),
      ]
    : []),
  // the command line on a 1,000,000-row CSV beside a hand-written CSV script (whole processes)
  ...(wants('cli') ? [cliCoverage()] : []),
];
// Cold start: whole processes, interleaved pair by pair (bench/cases/startup.ts).
const processRounds = Number(process.env['BENCH_PROCESS_ROUNDS'] ?? 15);
const startup = wants('startup') ? startupPairs(processRounds) : [];
const report = {
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
  method: `interleaved, ${String(rounds)} rounds of ${String(msPerSide)} ms per side, seeded varied inputs, answers checked first; processes: ${String(processRounds)} interleaved pairs after a warm-up`,
  results,
  bulk,
  startup,
};
const json = JSON.stringify(report, null, 2);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${json}\n`);
console.log(json);

// The ratios at a glance (stderr, so stdout stays one JSON document): median (min–max) over rounds.
const range = (s: { median: number; min: number; max: number }, unit = '×') =>
  `${s.median.toFixed(2)}${unit} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
const lines = [
  ...results.map(
    (r) =>
      `${r.name}: ${range(r.ratio)} the baseline's time; ${Math.round(r.opsPerSecond.median).toLocaleString('en')}/s (${Math.round(r.opsPerSecond.min).toLocaleString('en')}–${Math.round(r.opsPerSecond.max).toLocaleString('en')})`,
  ),
  ...bulk.flatMap((b) =>
    'ratio' in b && typeof b.ratio === 'object'
      ? [`${b.name}: ${range(b.ratio)} the baseline's time`]
      : 'ratioCpu' in b
        ? [
            `${b.name}: ${range(b.ratioCpu)} CPU, ${range(b.ratioWall)} wall of the hand-written script`,
          ]
        : [],
  ),
  ...startup.map(
    (s) =>
      `${s.name}: ${range(s.ratioWall)} wall, ${s.ratioCpu === null ? 'CPU n/a' : `${range(s.ratioCpu)} CPU`} of \`${s.baseline}\`${s.costRatioOverNode === undefined ? '' : `; the import alone ${s.costRatioOverNode.toFixed(2)}× (wall medians over bare node)`}`,
  ),
];
console.error(lines.join('\n'));
