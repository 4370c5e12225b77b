import type { Lib } from '../pair.js';

/** A roster of Jingzhou enterprises and projects, generated lazily and deterministically. */
function* roster(count: number) {
  for (let i = 0; i < count; i++) {
    const insured = i % 10 < 7;
    const policies = insured ? [{ from: '2021-01-01', to: '2021-12-31' }] : [];
    if (i % 4 === 0) {
      yield {
        kind: 'project' as const,
        id: `P${i}`,
        projectKind: i % 8 === 0 ? ('housing' as const) : ('municipal' as const),
        startDate: '2021-03-01',
        policies,
      };
    } else {
      yield {
        kind: 'enterprise' as const,
        id: `E${i}`,
        sector: 'construction',
        inStatistics: i % 3 !== 0,
        policies,
      };
    }
  }
}

/**
 * coverageStatus over 1,000,000 units, every unit validated, beside a hand-written loop that counts
 * the same data without validating it. Peak heap sampled while the roster streams.
 */
export function bulkCoverage({ coverageStatus, jingzhou }: Lib, count = 1_000_000) {
  const asOf = '2021-06-30';
  globalThis.gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  function* sampled() {
    let i = 0;
    for (const u of roster(count)) {
      if (i++ % 20_000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      yield u;
    }
  }
  let start = process.hrtime.bigint();
  const result = coverageStatus({ profile: jingzhou, asOf, units: sampled() });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  // The baseline: the same counts by hand, trusting the data.
  start = process.hrtime.bigint();
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
  const baselineSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    name: 'coverage.status-1m-units',
    units: result.units,
    seconds: Number(seconds.toFixed(3)),
    baselineSeconds: Number(baselineSeconds.toFixed(3)),
    ratio: Number((seconds / baselineSeconds).toFixed(2)),
    peakHeapMiB: Number((peakHeap / 2 ** 20).toFixed(1)),
  };
}
