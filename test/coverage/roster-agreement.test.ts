import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coverageDashboard,
  coverageStatus,
  jingzhou,
  jingzhouAnnex2,
  jingzhouAnnex3,
  jingzhouAnnex4,
  jingzhouAnnex5,
  jingzhouAnnex6,
  jingzhouAnnex7,
  type CoverageStatus,
  type Report,
  type RosterRow,
} from '../../src/index.js';
import { coversDate, unitOfRow } from '../../src/coverage/roster.js';

// Issue 19, item 2: one roster, one count. The same roster gave 3 construction enterprises in 附件2 and
// 1 in 附件6 (a chemical firm counted as construction). Every Jingzhou annex and the dashboard must now
// give exactly coverageStatus's counts for the same date, whatever the roster.

const DATES = ['2020-06-30', '2020-08-01', '2020-12-31', '2021-06-30', '2021-09-30', '2021-12-31'];
const periodArb = fc
  .tuple(fc.constantFrom(...DATES), fc.integer({ min: 0, max: 500 }))
  .map(([from, days]) => {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return { from, to: d.toISOString().slice(0, 10) };
  });
const rowArb: fc.Arbitrary<Omit<RosterRow, 'id'>> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('enterprise' as const),
      sector: fc.constantFrom('construction', 'other'),
      inStatistics: fc.boolean(),
      policies: fc.array(periodArb, { maxLength: 2 }),
      name: fc.constant('某公司'),
      employees: fc.integer({ min: 0, max: 500 }),
    },
    { requiredKeys: ['kind', 'sector', 'name'] },
  ),
  fc.record(
    {
      kind: fc.constant('project' as const),
      projectKind: fc.constantFrom('housing' as const, 'municipal' as const, 'other' as const),
      startDate: fc.constantFrom(...DATES, '2022-03-01'),
      policies: fc.array(periodArb, { maxLength: 2 }),
      name: fc.constant('某项目'),
    },
    { requiredKeys: ['kind', 'projectKind', 'name'] },
  ),
);

const ENTERPRISES = ['enterprises-in-statistics', 'enterprises-not-in-statistics'];
const PROJECTS = ['new-projects-housing', 'new-projects-municipal'];
const cellValue = (c: unknown): unknown => (c as { value: unknown }).value;
/** [total, insured] of each category of a progress form (附件4–7): its rows' 总数量 and 完成数量. */
const progressCounts = (r: Report) =>
  r.tables[0]?.rows.map((row) => [cellValue(row[2]), cellValue(row[3])]);
const statusCounts = (s: CoverageStatus, categories: string[]) =>
  categories.map((c) => {
    const x = s.categories.find((k) => k.category === c);
    return [x?.total ?? 0, x?.insured ?? 0];
  });
const sum = (pairs: unknown[][]) => [0, 1].map((i) => pairs.reduce((n, p) => n + Number(p[i]), 0));
/** 附件2/3: the closing line's 共N家/个, 已投保N. */
const listingCounts = (r: Report) => {
  const v = r.tables[0]?.closing?.values;
  return [cellValue(v?.['total']), cellValue(v?.['insured'])];
};

describe('one roster, one count: every Jingzhou annex and the dashboard agree with coverageStatus', () => {
  it('JZ-TGT-01 JZ-TGT-02 JZ-RPT-02…07 the counts of 附件2–7 and the dashboard equal coverageStatus’s for random rosters (property)', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 30 }),
        fc.constantFrom('2020-12-31', '2021-06-30', '2021-12-31'),
        (shapes, asOf) => {
          const rows = shapes.map((r, i) => ({ ...r, id: `U${String(i)}` }) as RosterRow);
          const units = rows.map(unitOfRow);
          const s = coverageStatus({ profile: jingzhou, asOf, units });
          const unit = '荆州区住建局';
          expect(listingCounts(jingzhouAnnex2({ unit, asOf, rows }))).toEqual(
            sum(statusCounts(s, ENTERPRISES)),
          );
          expect(listingCounts(jingzhouAnnex3({ unit, asOf, rows }))).toEqual(
            sum(statusCounts(s, PROJECTS)),
          );
          expect(progressCounts(jingzhouAnnex6({ unit, asOf, rows }))).toEqual(
            statusCounts(s, ENTERPRISES),
          );
          expect(progressCounts(jingzhouAnnex7({ unit, asOf, rows }))).toEqual(
            statusCounts(s, PROJECTS),
          );
          // the quarterly forms count on the quarter's last day: asOf is a quarter end here
          const year = Number(asOf.slice(0, 4));
          const quarter = (Number(asOf.slice(5, 7)) / 3) as 2 | 4;
          expect(progressCounts(jingzhouAnnex4({ unit, year, quarter, rows }))).toEqual(
            statusCounts(s, ENTERPRISES),
          );
          expect(progressCounts(jingzhouAnnex5({ unit, year, quarter, rows }))).toEqual(
            statusCounts(s, PROJECTS),
          );
          const dash = coverageDashboard(s);
          // the dashboard's columns: 类别, 总数量, 已投保, …
          expect(dash.tables[0]?.rows.map((row) => [cellValue(row[1]), cellValue(row[2])])).toEqual(s.categories.map((c) => [c.total, c.insured]));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('JZ-SCOPE-02 JZ-RPT-02 the issue’s roster: a chemical firm is not a construction enterprise in 附件2, and the form says what it left out', () => {
    // 3 enterprises: two construction (one insured on 2021-06-30), one chemical (insured). Before: 附件2
    // counted 3 and 2; 附件6 1… Now both count the 2 construction firms, 1 insured.
    const rows: RosterRow[] = [
      { kind: 'enterprise', id: 'E1', sector: 'construction', inStatistics: true, name: '甲建筑', policies: [{ from: '2021-01-01', to: '2021-12-31' }] },
      { kind: 'enterprise', id: 'E2', sector: 'construction', inStatistics: false, name: '乙建筑' },
      { kind: 'enterprise', id: 'E3', sector: 'other', name: '丙化工', policies: [{ from: '2021-01-01', to: '2021-12-31' }] },
      { kind: 'enterprise', id: 'E4', sector: 'construction', name: '丁建筑' },
    ];
    const a2 = jingzhouAnnex2({ unit: '荆州区住建局', asOf: '2021-06-30', rows });
    expect(listingCounts(a2)).toEqual([2, 1]);
    expect(a2.tables[0]?.rows.map((r) => cellValue(r[1]))).toEqual(['甲建筑', '乙建筑']);
    expect(a2.footnotes.map((f) => f.text.zh)).toEqual([
      '统计截至2021-06-30；已投保指保单覆盖当日',
      '未列入本表（非建筑施工企业）：1家',
      '未列入本表（建筑施工企业；未说明是否纳入统计）：1家',
    ]);
    const a6 = jingzhouAnnex6({ unit: '荆州区住建局', asOf: '2021-06-30', rows });
    expect(progressCounts(a6)).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it('TIME-01 the one "insured on this date" test includes both ends of a policy', () => {
    const p = [{ from: '2021-01-01', to: '2021-12-31' }] as never;
    expect(['2020-12-31', '2021-01-01', '2021-12-31', '2022-01-01'].map((d) => coversDate(p, d as never))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(coversDate(undefined, '2021-06-30' as never)).toBe(false);
  });
});
