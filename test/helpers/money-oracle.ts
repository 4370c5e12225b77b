// Independent oracles for the money core (issue 17): plain bigint arithmetic on fen, sharing no code
// with src/money and no decimal library. The fuzz command checks the library against them.

/** The rounding modes of MONEY-02, spelled as the library spells them. */
export type Mode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';
export const MODES: readonly Mode[] = [
  'half-up',
  'half-even',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
];

/** An exact fraction num/den with den > 0. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** A plain decimal text ("-12.5", "0.00165") as an exact fraction. */
export function fractionOf(text: string): Fraction {
  const neg = text.startsWith('-');
  const body = neg || text.startsWith('+') ? text.slice(1) : text;
  const [int = '0', frac = ''] = body.split('.');
  const num = BigInt(`${int}${frac}` || '0');
  return { num: neg ? -num : num, den: 10n ** BigInt(frac.length) };
}

/** num/den rounded to an integer in `mode` (den > 0, num of any sign). */
export function roundFraction(num: bigint, den: bigint, mode: Mode): bigint {
  const negative = num < 0n;
  const a = negative ? -num : num;
  const q = a / den; // toward zero, on the magnitude
  const r = a % den;
  let magnitude = q;
  if (r !== 0n) {
    const twice = 2n * r;
    const away =
      mode === 'up'
        ? true
        : mode === 'down'
          ? false
          : mode === 'ceil'
            ? !negative
            : mode === 'floor'
              ? negative
              : twice > den
                ? true
                : twice < den
                  ? false
                  : mode === 'half-up'
                    ? true
                    : mode === 'half-down'
                      ? false
                      : q % 2n === 1n; // half-even: away only when that makes it even
    if (away) magnitude = q + 1n;
  }
  return negative ? -magnitude : magnitude;
}

/** base (fen) × Π rates, rounded once in `mode` to the fen or to the yuan: the result in fen. */
export function multiplyOracle(
  baseFen: bigint,
  rates: readonly Fraction[],
  mode: Mode,
  unit: 'fen' | 'yuan',
): bigint {
  let num = baseFen;
  let den = 1n;
  for (const r of rates) {
    num *= r.num;
    den *= r.den;
  }
  return unit === 'fen'
    ? roundFraction(num, den, mode)
    : roundFraction(num, den * 100n, mode) * 100n;
}

/**
 * Largest-remainder allocation of `fen` by positive integer weights (MONEY-04): every part gets the
 * whole fen of its exact quota; the fen left over go one each to the parts with the largest
 * fractional quota, ties to the earlier part. A negative total is allocated as its magnitude, negated.
 */
export function allocateOracle(fen: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  const magnitude = fen < 0n ? -fen : fen;
  const quotas = weights.map((w) => ({
    whole: (magnitude * w) / total,
    part: (magnitude * w) % total,
  }));
  let leftover = magnitude - quotas.reduce((a, q) => a + q.whole, 0n);
  const extra = new Array<bigint>(weights.length).fill(0n);
  // hand out one fen at a time to the best remaining candidate: a selection, not a sort
  const taken = new Set<number>();
  while (leftover > 0n) {
    let best = -1;
    for (let i = 0; i < quotas.length; i++) {
      if (taken.has(i)) continue;
      const q = quotas[i];
      const b = best < 0 ? undefined : quotas[best];
      if (q !== undefined && (b === undefined || q.part > b.part)) best = i;
    }
    taken.add(best);
    extra[best] = 1n;
    leftover -= 1n;
  }
  return quotas.map((q, i) => {
    const share = q.whole + (extra[i] ?? 0n);
    return fen < 0n ? -share : share;
  });
}

/** Fen as the library's canonical text: "-1234.05". */
export function fenText(fen: bigint): string {
  const neg = fen < 0n;
  const a = neg ? -fen : fen;
  return `${neg ? '-' : ''}${(a / 100n).toString()}.${(a % 100n).toString().padStart(2, '0')}`;
}
