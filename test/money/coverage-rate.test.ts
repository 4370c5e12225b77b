import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coverageRate,
  formatRate,
  percent,
  permille,
  ratio,
  ValidationError,
} from '../../src/index.js';

describe('coverageRate', () => {
  it('MONEY-05 is insured / total as a percentage with 2 decimals', () => {
    expect(coverageRate(2, 3).percent).toBe('66.67');
    expect(coverageRate(1, 3).percent).toBe('33.33');
    expect(coverageRate(1, 8).percent).toBe('12.50');
    expect(coverageRate(1, 200).percent).toBe('0.50');
    expect(coverageRate(1, 2000).percent).toBe('0.05');
    expect(coverageRate(5, 5).percent).toBe('100.00');
    expect(coverageRate(0, 5).percent).toBe('0.00');
    expect(coverageRate(2, 3, { decimals: 0 }).percent).toBe('67');
    expect(coverageRate(1, 16, { decimals: 3 }).percent).toBe('6.250');
  });

  it('MONEY-05 a zero total is not applicable — never NaN, never 100%', () => {
    expect(coverageRate(0, 0)).toEqual({ applicable: false, insured: 0, total: 0, percent: null });
  });

  it('MONEY-05 refuses impossible counts', () => {
    for (const [i, t] of [
      [1, 0],
      [3, 2],
      [-1, 2],
      [1.5, 2],
      [NaN, 1],
      [1, Infinity],
    ] as const) {
      expect(() => coverageRate(i, t)).toThrow(ValidationError);
    }
    expect(() => coverageRate(1, 2, { decimals: -1 })).toThrow(ValidationError);
  });

  it('MONEY-05 the shown percentage is within half a unit of the last place of the exact rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), (total, k) => {
        const insured = k % (total + 1);
        const shown = coverageRate(insured, total).percent ?? '';
        const hundredths = BigInt(shown.replace('.', ''));
        // |hundredths/10^4 − insured/total| ≤ 1/(2·10^4)  ⇔  |2·hundredths·total − 2·insured·10^4| ≤ total
        const diff = 2n * hundredths * BigInt(total) - 2n * BigInt(insured) * 10_000n;
        expect((diff < 0n ? -diff : diff) <= BigInt(total)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('rates', () => {
  it('MONEY-06 keeps ‰ and % exactly and formats them back in the unit of the source', () => {
    expect(permille('1.65')).toEqual({ value: '0.00165', unit: 'permille' });
    expect(percent(20)).toEqual({ value: '0.2', unit: 'percent' });
    expect(ratio('1.2')).toEqual({ value: '1.2', unit: 'decimal' });
    expect(formatRate(permille('1.65'))).toBe('1.65‰');
    expect(formatRate(permille('1.32'))).toBe('1.32‰');
    expect(formatRate(percent('20'))).toBe('20%');
    expect(formatRate(percent('120'))).toBe('120%');
    expect(formatRate(ratio('1.2'))).toBe('1.2');
    expect(formatRate(permille('1.65'), { unit: 'percent' })).toBe('0.165%');
    expect(formatRate(permille('1.6'), { decimals: 2 })).toBe('1.60‰');
    expect(formatRate(permille(0))).toBe('0‰');
  });

  it('MONEY-06 ‰ → value → ‰ round-trips exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const text = (n / 1000).toString();
        expect(formatRate(permille(text))).toBe(`${text}‰`);
      }),
      { numRuns: 1000 },
    );
  });

  it('MONEY-06 refuses negative rates unless asked, and anything not a plain decimal', () => {
    expect(() => percent(-20)).toThrow(ValidationError);
    expect(percent(-20, { allowNegative: true }).value).toBe('-0.2');
    for (const bad of [
      '1e-3',
      'abc',
      '',
      NaN,
      Infinity,
      null,
      '1'.repeat(25),
      '1'.repeat(30) + '.5',
    ]) {
      expect(() => permille(bad as never)).toThrow(ValidationError);
    }
    expect(() => formatRate(permille('1'), { decimals: 1.5 })).toThrow(ValidationError);
  });
});
