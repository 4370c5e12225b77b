import { Decimal } from 'decimal.js';
import { seeded, type Pair } from '../harness.js';
import type { Lib } from '../pair.js';
import { amounts } from './money.js';

const D = Decimal.clone({ precision: 60 });
const REASONS = [
  'accident-record',
  'standardisation',
  'violations-dishonesty',
  'hazard-rectification',
] as const;

/** An Anhui quote input: a contract price and up to three signed adjustments, one per factor. */
interface QuoteIn {
  readonly jurisdiction: 'anhui';
  readonly asOf: string;
  readonly base: { readonly kind: 'contract-price'; readonly amount: string };
  readonly adjustments: readonly {
    readonly percent: number;
    readonly reason: (typeof REASONS)[number];
  }[];
}

/** 1,000 Anhui quotes, varied: amounts, 0–3 adjustments of −15…+15%, some pushed past the band. */
function quotes(count: number, seed: number): QuoteIn[] {
  const rnd = seeded(seed);
  return amounts(count, seed).map((amount) => {
    const n = Math.floor(rnd() * 4);
    const adjustments = REASONS.slice(0, n).map((reason) => ({
      reason,
      percent: Math.round(rnd() * 30) - 15 || 5,
    }));
    return {
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      base: { kind: 'contract-price', amount },
      adjustments,
    };
  });
}

const REFERENCE = new D('0.00165'); // AH-RATE-02 1.65‰
const FLOOR = new D('0.00132'); // AH-RATE-03
const CEILING = new D('0.00198');

/**
 * The same premium by hand with decimal.js: the float factor Π(1 + aᵢ/100), the effective rate
 * clamped to the band, base × rate rounded once half-up to the fen. No validation, no worksheet.
 */
function barePremium(q: QuoteIn): string {
  let factor = new D(1);
  for (const a of q.adjustments) factor = factor.times(new D(a.percent).div(100).plus(1));
  let rate = REFERENCE.times(factor);
  if (rate.lessThan(FLOOR)) rate = FLOOR;
  else if (rate.greaterThan(CEILING)) rate = CEILING;
  return new D(q.base.amount).times(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export const premiumPairs = ({ quotePremium }: Lib): Pair<QuoteIn>[] => [
  {
    name: 'premium.quote-with-worksheet',
    inputs: quotes(1000, 7),
    ours: (q) => quotePremium(q),
    baseline: barePremium,
    answerOf: {
      ours: (r) => (r as { premium: { amount: string } }).premium.amount,
      baseline: (r) => r as string,
    },
  },
];
