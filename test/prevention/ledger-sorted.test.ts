import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLedgerPart,
  checkPreventionLedger,
  mergeLedgerParts,
  ValidationError,
  type LedgerEntry,
} from '../../src/index.js';

// Issue 21 item 5: duplicate detection for ledgers of millions of entries in memory bounded by the
// policies — `detectDuplicates: 'sorted'` holds only the previous id, and refuses input it cannot trust.

// 建质规〔2025〕6号 二(四): the cap is 20% of the premium collected: 1,000.00 → 200.00.
const POLICY = { policy: 'P', collected: '1000', period: { from: '2026-01-01', to: '2026-12-31' } };
const entry = (id: string | undefined, amount: string): LedgerEntry => ({
  ...(id === undefined ? {} : { id }),
  date: '2026-02-01',
  amount,
  category: 'training',
  policy: 'P',
});
const ledger = (entries: LedgerEntry[], detectDuplicates: boolean | 'sorted') =>
  checkPreventionLedger({
    jurisdiction: 'anhui',
    asOf: '2026-12-31',
    policies: [POLICY],
    entries,
    detectDuplicates,
  });
const duplicates = (r: ReturnType<typeof ledger>) =>
  r.criteria.find((c) => c.reason.en.includes('duplicated'));

describe("checkPreventionLedger, detectDuplicates: 'sorted'", () => {
  it('AH-PREV-06 ids A, B, B, C: the second B is a duplicate, counted once — 10 + 20 + 40 = 70.00 spent, as with the default', () => {
    const entries = [entry('A', '10'), entry('B', '20'), entry('B', '30'), entry('C', '40')];
    const sorted = ledger(entries, 'sorted');
    expect(sorted.policies[0]?.spent.amount).toBe('70.00');
    expect(duplicates(sorted)?.status).toBe('fail');
    expect(duplicates(sorted)?.reason.en).toContain('1 duplicated');
    expect(sorted).toEqual(ledger(entries, true));
  });

  it('AH-PREV-06 no repeated id: the duplicate criterion passes (not unknown, as with false)', () => {
    const r = ledger([entry('A', '10'), entry('B', '20')], 'sorted');
    expect(r.status).toBe('pass');
    expect(r.policies[0]?.spent.amount).toBe('30.00');
  });

  it('AH-PREV-06 an id before the previous one is refused with its index, never passed over', () => {
    try {
      ledger([entry('B', '10'), entry('A', '20'), entry('B', '30')], 'sorted');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const issues = (e as ValidationError).issues;
      expect(issues.map((i) => i.path)).toEqual([['entries', 1, 'id']]);
      expect(issues[0]?.message.en).toContain('"A" comes after "B"');
    }
  });

  it('AH-PREV-06 an entry without an id is refused (the id is what is sorted on)', () => {
    expect(() => ledger([entry('A', '10'), entry(undefined, '20')], 'sorted')).toThrow(
      ValidationError,
    );
    expect(() => ledger([entry('A', '10'), entry(undefined, '20')], true)).not.toThrow();
  });

  it('AH-PREV-06 ledger parts and their merge refuse sorted (one ordered pass is what it relies on)', () => {
    const base = { jurisdiction: 'anhui' as const, asOf: '2026-12-31', policies: [POLICY] };
    expect(() =>
      checkLedgerPart({ ...base, entries: [entry('A', '1')], detectDuplicates: 'sorted' }),
    ).toThrow(ValidationError);
    const part = checkLedgerPart({ ...base, entries: [entry('A', '1')] });
    expect(() => mergeLedgerParts({ ...base, parts: [part], detectDuplicates: 'sorted' })).toThrow(
      ValidationError,
    );
  });

  it('AH-PREV-06 on any ledger sorted by id, sorted detection gives exactly the default result (property)', () => {
    const entriesArb = fc
      .array(
        fc.tuple(
          fc.constantFrom('A', 'B', 'C', 'D', 'E', 'a', '10', '9'),
          fc.integer({ min: 1, max: 9999 }),
        ),
        { maxLength: 30 },
      )
      .map((xs) =>
        xs
          .map(([id, fen]) => entry(id, (fen / 100).toFixed(2)))
          .sort((x, y) => ((x.id ?? '') < (y.id ?? '') ? -1 : (x.id ?? '') > (y.id ?? '') ? 1 : 0)),
      );
    fc.assert(
      fc.property(entriesArb, (entries) => {
        expect(ledger(entries, 'sorted')).toEqual(ledger(entries, true));
      }),
      { numRuns: 300 },
    );
  });
});
