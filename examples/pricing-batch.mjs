// @ts-check
// An insurer's pricing engine quoting a batch of Anhui projects: each quote exact to the fen, with its
// worksheet kept for audit, and a refused quote reported instead of guessed.
// Run: npm run build && node examples/pricing-batch.mjs
import { AnzexianError, formatCny, quotePremium } from 'anzexian';

/** @type {import('anzexian').QuoteInput[]} */
const batch = [
  {
    jurisdiction: 'anhui',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount: '12,000,000.00' },
  },
  {
    jurisdiction: 'anhui',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount: '3860万元' },
    adjustments: [
      { percent: '-10', reason: 'claims-free' },
      { percent: '-5', reason: 'standardisation' },
    ],
  },
  {
    jurisdiction: 'anhui',
    asOf: '2026-01-01',
    base: { kind: 'remaining-contract-price', amount: '5,420,317.26' },
    adjustments: [{ percent: '+25', reason: 'accident-record' }],
  },
  {
    jurisdiction: 'anhui',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount: '8,000,000' },
    adjustments: [{ percent: '+25', reason: 'accident-record' }],
    outOfBand: 'reject',
  },
  {
    jurisdiction: 'xinzhou',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount: '2,400,000' },
  },
];

let total = 0n;
for (const [i, input] of batch.entries()) {
  try {
    const q = quotePremium(input);
    total += BigInt(q.premium.amount.replace('.', ''));
    console.log(
      `#${i + 1} ${q.jurisdiction} ${formatCny(q.base.amount).padStart(16)} × ${q.effectiveRate.value.padEnd(9)} = ${formatCny(q.premium).padStart(12)}${q.clamped ? `  (clamped to the ${q.clampedTo})` : ''}  prevention ≤ ${q.preventionBudgetCap.amount ? formatCny(q.preventionBudgetCap.amount) : '—'}`,
    );
  } catch (e) {
    if (!(e instanceof AnzexianError)) throw e;
    console.log(
      `#${i + 1} refused: ${e.issues.map((x) => `${x.path.join('.')}: ${x.message.en}`).join('; ')}`,
    );
  }
}
console.log(
  `total of the quotes issued: ¥${(total / 100n).toLocaleString('en')}.${String(total % 100n).padStart(2, '0')}`,
);
