// @ts-check
// A what-if study for a regulator: the same portfolio of Anhui projects priced under the 2025 notice
// (建质规〔2025〕6号, reference rate 1.65‰ ± 20%, AH-RATE-02/03) and under a hypothetical version that
// lowers the reference rate to 1.5‰ from 2027-01-01. AH-RATE-04 says the reference rate will be replaced
// once national guiding rates are published; this is how to model that before it happens.
// Every result computed under the hypothetical version says so in its warnings.
// Run: npm run build && node examples/reform-study.mjs
import {
  anhui,
  defineJurisdiction,
  deriveProfile,
  formatCny,
  formatRate,
  permille,
  quotePremium,
  subtractCny,
  sumCny,
} from 'anzexian';

// The reform: only the reference rate changes; the band (±20%, AH-RATE-03) follows it to [1.2‰, 1.8‰],
// and the AH-RATE-05 floor moves with the band.
const reform = deriveProfile(anhui, {
  version: '2027-reform',
  validFrom: '2027-01-01',
  hypothetical: true,
  rules: { 'AH-RATE-02': { params: { reference: { type: 'rate', value: permille('1.5') } } } },
  note: { zh: '参考费率调整测算', en: 'reference-rate reform study' },
});
// One jurisdiction, two versions: the as-of date of each quote picks the one in force.
const study = defineJurisdiction({ versions: [anhui, reform] });

/** @type {{ name: string, kind: 'contract-price' | 'remaining-contract-price', amount: string, adjustments?: { percent: string, reason: string }[] }[]} */
const portfolio = [
  { name: '合肥某住宅项目', kind: 'contract-price', amount: '12000000' },
  {
    name: '芜湖某市政道路',
    kind: 'contract-price',
    amount: '38600000',
    adjustments: [{ percent: '-10', reason: 'claims-free' }],
  },
  { name: '蚌埠某学校（已开工）', kind: 'remaining-contract-price', amount: '5420317.26' },
  {
    name: '安庆某桥梁',
    kind: 'contract-price',
    amount: '91250000',
    adjustments: [{ percent: '+25', reason: 'accident-record' }],
  },
];

const price = (p, asOf) =>
  quotePremium({
    jurisdiction: study,
    asOf,
    base: { kind: p.kind, amount: p.amount },
    adjustments: p.adjustments,
  });

console.log(
  'Anhui reference-rate study: 2025 notice (as of 2026-12-31) vs hypothetical reform (as of 2027-01-01)\n',
);
const now = [];
const then = [];
for (const p of portfolio) {
  const a = price(p, '2026-12-31');
  const b = price(p, '2027-01-01');
  now.push(a.premium);
  then.push(b.premium);
  const clamp = (q) => (q.clamped ? ' (clamped to the band)' : '');
  console.log(`${p.name}`);
  console.log(`  base ${formatCny(a.base.amount)}`);
  console.log(`  2025 notice  ${formatRate(a.effectiveRate)} → ${formatCny(a.premium)}${clamp(a)}`);
  console.log(`  reform       ${formatRate(b.effectiveRate)} → ${formatCny(b.premium)}${clamp(b)}`);
  console.log(`  difference   ${formatCny(subtractCny(b.premium, a.premium))}`);
}
const before = sumCny(now);
const after = sumCny(then);
console.log(`\nTotal under the 2025 notice: ${formatCny(before)}`);
console.log(`Total under the reform:      ${formatCny(after)}`);
console.log(`Difference:                  ${formatCny(subtractCny(after, before))}`);
const warned = price(portfolio[0], '2027-01-01').warnings;
console.log(`\nWarnings on every reform quote: ${warned.map((w) => w.code).join(', ')}`);
console.log(`  ${warned[0]?.message.en}`);
