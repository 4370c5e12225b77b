// `npm run demo`: a worked tour of anzexian on embedded sample data, run against the built package.
// Each figure is worked by hand in the comments, so a reader can check it against the sources.
import {
  allocate,
  capAmount,
  coverageRate,
  formatCny,
  formatRate,
  multiplyAndRound,
  parseCny,
  percent,
  permille,
  ratio,
  sumCny,
  toChineseUppercase,
  addDays,
  quarterEnd,
  getProfile,
  lookupProfile,
  findRule,
  resolveRule,
} from '../dist/index.js';

const line = (label, value) => console.log(`  ${label.padEnd(44)} ${value}`);

console.log('anzexian demo — 安责险 money and dates, exact to the fen and the day\n');

console.log('0. Profiles: what the law says, as of a date');
const anhui = getProfile('anhui', { asOf: '2026-01-01' });
line(
  'Anhui as of 2026-01-01',
  `${anhui.document.number}, in force from ${anhui.document.inForceFrom}`,
);
const ref = findRule(anhui, 'AH-RATE-02');
line(`${ref.id} (${ref.citation.document} ${ref.citation.section})`, ref.summary.zh);
for (const [id, asOf] of [
  ['anhui', '2026-01-01'],
  ['jingzhou', '2021-06-01'],
  ['jingzhou', '2026-01-01'],
]) {
  const r = resolveRule(getProfile(id, { asOf }), 'per-person-limit', asOf);
  const min = r.governing.rule.params.minimum.value;
  line(`per-person limit, ${id} as of ${asOf}`, `≥ ${formatCny(min)} (${r.governing.rule.id})`);
}
line(
  'Xinzhou (undated notice)',
  lookupProfile('xinzhou', { asOf: '2026-01-01' }).warnings[0].message.en.slice(0, 60) + '…',
);

console.log('\n1. A contract price pasted from a spreadsheet (MONEY-01)');
const base = parseCny('1,200万元');
line('parseCny("1,200万元")', formatCny(base));

console.log('\n2. Anhui reference premium (建质规〔2025〕6号 一(八), MONEY-02)');
const reference = permille('1.65');
line(`premium = base × ${formatRate(reference)}`, formatCny(multiplyAndRound(base, [reference])));
line(
  'with the float at −20% (factor 0.8)',
  formatCny(multiplyAndRound(base, [reference, ratio('0.8')])),
);
line(
  'with the float at +20% (factor 1.2)',
  formatCny(multiplyAndRound(base, [reference, ratio('1.2')])),
);
const premium = multiplyAndRound(base, [reference]);
line('in 人民币大写 (MONEY-07)', toChineseUppercase(premium));

console.log(
  '\n3. Prevention-service budget: ≤ 20% of the premium collected (AH-PREV-05, MONEY-03)',
);
line('cap = 19,800.00 × 20%, rounded down', formatCny(capAmount(premium, percent(20))));
line('cap on 19,800.03 (3,960.006 → down)', formatCny(capAmount('19800.03', percent(20))));

console.log(
  '\n4. Sharing the premium: general contractor 70, two subcontractors 20 and 10 (XZ-PARTY-01, MONEY-04)',
);
const odd = parseCny('19800.01');
const parts = allocate(odd, [70, 20, 10]);
parts.forEach((p, i) => line(`payer ${i + 1}`, formatCny(p)));
line(`sum of the parts (= ${formatCny(odd)})`, formatCny(sumCny(parts)));

console.log('\n5. Coverage rate (MONEY-05)');
line('2 of 3 projects insured', `${coverageRate(2, 3).percent}%`);
line('0 of 0 (nothing to insure)', coverageRate(0, 0).applicable ? 'applicable' : 'not applicable');

console.log(
  '\n6. Calendar dates (TIME-02): Jingzhou quarterly forms due 5 days after the quarter ends',
);
const q3 = quarterEnd(2020, 3);
line(`Q3 2020 ends ${q3}; form due`, addDays(q3, 5));
