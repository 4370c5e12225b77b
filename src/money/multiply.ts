import { bi, fail } from '../errors/errors.js';
import { readOnce } from '../_lib/plain.js';
import { cnyToDecimal, type Cny } from './cny.js';
import { Dec } from './decimal.js';
import { parseCny, type CnyInput } from './parse-cny.js';
import { isRate, rateToDecimal, type Rate } from './rate.js';
import { checkRounding, roundToCny, type RoundingOptions } from './round.js';

/** The decimal precision: operands whose significant digits add up to at most this multiply exactly. */
const MAX_DIGITS = Dec.precision;

/**
 * Multiplies an amount by one or more exact rates and rounds **once**, at the end (MONEY-02):
 * `base × rate × factor …`, no intermediate rounding. Half-up to the fen unless told otherwise.
 *
 * @param base - the amount (anything {@link parseCny} accepts; negative allowed)
 * @param rates - the rates and factors, e.g. `[permille('1.65'), ratio('1.2')]`
 * @param options - rounding mode and unit
 * @returns the rounded amount
 * @throws {ValidationError} on a bad amount, a value that is not a {@link Rate}, or bad options;
 *   `out_of_range` when the amount and rates have more than 1,000 significant digits together (the
 *   bound that keeps the product exact)
 * @example
 * multiplyAndRound('12000000', [permille('1.65')]).amount                //=> '19800.00'
 * multiplyAndRound('12000000', [permille('1.65'), ratio('0.8')]).amount  //=> '15840.00'
 */
export function multiplyAndRound(
  base: CnyInput,
  rates: readonly Rate[],
  options: RoundingOptions = {},
): Cny {
  const amount = parseCny(base, { allowNegative: true, path: ['base'] });
  const list = readOnce(rates) as readonly Rate[];
  if (!Array.isArray(list)) fail(['rates'], 'invalid_type', { expected: 'Rate[]' }, 'Rate[]');
  const rounding = checkRounding(options);
  let exact = cnyToDecimal(amount);
  let digits = exact.precision();
  list.forEach((rate, i) => {
    if (!isRate(rate))
      fail(
        ['rates', i],
        'invalid_rate',
        { detail: bi('not a Rate object', '不是费率对象') },
        'Rate',
      );
    const r = rateToDecimal(rate);
    // A product has at most as many significant digits as its factors together: while they stay
    // within the decimal precision the product is exact, and beyond it decimal.js would round.
    digits += r.precision();
    if (digits > MAX_DIGITS)
      fail(
        ['rates'],
        'out_of_range',
        {
          detail: bi(
            `the amount and rates have more than ${MAX_DIGITS} significant digits together, so the product could not be exact`,
            `金额与费率的有效数字合计超过${MAX_DIGITS}位，乘积无法保证精确`,
          ),
        },
        `at most ${MAX_DIGITS} significant digits in all`,
      );
    exact = exact.times(r);
  });
  return roundToCny(exact, rounding);
}
