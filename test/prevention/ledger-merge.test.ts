import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLedgerPart,
  checkPreventionLedger,
  mergeLedgerParts,
  ValidationError,
  type LedgerEntry,
  type LedgerPart,
} from '../../src/index.js';

// Sharded ledgers: split a ledger into parts in ledger order, check each part, merge — the result must
// be exactly the one-pass check (deep equality), whatever the split and whatever the duplicates.

const asOf = '2026-12-31';
const policies = [
  { policy: 'P1', collected: '19800.00', period: { from: '2026-01-01', to: '2026-12-31' } },
  { policy: 'P2', collected: '0.05', period: { from: '2026-03-01', to: '2027-02-28' } },
];
const base = { jurisdiction: 'anhui' as const, asOf, policies };

describe('mergeLedgerParts', () => {
  it('AH-PREV-05 the cap is taken on the summed spending: two parts each within 3,960.00, together 0.01 over', () => {
    // 19,800.00 collected × 20% = 3,960.00; 2,000.00 + 1,960.01 = 3,960.01 → over by 0.01
    const a = [{ date: '2026-02-01', amount: '2000.00', category: 'training', policy: 'P1' }];
    const b = [{ date: '2026-05-01', amount: '1960.01', category: 'training', policy: 'P1' }];
    const parts = [a, b].map((entries) => checkLedgerPart({ ...base, entries }));
    for (const entries of [a, b])
      expect(checkPreventionLedger({ ...base, entries }).status).toBe('pass');
    const merged = mergeLedgerParts({ ...base, parts });
    expect(merged.status).toBe('fail');
    expect(merged.policies[0]).toMatchObject({
      spent: { amount: '3960.01' },
      cap: { amount: '3960.00' },
      over: { amount: '0.01' },
      entries: 2,
    });
    // at the cap exactly: 2,000.00 + 1,960.00 = 3,960.00 is within it
    const atCap = [
      a,
      [{ date: '2026-05-01', amount: '1960.00', category: 'training', policy: 'P1' }],
    ].map((entries) => checkLedgerPart({ ...base, entries }));
    expect(mergeLedgerParts({ ...base, parts: atCap }).policies[0]?.over).toBeNull();
    expect(merged).toEqual(checkPreventionLedger({ ...base, entries: [...a, ...b] }));
  });

  it('AH-PREV-06 an entry repeated in another part is a duplicate, counted once, numbered in the whole ledger', () => {
    const e = { date: '2026-02-01', amount: '100.00', category: 'training', policy: 'P1' };
    const parts = [
      [e],
      [{ date: '2026-02-02', amount: '5.00', category: 'training', policy: 'P1' }, e],
    ].map((entries) => checkLedgerPart({ ...base, entries }));
    const merged = mergeLedgerParts({ ...base, parts });
    expect(merged.policies[0]?.spent.amount).toBe('105.00'); // 100.00 once + 5.00
    expect(merged.entries).toBe(3);
    const dup = merged.criteria.find((c) => c.reason.en.includes('duplicated'));
    expect(dup?.status).toBe('fail');
    expect(dup?.reason.en).toBe('1 duplicated entries: #2'); // the third entry of the whole ledger
  });

  it('AH-PREV-06 without duplicate detection the parts carry totals only, and the duplicate criterion stays unknown', () => {
    const e = { date: '2026-02-01', amount: '100.00', category: 'marketing', policy: 'P1' };
    const parts = [[e], [e]].map((entries) =>
      checkLedgerPart({ ...base, detectDuplicates: false, entries }),
    );
    expect(parts[0]?.records).toBeNull();
    const merged = mergeLedgerParts({ ...base, detectDuplicates: false, parts });
    expect(merged.criteria.map((c) => c.status)).toEqual(['pass', 'fail', 'pass', 'unknown']);
    expect(merged.criteria[1]?.reason.en).toBe(
      '2 entries outside prevention: #0 (marketing), #1 (marketing)',
    );
  });

  it('refuses parts checked with other policies, another date or another duplicate setting, and no parts', () => {
    const part = checkLedgerPart({ ...base, entries: [] });
    expect(() => mergeLedgerParts({ ...base, parts: [] })).toThrow(ValidationError);
    expect(() => mergeLedgerParts({ ...base, asOf: '2026-12-30', parts: [part] })).toThrow(
      /another date/,
    );
    expect(() =>
      mergeLedgerParts({ ...base, policies: policies.slice(0, 1), parts: [part] }),
    ).toThrow(/another list of policies/);
    expect(() => mergeLedgerParts({ ...base, detectDuplicates: false, parts: [part] })).toThrow(
      /duplicate setting/,
    );
    const forged = JSON.parse(
      JSON.stringify(
        checkLedgerPart({
          ...base,
          entries: [{ date: '2026-02-01', amount: '1.00', category: 'training', policy: 'P1' }],
        }),
      ),
    ) as { records: unknown[][] };
    (forged.records[0] as unknown[])[4] = '-1';
    expect(() => mergeLedgerParts({ ...base, parts: [forged as never] })).toThrow(ValidationError);
  });

  it('AH-PREV-05 AH-PREV-06 split-then-merge equals one pass, for random ledgers and random splits (property)', () => {
    const entryArb: fc.Arbitrary<LedgerEntry> = fc.record(
      {
        id: fc.constantFrom('A', 'B', 'C', 'D'),
        date: fc.constantFrom('2025-12-31', '2026-01-01', '2026-06-30', '2026-12-31', '2027-03-01'),
        amount: fc.constantFrom('0.01', '1.00', '1960.01', '2000.00', '0.04'),
        category: fc.constantFrom('training', 'hazard-inspection', 'marketing', 'claims'),
        policy: fc.constantFrom('P1', 'P2'),
      },
      { requiredKeys: ['date', 'amount', 'category', 'policy'] },
    );
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.boolean(),
        (entries, cuts, detect) => {
          const at = [...new Set(cuts.map((c) => c % (entries.length + 1)))].sort((x, y) => x - y);
          const bounds = [0, ...at, entries.length];
          const shards = bounds.slice(1).map((end, i) => entries.slice(bounds[i], end));
          const input = { ...base, detectDuplicates: detect };
          const parts = shards.map(
            (s) =>
              JSON.parse(JSON.stringify(checkLedgerPart({ ...input, entries: s }))) as LedgerPart,
          );
          expect(mergeLedgerParts({ ...input, parts })).toEqual(
            checkPreventionLedger({ ...input, entries }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
