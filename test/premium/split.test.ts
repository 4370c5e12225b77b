import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  permille,
  quotePremium,
  splitPremium,
  ValidationError,
  type SplitInput,
} from '../../src/index.js';
import { RUNS, textToFen } from '../helpers/arbitraries.js';

const quote = quotePremium({
  jurisdiction: 'xinzhou',
  asOf: '2026-01-01',
  base: { kind: 'contract-price', amount: '12,345,678.00' },
  rate: { source: 'filed', rate: permille('1.65') },
});

describe('splitPremium', () => {
  it('XZ-PARTY-01 general contractor and subcontractors share the premium as their subcontracts say, exact to the fen', () => {
    const s = splitPremium({
      quote,
      payers: [
        { name: '总包单位', role: 'general-contractor', weight: 70 },
        { name: '分包一', role: 'subcontractor', weight: 20 },
        { name: '分包二', role: 'subcontractor', weight: 10 },
      ],
    });
    // 20,370.37 × 70% = 14,259.259 → 14,259.25 (+0.01), × 20% = 4,074.074 → 4,074.07, × 10% = 2,037.037 → 2,037.03 (+0.01)
    expect(s.shares.map((x) => x.amount.amount)).toEqual(['14259.26', '4074.07', '2037.04']);
    expect(s.total.amount).toBe('20370.37');
    expect(s.ruleId).toBe('XZ-PARTY-01');
    expect(s.citation).toEqual({
      document: '忻州市落实晋建质规字〔2024〕161号的通知',
      section: '二',
    });
  });

  it('XZ-PARTY-01 joint-venture members share as agreed; the lead is required', () => {
    const s = splitPremium({
      quote,
      payers: [
        { name: '主体方', role: 'joint-venture-lead', weight: '0.5' },
        { name: '成员', role: 'joint-venture-member', weight: '0.5' },
      ],
    });
    expect(s.shares.map((x) => x.amount.amount)).toEqual(['10185.19', '10185.18']);
    expect(() =>
      splitPremium({ quote, payers: [{ name: '成员', role: 'joint-venture-member', weight: 1 }] }),
    ).toThrow(ValidationError);
  });

  it('XZ-PARTY-01 refuses two general contractors, duplicate names, no payers and bad weights', () => {
    const bad: SplitInput['payers'][] = [
      [
        { name: 'A', role: 'general-contractor', weight: 1 },
        { name: 'B', role: 'general-contractor', weight: 1 },
      ],
      [
        { name: 'A', role: 'general-contractor', weight: 1 },
        { name: 'A', role: 'subcontractor', weight: 1 },
      ],
      [],
      [{ name: 'A', role: 'general-contractor', weight: 0 }],
      [{ name: 'A', role: 'general-contractor', weight: 'abc' }],
    ];
    for (const payers of bad)
      expect(() => splitPremium({ quote, payers })).toThrow(ValidationError);
  });

  it('MONEY-04 outside Xinzhou the split cites the allocation rule only', () => {
    const ah = quotePremium({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      base: { kind: 'contract-price', amount: '1000000' },
    });
    expect(
      splitPremium({ quote: ah, payers: [{ name: 'A', role: 'general-contractor', weight: 1 }] }),
    ).toMatchObject({ ruleId: 'MONEY-04', citation: null });
  });

  it('XZ-PARTY-01 parts always sum exactly to the premium (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 12 }),
        (weights) => {
          const s = splitPremium({
            quote,
            payers: weights.map((w, i) => ({
              name: `P${i}`,
              role: i === 0 ? 'general-contractor' : 'subcontractor',
              weight: w,
            })),
          });
          expect(s.shares.reduce((a, x) => a + textToFen(x.amount.amount), 0n)).toBe(
            textToFen(quote.premium.amount),
          );
        },
      ),
      RUNS,
    );
  });
});
