import type { Lib } from '../pair.js';

function* roster(count: number) {
  for (let i = 0; i < count; i++) {
    const policies = i % 10 < 7 ? [{ from: '2021-01-01', to: '2021-12-31' }] : [];
    if (i % 4 === 0)
      yield {
        kind: 'project' as const,
        id: `P${i}`,
        projectKind: i % 8 === 0 ? ('housing' as const) : ('municipal' as const),
        startDate: '2021-03-01',
        name: `项目${i}`,
        policies,
      };
    else
      yield {
        kind: 'enterprise' as const,
        id: `E${i}`,
        sector: 'construction',
        inStatistics: i % 3 !== 0,
        name: `企业${i}`,
        employees: i % 200,
        policies,
      };
  }
}

/** The Jingzhou quarterly forms (附件4, 附件5) and the dashboard for 1,000,000 roster rows, each built in one streamed pass, then rendered. */
export function bulkReports(
  {
    jingzhouAnnex4,
    jingzhouAnnex5,
    coverageDashboard,
    coverageStatus,
    jingzhou,
    renderHtml,
    renderCsv,
    renderMarkdown,
  }: Lib,
  count = 1_000_000,
) {
  const t0 = process.hrtime.bigint();
  const a4 = jingzhouAnnex4({ unit: '荆州市住建局', year: 2021, quarter: 2, rows: roster(count) });
  const a5 = jingzhouAnnex5({ unit: '荆州市住建局', year: 2021, quarter: 2, rows: roster(count) });
  const units = (function* () {
    for (const r of roster(count)) {
      const { name: _n, ...u } = r;
      if ('employees' in u) delete (u as { employees?: number }).employees;
      yield u;
    }
  })();
  const dashboard = coverageDashboard(
    coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units }),
  );
  const built = process.hrtime.bigint();
  const out = [a4, a5, dashboard].flatMap((r) => [renderHtml(r), renderCsv(r), renderMarkdown(r)]);
  const rendered = process.hrtime.bigint();
  return {
    name: 'reports.quarterly-forms-and-dashboard-1m-rows',
    rows: count,
    buildSeconds: Number((Number(built - t0) / 1e9).toFixed(2)),
    renderMilliseconds: Number((Number(rendered - built) / 1e6).toFixed(2)),
    outputBytes: out.reduce((n, s) => n + s.length, 0),
  };
}
