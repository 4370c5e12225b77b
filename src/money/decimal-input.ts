import { describe } from '../_lib/describe.js';
import { bi, fail, type IssuePath } from '../errors/errors.js';
import type { IssueCode } from '../errors/messages.js';
import { Dec } from './decimal.js';

/** A plain decimal number as callers write it: `"1.65"`, `1.65`, `2n`. */
export type DecimalInput = string | number | bigint;

const SIGNED_PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const MAX_SIGNIFICANT = 20;
/** Decimal places a rate, weight or percentage may have (1.65‰ is 0.00165: 5 places). */
export const MAX_PLACES = 20;
// A JS number carries at most 15 significant digits that mean something; beyond that the text is
// binary noise (0.1 + 0.2 = 0.30000000000000004). Such a number is refused: pass a string.
const MAX_NUMBER_DIGITS = 15;

/**
 * Reads a plain decimal (no exponent, at most 20 significant digits and 20 decimal places, at most
 * 10^20) for rates, weights and options. Bounded digits are what keep every product exact inside
 * {@link Dec}'s precision.
 */
export function decimalFrom(input: unknown, path: IssuePath, code: IssueCode): Dec {
  let value: Dec | undefined;
  if (typeof input === 'string' && SIGNED_PLAIN.test(input.trim())) value = new Dec(input.trim());
  else if (typeof input === 'number' && Number.isFinite(input)) {
    value = new Dec(input);
    if (value.precision() > MAX_NUMBER_DIGITS) {
      fail(
        path,
        code,
        {
          detail: bi(
            `the JS number ${String(input)} carries binary noise; pass a decimal string`,
            `JS 数值${String(input)}含二进制误差，请以字符串传入`,
          ),
        },
        'a decimal string',
      );
    }
  } else if (typeof input === 'bigint') value = new Dec(input.toString());
  if (value === undefined) {
    fail(
      path,
      code,
      { detail: bi(`not a plain decimal: ${describe(input)}`, `不是普通十进制数`) },
      'a plain decimal such as "1.65"',
    );
  }
  if (value.abs().greaterThan('1e20')) {
    fail(
      path,
      code,
      { detail: bi(`too large: ${value.toString()}`, `数值过大`) },
      `at most ${MAX_SIGNIFICANT} digits`,
    );
  }
  if (value.decimalPlaces() > MAX_PLACES) {
    fail(
      path,
      code,
      { detail: bi(`more than ${MAX_PLACES} decimal places`, `小数位数过多`) },
      `at most ${MAX_PLACES} decimal places`,
    );
  }
  if (value.precision() > MAX_SIGNIFICANT) {
    fail(
      path,
      code,
      { detail: bi(`more than ${MAX_SIGNIFICANT} significant digits`, `有效数字过多`) },
      `at most ${MAX_SIGNIFICANT} significant digits`,
    );
  }
  return value;
}
