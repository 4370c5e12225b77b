// A regulator's compliance calendar: Jingzhou's obligations for 2020–2022 as iCalendar (RFC 5545),
// ready to import into a calendar app. Run: npm run build && node examples/calendar.mjs > jingzhou.ics
import { complianceCalendar, coverageStatus, jingzhou, renderIcs } from 'anzexian';

const calendar = complianceCalendar(jingzhou, { from: '2020-01-01', to: '2022-12-31' });
for (const e of calendar.events) {
  // A deadline on a statutory rest day moves to the day after the rest ends (民法典第二百零三条).
  const moved = e.extension?.status === 'extended' ? `  → due ${e.extension.due} (art. 203)` : '';
  console.error(
    `${e.start}${e.end !== e.start ? ` – ${e.end}` : ''}  ${e.ruleId}  ${e.what.zh}${moved}`,
  );
}

// And where the city stood at the end of 2021 (a small embedded roster).
const insured2021 = [{ from: '2021-01-01', to: '2021-12-31' }];
const units = [
  ...Array.from({ length: 10 }, (_, i) => ({
    kind: 'enterprise',
    id: `in-${i}`,
    sector: 'construction',
    inStatistics: true,
    policies: i < 7 ? insured2021 : [],
  })),
  ...Array.from({ length: 4 }, (_, i) => ({
    kind: 'enterprise',
    id: `out-${i}`,
    sector: 'construction',
    inStatistics: false,
    policies: i < 2 ? insured2021 : [],
  })),
  {
    kind: 'project',
    id: 'p-1',
    projectKind: 'housing',
    startDate: '2021-03-01',
    policies: insured2021,
  },
  { kind: 'project', id: 'p-2', projectKind: 'municipal', startDate: '2021-05-01', policies: [] },
];
for (const c of coverageStatus({ profile: jingzhou, asOf: '2021-12-31', units }).categories) {
  console.error(
    `${c.category.padEnd(30)} ${c.insured}/${c.total}  ${c.rate.applicable ? `${c.rate.percent}%` : '—'}  target ${c.target?.percent ?? '—'}%  ${c.status}  needed ${c.needed}`,
  );
}

process.stdout.write(renderIcs(calendar));
