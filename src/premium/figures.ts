import {
  add,
  canonicalText,
  cmp,
  divToSignificant20,
  fixedFrom,
  fixedToFen,
  fixedToString,
  isPositive,
  mul,
  roundTo,
  type Fixed,
} from '../money/fixed.js';
import type { Rounding } from '../money/round.js';
import { lazy } from '../_lib/lazy.js';
import { PROFILES } from '../profiles/shipped.js';

/**
 * What a quote's arithmetic needs, already validated (internal): every number as the plain decimal
 * text it was read as. Both engines — {@link quoteFigures} (exact integers) and `decimalFigures`
 * (decimal.js, the oracle) — take this and must give the same {@link Figures}.
 */
export interface FigureInput {
  /** The premium base in yuan, at most 2 decimals, above zero. */
  readonly base: string;
  /** The base rate (reference or filed), above zero. */
  readonly rate: string;
  /** The float adjustments in %, each with at most 6 decimals and at most 1000 in magnitude. */
  readonly percents: readonly string[];
  /** 1 + Σ aᵢ/100 instead of Π (1 + aᵢ/100). */
  readonly additive: boolean;
  /** The permitted band of the effective rate (floor ≤ ceiling, both above zero), or none. */
  readonly band: { readonly floor: string; readonly ceiling: string } | null;
  readonly rounding: Rounding;
  /** The ratio of each cap (prevention budget, commission), or null where there is none. */
  readonly capRatios: readonly (string | null)[];
}

/** Every figure of a quote, as the text the result shows (decimal.js's `toString()` / `toFixed(2)`). */
export type Figures =
  | {
      /** The requested factor is not above zero: no quote (the caller refuses it). */
      readonly positive: false;
      readonly requested: string;
    }
  | {
      readonly positive: true;
      /** The base with exactly two decimals. */
      readonly base: string;
      /** Each adjustment as shown in the worksheet. */
      readonly percents: readonly string[];
      readonly requested: string;
      /** base rate × requested factor, before any clamping. */
      readonly unclamped: string;
      readonly band: { readonly floor: string; readonly ceiling: string } | null;
      readonly clampedTo: 'floor' | 'ceiling' | null;
      /** The rate applied: the unclamped rate, or the band bound it was clamped to. */
      readonly effective: string;
      /** effective ÷ base rate (the requested factor when nothing was clamped), 20 significant digits. */
      readonly applied: string;
      /** base × effective rate, unrounded. */
      readonly exact: string;
      /** The premium, rounded once (MONEY-02), with two decimals. */
      readonly premium: string;
      /** floor(premium × ratio) to the fen (MONEY-03) per cap ratio, or null. */
      readonly caps: readonly (string | null)[];
    };

const read = (text: string): Fixed => {
  const x = fixedFrom(text);
  if (x === null) throw new TypeError(`not a plain decimal: ${text}`); // validated upstream: a bug
  return x;
};

// Every rate the shipped profiles carry (reference rates, bands, caps, filed rates), read once on the
// first quote: constants derived from the frozen profiles, like the profiles' rule index.
const shippedRates = lazy((): ReadonlyMap<string, Fixed> => {
  const texts = PROFILES.flatMap((p) => [
    ...p.rules.flatMap((r) =>
      Object.values(r.params).flatMap((q) => (q.type === 'rate' ? [q.value.value] : [])),
    ),
    ...(p.filedRates ?? []).map((f) => f.rate.value),
  ]);
  return new Map(texts.map((t) => [t, Object.freeze(read(t))]));
});

/** A rate's text read as a {@link Fixed}, without re-reading the shipped ones. */
const readRate = (text: string): Fixed => shippedRates().get(text) ?? read(text);

const ONE: Fixed = { n: 1n, s: 0 };
const HUNDREDTH: Fixed = { n: 1n, s: 2 };

/** Π(1 + aᵢ/100) or 1 + Σ aᵢ/100, exact. */
function factorOf(percents: readonly Fixed[], additive: boolean): Fixed {
  let factor = ONE;
  for (const p of percents) {
    const share = mul(p, HUNDREDTH);
    factor = additive ? add(factor, share) : mul(factor, add(ONE, share));
  }
  return factor;
}

/**
 * A quote's arithmetic in exact scaled integers (bigint): the float factor, the band comparison and
 * clamp, base × rate, the one rounding of the premium (MONEY-02) and the caps rounded down to the fen
 * (MONEY-03). Every step is an integer sum, product or comparison, so nothing is approximated; the
 * applied factor after a clamp is the one division, rounded half-up to 20 significant digits as
 * before. Property-tested equal to the decimal.js engine on every input shape.
 */
export function quoteFigures(input: FigureInput): Figures {
  const percents = input.percents.map(read);
  const requested = factorOf(percents, input.additive);
  const requestedText = input.percents.length === 0 ? '1' : fixedToString(requested);
  if (!isPositive(requested)) return { positive: false, requested: requestedText };
  const rate = readRate(input.rate);
  const unclamped = mul(rate, requested);
  let effective = unclamped;
  let clampedTo: 'floor' | 'ceiling' | null = null;
  let band: { floor: string; ceiling: string } | null = null;
  if (input.band !== null) {
    const floor = readRate(input.band.floor);
    const ceiling = readRate(input.band.ceiling);
    band = {
      floor: canonicalText(input.band.floor, floor),
      ceiling: canonicalText(input.band.ceiling, ceiling),
    };
    // The bounds themselves are allowed (≥ floor, ≤ ceiling).
    if (cmp(unclamped, floor) < 0) {
      clampedTo = 'floor';
      effective = floor;
    } else if (cmp(unclamped, ceiling) > 0) {
      clampedTo = 'ceiling';
      effective = ceiling;
    }
  }
  const base = read(input.base);
  const exact = mul(base, effective);
  const premium = roundTo(
    roundTo(exact, input.rounding.unit === 'fen' ? 2 : 0, input.rounding.mode),
    2,
    'down',
  );
  const effectiveText = fixedToString(effective);
  return {
    positive: true,
    base: fixedToFen(roundTo(base, 2, 'down')),
    percents: input.percents.map((text, i) => canonicalText(text, percents[i] ?? ONE)),
    requested: requestedText,
    unclamped: clampedTo === null ? effectiveText : fixedToString(unclamped),
    band,
    clampedTo,
    effective: effectiveText,
    applied:
      clampedTo === null ? requestedText : fixedToString(divToSignificant20(effective, rate)),
    exact: fixedToString(exact),
    premium: fixedToFen(premium),
    caps: input.capRatios.map((ratio) =>
      ratio === null ? null : fixedToFen(roundTo(mul(premium, readRate(ratio)), 2, 'floor')),
    ),
  };
}
