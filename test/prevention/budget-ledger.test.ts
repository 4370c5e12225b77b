import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPreventionLedger,
  preventionBudget,
  ValidationError,
  type LedgerEntry,
} from '../../src/index.js';
import { fenArb, fenToText, RUNS, textToFen } from '../helpers/arbitraries.js';

const budget = (collected: string, jurisdiction: 'anhui' | 'zhoushan' | 'jingzhou' = 'anhui') =>
  preventionBudget({ jurisdiction, asOf: '2026-01-01', collected });

describe('preventionBudget', () => {
  it('AH-PREV-05 19,800.00 collected → a cap of 3,960.00; 19,800.03 → 3,960.00 (rounded down)', () => {
    expect(budget('19800.00').cap?.amount).toBe('3960.00');
    expect(budget('19800.03').cap?.amount).toBe('3960.00');
    expect(budget('19800.05').cap?.amount).toBe('3960.01');
    expect(budget('19800').ruleId).toBe('AH-PREV-05');
    expect(budget('19800').citation).toEqual({ document: '建质规〔2025〕6号', section: '二(四)' });
  });

  it('AH-PREV-05 a portfolio: the cap of the total, and each policy’s own cap', () => {
    const b = preventionBudget({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      policies: [
        { policy: 'A', collected: '0.04' },
        { policy: 'B', collected: '0.04' },
      ],
    });
    expect(b.collected.amount).toBe('0.08');
    expect(b.cap?.amount).toBe('0.01'); // 0.016 → 0.01
    expect(b.policies.map((p) => p.cap?.amount)).toEqual(['0.00', '0.00']); // 0.008 each → 0.00
  });

  it('ZS-PREV-01 Zhoushan states no ratio: no cap, and the reason says so', () => {
    const b = budget('19800', 'zhoushan');
    expect(b).toMatchObject({ cap: null, ratio: null, ruleId: 'ZS-PREV-01' });
    expect(b.reason.zh).toContain('未载明比例');
    expect(budget('19800', 'jingzhou')).toMatchObject({ cap: null, ruleId: null });
  });

  it('MONEY-03 the cap never exceeds 20% of the premium collected, and is within a fen of it', () => {
    fc.assert(
      fc.property(fenArb(10n ** 15n), (fen) => {
        const cap = textToFen(budget(fenToText(fen)).cap?.amount ?? 'NaN');
        expect(cap * 5n <= fen && fen < (cap + 1n) * 5n).toBe(true);
      }),
      RUNS,
    );
  });

  it('AH-PREV-05 refuses negative or over-precise amounts and ambiguous input', () => {
    for (const collected of ['-1', '1.005', 'abc'])
      expect(() => budget(collected)).toThrow(ValidationError);
    expect(() => preventionBudget({ jurisdiction: 'anhui', asOf: '2026-01-01' })).toThrow(
      ValidationError,
    );
    expect(() =>
      preventionBudget({
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        policies: [
          { policy: 'A', collected: '1' },
          { policy: 'A', collected: '1' },
        ],
      }),
    ).toThrow(ValidationError);
  });
});

const POLICY = {
  policy: 'P1',
  collected: '19800.00',
  period: { from: '2026-01-01', to: '2026-12-31' },
};
const ledger = (entries: Iterable<unknown>, policies = [POLICY]) =>
  checkPreventionLedger({ jurisdiction: 'anhui', asOf: '2026-12-31', policies, entries });
const entry = (amount: string, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  date: '2026-03-01',
  amount,
  category: 'training',
  policy: 'P1',
  ...extra,
});

describe('checkPreventionLedger', () => {
  it('AH-PREV-06 a ledger 0.01 over the cap fails and says 0.01', () => {
    const r = ledger([entry('3000.00'), entry('960.01', { category: 'hazard-inspection' })]);
    expect(r.status).toBe('fail');
    const over = r.criteria.find((c) => c.ruleId === 'AH-PREV-05');
    expect(over?.status).toBe('fail');
    expect(over?.reason.en).toContain('¥0.01');
    expect(r.policies[0]).toMatchObject({
      spent: { amount: '3960.01' },
      cap: { amount: '3960.00' },
      over: { amount: '0.01' },
    });
  });

  it('AH-PREV-06 exactly at the cap passes', () => {
    const r = ledger([entry('3000.00'), entry('960.00', { category: 'risk-assessment' })]);
    expect(r.status).toBe('pass');
    expect(r.policies[0]?.over).toBeNull();
  });

  it('AH-PREV-01 spending outside the prevention categories fails and is not counted toward the budget', () => {
    const r = ledger([entry('100', { category: 'profit', id: 'E9' }), entry('100')]);
    const outside = r.criteria.find(
      (c) => c.ruleId === 'AH-PREV-06' && c.reason.en.includes('outside prevention'),
    );
    expect(outside?.status).toBe('fail');
    expect(outside?.reason.en).toContain('E9');
    expect(r.policies[0]?.spent.amount).toBe('100.00');
  });

  it('AH-PREV-06 spending dated outside the policy period fails', () => {
    const r = ledger([entry('10', { date: '2027-01-01' })]);
    expect(
      r.criteria.some(
        (c) => c.status === 'fail' && c.reason.en.includes('outside their policy period'),
      ),
    ).toBe(true);
  });

  it('AH-PREV-06 duplicated entries fail (same id, or the same policy, date, amount and category) and count once', () => {
    const byId = ledger([entry('10', { id: 'X' }), entry('20', { id: 'X' })]);
    expect(byId.criteria.find((c) => c.reason.en.includes('duplicated'))?.status).toBe('fail');
    const byContent = ledger([entry('10'), entry('10.00')]);
    expect(byContent.criteria.find((c) => c.reason.en.includes('duplicated'))?.status).toBe('fail');
    expect(byContent.policies[0]?.spent.amount).toBe('10.00');
    expect(ledger([entry('10'), entry('10', { date: '2026-03-02' })]).status).toBe('pass');
  });

  it('AH-PREV-06 without duplicate detection the duplicate criterion is unknown, never a pass', () => {
    const r = checkPreventionLedger({
      jurisdiction: 'anhui',
      asOf: '2026-12-31',
      policies: [POLICY],
      entries: [entry('10'), entry('10')],
      detectDuplicates: false,
    });
    expect(
      r.criteria.find((c) => c.reason.en.includes('duplicates were not looked for'))?.status,
    ).toBe('unknown');
    expect(r.status).toBe('unknown');
  });

  it('AH-PREV-06 totals per policy and per year, streamed from a generator', () => {
    function* entries() {
      for (let i = 0; i < 12; i++)
        yield entry('100.50', { date: `2026-${String(i + 1).padStart(2, '0')}-15`, id: `E${i}` });
      yield entry('1.00', { date: '2027-01-10', policy: 'P2', id: 'E12' });
    }
    const r = ledger(entries(), [
      POLICY,
      { policy: 'P2', collected: '1000', period: { from: '2026-06-01', to: '2027-05-31' } },
    ]);
    expect(r.entries).toBe(13);
    expect(r.policies.map((p) => [p.policy, p.spent.amount, p.entries])).toEqual([
      ['P1', '1206.00', 12],
      ['P2', '1.00', 1],
    ]);
    expect(r.years.map((y) => [y.year, y.spent.amount])).toEqual([
      [2026, '1206.00'],
      [2027, '1.00'],
    ]);
  });

  it('AH-PREV-06 adding a valid entry never reduces the total (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_00 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 10_000_00 }),
        (fens, extra) => {
          const es = fens.map((f, i) => entry(fenToText(BigInt(f)), { id: `E${i}` }));
          const before = textToFen(ledger(es).policies[0]?.spent.amount ?? 'NaN');
          const after = textToFen(
            ledger([...es, entry(fenToText(BigInt(extra)), { id: 'NEW' })]).policies[0]?.spent
              .amount ?? 'NaN',
          );
          expect(after).toBe(before + BigInt(extra));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a negative amount', entry('-1')],
    ['an over-precise amount', entry('1.005')],
    ['an unknown category', entry('1', { category: 'banquet' })],
    ['an unknown policy', entry('1', { policy: 'P404' })],
    ['an impossible date', entry('1', { date: '2026-02-30' })],
  ])('AH-PREV-06 refuses %s, naming the row', (_, bad) => {
    try {
      ledger([entry('1', { id: 'ok' }), bad]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.path.slice(0, 2)).toEqual(['entries', 1]);
    }
  });

  it('AH-PREV-06 refuses a policy period that ends before it starts, entries that are not iterable, other jurisdictions', () => {
    expect(() =>
      ledger([], [{ ...POLICY, period: { from: '2026-12-31', to: '2026-01-01' } }]),
    ).toThrow(ValidationError);
    expect(() =>
      checkPreventionLedger({
        jurisdiction: 'anhui',
        asOf: '2026-12-31',
        policies: [POLICY],
        entries: 5 as never,
      }),
    ).toThrow(ValidationError);
    expect(() =>
      checkPreventionLedger({
        jurisdiction: 'zhoushan',
        asOf: '2026-12-31',
        policies: [POLICY],
        entries: [],
      }),
    ).toThrow(ValidationError);
  });
});
