import type { RoundingMode } from './decimal.js';

/**
 * An exact decimal as a scaled integer: the value is `n / 10^s` (internal). Sums, products,
 * comparisons and one rounding of such numbers are exact integer arithmetic, with no precision
 * limit and no allocation beyond the bigints themselves — the fast engine of a quote
 * (`src/premium/figures.ts`). decimal.js ({@link Dec}) stays the general engine of the library and
 * the oracle this one is property-tested against (`test/fuzz-quote-engines.test.ts`).
 *
 * The text functions below print exactly what decimal.js prints for the same value (`toString()` in
 * plain notation, `toFixed(2)`), so a result built from either engine is the same string.
 */
export interface Fixed {
  /** The scaled integer. */
  readonly n: bigint;
  /** The scale: the number of decimal places `n` carries (may be negative for large round values). */
  readonly s: number;
}

const POW10: bigint[] = [1n];
for (let i = 1; i <= 64; i++) POW10.push((POW10[i - 1] as bigint) * 10n);

/** 10^k as a bigint (k ≥ 0). */
export const pow10 = (k: number): bigint => POW10[k] ?? 10n ** BigInt(k);

/** An optional sign, digits, an optional point and fraction: the plain decimals decimal.js reads. */
const SIGNED_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * Reads a plain signed decimal (`"0.00165"`, `"-15"`, `"+2.5"`, `"007"`), or returns `null` for any
 * other text (an exponent, spaces, separators): the caller then takes the validating path.
 */
export function fixedFrom(text: string): Fixed | null {
  if (!SIGNED_DECIMAL.test(text)) return null;
  const point = text.indexOf('.');
  // BigInt reads an optional sign and decimal digits: exactly what is left without the point.
  if (point < 0) return { n: BigInt(text), s: 0 };
  return { n: BigInt(text.slice(0, point) + text.slice(point + 1)), s: text.length - point - 1 };
}

/** Text decimal.js prints unchanged: no `+`, no leading or trailing zeros, no `-0`. */
const CANONICAL = /^(?:-?[1-9]\d*(?:\.\d*[1-9])?|-?0\.\d*[1-9]|0)$/;

/**
 * The text decimal.js's `toString()` prints for a plain decimal already read by {@link fixedFrom}:
 * the text itself when it is canonical, else the normalised value.
 */
export const canonicalText = (text: string, value: Fixed): string =>
  CANONICAL.test(text) ? text : fixedToString(value);

/** An integer as a {@link Fixed} (a safe integer: callers check `Number.isSafeInteger`). */
export const fixedOfInteger = (value: number): Fixed => ({ n: BigInt(value), s: 0 });

/** The same value at a larger scale `s` (`s ≥ x.s`). */
const widen = (x: Fixed, s: number): bigint => (s === x.s ? x.n : x.n * pow10(s - x.s));

/** a × b, exact. */
export const mul = (a: Fixed, b: Fixed): Fixed => ({ n: a.n * b.n, s: a.s + b.s });

/** a + b, exact. */
export function add(a: Fixed, b: Fixed): Fixed {
  const s = Math.max(a.s, b.s);
  return { n: widen(a, s) + widen(b, s), s };
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function cmp(a: Fixed, b: Fixed): -1 | 0 | 1 {
  const s = Math.max(a.s, b.s);
  const x = widen(a, s);
  const y = widen(b, s);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True for a value above zero. */
export const isPositive = (x: Fixed): boolean => x.n > 0n;

/**
 * The integer quotient q of `n / d` (d > 0) rounded in `mode`, from the truncated quotient and the
 * remainder — the one rounding of MONEY-02, with the same seven modes as decimal.js.
 */
function roundQuotient(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const q = n / d; // truncates toward zero
  const r = n % d; // has the sign of n
  if (r === 0n) return q;
  const away = n < 0n ? q - 1n : q + 1n;
  const twice = (r < 0n ? -r : r) * 2n;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return away;
    case 'ceil':
      return n < 0n ? q : away;
    case 'floor':
      return n < 0n ? away : q;
    case 'half-up':
      return twice >= d ? away : q;
    case 'half-down':
      return twice > d ? away : q;
    case 'half-even':
      return twice > d || (twice === d && q % 2n !== 0n) ? away : q;
  }
}

/** x rounded once to `places` decimal places (0 for 元, 2 for 分) in `mode`, exact. */
export function roundTo(x: Fixed, places: number, mode: RoundingMode): Fixed {
  if (x.s <= places) return { n: widen(x, places), s: places };
  return { n: roundQuotient(x.n, pow10(x.s - places), mode), s: places };
}

/**
 * a ÷ b rounded half-up to 20 significant digits (b ≠ 0) — what decimal.js gives for
 * `a.div(b).toSignificantDigits(20)` at the precision of {@link Dec}: its division rounds first to
 * 1,000 digits, but a second rounding can only differ from this single one when the exact quotient
 * lies within 10^-1000 (relative) of a 20-digit rounding boundary without being on it, which a
 * quotient of two decimals of at most 60 digits each cannot do.
 */
export function divToSignificant20(a: Fixed, b: Fixed): Fixed {
  if (a.n === 0n) return { n: 0n, s: 0 };
  // a/b = (a.n / b.n) × 10^(b.s − a.s); work with magnitudes and put the sign back at the end.
  const negative = a.n < 0n !== b.n < 0n;
  const num = a.n < 0n ? -a.n : a.n;
  const den = b.n < 0n ? -b.n : b.n;
  // Choose k so that num × 10^k / den has exactly 20 integer digits.
  let k = 20 - (num.toString().length - den.toString().length);
  let scaled = k >= 0 ? num * pow10(k) : num;
  let divisor = k >= 0 ? den : den * pow10(-k);
  if (scaled / divisor >= pow10(20)) {
    k -= 1;
    if (k >= 0) scaled = num * pow10(k);
    else divisor = den * pow10(-k);
  }
  const rounded = roundQuotient(scaled, divisor, 'half-up');
  const s = k + a.s - b.s;
  return { n: negative ? -rounded : rounded, s };
}

/** The digits of x in plain notation with exactly `places` decimals (x.s ≤ places is required). */
function plain(x: Fixed, places: number): string {
  const negative = x.n < 0n;
  const digits = (negative ? -x.n : x.n).toString();
  let text: string;
  if (x.s <= 0) {
    text = digits + '0'.repeat(-x.s) + (places > 0 ? '.' + '0'.repeat(places) : '');
  } else {
    const padded = digits.length > x.s ? digits : digits.padStart(x.s + 1, '0');
    const cut = padded.length - x.s;
    const fraction = padded.slice(cut) + '0'.repeat(places - x.s);
    text = places > 0 ? `${padded.slice(0, cut)}.${fraction}` : padded.slice(0, cut);
  }
  return negative ? `-${text}` : text;
}

/**
 * The value as decimal.js's `toString()` prints it under {@link Dec} (plain notation, no trailing
 * zeros, no sign on zero): `"0.00165"`, `"1.2"`, `"19800"`, `"0"`.
 */
export function fixedToString(x: Fixed): string {
  if (x.n === 0n) return '0';
  const text = plain(x, Math.max(x.s, 0));
  if (x.s <= 0) return text;
  // Drop the fraction's trailing zeros, and the point when nothing is left after it.
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end -= 1;
  if (text.charCodeAt(end - 1) === 46) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * The value with exactly two decimals, as an amount's canonical text (`cnyFromDecimal`): `"19800.00"`,
 * and `"0.00"` for zero. `x` must already be exact to the fen (scale ≤ 2).
 */
export function fixedToFen(x: Fixed): string {
  if (x.n === 0n) return '0.00';
  return plain(x, 2);
}
