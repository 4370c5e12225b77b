// `npm run bench`: runs every benchmark pair, prints one JSON document and writes it to
// bench/results/latest.json. Figures are ops/s on this machine; `ratio` = baseline ops/s ÷ ours,
// i.e. how many times slower the validated, explained operation is than the bare computation.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { moneyCases } from './cases/money.js';
import { premiumCases } from './cases/premium.js';
import { bulkServiceFirms } from './cases/eligibility.js';
import { bulkLedger } from './cases/prevention.js';
import { bulkCoverage } from './cases/coverage.js';
import { bulkReports } from './cases/reports.js';
import type { BenchPair, Lib } from './pair.js';

// Load the built package, as users get it (`npm run bench` builds first).
const entry: string = '../dist/index.js'; // a variable: the type checker must not need dist/
const lib = (await import(entry)) as Lib;

const only = process.env['BENCH_ONLY'];
const cases: BenchPair[] = [...moneyCases(lib), ...premiumCases(lib)].filter(
  (c) => only === undefined || c.name.startsWith(only),
);
const time = Number(process.env['BENCH_TIME_MS'] ?? 500);

async function opsPerSecond(fn: () => unknown): Promise<number> {
  const bench = new Bench({ time, warmupTime: 100 });
  bench.add('x', fn);
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (result?.state !== 'completed')
    throw new Error(`benchmark did not complete: ${result?.state ?? 'no result'}`);
  return 1000 / result.period;
}

const results = [];
for (const c of cases) {
  const ours = await opsPerSecond(c.subject);
  const bare = await opsPerSecond(c.baseline);
  results.push({
    name: c.name,
    opsPerSecond: Math.round(ours),
    baselineOpsPerSecond: Math.round(bare),
    ratio: Number((bare / ours).toFixed(2)),
  });
}
// Bulk runs: a whole roster through one check, for time and peak memory.
const wants = (name: string) => only === undefined || name.startsWith(only);
const bulk = [
  ...(wants('eligibility') ? [bulkServiceFirms(lib)] : []),
  ...(wants('prevention') ? [bulkLedger(lib, true), bulkLedger(lib, false)] : []),
  ...(wants('coverage') ? [bulkCoverage(lib)] : []),
  ...(wants('reports') ? [bulkReports(lib)] : []),
];
const report = {
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
  timeMsPerTask: time,
  results,
  bulk,
};
const json = JSON.stringify(report, null, 2);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${json}\n`);
console.log(json);
