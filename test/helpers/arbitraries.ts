import fc from 'fast-check';

/** Property tests run at least this many cases (issue: ≥ 1,000 each). */
export const RUNS = { numRuns: 1000 } as const;

/** Fen as a bigint → the canonical yuan text, computed without any decimal library. */
export function fenToText(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg && abs !== 0n ? '-' : ''}${yuan.toString()}.${cents}`;
}

/** Text of a canonical amount → fen as bigint. */
export function textToFen(text: string): bigint {
  const neg = text.startsWith('-');
  const [y = '0', c = '00'] = (neg ? text.slice(1) : text).split('.');
  const fen = BigInt(y) * 100n + BigInt(c.padEnd(2, '0'));
  return neg ? -fen : fen;
}

/** Amounts from 0 to 10^13 yuan, in fen, biased to small and boundary values by fast-check. */
export const fenArb = (max = 10n ** 15n) => fc.bigInt({ min: 0n, max });

/** A rate written in ‰ with up to 4 decimals, as (numerator over 10^7) of a plain decimal. */
export const permilleArb = fc.integer({ min: 0, max: 100_000_000 }).map((n) => ({
  text: fenLikeText(BigInt(n), 4),
  // value = n / 10^4 ‰ = n / 10^7
  num: BigInt(n),
  den: 10n ** 7n,
}));

/** bigint n / 10^places as plain decimal text. */
export function fenLikeText(n: bigint, places: number): string {
  const s = n.toString().padStart(places + 1, '0');
  return `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`;
}

/** Round-half-up (away from zero) of num/den for num ≥ 0, den > 0: an oracle independent of decimal.js. */
export const halfUp = (num: bigint, den: bigint): bigint => (2n * num + den) / (2n * den);
export const floorDiv = (num: bigint, den: bigint): bigint => num / den;
export const ceilDiv = (num: bigint, den: bigint): bigint => (num + den - 1n) / den;
