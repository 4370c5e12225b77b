import { describe, expect, it } from 'vitest';
import { checkEnterprise, coverageStatus, jingzhou, type Unit } from '../../src/index.js';
import { criterionOf, project, projectCriterion } from '../helpers/verdict.js';

// checkProject / checkEnterprise (src/eligibility/obligations.ts) on the dates a verdict turns on —
// the policy dates against the as-of day, the notice day, the year-end due day — from the independent
// review of issue 16, items 1–10: each expected value is worked by hand from the clause
// quoted above it, and each test has an expectation the code before the fix did not meet (marked "was").

const scope = projectCriterion;
const AH = { needsConstructionPermit: true, kind: 'housing' } as const;

describe('item 1 — a policy dated after the as-of day is not held, whatever `insured` says', () => {
  // AH-SCOPE-01 一(一) "在开工前依法投保安责险，实现应保尽保"; XZ-SCOPE-02 一 ¶2 "所有未购买安责险的…在建项目均须按照
  // 本通知执行"; JZ-SCOPE-01 一 "新开工的…项目全面实施安责险". Worked: a policy taking effect 2026-01-02 does not
  // cover 2026-01-01: not insured that day → fail.
  it('AH-SCOPE-01 insured: true with the policy taking effect the day after the as-of day fails (was: pass)', () => {
    const v = project('anhui', {
      ...AH,
      startDate: '2025-10-28',
      insured: true,
      insuredOn: '2026-01-02',
    });
    expect(criterionOf(v, 'AH-SCOPE-01').status).toBe('fail');
    expect(v.status).toBe('fail');
  });
  it('XZ-SCOPE-02 insured: true with the policy taking effect the day after the as-of day fails (was: pass)', () => {
    const f = { permittedBeforeNotice: true, insured: true, insuredOn: '2026-01-02' } as const;
    expect(scope('xinzhou', 'XZ-SCOPE-02', f).status).toBe('fail');
  });
  it('JZ-SCOPE-01 insured: true with the policy taking effect the day after the as-of day fails; on the day passes (was: pass)', () => {
    const jz = (insuredOn: string) =>
      scope('jingzhou', 'JZ-SCOPE-01', { startDate: '2025-06-01', insured: true, insuredOn })
        .status;
    expect([jz('2026-01-01'), jz('2026-01-02')]).toEqual(['pass', 'fail']);
  });
});

describe('item 2 — insured: false is not overridden by a past insuredOn', () => {
  // The same clauses: a project stated not insured on the as-of day is not insured that day.
  it('XZ-SCOPE-02 permitted before the notice, insured: false, insuredOn in the past fails, and so does the verdict (was: pass)', () => {
    const v = project('xinzhou', {
      permittedBeforeNotice: true,
      insured: false,
      insuredOn: '2024-03-01',
    });
    expect(criterionOf(v, 'XZ-SCOPE-02').status).toBe('fail');
    expect(v.status).toBe('fail');
  });
  it('AH-SCOPE-01 insured: false with a past insuredOn fails, started before or after the notice (was: pass)', () => {
    expect(
      scope('anhui', 'AH-SCOPE-01', {
        ...AH,
        startDate: '2025-10-28',
        insured: false,
        insuredOn: '2025-10-29',
      }).status,
    ).toBe('fail');
    expect(
      scope('anhui', 'AH-SCOPE-01', {
        ...AH,
        startDate: '2025-11-10',
        insured: false,
        insuredOn: '2025-11-01',
      }).status,
    ).toBe('fail');
  });
  it('XZ-SCOPE-01 insured: false with an insuredOn before the permit application fails', () => {
    expect(
      scope('xinzhou', 'XZ-SCOPE-01', {
        permittedBeforeNotice: false,
        permitApplicationDate: '2025-05-01',
        insured: false,
        insuredOn: '2025-04-01',
      }).status,
    ).toBe('fail');
  });
  it('JZ-SCOPE-01 insured: false with a past insuredOn still fails', () => {
    expect(
      scope('jingzhou', 'JZ-SCOPE-01', {
        startDate: '2025-06-01',
        insured: false,
        insuredOn: '2025-06-01',
      }).status,
    ).toBe('fail');
  });
});

describe('item 3 — given policies decide "insured on the as-of day", as coverageStatus counts it', () => {
  // JZ-SCOPE-01 一 "全面实施安责险"; a policy [2020-08-02, 2020-12-31] covers 2020-12-31 and not 2021-03-01.
  const lapsed = {
    startDate: '2020-08-02',
    insuredOn: '2020-08-02',
    policies: [{ from: '2020-08-02', to: '2020-12-31' }],
  };
  it('JZ-SCOPE-01 a lapsed policy fails on 2021-03-01, passes on its last day 2020-12-31; coverageStatus agrees (was: pass)', () => {
    expect(scope('jingzhou', 'JZ-SCOPE-01', lapsed, '2021-03-01').status).toBe('fail');
    expect(project('jingzhou', lapsed, '2021-03-01').status).toBe('fail');
    expect(scope('jingzhou', 'JZ-SCOPE-01', lapsed, '2020-12-31').status).toBe('pass');
    const unit: Unit = {
      kind: 'project',
      id: 'P',
      projectKind: 'housing',
      startDate: lapsed.startDate,
      policies: lapsed.policies,
    };
    const housing = (asOf: string) =>
      coverageStatus({ profile: jingzhou, asOf, units: [unit] }).categories.find(
        (c) => c.category === 'new-projects-housing',
      );
    expect(housing('2021-03-01')).toMatchObject({ insured: 0, status: 'missed' });
    expect(housing('2020-12-31')).toMatchObject({ insured: 1, status: 'met' });
  });
  it('XZ-SCOPE-02 XZ-SCOPE-01 a lapsed policy fails the day after it ends (was: pass)', () => {
    const pre = {
      permittedBeforeNotice: true,
      policies: [{ from: '2024-01-01', to: '2024-12-31' }],
    };
    expect(scope('xinzhou', 'XZ-SCOPE-02', pre, '2024-12-31').status).toBe('pass');
    expect(scope('xinzhou', 'XZ-SCOPE-02', pre, '2025-01-01').status).toBe('fail');
    const post = {
      permittedBeforeNotice: false,
      permitApplicationDate: '2025-05-01',
      insuredOn: '2025-05-01',
      policies: [{ from: '2025-05-01', to: '2025-12-31' }],
    };
    expect(scope('xinzhou', 'XZ-SCOPE-01', post, '2025-12-31').status).toBe('pass');
    expect(scope('xinzhou', 'XZ-SCOPE-01', post, '2026-01-01').status).toBe('fail');
  });
  it('AH-SCOPE-01 a lapsed policy fails the day after it ends (was: pass)', () => {
    const f = {
      ...AH,
      startDate: '2025-11-10',
      insuredOn: '2025-11-10',
      policies: [{ from: '2025-11-10', to: '2025-12-31' }],
    };
    expect(scope('anhui', 'AH-SCOPE-01', f, '2025-12-31').status).toBe('pass');
    expect(scope('anhui', 'AH-SCOPE-01', f, '2026-01-01').status).toBe('fail');
  });
});

describe('item 4 — a project started before the Anhui notice is covered from the notice day (2025-10-29)', () => {
  // 一(一) "实现应保尽保" (from the notice taking effect, 2025-10-29); 一(四) "要覆盖工程项目施工全过程". Worked:
  // started 2025-06-01, first policy 2026-06-01: not covered 2025-10-29 to 2026-05-31 → both fail.
  const f = {
    ...AH,
    startDate: '2025-06-01',
    policies: [{ from: '2026-06-01', to: '2027-06-30' }],
    completionFilingDate: '2027-06-30',
  };
  it('AH-TERM-01 AH-SCOPE-01 cover from 2026-06-01 leaves 2025-10-29 – 2026-05-31 uncovered: fail (was: pass, unknown)', () => {
    const v = project('anhui', f, '2026-07-01');
    expect(criterionOf(v, 'AH-TERM-01').status).toBe('fail');
    expect(criterionOf(v, 'AH-TERM-01').reason.en).toContain('2025-10-29 – 2026-05-31');
    expect(criterionOf(v, 'AH-SCOPE-01').status).toBe('fail');
    // from the notice day on: both pass
    const ok = project(
      'anhui',
      { ...f, policies: [{ from: '2025-10-29', to: '2027-06-30' }] },
      '2026-07-01',
    );
    expect(criterionOf(ok, 'AH-TERM-01').status).toBe('pass');
    expect(criterionOf(ok, 'AH-SCOPE-01').status).toBe('pass');
  });
});

describe('item 5 — late cover of a project started before the notice fails, as late cover after the start does', () => {
  // 一(一) 应保尽保 from 2025-10-29; a project started 2025-10-28. Worked: insured from 2025-10-29 → pass;
  // from 2025-10-30 or 2025-12-01 → fail on 2026-01-01 (not held from the notice day).
  it('AH-SCOPE-01 insured from the notice day passes; from the day after, or a month later, fails (was: pass)', () => {
    const s = (insuredOn: string) =>
      scope('anhui', 'AH-SCOPE-01', { ...AH, startDate: '2025-10-28', insuredOn }).status;
    expect([s('2025-10-29'), s('2025-10-30'), s('2025-12-01')]).toEqual(['pass', 'fail', 'fail']);
    // insured, since when not shown: unknown, naming insuredOn (was: pass)
    expect(
      scope('anhui', 'AH-SCOPE-01', { ...AH, startDate: '2025-10-28', insured: true }),
    ).toMatchObject({
      status: 'unknown',
      factsMissing: ['insuredOn'],
    });
  });
  it('XZ-SCOPE-02 the notice day is not stated: cover from 2024-01-01 (the earliest) passes, later cover is unknown, never a pass (was: pass)', () => {
    const s = (insuredOn: string) =>
      scope('xinzhou', 'XZ-SCOPE-02', { permittedBeforeNotice: true, insuredOn });
    expect(s('2024-01-01').status).toBe('pass');
    expect(s('2024-06-01').status).toBe('unknown');
    expect(s('2024-06-01').reason.en).toContain('deriveProfile');
  });
});

describe('item 6 — JZ-SCOPE-02 is due on the year-end day 2022-12-31', () => {
  // 一 "到2022年底实现…全覆盖"; 四(二) "资质建筑施工生产经营单位必须购买安责险". Worked: 2022-12-30 not yet due
  // (pass), 2022-12-31 due (fail), as coverageStatus counts the target missed that day.
  const f = { qualifiedConstructionEnterprise: true, insured: false };
  const jz = (asOf: string) =>
    criterionOf(checkEnterprise({ jurisdiction: 'jingzhou', asOf, facts: f }), 'JZ-SCOPE-02')
      .status;
  it('JZ-SCOPE-02 uninsured qualified enterprise: 2022-12-30 pass, 2022-12-31 fail (was: pass), coverageStatus missed', () => {
    expect([jz('2022-12-30'), jz('2022-12-31'), jz('2023-01-01')]).toEqual([
      'pass',
      'fail',
      'fail',
    ]);
    const unit: Unit = { kind: 'enterprise', id: 'E', sector: 'construction', inStatistics: true };
    const cats = coverageStatus({
      profile: jingzhou,
      asOf: '2022-12-31',
      units: [unit],
    }).categories;
    expect(cats.find((c) => c.total === 1)?.status).toBe('missed');
  });
});

describe('item 7 — JZ-SCOPE-02 without the qualification is unknown', () => {
  // 四(二) "资质建筑施工生产经营单位必须购买安责险": only a qualified enterprise must insure.
  const jz = (facts: Record<string, unknown>) =>
    criterionOf(
      checkEnterprise({ jurisdiction: 'jingzhou', asOf: '2023-01-01', facts }),
      'JZ-SCOPE-02',
    );
  it('JZ-SCOPE-02 not insured, qualification absent: unknown naming qualifiedConstructionEnterprise (was: fail)', () => {
    expect(jz({ insured: false })).toMatchObject({
      status: 'unknown',
      factsMissing: ['qualifiedConstructionEnterprise'],
    });
    expect(jz({ insured: false, qualifiedConstructionEnterprise: true }).status).toBe('fail');
    expect(jz({ insured: false, qualifiedConstructionEnterprise: false }).status).toBe('pass');
  });
});

describe('item 8 — AH-TERM-01: a policy ending before a known filing date fails at once', () => {
  // 一(四) "要覆盖工程项目施工全过程，一般为…至工程项目办理竣工验收备案之日止"; the issue: "a policy ending before
  // filing → fail". Worked: cover to 2027-06-29, filing 2027-06-30: 2027-06-30 uncovered → fail on 2026-01-01.
  const f = (to: string) => ({
    ...AH,
    startDate: '2025-11-01',
    insuredOn: '2025-11-01',
    policies: [{ from: '2025-11-01', to }],
    completionFilingDate: '2027-06-30',
  });
  it('AH-TERM-01 a cover ending the day before the filing fails before the gap begins (was: unknown); to the filing day passes', () => {
    const c = scope('anhui', 'AH-TERM-01', f('2027-06-29'));
    expect(c.status).toBe('fail');
    expect(c.reason.en).toContain('2027-06-30');
    expect(scope('anhui', 'AH-TERM-01', f('2027-06-30')).status).toBe('pass');
  });
});

describe('item 9 — policies are evidence for AH-SCOPE-01', () => {
  // 一(一) "在开工前依法投保": a policy from 2025-11-10 covers the start day 2025-11-10 and 2026-01-01.
  const f = (from: string) => ({
    ...AH,
    startDate: '2025-11-10',
    policies: [{ from, to: '2027-12-31' }],
    completionFilingDate: '2027-06-30',
  });
  it('AH-SCOPE-01 policies without insured/insuredOn: from the start day passes (was: unknown), from the day after fails', () => {
    expect(scope('anhui', 'AH-SCOPE-01', f('2025-11-10'))).toMatchObject({
      status: 'pass',
      factsMissing: [],
    });
    expect(scope('anhui', 'AH-TERM-01', f('2025-11-10')).status).toBe('pass');
    expect(scope('anhui', 'AH-SCOPE-01', f('2025-11-11')).status).toBe('fail');
  });
});

describe('item 10 — Jingzhou sets no "before the start" deadline', () => {
  // JZ-SCOPE-01 一 "自2020年8月1日起，全市新开工的…项目全面实施安责险": no "开工前".
  const f = { startDate: '2026-02-01', insuredOn: '2026-03-01' };
  it('JZ-SCOPE-01 a future start: "not yet due" without a deadline the check does not enforce (was: "must take effect by")', () => {
    const c = scope('jingzhou', 'JZ-SCOPE-01', f);
    expect(c.status).toBe('pass');
    expect(c.reason.en).not.toContain('must take effect by');
    expect(c.reason.en).not.toContain('no later than');
    expect(c.reason.zh).not.toContain('须不晚于');
    // and the same facts later pass: held on the as-of day
    expect(scope('jingzhou', 'JZ-SCOPE-01', f, '2026-03-01').status).toBe('pass');
  });
});
