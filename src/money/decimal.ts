import { Decimal } from 'decimal.js';

/**
 * The library's private decimal constructor. A clone, so the global `Decimal` configuration of the
 * host application is never read or changed. Every input is bounded (an amount to 17 significant
 * digits, a rate or weight to 20 significant digits and 20 places, at most 20 float adjustments of at
 * most 6 places each), so every product we form has far fewer than 1,000 digits and is exact;
 * rounding happens only where a rule says so (MONEY-02). decimal.js works on the digits a number
 * has, so the high cap costs nothing on multiplication; only a division that does not terminate
 * (a coverage percentage, an applied factor) runs to it, and is then rounded where shown.
 * Plain notation only: `toExpNeg`/`toExpPos` are widened so `toString()` never prints an exponent.
 */
export const Dec = Decimal.clone({
  precision: 1000,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** An instance of the library's decimal clone. */
export type Dec = Decimal;

/** The rounding modes of MONEY-02, named for what they do. */
export const ROUNDING_MODES = [
  'half-up',
  'half-even',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
] as const;

/**
 * A rounding mode.
 * - `half-up` 四舍五入: ties away from zero (the default for premiums);
 * - `half-even`: ties to the even digit (banker's rounding);
 * - `half-down`: ties toward zero;
 * - `up` / `down`: away from / toward zero;
 * - `ceil` / `floor`: toward +∞ / −∞ (a floor "不低于" rounds with `ceil`, a cap "不高于" with `floor`, MONEY-03).
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const MODE: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/** decimal.js's code for one of our rounding modes. */
export const decimalRounding = (mode: RoundingMode): Decimal.Rounding => MODE[mode];

/** Plain decimal notation: digits, an optional point and fraction; no sign, no exponent. */
export const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;
