import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { hasExactlyOwnKeys } from '../_lib/plain.js';
import { Dec } from './decimal.js';

/**
 * An amount of 人民币 (CNY) exact to the fen (MONEY-01): plain, frozen, JSON-friendly data.
 * `amount` is the canonical yuan value with exactly two decimals, e.g. `"19800.00"` or `"-0.50"`.
 * Build one with {@link parseCny}; never write the object by hand.
 */
export interface Cny {
  readonly currency: 'CNY';
  readonly amount: string;
}

/** The canonical wire form of an amount: optional minus, integer digits without leading zeros, two decimals. */
export const CANONICAL_AMOUNT = /^-?(?:0|[1-9]\d*)\.\d{2}$/;

/** zod schema of a {@link Cny} value (the canonical object form). */
export const CnySchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({
      currency: z.literal('CNY'),
      amount: z.string().check(z.regex(CANONICAL_AMOUNT)),
    }),
  ),
);

/** Builds a frozen {@link Cny} from a decimal already known to be exact to the fen. */
export function cnyFromDecimal(value: Dec): Cny {
  // `-0.00` is not an amount anyone writes: normalise the sign of zero.
  const fixed = value.isZero() ? '0.00' : value.toFixed(2);
  return Object.freeze({ currency: 'CNY', amount: fixed });
}

/** A frozen {@link Cny} from a canonical amount text already computed inside the library (internal). */
export const cnyFromCanonical = (amount: string): Cny => Object.freeze({ currency: 'CNY', amount });

/** The exact decimal value of an amount, for arithmetic inside the library. */
export const cnyToDecimal = (value: Cny): Dec => new Dec(value.amount);

/** True when `value` is a well-formed {@link Cny} object (own properties, canonical amount). */
export function isCny(value: unknown): value is Cny {
  return (
    hasExactlyOwnKeys(value, ['currency', 'amount']) &&
    value['currency'] === 'CNY' &&
    typeof value['amount'] === 'string' &&
    CANONICAL_AMOUNT.test(value['amount'])
  );
}
