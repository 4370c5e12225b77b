import { describe, expect, it } from 'vitest';
import { multiplyAndRound, ratio, ValidationError } from '../../src/index.js';

// Issue 17, item 5: past 1,000 digits decimal.js rounds, so 51 factors of 99999999999999999999 gave
// a wrong last digit. The operands are bounded so the product is always exact, and refused beyond.
const nines = ratio('99999999999999999999'); // 20 significant digits

describe('multiplyAndRound stays exact at absurd sizes', () => {
  it('MONEY-02 49 factors of 10^20 − 1 (981 digits with the amount): the exact product, checked with bigint', () => {
    const got = multiplyAndRound(
      '1',
      Array.from({ length: 49 }, () => nines),
    );
    expect(got.amount).toBe(`${((10n ** 20n - 1n) ** 49n).toString()}.00`);
  });
  it.each([50, 51, 200])(
    'MONEY-02 %i factors of 10^20 − 1 exceed 1,000 significant digits: out_of_range, never a rounded product',
    (n) => {
      let error: unknown;
      try {
        multiplyAndRound(
          '1',
          Array.from({ length: n }, () => nines),
        );
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]).toMatchObject({
        code: 'out_of_range',
        path: ['rates'],
      });
    },
  );
  it('MONEY-02 the bound counts significant digits, not factors: 2,000 factors of 1.1 (2 digits each) … refused, 400 accepted exactly', () => {
    const f = ratio('1.1');
    expect(() =>
      multiplyAndRound(
        '1',
        Array.from({ length: 2000 }, () => f),
      ),
    ).toThrow(ValidationError);
    // 1.1^400 × 1 yuan, half-up to the fen, from an exact bigint: 11^400 / 10^400
    const num = 11n ** 400n;
    const den = 10n ** 400n;
    const fen = (num * 100n * 2n + den) / (den * 2n);
    const text = `${(fen / 100n).toString()}.${(fen % 100n).toString().padStart(2, '0')}`;
    expect(
      multiplyAndRound(
        '1',
        Array.from({ length: 400 }, () => f),
      ).amount,
    ).toBe(text);
  });
});
