import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  deriveProfile,
  getProfile,
  permille,
  ProfileNotInForceError,
  quotePremium,
  ValidationError,
  xinzhou,
  type Quote,
  type QuoteInput,
} from '../../src/index.js';
import { fenArb, fenToText, halfUp, RUNS, textToFen } from '../helpers/arbitraries.js';

const anhui = (amount: string, extra: Partial<QuoteInput> = {}): Quote =>
  quotePremium({
    jurisdiction: 'anhui',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount },
    ...extra,
  });
const step = (q: Quote, key: string) => q.worksheet.find((s) => s.key === key);

describe('quotePremium — Anhui (建质规〔2025〕6号 一(八))', () => {
  it('AH-RATE-02 12,000,000.00 at the reference rate 1.65‰ is 19,800.00', () => {
    const q = anhui('12,000,000.00');
    expect(q.premium.amount).toBe('19800.00');
    expect(q.rate).toEqual({
      source: 'reference',
      rate: { value: '0.00165', unit: 'permille' },
      insurer: null,
      ruleId: 'AH-RATE-02',
    });
    expect(q.effectiveRate).toEqual({ value: '0.00165', unit: 'permille' });
    expect(q.requestedFactor).toBe('1');
    expect(q.clamped).toBe(false);
  });

  it('AH-RATE-01 the base is the contract price, and the worksheet cites it', () => {
    const q = anhui('12000000');
    expect(q.base).toEqual({
      kind: 'contract-price',
      amount: { currency: 'CNY', amount: '12000000.00' },
      ruleId: 'AH-RATE-01',
    });
    expect(step(q, 'base')).toMatchObject({
      value: '12000000.00',
      ruleId: 'AH-RATE-01',
      citation: { document: '建质规〔2025〕6号', section: '一(八)' },
    });
  });

  it('AH-COST-03 a started project is quoted on the contract price of the remaining work', () => {
    const q = quotePremium({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      base: { kind: 'remaining-contract-price', amount: '5,000,000.00' },
    });
    expect(q.premium.amount).toBe('8250.00');
    expect(step(q, 'base')).toMatchObject({
      ruleId: 'AH-COST-03',
      citation: { section: '一(五)' },
    });
  });

  it('AH-RATE-03 −20% gives 15,840.00; +25% is clamped to +20%: 23,760.00', () => {
    const down = anhui('12000000.00', { adjustments: [{ percent: -20, reason: 'claims-free' }] });
    expect(down.premium.amount).toBe('15840.00');
    expect(down.clamped).toBe(false);
    const up = anhui('12000000.00', {
      adjustments: [{ percent: '+25', reason: 'accident-record' }],
    });
    expect(up.premium.amount).toBe('23760.00');
    expect(up).toMatchObject({
      clamped: true,
      clampedTo: 'ceiling',
      requestedFactor: '1.25',
      appliedFactor: '1.2',
    });
    expect(up.effectiveRate.value).toBe('0.00198');
    const floor = anhui('12000000.00', {
      adjustments: [{ percent: -30, reason: 'standardisation' }],
    });
    expect(floor).toMatchObject({ clampedTo: 'floor', appliedFactor: '0.8' });
    expect(floor.premium.amount).toBe('15840.00');
  });

  it('AH-RATE-03 exactly ±20% is inside the band (the bounds are allowed)', () => {
    expect(
      anhui('12000000', {
        adjustments: [{ percent: 20, reason: 'accident-record' }],
        outOfBand: 'reject',
      }).premium.amount,
    ).toBe('23760.00');
    expect(
      anhui('12000000', {
        adjustments: [{ percent: -20, reason: 'claims-free' }],
        outOfBand: 'reject',
      }).premium.amount,
    ).toBe('15840.00');
  });

  it('AH-RATE-03 reject mode refuses a float outside the band with a typed, bilingual error', () => {
    try {
      anhui('12000000.00', {
        adjustments: [{ percent: 25, reason: 'accident-record' }],
        outOfBand: 'reject',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const i = (e as ValidationError).issues[0];
      expect(i?.code).toBe('out_of_band');
      expect(i?.path).toEqual(['adjustments']);
      expect(i?.message.en).toContain('[1.32‰, 1.98‰]');
      expect(i?.message.zh).toContain('AH-RATE-03');
    }
  });

  it('AH-RATE-03 adjustments combine multiplicatively by default, additively on request', () => {
    const adjustments = [
      { percent: 10, reason: 'accident-record' },
      { percent: 5, reason: 'violations-dishonesty' },
    ] as const;
    expect(anhui('10000000', { adjustments }).requestedFactor).toBe('1.155');
    expect(anhui('10000000', { adjustments }).premium.amount).toBe('19057.50');
    expect(anhui('10000000', { adjustments, combine: 'additive' }).requestedFactor).toBe('1.15');
    expect(anhui('10000000', { adjustments, combine: 'additive' }).premium.amount).toBe('18975.00');
  });

  it('AH-PREV-05 the prevention budget cap is 20% of the premium, rounded down', () => {
    const q = anhui('12345678.00');
    // 12,345,678.00 × 1.65‰ = 20,370.3687 → 20,370.37; × 20% = 4,074.074 → 4,074.07 (down)
    expect(q.premium.amount).toBe('20370.37');
    expect(q.preventionBudgetCap).toMatchObject({
      amount: { amount: '4074.07' },
      ratio: { value: '0.2', unit: 'percent' },
      ruleId: 'AH-PREV-05',
    });
    expect(step(q, 'prevention-budget-cap')).toMatchObject({
      value: '4074.07',
      ruleId: 'AH-PREV-05',
    });
  });

  it('NAT25-COMM-01 the commission cap in force is 5% of the premium, rounded down', () => {
    const q = anhui('12345678.00');
    // 20,370.37 × 5% = 1,018.5185 → 1,018.51
    expect(q.commissionCap).toMatchObject({
      amount: { amount: '1018.51' },
      ruleId: 'NAT25-COMM-01',
    });
    // Jingzhou in 2021: the 2017 measure sets no commission cap, and the quote says so.
    const jz = quotePremium({
      jurisdiction: 'jingzhou',
      asOf: '2021-06-01',
      base: { kind: 'contract-price', amount: '1000000' },
      rate: { source: 'filed', rate: permille('1.5') },
    });
    expect(jz.commissionCap.amount).toBeNull();
    expect(jz.commissionCap.reason.en).toContain('no rule');
  });

  it('MONEY-02 the rounding mode and unit are options', () => {
    expect(anhui('12345678', { rounding: { unit: 'yuan' } }).premium.amount).toBe('20370.00');
    expect(anhui('12345675.76', { rounding: { mode: 'half-even' } }).premium.amount).toBe(
      new Decimal('12345675.76')
        .times('0.00165')
        .toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN)
        .toFixed(2),
    );
  });
});

describe('quotePremium — jurisdictions without a rate', () => {
  it('XZ-OPS-04 Xinzhou needs the insurer’s filed rate, and the quote states it', () => {
    const base = { kind: 'contract-price', amount: '12000000' } as const;
    try {
      quotePremium({ jurisdiction: 'xinzhou', asOf: '2026-01-01', base });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]).toMatchObject({
        path: ['rate'],
        code: 'filed_rate_required',
      });
    }
    const q = quotePremium({
      jurisdiction: 'xinzhou',
      asOf: '2026-01-01',
      base,
      rate: { source: 'filed', rate: permille('1.5'), insurer: '某保险公司' },
    });
    expect(q.premium.amount).toBe('18000.00');
    expect(q.rate).toMatchObject({ source: 'filed', insurer: '某保险公司', ruleId: 'XZ-OPS-04' });
    expect(q.warnings.map((w) => w.code)).toEqual(['issue-date-not-stated']);
    expect(q.preventionBudgetCap.amount).toBeNull();
    expect(q.commissionCap.amount?.amount).toBe('900.00');
  });

  it('XZ-OPS-04 a derived profile can carry the insurer’s filed rate', () => {
    const xz = deriveProfile(xinzhou, {
      issued: '2024-09-01',
      filedRates: [{ insurer: '某保险公司', rate: permille('1.8'), baseKind: 'contract-price' }],
    });
    const q = quotePremium({
      jurisdiction: xz,
      asOf: '2025-01-01',
      base: { kind: 'contract-price', amount: '1000000' },
      rate: { source: 'filed', insurer: '某保险公司' },
    });
    expect(q.premium.amount).toBe('1800.00');
    expect(q.warnings.map((w) => w.code)).toEqual(['issue-date-supplied', 'filed-rates-supplied']);
    expect(() =>
      quotePremium({
        jurisdiction: xz,
        asOf: '2024-08-31',
        base: { kind: 'contract-price', amount: '1000000' },
        rate: { source: 'filed', insurer: '某保险公司' },
      }),
    ).toThrow(ProfileNotInForceError);
  });

  it('ZS-PREV-01 Zhoushan sets no prevention ratio: the quote says so instead of inventing one', () => {
    const q = quotePremium({
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      base: { kind: 'payroll', amount: '3000000' },
      rate: { source: 'filed', rate: permille('2') },
    });
    expect(q.premium.amount).toBe('6000.00');
    expect(q.preventionBudgetCap).toMatchObject({ amount: null, ruleId: 'ZS-PREV-01' });
  });
});

describe('quotePremium — bad input', () => {
  const ok = {
    jurisdiction: 'anhui',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount: '1000000' },
  } as const;
  const cases: [string, unknown, (string | number)[]][] = [
    [
      'a base kind the profile does not allow',
      { ...ok, base: { kind: 'payroll', amount: '1' } },
      ['base', 'kind'],
    ],
    ['an unknown base kind', { ...ok, base: { kind: 'headcount', amount: '1' } }, ['base', 'kind']],
    [
      'a negative base',
      { ...ok, base: { kind: 'contract-price', amount: '-1' } },
      ['base', 'amount'],
    ],
    ['a zero base', { ...ok, base: { kind: 'contract-price', amount: '0' } }, ['base', 'amount']],
    [
      'an absurd base above 10^13',
      { ...ok, base: { kind: 'contract-price', amount: '10000000000000.01' } },
      ['base', 'amount'],
    ],
    [
      'a base with 3 decimals',
      { ...ok, base: { kind: 'contract-price', amount: '1.005' } },
      ['base', 'amount'],
    ],
    [
      'an unknown reason code',
      { ...ok, adjustments: [{ percent: 5, reason: 'weather' }] },
      ['adjustments', 0, 'reason'],
    ],
    [
      'a float that is not a number',
      { ...ok, adjustments: [{ percent: 'abc', reason: 'accident' }] },
      ['adjustments', 0, 'percent'],
    ],
    [
      'a float of −100% (a zero factor)',
      {
        ...ok,
        jurisdiction: 'zhoushan',
        rate: { source: 'filed', rate: permille('1') },
        adjustments: [{ percent: -100, reason: 'claims-free' }],
      },
      ['adjustments'],
    ],
    ['a date before the profile is in force', { ...ok, asOf: '2025-10-28' }, ['asOf']],
    ['an impossible date', { ...ok, asOf: '2026-02-29' }, ['asOf']],
    [
      'a reference rate where the profile has none',
      { ...ok, jurisdiction: 'jingzhou', rate: { source: 'reference' } },
      ['rate', 'source'],
    ],
    [
      'a filed rate that is negative',
      { ...ok, rate: { source: 'filed', rate: { value: '-0.001', unit: 'permille' } } },
      ['rate', 'rate'],
    ],
    ['an unknown option', { ...ok, outOfBand: 'ignore' }, ['outOfBand']],
    ['an unknown key', { ...ok, discount: 5 }, []],
    [
      'a national measure (nothing to quote on)',
      { ...ok, jurisdiction: 'national-2025' },
      ['base', 'kind'],
    ],
  ];
  it.each(cases)('AH-RATE-01 refuses %s with a ValidationError at its path', (_, input, path) => {
    try {
      quotePremium(input as QuoteInput);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const issue = (e as ValidationError).issues[0];
      expect(issue?.path).toEqual(path);
      expect(issue?.message.zh.length).toBeGreaterThan(0);
      expect(issue?.message.en.length).toBeGreaterThan(0);
    }
  });

  it('AH-RATE-01 does not mutate its input', () => {
    const input = { ...ok, adjustments: [{ percent: 10, reason: 'accident' as const }] };
    const before = JSON.stringify(input);
    quotePremium(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('quotePremium — properties', () => {
  const pct = fc.integer({ min: -4000, max: 4000 }).map((n) => n / 100); // −40.00% … +40.00%
  const adjustmentsArb = fc.array(
    pct.map((p) => ({ percent: p.toFixed(2), reason: 'accident-record' as const })),
    { maxLength: 3 },
  );

  it('AH-RATE-03 the premium lies within [base × 1.32‰, base × 1.98‰] ± half a fen', () => {
    fc.assert(
      fc.property(
        fenArb(10n ** 15n).filter((f) => f > 0n),
        adjustmentsArb,
        (fen, adjustments) => {
          const q = anhui(fenToText(fen), { adjustments });
          const p = textToFen(q.premium.amount);
          // base(fen) × 132 / 100000 ≤ p + ½ and p − ½ ≤ base(fen) × 198 / 100000
          expect(2n * p * 100_000n + 100_000n >= 2n * fen * 132n).toBe(true);
          expect(2n * p * 100_000n - 100_000n <= 2n * fen * 198n).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('MONEY-02 the worksheet re-computes the premium exactly, and equals an integer oracle', () => {
    fc.assert(
      fc.property(
        fenArb(10n ** 15n).filter((f) => f > 0n),
        adjustmentsArb,
        (fen, adjustments) => {
          const q = anhui(fenToText(fen), { adjustments });
          const base = new Decimal(step(q, 'base')?.value ?? 'NaN');
          const rate = new Decimal(step(q, 'effective-rate')?.value ?? 'NaN');
          const again = base.times(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
          expect(again).toBe(q.premium.amount);
          expect(step(q, 'premium')?.value).toBe(q.premium.amount);
          // Oracle in integers: effective rate = n / 10^k exactly.
          const [i = '0', f = ''] = q.effectiveRate.value.split('.');
          const num = BigInt(i + f);
          const den = 10n ** BigInt(f.length);
          expect(textToFen(q.premium.amount)).toBe(halfUp(fen * num, den));
        },
      ),
      RUNS,
    );
  });

  it('MONEY-02 the premium is monotone in the base and in the float factor', () => {
    fc.assert(
      fc.property(
        fenArb(10n ** 13n).filter((f) => f > 0n),
        fenArb(10n ** 13n).filter((f) => f > 0n),
        pct,
        (a, b, p) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const adjustments = [{ percent: p.toFixed(2), reason: 'accident-record' as const }];
          expect(
            textToFen(anhui(fenToText(lo), { adjustments }).premium.amount) <=
              textToFen(anhui(fenToText(hi), { adjustments }).premium.amount),
          ).toBe(true);
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(
        fenArb(10n ** 13n).filter((f) => f > 0n),
        pct,
        pct,
        (fen, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const premium = (p: number) =>
            textToFen(
              anhui(fenToText(fen), {
                adjustments: [{ percent: p.toFixed(2), reason: 'claims-free' }],
              }).premium.amount,
            );
          expect(premium(lo) <= premium(hi)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('AH-RATE-03 the whole quote equals an integer oracle: float factor, band clamp and rounding, with no decimal library', () => {
    const kArb = fc.array(fc.integer({ min: -4000, max: 4000 }), { maxLength: 4 }); // hundredths of a percent
    fc.assert(
      fc.property(
        fenArb(10n ** 15n).filter((f) => f > 0n),
        kArb,
        fc.boolean(),
        (fen, ks, additive) => {
          const adjustments = ks.map((k) => ({
            percent: (k / 100).toFixed(2),
            reason: 'accident-record' as const,
          }));
          // A requested factor of zero or less is refused, not clamped (tested with the bad input).
          fc.pre(!additive || ks.reduce((a, k) => a + k, 0) > -10000);
          const q = anhui(fenToText(fen), {
            adjustments,
            combine: additive ? 'additive' : 'multiplicative',
          });
          // factor = num / den exactly, in integers
          const n = BigInt(ks.length);
          const num = additive
            ? 10000n + ks.reduce((a, k) => a + BigInt(k), 0n)
            : ks.reduce((a, k) => a * (10000n + BigInt(k)), 1n);
          const den = additive ? 10000n : 10000n ** n;
          // effective rate = 165 · num / (100000 · den), clamped to [132, 198] / 100000
          let effNum = 165n * num;
          let effDen = 100000n * den;
          if (effNum * 100000n < 132n * effDen) [effNum, effDen] = [132n, 100000n];
          else if (effNum * 100000n > 198n * effDen) [effNum, effDen] = [198n, 100000n];
          expect(textToFen(q.premium.amount)).toBe(halfUp(fen * effNum, effDen));
          // the worksheet's effective rate is that fraction exactly
          const [i = '0', f = ''] = (step(q, 'effective-rate')?.value ?? '').split('.');
          expect(BigInt(i + f) * effDen).toBe(effNum * 10n ** BigInt(f.length));
        },
      ),
      RUNS,
    );
  });

  it('AH-PREV-05 the budget cap ≤ 20% of the premium < cap + 0.01', () => {
    fc.assert(
      fc.property(
        fenArb(10n ** 15n).filter((f) => f > 0n),
        adjustmentsArb,
        (fen, adjustments) => {
          const q = anhui(fenToText(fen), { adjustments });
          const p = textToFen(q.premium.amount);
          const cap = textToFen(q.preventionBudgetCap.amount?.amount ?? 'NaN');
          expect(cap * 5n <= p && p < (cap + 1n) * 5n).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('AH-RATE-02 quotes are frozen', () => {
    const q = anhui('1000000');
    expect(Object.isFrozen(q)).toBe(true);
    expect(Object.isFrozen(q.worksheet)).toBe(true);
    expect(q.worksheet.every((s) => Object.isFrozen(s))).toBe(true);
  });

  it('AH-RATE-03 a profile with no band applies the requested factor as it is', () => {
    const q = quotePremium({
      jurisdiction: 'anhua',
      asOf: '2026-01-01',
      base: { kind: 'revenue', amount: '1000000' },
      rate: { source: 'filed', rate: permille('2') },
      adjustments: [{ percent: 50, reason: 'risk-level' }],
    });
    expect(q.premium.amount).toBe('3000.00');
    expect(q.clamped).toBe(false);
    expect(getProfile('anhua', { asOf: '2026-01-01' }).pricing.bandRule).toBeNull();
  });
});
