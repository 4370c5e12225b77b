import type { Lib } from '../pair.js';

/**
 * A realistic Jingzhou roster, generated lazily and deterministically: three enterprises to one
 * project, one to three policies each (an expired one, a renewal, a current one), about 30% uninsured
 * on the day.
 */
function* roster(count: number) {
  for (let i = 0; i < count; i++) {
    const policies =
      i % 10 < 3
        ? [{ from: '2019-01-01', to: '2019-12-31' }]
        : i % 10 < 6
          ? [
              { from: '2020-01-01', to: '2020-12-31' },
              { from: '2021-01-01', to: '2021-12-31' },
            ]
          : [
              { from: '2019-06-01', to: '2020-05-31' },
              { from: '2020-06-01', to: '2021-05-31' },
              { from: '2021-06-01', to: '2022-05-31' },
            ];
    if (i % 4 === 0) {
      yield {
        kind: 'project' as const,
        id: `P${String(i)}`,
        projectKind: i % 8 === 0 ? ('housing' as const) : ('municipal' as const),
        startDate: '2021-03-01',
        policies,
      };
    } else {
      yield {
        kind: 'enterprise' as const,
        id: `E${String(i)}`,
        sector: 'construction',
        inStatistics: i % 3 !== 0,
        policies,
      };
    }
  }
}

/** The same counts by hand, trusting the data: category → [total, insured]. */
function handCounts(count: number, asOf: string): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const u of roster(count)) {
    const category =
      u.kind === 'project'
        ? `new-projects-${u.projectKind}`
        : u.inStatistics
          ? 'enterprises-in-statistics'
          : 'enterprises-not-in-statistics';
    const c = counts.get(category) ?? [0, 0];
    c[0]++;
    if (u.policies.some((p) => p.from <= asOf && asOf <= p.to)) c[1]++;
    counts.set(category, c);
  }
  return counts;
}

/**
 * coverageStatus over 1,000,000 units, every unit validated, beside a hand-written loop that counts
 * the same data without validating it: both warmed up, checked to give the same counts, then timed in
 * alternating order for three rounds. Peak heap sampled while the roster streams through the library.
 */
export function bulkCoverage({ coverageStatus, jingzhou }: Lib, count = 1_000_000, rounds = 3) {
  const asOf = '2021-06-30';
  const ours = (n: number) => coverageStatus({ profile: jingzhou, asOf, units: roster(n) });
  // warm-up and the answer check
  const check = ours(100_000);
  const hand = handCounts(100_000, asOf);
  for (const c of check.categories) {
    const h = hand.get(c.category) ?? [0, 0];
    if (c.total !== h[0] || c.insured !== h[1])
      throw new Error(
        `coverage baseline disagrees on ${c.category}: ${String(h)} vs ${String(c.total)},${String(c.insured)}`,
      );
  }
  globalThis.gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  const time = (fn: () => unknown) => {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  const oursS: number[] = [];
  const handS: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const runOurs = () =>
      oursS.push(
        time(() => {
          let i = 0;
          function* sampled() {
            for (const u of roster(count)) {
              if (i++ % 20_000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
              yield u;
            }
          }
          coverageStatus({ profile: jingzhou, asOf, units: sampled() });
        }),
      );
    const runHand = () => handS.push(time(() => handCounts(count, asOf)));
    if (r % 2 === 0) {
      runOurs();
      runHand();
    } else {
      runHand();
      runOurs();
    }
  }
  const ratios = oursS.map((o, i) => o / (handS[i] ?? NaN)).sort((a, b) => a - b);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return {
    name: 'coverage.status-1m-units',
    units: count,
    rounds,
    seconds: Number(med(oursS).toFixed(3)),
    baselineSeconds: Number(med(handS).toFixed(3)),
    ratio: {
      median: Number(med(ratios).toFixed(2)),
      min: Number((ratios[0] ?? NaN).toFixed(2)),
      max: Number((ratios[ratios.length - 1] ?? NaN).toFixed(2)),
    },
    peakHeapMiB: Number((peakHeap / 2 ** 20).toFixed(1)),
  };
}
