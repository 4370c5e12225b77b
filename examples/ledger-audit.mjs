// @ts-check
// A regulator audits an insurer's prevention-spending ledger (AH-PREV-05, AH-PREV-06) from the sample
// files in examples/data/: per-policy totals against the 20% cap, and every criterion with its clause.
// Run: npm run build && node examples/ledger-audit.mjs
import { readFileSync } from 'node:fs';
import { checkPreventionLedger, formatCny } from 'anzexian';

const here = new URL('./data/', import.meta.url);
const policies = JSON.parse(readFileSync(new URL('policies.json', here), 'utf8'));
const [header = '', ...lines] = readFileSync(new URL('ledger.csv', here), 'utf8')
  .trim()
  .split('\n');
const keys = header.split(',');
const entries = lines.map((line) =>
  Object.fromEntries(line.split(',').map((v, i) => [keys[i], v])),
);

const result = checkPreventionLedger({
  jurisdiction: 'anhui',
  asOf: '2026-12-31',
  policies,
  entries,
});
for (const p of result.policies) {
  console.log(
    `${p.policy}: collected ${formatCny(p.collected)}, cap ${p.cap === null ? '—' : formatCny(p.cap)}, spent ${formatCny(p.spent)}${p.over ? `, OVER by ${formatCny(p.over)}` : ''}`,
  );
}
for (const c of result.criteria)
  console.log(
    `${c.status.padEnd(7)} ${c.ruleId} (${c.citation.document} ${c.citation.section}): ${c.reason.en}`,
  );
console.log(`verdict: ${result.status}`);
