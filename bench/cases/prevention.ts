import type { Lib } from '../pair.js';

const CATEGORIES = [
  'training',
  'risk-assessment',
  'hazard-inspection',
  'emergency-drill',
  'technology',
];

/**
 * A ledger of 1,000,000 entries over 10,000 policies, checked in one pass from a generator (the entries
 * are never held): wall time and peak heap, sampled by the generator every 10,000 entries. Duplicates
 * looked for with a key per entry (true), by sorted ids (`'sorted'`), or not at all (false).
 */
export function bulkLedger(
  { checkPreventionLedger }: Lib,
  detectDuplicates: boolean | 'sorted' = true,
  count = 1_000_000,
  policyCount = 10_000,
) {
  const policies = Array.from({ length: policyCount }, (_, p) => ({
    policy: `P${p}`,
    collected: `${20000 + (p % 97) * 131}.${String(p % 100).padStart(2, '0')}`,
    period: { from: '2026-01-01', to: '2026-12-31' },
  }));
  globalThis.gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  function* entries() {
    for (let i = 0; i < count; i++) {
      if (i % 10_000 === 0) {
        const m = process.memoryUsage();
        peakHeap = Math.max(peakHeap, m.heapUsed);
        peakRss = Math.max(peakRss, m.rss);
      }
      const month = (i % 12) + 1;
      yield {
        id: `E${String(i).padStart(8, '0')}`, // zero-padded: ascending, as 'sorted' needs
        date: `2026-${String(month).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        amount: `${(i % 500) + 1}.${String(i % 100).padStart(2, '0')}`,
        category: CATEGORIES[i % CATEGORIES.length] ?? 'training',
        policy: `P${i % policyCount}`,
      };
    }
  }
  const start = process.hrtime.bigint();
  const result = checkPreventionLedger({
    jurisdiction: 'anhui',
    asOf: '2026-12-31',
    policies,
    entries: entries(),
    detectDuplicates,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    name: `prevention.ledger-1m-entries-10k-policies${detectDuplicates === 'sorted' ? '-sorted-by-id' : detectDuplicates ? '' : '-no-duplicate-keys'}`,
    entries: result.entries,
    policies: policyCount,
    seconds: Number(seconds.toFixed(2)),
    entriesPerSecond: Math.round(count / seconds),
    peakHeapMiB: Number((peakHeap / 2 ** 20).toFixed(1)),
    peakRssMiB: Number((peakRss / 2 ** 20).toFixed(1)),
    status: result.status,
  };
}
