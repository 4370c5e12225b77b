import type { Lib } from '../pair.js';

const CERTS = [
  'registered-safety-engineer',
  'first-class-constructor',
  'supervision-engineer',
] as const;

/** A firm with 20 staff, varied deterministically by its index (no randomness: results are repeatable). */
function firm(i: number) {
  const staff = Array.from({ length: 20 }, (_, k) => ({
    name: `F${i}-S${k}`,
    title: k % 7 === 0 ? ('senior' as const) : ('intermediate' as const),
    certificates: k % 3 === 0 ? [CERTS[(i + k) % 3] ?? ('civil-engineer' as const)] : [],
    safetyYears: (i * 7 + k * 3) % 25,
  }));
  return {
    jurisdiction: 'xinzhou' as const,
    asOf: '2025-06-01',
    facts: {
      name: `firm ${i}`,
      constructionSafetyCapability: true,
      qualityControlSystem: i % 11 !== 0,
      supervisionGrade: i % 2 === 0 ? ('grade-b' as const) : ('none' as const),
      commissionedRiskServiceYears: i % 5,
      goodReputation: true,
      enforcementOrBadConductInLast3Years: i % 13 === 0,
      fixedPreventionTeam: true,
    },
    staff,
  };
}

/**
 * Checking 100,000 service firms of 20 staff each, one at a time (the input is generated lazily, as a
 * stream would deliver it): wall time and peak heap, sampled every 1,000 firms.
 */
export function bulkServiceFirms({ checkServiceFirm }: Lib, count = 100_000) {
  globalThis.gc?.();
  const baseHeap = process.memoryUsage().heapUsed;
  let peakHeap = baseHeap;
  let peakRss = process.memoryUsage().rss;
  const tally = { pass: 0, fail: 0, unknown: 0 };
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    tally[checkServiceFirm(firm(i)).status] += 1;
    if (i % 1000 === 0) {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    name: 'eligibility.service-firms-100k',
    firms: count,
    staffPerFirm: 20,
    seconds: Number(seconds.toFixed(2)),
    firmsPerSecond: Math.round(count / seconds),
    peakHeapMiB: Number((peakHeap / 2 ** 20).toFixed(1)),
    peakRssMiB: Number((peakRss / 2 ** 20).toFixed(1)),
    verdicts: tally,
  };
}
