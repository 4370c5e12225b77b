import { describe, expect, it } from 'vitest';
import {
  anhui,
  checkProject,
  classifyUnit,
  coverageStatus,
  findRule,
  jingzhou,
  jingzhouAnnex1,
  jingzhouAnnex5,
  jingzhouAnnex7,
  type Unit,
} from '../../src/index.js';

// Issue 16, defect 6 (and defect 4 as seen by a roster): expected values worked by hand from the Jingzhou
// plan. Every test has at least one expectation the code before the fix did not meet (marked "was").

// 一: "自2020年8月1日起，全市新开工的房屋建筑和市政基础设施工程项目全面实施安责险"; 附件1 gives new projects one
// figure, 100. Worked: the 100% is in force from 2020-08-01, not from the end of 2020, so on 2020-10-01 a
// housing project started 2020-09-01 and never insured is 1 of 1 uninsured: missed, 1 needed.
const project = (id: string, startDate: string, insured: boolean, projectKind: 'housing' | 'municipal' = 'housing'): Unit => ({
  kind: 'project',
  id,
  projectKind,
  startDate,
  ...(insured ? { policies: [{ from: startDate, to: '2022-12-31' }] } : {}),
});
const housing = (asOf: string, units: Unit[]) =>
  coverageStatus({ profile: jingzhou, asOf, units }).categories.find(
    (c) => c.category === 'new-projects-housing',
  );

describe('defect 6 — JZ-SCOPE-01 / JZ-TGT-02: mandatory from 2020-08-01', () => {
  it('JZ-TGT-02 an uninsured project started after 2020-08-01 is missed on 2020-10-01, not "behind" a year-end target (was: behind)', () => {
    expect(housing('2020-10-01', [project('P1', '2020-09-01', false)])).toMatchObject({
      total: 1,
      insured: 0,
      status: 'missed',
      needed: 1,
      target: { percent: '100', deadline: '2020-08-01', ruleId: 'JZ-TGT-02' },
    });
    // checkProject says the same of the same project on the same day
    expect(
      checkProject({
        jurisdiction: 'jingzhou',
        asOf: '2020-10-01',
        facts: { startDate: '2020-09-01', insured: false },
      }).criteria.find((c) => c.ruleId === 'JZ-SCOPE-01')?.status,
    ).toBe('fail');
  });

  it('JZ-TGT-02 around 2020-08-01: started 2020-07-31 is not new; 2020-08-01 and 2020-08-02 count, and uninsured they are missed', () => {
    const units = [
      project('A', '2020-07-31', false),
      project('B', '2020-08-01', false),
      project('C', '2020-08-02', true),
    ];
    // on the notice date 2020-08-07: B and C are new (2), C insured (1): 1 needed, missed
    expect(housing('2020-08-07', units)).toMatchObject({ total: 2, insured: 1, status: 'missed', needed: 1 });
    expect(coverageStatus({ profile: jingzhou, asOf: '2020-08-07', units }).outOfScope).toBe(1);
    // every later date says the same
    expect(housing('2021-06-30', units)?.status).toBe('missed');
    expect(housing('2020-12-31', units)?.status).toBe('missed');
    // all insured: met
    expect(housing('2020-10-01', [project('B', '2020-08-01', true)])?.status).toBe('met');
  });

  it('JZ-TGT-02 the rule cites the body too and records the reading', () => {
    const r = findRule(jingzhou, 'JZ-TGT-02');
    expect(r.citation.section).toBe('附件1, 一');
    expect(r.note?.en).toContain('The source wins');
  });

  it('JZ-RPT-05 JZ-RPT-07 the project forms state the missed projects, the same count as coverageStatus (was: no word of it)', () => {
    const rows = [
      { ...project('P1', '2020-09-01', false), name: '甲' },
      { ...project('P2', '2020-09-15', true, 'municipal'), name: '乙' },
      { ...project('P3', '2020-10-15', false), name: '丙' }, // starts after the quarter: not yet due
    ];
    const q3 = jingzhouAnnex5({ unit: '荆州区住建局', year: 2020, quarter: 3, rows });
    const note = q3.footnotes.find((f) => f.ruleId === 'JZ-TGT-02')?.text.en;
    expect(note).toBe(
      'Newly started projects not insured on 2020-09-30: 1, each a missed obligation (100% from 2020-08-01); projects starting after 2020-09-30 are not counted: 1',
    );
    const status = coverageStatus({ profile: jingzhou, asOf: '2020-09-30', units: rows.map(({ name: _, ...u }) => u) });
    expect(status.notYetDue).toBe(1);
    expect(status.categories.filter((c) => c.status === 'missed').reduce((n, c) => n + c.total - c.insured, 0)).toBe(1);
    // on 2020-12-15 the third has started, uninsured: 2 missed
    const a7 = jingzhouAnnex7({ unit: '荆州区住建局', asOf: '2020-12-15', rows });
    expect(a7.footnotes.find((f) => f.ruleId === 'JZ-TGT-02')?.text.zh).toContain('未投保的新开工项目：2个');
    expect(jingzhouAnnex1().footnotes.find((f) => f.ruleId === 'JZ-TGT-02')?.text.en).toBe(
      'New projects: 100% from 2020-08-01 (一): an uninsured one is a missed obligation',
    );
  });
});

describe('defect 4 on a roster — a project not started yet owes nothing yet', () => {
  // AH-SCOPE-01 "在开工前依法投保", JZ-SCOPE-01 "新开工": as of 2026-01-01 a project starting 2026-01-02 is
  // not yet due — counted neither as insured nor as missing, but as `notYetDue`; one starting 2026-01-01 is due.
  it('AH-SCOPE-01 a project starting the day after the as-of day is not yet due; on the day it is counted (was: counted as missed)', () => {
    const p = (id: string, startDate: string): Unit => ({
      kind: 'project',
      id,
      projectKind: 'housing',
      needsConstructionPermit: true,
      startDate,
    });
    const s = coverageStatus({ profile: anhui, asOf: '2026-01-01', units: [p('A', '2026-01-02')] });
    expect(s).toMatchObject({ notYetDue: 1, uncategorised: 0 });
    expect(s.categories.find((c) => c.category === 'projects')).toMatchObject({
      total: 0,
      status: 'not-applicable',
    });
    const on = coverageStatus({ profile: anhui, asOf: '2026-01-01', units: [p('B', '2026-01-01')] });
    expect(on.categories.find((c) => c.category === 'projects')).toMatchObject({ total: 1, status: 'missed' });
    expect(classifyUnit(anhui, p('A', '2026-01-02'), '2026-01-01')).toMatchObject({
      scope: 'mandatory',
      category: null,
      ruleIds: ['AH-SCOPE-01'],
    });
  });

  it('JZ-SCOPE-01 a project starting the day after the as-of day is not yet newly started', () => {
    const s = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: [project('A', '2021-07-01', false)] });
    expect(s.notYetDue).toBe(1);
    expect(housing('2021-06-30', [project('A', '2021-06-30', false)])).toMatchObject({ total: 1, status: 'missed' });
  });
});
