// `npm run demo`: a worked tour of anzexian on embedded sample data, run against the built package.
// Each figure can be checked by hand against the sources; the comments say how.
import {
  addDays,
  allocate,
  capAmount,
  checkQuote,
  coverageRate,
  findRule,
  formatCny,
  getProfile,
  lookupProfile,
  parseCny,
  percent,
  quarterEnd,
  quotePremium,
  resolveRule,
  splitPremium,
  sumCny,
  toChineseUppercase,
} from 'anzexian';

const line = (label, value) => console.log(`  ${label.padEnd(46)} ${value}`);
const title = (text) => console.log(`\n${text}`);

console.log('anzexian demo — 安责险 rules as exact, cited functions (sample data embedded)');

title('1. Profiles: what the law says, as of a date');
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
  line(
    `per-person limit, ${id} as of ${asOf}`,
    `≥ ${formatCny(r.governing.rule.params.minimum.value)} (${r.governing.rule.id})`,
  );
}
line(
  'Xinzhou (undated notice)',
  `warning: ${lookupProfile('xinzhou', { asOf: '2026-01-01' }).warnings[0].code}`,
);

title('2. Quotes with their worksheets (re-running the steps gives the premium exactly)');
const showQuote = (heading, q) => {
  console.log(`\n  ${heading}`);
  console.log(`  premium ${formatCny(q.premium)} — ${toChineseUppercase(q.premium)}`);
  for (const s of q.worksheet) {
    const cited =
      s.citation && s.citation.document !== 'anzexian'
        ? ` ${s.citation.document} ${s.citation.section}`
        : '';
    const label = `${String(s.step).padStart(4)}. ${s.label.zh} / ${s.label.en}`;
    console.log(
      `${label.padEnd(52)} ${s.value.padEnd(20)} ${s.formula.padEnd(32)} ${s.ruleId ?? 'caller'}${cited}`,
    );
  }
  for (const w of q.warnings) console.log(`    ! ${w.message.en}`);
};
// 12,000,000.00 × 1.65‰ × 0.9 = 17,820.00; 20% of it = 3,564.00 (AH-PREV-05); 5% = 891.00 (NAT25-COMM-01).
showQuote(
  'Anhui: contract price 1,200万元, claims-free −10%',
  quotePremium({
    jurisdiction: 'anhui',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount: '1,200万元' },
    adjustments: [{ percent: -10, reason: 'claims-free' }],
  }),
);
// +25% asks for 2.0625‰; the band stops at 1.98‰: 12,000,000.00 × 1.98‰ = 23,760.00.
showQuote(
  'Anhui: +25% requested for the accident record (clamped to the +20% ceiling)',
  quotePremium({
    jurisdiction: 'anhui',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount: '12000000' },
    adjustments: [{ percent: 25, reason: 'accident-record' }],
  }),
);
// Xinzhou sets no rate: the insurer's filed rate is required. 8,650,000.00 × 1.8‰ = 15,570.00.
const xz = quotePremium({
  jurisdiction: 'xinzhou',
  asOf: '2026-01-01',
  base: { kind: 'contract-price', amount: '8,650,000.00' },
  rate: {
    source: 'filed',
    rate: { value: '0.0018', unit: 'permille' },
    insurer: 'Example P&C, Xinzhou branch',
  },
});
showQuote("Xinzhou: the insurer's filed rate 1.8‰", xz);

title('3. Sharing the Xinzhou premium by subcontract (XZ-PARTY-01, MONEY-04)');
const split = splitPremium({
  quote: xz,
  payers: [
    { name: 'general contractor', role: 'general-contractor', weight: 70 },
    { name: 'subcontractor A', role: 'subcontractor', weight: 20 },
    { name: 'subcontractor B', role: 'subcontractor', weight: 10 },
  ],
});
for (const s of split.shares) line(`${s.name} (weight ${s.weight})`, formatCny(s.amount));
line('sum of the shares', formatCny(sumCny(split.shares.map((s) => s.amount))));

title('4. Checking a proposed Anhui quote: 1.2‰, a 500,000 per-person limit');
const verdict = checkQuote({
  jurisdiction: 'anhui',
  asOf: '2026-01-01',
  rate: { value: '0.0012', unit: 'permille' },
  perPersonLimit: '500000',
  premium: '14400',
  commission: '600',
});
line('verdict', verdict.status);
for (const c of verdict.criteria)
  console.log(`    ${c.status.padEnd(5)} ${c.ruleId.padEnd(14)} ${c.reason.en}`);

title('5. Money details');
line('parseCny("1.2亿")', formatCny(parseCny('1.2亿')));
line('cap on 19,800.03 at 20% (3,960.006 → down)', formatCny(capAmount('19800.03', percent(20))));
line(
  '19,800.01 split 1:1:1 (largest remainder)',
  allocate('19800.01', [1, 1, 1])
    .map((part) => formatCny(part))
    .join(' + '),
);
line('2 of 3 projects insured', `${coverageRate(2, 3).percent}%`);
line('0 of 0 (nothing to insure)', coverageRate(0, 0).applicable ? 'applicable' : 'not applicable');

title('6. Calendar dates: Jingzhou quarterly forms are due 5 days after the quarter ends');
line('Q3 2020 ends 2020-09-30; the form is due', addDays(quarterEnd(2020, 3), 5));

title('7. The command line (dist/cli.js) on the sample data in examples/data/');
const { spawnSync } = await import('node:child_process');
const { createRequire } = await import('node:module');
// The CLI of the installed package (here, this repository's dist/ through the package's own name).
const cliPath = createRequire(import.meta.url)
  .resolve('anzexian/package.json')
  .replace(/package\.json$/, 'dist/cli.js');
const cli = (args) => {
  console.log(`\n  $ anzexian ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    cwd: new URL('..', import.meta.url).pathname,
  });
  const out = (r.stdout + r.stderr).trimEnd().split('\n');
  for (const l of out.slice(0, 14)) console.log(`    ${l}`);
  if (out.length > 14) console.log(`    … (${out.length - 14} more lines)`);
  console.log(`    [exit ${r.status}]`);
};
cli([
  'quote',
  '--jurisdiction',
  'anhui',
  '--as-of',
  '2026-01-01',
  '--amount',
  '1200万元',
  '--adjust=-10:claims-free',
  '--format',
  'md',
]);
cli([
  'coverage',
  '--jurisdiction',
  'jingzhou',
  '--as-of',
  '2021-12-31',
  '--input',
  'examples/data/jingzhou-roster.csv',
  '--format',
  'md',
]);
cli(['check', 'insurer', '--input', 'examples/data/insurer.json', '--format', 'md']);
cli([
  'calendar',
  '--jurisdiction',
  'jingzhou',
  '--from',
  '2021-01-01',
  '--to',
  '2021-12-31',
  '--format',
  'ics',
]);
