import { cnyFromDecimal, cnyToDecimal, type Cny } from './cny.js';
import { fail } from '../errors/errors.js';
import { Dec } from './decimal.js';
import { parseCny, type CnyInput } from './parse-cny.js';

const read = (value: CnyInput, i: number): Cny =>
  parseCny(value, { allowNegative: true, path: [i] });

/**
 * The exact sum of amounts (no rounding is ever needed: fen + fen is fen).
 * @throws {ValidationError} for any bad amount, with its index in the path
 * @example sumCny(['0.10', '0.20']).amount //=> '0.30'
 */
export function sumCny(values: Iterable<CnyInput>): Cny {
  // JavaScript callers can pass anything: a non-iterable is a typed error, not a TypeError.
  const iterable = values as unknown;
  if (
    typeof iterable === 'string' ||
    typeof iterable !== 'object' ||
    iterable === null ||
    typeof (iterable as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    fail([], 'invalid_type', { expected: 'Iterable<amount>' }, 'Iterable<amount>');
  }
  let total = new Dec(0);
  let i = 0;
  for (const v of values) total = total.plus(cnyToDecimal(read(v, i++)));
  return cnyFromDecimal(total);
}

/**
 * `a − b`, exact.
 * @example subtractCny('10.00', '0.01').amount //=> '9.99'
 */
export const subtractCny = (a: CnyInput, b: CnyInput): Cny =>
  cnyFromDecimal(cnyToDecimal(read(a, 0)).minus(cnyToDecimal(read(b, 1))));

/**
 * Compares two amounts: −1 if `a < b`, 0 if equal, 1 if `a > b`.
 * @example compareCny('1.00', '1') //=> 0
 */
export const compareCny = (a: CnyInput, b: CnyInput): -1 | 0 | 1 =>
  cnyToDecimal(read(a, 0)).comparedTo(cnyToDecimal(read(b, 1))) as -1 | 0 | 1;
