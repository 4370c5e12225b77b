import { describe, expect, it } from 'vitest';
import { checkPreventionLedger } from '../../src/index.js';
import { issuesOf } from '../helpers/issues.js';
import { entry, ledger, P1 } from '../helpers/ledger.js';

// checkPreventionLedger (src/prevention/ledger.ts) at its limits, each worked by hand.

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('checkPreventionLedger limits', () => {
  it.each([
    [
      'rows failing the schema (3 issues each): the 34th row is cut after its first issue',
      range(40).map((i) => ({ id: `R${i}`, date: '2026-03-01' })),
      33,
    ],
    ['rows naming an unknown policy', range(150).map((i) => entry(i, { policy: 'P404' })), 99],
    ['rows with an unknown category', range(150).map((i) => entry(i, { category: 'banquet' })), 99],
    ['rows with a negative amount', range(150).map((i) => entry(i, { amount: '-1' })), 99],
  ])('AH-PREV-06 at most 100 issues are reported: %s', (_, rows, lastRow) => {
    const issues = issuesOf(() => ledger(rows));
    expect(issues).toHaveLength(100);
    expect(issues[99]?.path.slice(0, 2)).toEqual(['entries', lastRow]);
    expect(issues.filter((i) => i.path[1] === lastRow)).toHaveLength(1);
  });

  it('AH-PREV-06 99 bad rows then a row with 3 schema issues: exactly 100 issues, the last from row 99', () => {
    const rows = [...range(99).map((i) => entry(i, { amount: '-1' })), { id: 'X' }, entry(100)];
    const issues = issuesOf(() => ledger(rows));
    expect(issues).toHaveLength(100);
    expect(issues[99]?.path).toEqual(['entries', 99, 'date']);
  });

  it('AH-PREV-06 a one-day policy period (from = to) is accepted, and an entry on that day is in period', () => {
    const r = checkPreventionLedger({
      jurisdiction: 'anhui',
      asOf: '2026-12-31',
      policies: [{ ...P1, period: { from: '2026-05-01', to: '2026-05-01' } }],
      entries: [entry(0, { date: '2026-05-01', amount: '12.34' })],
    });
    expect(r.status).toBe('pass');
    expect(r.policies[0]?.spent.amount).toBe('12.34');
  });

  it('AH-PREV-06 per-year totals and entry counts: 3 entries in 2026 and 2 in 2027, years ascending', () => {
    const r = checkPreventionLedger({
      jurisdiction: 'anhui',
      asOf: '2027-12-31',
      policies: [{ ...P1, period: { from: '2026-07-01', to: '2027-06-30' } }],
      entries: [
        entry(0, { date: '2027-02-01', amount: '5' }),
        entry(1, { date: '2026-07-01', amount: '1.50' }),
        entry(2, { date: '2027-06-30', amount: '5' }),
        entry(3, { date: '2026-12-31', amount: '1.50' }),
        entry(4, { date: '2026-08-15', amount: '1.50' }),
      ],
    });
    expect(r.years.map((y) => [y.year, y.spent.amount, y.entries])).toEqual([
      [2026, '4.50', 3],
      [2027, '10.00', 2],
    ]);
    expect(r.entries).toBe(5);
  });
});
