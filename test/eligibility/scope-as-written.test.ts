import { describe, expect, it } from 'vitest';
import {
  anhui,
  checkEnterprise,
  checkProject,
  coverageStatus,
  deriveProfile,
  findRule,
  jingzhou,
  ValidationError,
  xinzhou,
  type CheckProjectInput,
} from '../../src/index.js';
import { criterionOf, find, project, projectCriterion } from '../helpers/verdict.js';

// Issue 16, defects 1, 2, 4, 7 and 8: each expected value below is worked by hand from the clause quoted
// above it. Every test has at least one expectation the code before the fix did not meet (marked "was").

type Facts = CheckProjectInput['facts'];
const status = (
  jurisdiction: CheckProjectInput['jurisdiction'],
  id: string,
  facts: Facts,
  asOf = '2026-01-01',
) => projectCriterion(jurisdiction, id, facts, asOf).status;

describe('defect 1 — Xinzhou 一: every in-progress project without 安责险 must insure', () => {
  // 一 ¶1: "本通知印发前，已取得施工许可证的项目，已投保与安全生产相关的其他险种的，应当增加或将其调整为安责险".
  // 一 ¶2: "自实施之日起，本市行政区域内所有未购买安责险的新建和在建项目均须按照本通知执行，已购买安责险的在建项目
  //        应满足本通知中关于事故预防技术服务和理赔的相关要求".
  // Worked: a project permitted before the notice with no insurance at all is "未购买安责险的在建项目": it must
  // insure. XZ-SCOPE-01 (before the permit) cannot apply to it; XZ-SCOPE-02 fails it; the verdict fails.
  it('XZ-SCOPE-02 an in-progress project permitted before the notice with no insurance at all fails (was: both scope rules passed)', () => {
    const v = project('xinzhou', {
      permittedBeforeNotice: true,
      otherSafetyInsurance: false,
      insured: false,
    });
    expect(criterionOf(v, 'XZ-SCOPE-01').status).toBe('pass'); // "before the permit" cannot apply
    expect(criterionOf(v, 'XZ-SCOPE-02')).toMatchObject({ status: 'fail', factsMissing: [] });
    expect(criterionOf(v, 'XZ-SCOPE-02').reason.zh).toContain('所有未购买安责险的在建项目');
    expect(v.status).toBe('fail');
  });

  it('XZ-SCOPE-02 another safety insurance must be added to or converted: converted passes, not converted fails, not shown is unknown', () => {
    const other = { permittedBeforeNotice: true, otherSafetyInsurance: true } as const;
    // Converted from the notice's first possible day (its issue date is not stated; 2024-01-01 is the
    // earliest): pass. (Review of issue 16, item 5: the cover must run from the notice day.)
    expect(
      status('xinzhou', 'XZ-SCOPE-02', {
        ...other,
        addedOrConvertedToAnzexian: true,
        insuredOn: '2024-01-01',
      }),
    ).toBe('pass');
    expect(status('xinzhou', 'XZ-SCOPE-02', { ...other, addedOrConvertedToAnzexian: false })).toBe(
      'fail',
    );
    expect(criterionOf(project('xinzhou', other), 'XZ-SCOPE-02')).toMatchObject({
      status: 'unknown',
      factsMissing: ['insured', 'addedOrConvertedToAnzexian'],
    });
    // permitted before the notice, nothing else known: was a pass, is unknown
    expect(
      criterionOf(project('xinzhou', { permittedBeforeNotice: true }), 'XZ-SCOPE-02'),
    ).toMatchObject({
      status: 'unknown',
      factsMissing: ['insured'],
    });
  });

  it('XZ-SCOPE-02 the policy must be in force on the as-of day: the day itself and the day before pass, the day after fails', () => {
    // Review of issue 16, item 5: the cover must also run from the notice day. With the issue date
    // supplied (2025-12-31), a policy from that day or the day before passes, one from the day after is
    // late, one dated after the as-of day is not in force.
    const x = deriveProfile(xinzhou, { issued: '2025-12-31' });
    const held = (insuredOn: string, asOf = '2026-01-01') =>
      criterionOf(
        checkProject({ jurisdiction: x, asOf, facts: { permittedBeforeNotice: true, insuredOn } }),
        'XZ-SCOPE-02',
      ).status;
    expect([held('2025-12-31'), held('2026-01-01'), held('2026-01-02')]).toEqual([
      'pass',
      'fail',
      'fail',
    ]);
    expect(held('2025-12-30', '2025-12-31')).toBe('pass');
  });

  it('XZ-SCOPE-02 an in-progress project already holding 安责险 passes and is told the notice’s service and claims rules apply (一 ¶2, second sentence)', () => {
    const c = criterionOf(
      project('xinzhou', { permittedBeforeNotice: true, insured: true, insuredOn: '2024-01-01' }),
      'XZ-SCOPE-02',
    );
    expect(c.status).toBe('pass');
    for (const id of ['XZ-FIRMOPS-01', 'XZ-OPS-06', 'XZ-SVC-01', 'XZ-CLAIM-01', 'XZ-CLAIM-02'])
      expect(c.reason.en).toContain(id);
    const r = findRule(xinzhou, 'XZ-SCOPE-02');
    expect(r.params['alreadyInsuredMeet']?.type).toBe('list');
    expect(r.note?.en).toContain('The source wins');
  });

  it('XZ-SCOPE-02 permit date not shown: another insurance not converted is "not holding 安责险", which alone is still unknown (XZ-SCOPE-01 may govern instead)', () => {
    // 一 ¶1 asks a project permitted before the notice to add or convert its other insurance; one permitted
    // after is XZ-SCOPE-01's. Worked: other insurance, not converted, permit date not given → it holds no
    // 安责险, but which rule applies is not shown → unknown, naming permittedBeforeNotice (and insured).
    const c = criterionOf(
      project('xinzhou', { otherSafetyInsurance: true, addedOrConvertedToAnzexian: false }),
      'XZ-SCOPE-02',
    );
    expect(c).toMatchObject({
      status: 'unknown',
      factsUsed: ['otherSafetyInsurance', 'addedOrConvertedToAnzexian'],
      factsMissing: ['permittedBeforeNotice', 'insured'],
    });
    expect(c.reason.en).toMatch(
      /^not holding 安责险: not shown whether permitted before the notice/,
    );
    expect(c.reason.zh).toMatch(/^未购买安责险：/);
  });

  it('XZ-SCOPE-01 XZ-SCOPE-02 a work that is not housing or municipal, or needs no permit, is outside 一', () => {
    expect(status('xinzhou', 'XZ-SCOPE-02', { kind: 'other', insured: false })).toBe('pass');
    expect(
      status('xinzhou', 'XZ-SCOPE-01', { needsConstructionPermit: false, insured: false }),
    ).toBe('pass');
  });
});

describe('defect 2 — Anhui 一(一) 应保尽保 and 一(五) 剩余工程量', () => {
  // 一(一): "全省行政区域内依法需要申请施工许可证的房屋市政工程，在开工前依法投保安责险，实现应保尽保".
  // 一(五): "已开工的工程项目可按照剩余工程量与保险机构签订安责险保险合同" — the premium base of a project
  // already started (AH-COST-03), not an exemption. The notice took effect 2025-10-29.
  // Worked: started 2025-10-28 (the day before), not insured on 2026-01-01 → fail; insured from 2025-10-29
  // (the notice day) → pass; from 2025-12-01 → fail, later than the notice day (review of issue 16, item 5:
  // it must hold 安责险 from the notice day on); a policy dated 2026-01-02 is not in force → fail.
  const started = {
    needsConstructionPermit: true,
    kind: 'housing',
    startDate: '2025-10-28',
  } as const;

  it('AH-SCOPE-01 a project started before the notice and never insured fails (was: pass)', () => {
    expect(status('anhui', 'AH-SCOPE-01', { ...started, insured: false })).toBe('fail');
    expect(
      criterionOf(project('anhui', { ...started, insured: false }), 'AH-SCOPE-01').reason.en,
    ).toContain('not an exemption');
    expect(status('anhui', 'AH-SCOPE-01', { ...started, insuredOn: '2025-10-29' })).toBe('pass');
    expect(status('anhui', 'AH-SCOPE-01', { ...started, insuredOn: '2025-12-01' })).toBe('fail');
    expect(status('anhui', 'AH-SCOPE-01', { ...started, insuredOn: '2026-01-01' })).toBe('fail');
    expect(status('anhui', 'AH-SCOPE-01', { ...started, insuredOn: '2026-01-02' })).toBe('fail');
    expect(criterionOf(project('anhui', started), 'AH-SCOPE-01')).toMatchObject({
      status: 'unknown',
      factsMissing: ['insured'],
    });
  });

  it('AH-SCOPE-01 checkProject and coverageStatus agree on a pre-notice project: fail ↔ missed, pass ↔ met', () => {
    const unit = (policies?: { from: string; to: string }[]) => ({
      kind: 'project' as const,
      id: 'P',
      projectKind: 'housing' as const,
      needsConstructionPermit: true,
      startDate: '2025-10-28',
      ...(policies === undefined ? {} : { policies }),
    });
    const projects = (u: ReturnType<typeof unit>) =>
      coverageStatus({ profile: anhui, asOf: '2026-01-01', units: [u] }).categories.find(
        (c) => c.category === 'projects',
      );
    expect(projects(unit())).toMatchObject({ total: 1, insured: 0, status: 'missed', needed: 1 });
    expect(status('anhui', 'AH-SCOPE-01', { ...started, insured: false })).toBe('fail');
    expect(projects(unit([{ from: '2025-10-29', to: '2026-12-31' }]))).toMatchObject({
      insured: 1,
      status: 'met',
    });
    expect(
      status('anhui', 'AH-SCOPE-01', {
        ...started,
        policies: [{ from: '2025-10-29', to: '2026-12-31' }],
      }),
    ).toBe('pass');
  });

  it('AH-COST-02 "开工前一次性足额支付" is not asked of a project started before the notice, nor before work starts', () => {
    const cost = (startDate: string) =>
      criterionOf(
        project('anhui', {
          ...started,
          startDate,
          premiumPassedToWorkers: false,
          paidInOnePayment: true,
          ownerPaidInFullBeforeStart: false,
        }),
        'AH-COST-02',
      ).status;
    // before the notice, after the as-of day (2026-01-01): not asked; started 2025-11-01 (after the notice, before the as-of day): asked
    expect([cost('2025-10-28'), cost('2026-01-02'), cost('2025-11-01')]).toEqual([
      'pass',
      'pass',
      'fail',
    ]);
  });
});

describe('defect 4 — nothing is due before the trigger date: one behaviour for Anhui, Xinzhou and Jingzhou', () => {
  // AH-SCOPE-01 一(一) "在开工前依法投保"; XZ-SCOPE-01 一 "应在办理施工许可证前投保"; JZ-SCOPE-01 一 "自2020年8月1日起，
  // 全市新开工的…项目全面实施安责险". Worked, as of 2026-01-01, not insured: the trigger on 2025-12-31 or on
  // 2026-01-01 itself has come → fail; on 2026-01-02 it is still ahead → pass, not yet due; not given → unknown.
  const cases = {
    anhui: (d?: string): Facts => ({
      needsConstructionPermit: true,
      kind: 'housing',
      insured: false,
      ...(d === undefined ? {} : { startDate: d }),
    }),
    xinzhou: (d?: string): Facts => ({
      permittedBeforeNotice: false,
      insured: false,
      ...(d === undefined ? {} : { permitApplicationDate: d }),
    }),
    jingzhou: (d?: string): Facts => ({
      insured: false,
      ...(d === undefined ? {} : { startDate: d }),
    }),
  };
  const ids = { anhui: 'AH-SCOPE-01', xinzhou: 'XZ-SCOPE-01', jingzhou: 'JZ-SCOPE-01' } as const;

  for (const j of ['anhui', 'xinzhou', 'jingzhou'] as const) {
    it(`${ids[j]} a trigger the day before, on, and after the as-of day: fail, fail, pass "not yet due"; not given: unknown (was: fail for Anhui and Xinzhou)`, () => {
      const at = (d?: string) => criterionOf(project(j, cases[j](d)), ids[j]);
      expect([at('2025-12-31').status, at('2026-01-01').status, at('2026-01-02').status]).toEqual([
        'fail',
        'fail',
        'pass',
      ]);
      expect(at('2026-01-02').reason.en).toContain('not yet due');
      expect(at()).toMatchObject({ status: 'unknown' });
      expect(at().factsMissing).toContain(j === 'xinzhou' ? 'permitApplicationDate' : 'startDate');
    });
  }

  it('AH-SCOPE-01 XZ-SCOPE-01 a policy already dated on or before a trigger still ahead passes as insured in time', () => {
    expect(
      criterionOf(
        project('anhui', { ...cases.anhui('2026-03-01'), insured: true, insuredOn: '2026-03-01' }),
        'AH-SCOPE-01',
      ).reason.en,
    ).toBe('insured on 2026-03-01, no later than the start date (2026-03-01)');
    expect(
      status('xinzhou', 'XZ-SCOPE-01', {
        ...cases.xinzhou('2026-03-01'),
        insured: true,
        insuredOn: '2026-02-28',
      }),
    ).toBe('pass');
  });
});

describe('defect 7 — Jingzhou 一: enterprises phased in to the end of 2022', () => {
  // 一: "全市建筑施工企业分年度、按计划稳步推行，到2022年底实现全覆盖"; 四(二): "全市范围内的资质建筑施工生产经营单位
  // 必须购买安责险". Reading: no single enterprise is individually due before 2022-12-31 (progress is measured
  // by JZ-TGT-01's yearly targets); on 2022-12-31 ("到2022年底") every qualified construction enterprise
  // must be insured (review of issue 16, item 6: as coverageStatus counts the target missed that day).
  const jz = (asOf: string, facts: Record<string, unknown>) =>
    criterionOf(checkEnterprise({ jurisdiction: 'jingzhou', asOf, facts }), 'JZ-SCOPE-02');
  const uninsured = { qualifiedConstructionEnterprise: true, insured: false };

  it('JZ-SCOPE-02 a reachable verdict: 2022-12-30 passes "not individually due", 2022-12-31 and 2023-01-01 fail (was: unknown, naming a "phase-in plan" no caller can give)', () => {
    expect(jz('2022-12-30', uninsured)).toMatchObject({ status: 'pass', factsMissing: [] });
    expect(jz('2022-12-30', uninsured).reason.en).toContain('due on 2022-12-31');
    expect(jz('2022-12-31', uninsured).status).toBe('fail');
    expect(jz('2023-01-01', uninsured).status).toBe('fail');
    expect(findRule(jingzhou, 'JZ-SCOPE-02').note?.en).toContain('year-end day 2022-12-31');
  });

  it('JZ-SCOPE-02 from 2023: an insured enterprise passes, a non-qualified one is out, qualification not shown is unknown', () => {
    expect(jz('2023-01-01', { insured: true }).status).toBe('pass');
    expect(
      jz('2023-01-01', { qualifiedConstructionEnterprise: false, insured: false }).status,
    ).toBe('pass');
    // Review of issue 16, item 7: only a qualified enterprise must insure (四(二)), so qualification not
    // shown is unknown even when not insured.
    expect(jz('2023-01-01', { insured: false })).toMatchObject({
      status: 'unknown',
      factsMissing: ['qualifiedConstructionEnterprise'],
    });
    expect(jz('2023-01-01', {})).toMatchObject({
      status: 'unknown',
      factsMissing: ['qualifiedConstructionEnterprise', 'insured'],
    });
  });
});

describe('defect 8 — AH-TERM-01: the policies cover the whole construction', () => {
  // 一(四): "保险期限由保险双方约定，在保险合同中列明，要覆盖工程项目施工全过程，一般为保险合同载明的起始日起至
  // 工程项目办理竣工验收备案之日止". Worked: work starts 2026-03-01, filed 2027-06-30; the cover must run, day
  // after day, from 2026-03-01 to 2027-06-30. A renewal starting the day after the previous policy ends
  // leaves no gap; one starting two days after leaves a one-day gap.
  const base: Facts = {
    needsConstructionPermit: true,
    kind: 'housing',
    startDate: '2026-03-01',
    insuredOn: '2026-02-20',
    completionFilingDate: '2027-06-30',
  };
  const term = (facts: Facts, asOf = '2027-07-01') =>
    criterionOf(project('anhui', { ...base, ...facts }, asOf), 'AH-TERM-01');
  const first = { from: '2026-02-20', to: '2026-12-31' };

  it('AH-TERM-01 renewals chained the day after pass; a one-day gap fails and names the day (was: no check at all)', () => {
    expect(term({ policies: [first, { from: '2027-01-01', to: '2027-06-30' }] })).toMatchObject({
      status: 'pass',
      factsMissing: [],
    });
    const gap = term({ policies: [first, { from: '2027-01-02', to: '2027-06-30' }] });
    expect(gap.status).toBe('fail');
    expect(gap.reason.en).toBe(
      'the construction is not covered on 2027-01-01: the policies must cover it without a gap',
    );
    // overlapping policies chain too
    expect(
      term({
        policies: [
          { from: '2026-02-20', to: '2027-01-10' },
          { from: '2027-01-01', to: '2027-06-30' },
        ],
      }).status,
    ).toBe('pass');
  });

  it('AH-TERM-01 a cover ending the day before filing fails; on the filing day or after it passes', () => {
    const ending = (to: string) => term({ policies: [{ from: '2026-02-20', to }] });
    expect(ending('2027-06-29')).toMatchObject({ status: 'fail' });
    expect(ending('2027-06-29').reason.en).toContain('2027-06-30');
    expect(ending('2027-06-30').status).toBe('pass');
    expect(ending('2027-07-31').status).toBe('pass');
  });

  it('AH-TERM-01 the cover must begin by the start of work: from the start day passes, from the day after fails', () => {
    const from = (d: string) => term({ policies: [{ from: d, to: '2027-06-30' }] });
    expect([
      from('2026-02-28').status,
      from('2026-03-01').status,
      from('2026-03-02').status,
    ]).toEqual(['pass', 'pass', 'fail']);
  });

  it('AH-TERM-01 the filing date not known: unknown naming completionFilingDate; a gap already begun still fails', () => {
    const noFiling = { completionFilingDate: undefined };
    expect(term({ ...noFiling, policies: [first] }, '2026-06-01')).toMatchObject({
      status: 'unknown',
      factsMissing: ['completionFilingDate'],
    });
    expect(
      term(
        { ...noFiling, policies: [first, { from: '2027-01-03', to: '2027-06-30' }] },
        '2027-02-01',
      ).status,
    ).toBe('fail');
  });

  it('AH-TERM-01 a policy ending before the known filing date fails even before the gap begins', () => {
    // Review of issue 16, item 8 (the issue: "a policy ending before filing → fail").
    const single = { policies: [first] };
    expect(term(single, '2026-12-31').status).toBe('fail'); // covered through the as-of day, not to the filing
    expect(term(single, '2027-01-01').status).toBe('fail'); // the gap begins today
    // without the filing date, a gap still ahead may fall after the filing: unknown
    expect(term({ ...single, completionFilingDate: undefined }, '2026-12-31').status).toBe(
      'unknown',
    );
  });

  it('AH-TERM-01 a planned completion finds a cover that stops short; reaching it is still unknown without the filing date', () => {
    const planned = { completionFilingDate: undefined, plannedCompletionDate: '2027-05-31' };
    expect(term({ ...planned, policies: [first] }, '2027-01-15').status).toBe('fail');
    expect(
      term({ ...planned, policies: [{ from: '2026-02-20', to: '2027-05-31' }] }),
    ).toMatchObject({
      status: 'unknown',
      factsMissing: ['completionFilingDate'],
    });
  });

  it('AH-TERM-01 a project started before the notice is checked from the notice day (its remaining work is the base, AH-COST-03)', () => {
    // Review of issue 16, item 4: 应保尽保 from the notice day (2025-10-29), not from its first policy.
    const pre = (from: string) =>
      term({ startDate: '2025-06-01', insuredOn: from, policies: [{ from, to: '2027-06-30' }] });
    expect(pre('2025-10-29').status).toBe('pass');
    expect(pre('2025-11-15').status).toBe('fail');
    expect(pre('2025-11-15').reason.en).toContain('2025-10-29 – 2025-11-14');
  });

  it('AH-TERM-01 no policy: not yet due before the start, a fail after it; impossible dates are refused', () => {
    expect(term({ policies: [] }, '2026-02-28').status).toBe('pass');
    expect(term({ policies: [] }, '2026-03-01').status).toBe('fail');
    expect(find(project('anhui', { policies: [] }), 'AH-TERM-01')?.factsMissing).toEqual([
      'startDate',
    ]);
    expect(() => term({ policies: [{ from: '2026-03-01', to: '2026-02-28' }] })).toThrow(
      ValidationError,
    );
    expect(() => term({ completionFilingDate: '2026-02-28' })).toThrow(ValidationError);
  });
});
