import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capAmount, floorAmount, percent, ValidationError } from '../../src/index.js';
import { ceilDiv, fenArb, fenToText, floorDiv, RUNS, textToFen } from '../helpers/arbitraries.js';

describe('capAmount / floorAmount', () => {
  it('MONEY-03 a cap (不高于) rounds down, a floor (不低于) rounds up', () => {
    expect(capAmount('19800.03', percent(20)).amount).toBe('3960.00');
    expect(floorAmount('19800.03', percent(20)).amount).toBe('3960.01');
    expect(capAmount('19800.00', percent(20)).amount).toBe('3960.00');
    expect(floorAmount('19800.00', percent(20)).amount).toBe('3960.00');
    expect(capAmount('0.04', percent(20)).amount).toBe('0.00');
    expect(floorAmount('0.04', percent(20)).amount).toBe('0.01');
  });

  it('MONEY-03 cap ≤ exact limit < cap + 0.01 and floor − 0.01 < exact ≤ floor', () => {
    fc.assert(
      fc.property(fenArb(), fc.integer({ min: 0, max: 100_000 }), (fen, bp) => {
        // bp: the percentage in hundredths (0.00% … 1000.00%): rate = bp / 10^4
        const rate = percent((bp / 100).toFixed(2));
        const cap = textToFen(capAmount(fenToText(fen), rate).amount);
        const flo = textToFen(floorAmount(fenToText(fen), rate).amount);
        const num = fen * BigInt(bp);
        const den = 10_000n;
        expect(cap).toBe(floorDiv(num, den));
        expect(flo).toBe(ceilDiv(num, den));
        expect(cap * den <= num && num < (cap + 1n) * den).toBe(true);
        expect((flo - 1n) * den < num && num <= flo * den).toBe(true);
      }),
      RUNS,
    );
  });

  it('MONEY-03 refuses negative bases and bad rates', () => {
    expect(() => capAmount('-1', percent(20))).toThrow(ValidationError);
    expect(() => floorAmount('1', {} as never)).toThrow(ValidationError);
  });
});
