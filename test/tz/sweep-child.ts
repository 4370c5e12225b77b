// One side of the time-zone sweep (scripts/tz-sweep.ts): prints the result of a fixed set of calls,
// one line each, so that the parent can compare the output under several TZ values byte for byte.
// Nothing here may depend on the zone except through the library.
import * as api from '../../src/index.js';
import { publicFunctions, validInputs } from '../helpers/valid-inputs.js';

const lines: string[] = [];
const json = (v: unknown) =>
  JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
function out(label: string, f: () => unknown): void {
  let text: string;
  try {
    text = json(f());
  } catch (e) {
    text = e instanceof api.AnzexianError ? `error ${e.code} ${e.message}` : `crash ${String(e)}`;
  }
  lines.push(`${label}\t${text}`);
}

// 1. Every public function on its valid input.
const valid = validInputs();
for (const [name, fn] of publicFunctions()) out(name, () => fn(...(valid[name] ?? [])));

// 2. Date arithmetic around the days some zones skipped, every day of 2023–2026, and month ends
//    across the whole accepted range.
const d = api.parseDate;
const days: string[] = [];
// Built with Date.UTC, which never consults the host zone, so the list itself is the same everywhere.
const span = (from: string, to: string) => {
  const day = (s: string) =>
    Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  for (let t = day(from); t <= day(to); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
};
span('1994-12-01', '1995-01-31'); // Pacific/Kiritimati skipped 1994-12-31
span('2011-12-01', '2012-01-31'); // Pacific/Apia skipped 2011-12-30
span('2023-01-01', '2026-12-31');
for (let y = 1000; y <= 9999; y += 11)
  for (const md of ['01-01', '02-28', '03-01', '10-31', '12-31']) days.push(`${y}-${md}`);
for (const x of days)
  out(`date ${x}`, () => {
    const v = d(x);
    return [
      [-1, 1, 7, 30, 365].map((n) => safe(() => api.addDays(v, n))),
      [-13, -1, 1, 12].map((n) => safe(() => api.addMonths(v, n))),
      safe(() => api.addYears(v, 1)),
      api.daysBetween(v, d('2020-01-01')),
      api.quarterOf(v),
    ];
  });
function safe(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return e instanceof api.AnzexianError ? e.code : `crash ${String(e)}`;
  }
}

// 3. The calendar and its iCalendar file for every profile over a long window.
for (const profile of api.PROFILES)
  out(`calendar ${profile.id}`, () => {
    const cal = api.complianceCalendar(profile, { from: '2010-01-01', to: '2035-12-31' });
    return [cal, api.renderIcs(cal)];
  });

// 4. Dated outputs: deadlines across offsets and days, reports in every format.
for (const at of [
  '1994-12-30T23:59+14:00',
  '1994-12-30T10:00-10:00',
  '2011-12-29T23:30-10:00',
  '2011-12-29T12:00+13:00',
  '2025-03-09T01:30-03:30',
  '2025-06-01T22:30+08:00',
  '2025-10-26T00:15+05:45',
  '2024-02-28T23:59:59+08:45',
])
  for (const outputOffset of ['+08:00', '+14:00', '-10:00', '+05:30', '-03:30'])
    out(`claim ${at} ${outputOffset}`, () =>
      api.claimReportDeadline({
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        accidentAt: at,
        outputOffset,
      }),
    );
for (const asOf of days.filter((x) => x >= '2025-01-01' && x <= '2026-12-31' && x.endsWith('1')))
  out(`deadlines ${asOf}`, () => [
    safe(() => api.policyPeriod({ jurisdiction: 'anhui', asOf, start: asOf })),
    safe(() => api.nextFirmEvaluation({ jurisdiction: 'anhui', asOf })),
    safe(() => api.annualReportDue({ jurisdiction: 'anhua', asOf })),
    safe(() => api.serviceTeamDeadline({ jurisdiction: 'xinzhou', asOf, policyIssued: asOf })),
  ]);
const report = api.jingzhouAnnex1();
for (const render of [api.renderMarkdown, api.renderCsv, api.renderHtml, api.renderJson])
  out(`render ${render.name}`, () => render(report));

process.stdout.write(`${lines.join('\n')}\n`);
