import { Decimal } from 'decimal.js';
import type { BenchPair, Lib } from '../pair.js';

const D = Decimal.clone({ precision: 60 });
const input = {
  jurisdiction: 'anhui',
  asOf: '2026-01-01',
  base: { kind: 'contract-price', amount: '12000000.00' },
  adjustments: [{ percent: -10, reason: 'claims-free' }],
} as const;

export const premiumCases = ({ quotePremium }: Lib): BenchPair[] => [
  {
    name: 'premium.quote-with-worksheet',
    subject: () => quotePremium(input),
    // The bare computation of the same premium: multiply, multiply, round.
    baseline: () =>
      new D('12000000.00')
        .times('0.00165')
        .times('0.9')
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed(2),
  },
];
