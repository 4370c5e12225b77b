import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkApplication,
  checkEnterprise,
  checkInsurer,
  checkInsurerPool,
  checkPolicy,
  checkProject,
  checkQuoteLetter,
  checkServiceFirm,
  permille,
  percent,
  ValidationError,
  type StaffMember,
} from '../../src/index.js';
import { find } from '../helpers/verdict.js';

const q = (quarter: string, comprehensive: number | string, core: number | string) => ({
  quarter,
  comprehensive,
  core,
});
const solvency = (asOf: string, rows: ReturnType<typeof q>[]) =>
  find(checkInsurer({ jurisdiction: 'anhui', asOf, facts: { solvency: rows } }), 'AH-INS-03');
const YEAR_OK = [
  q('2025-Q1', 130, 80),
  q('2025-Q2', 125, 76),
  q('2025-Q3', 120, 75),
  q('2025-Q4', 140, 90),
];

describe('AH-INS-03 solvency over the last four consecutive quarters', () => {
  it('AH-INS-03 passes when each quarter reaches 120% and 75% (the floors themselves pass)', () => {
    const c = solvency('2026-02-15', YEAR_OK);
    expect(c?.status).toBe('pass');
    expect(c?.reason.en).toContain('2025-Q1–2025-Q4');
  });
  it('AH-INS-03 fails when any quarter in the window is below either floor', () => {
    expect(
      solvency('2026-02-15', [...YEAR_OK.slice(0, 3), q('2025-Q4', '119.99', 90)])?.status,
    ).toBe('fail');
    expect(
      solvency('2026-02-15', [...YEAR_OK.slice(0, 3), q('2025-Q4', 150, '74.9')])?.status,
    ).toBe('fail');
    // a failing quarter fails even when the window is incomplete
    expect(solvency('2026-02-15', [q('2025-Q4', 100, 90)])?.status).toBe('fail');
  });
  it('AH-INS-03 fewer than four quarters, a gap, stale data or a quarter not yet ended is unknown', () => {
    expect(solvency('2026-02-15', YEAR_OK.slice(1))?.status).toBe('unknown');
    const gap = solvency('2026-02-15', [
      q('2024-Q4', 130, 80),
      ...YEAR_OK.filter((r) => r.quarter !== '2025-Q2'),
    ]);
    expect(gap?.status).toBe('unknown');
    expect(gap?.reason.en).toContain('2025-Q2');
    expect(solvency('2027-01-15', YEAR_OK)?.status).toBe('unknown'); // latest 2025-Q4 is more than a quarter behind
    expect(solvency('2025-12-01', YEAR_OK)?.status).toBe('unknown'); // 2025-Q4 has not ended on 2025-12-01
    expect(
      find(checkInsurer({ jurisdiction: 'anhui', asOf: '2026-01-01', facts: {} }), 'AH-INS-03')
        ?.factsMissing,
    ).toEqual(['solvency']);
  });
  it('AH-INS-03 accepts a one-quarter publication lag', () => {
    expect(solvency('2026-04-10', YEAR_OK)?.status).toBe('pass'); // 2026-Q1 not yet published
  });
  it.each([
    ['a duplicated quarter', [...YEAR_OK, q('2025-Q4', 130, 80)]],
    ['a negative ratio', [q('2025-Q4', -1, 80)]],
    ['a ratio that is not a number', [q('2025-Q4', 'abc', 80)]],
    ['NaN', [q('2025-Q4', Number.NaN, 80)]],
    ['a malformed quarter', [q('2025-Q5', 130, 80)]],
  ])('AH-INS-03 refuses %s with a ValidationError and a path', (_, rows) => {
    try {
      solvency('2026-02-15', rows);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.path[0]).toBe('facts');
    }
  });
});

describe('XZ-INS-06 the pool of insurers registering for one project', () => {
  const pool = (registrants: Parameters<typeof checkInsurerPool>[0]['registrants']) =>
    checkInsurerPool({
      jurisdiction: 'xinzhou',
      asOf: '2025-06-01',
      project: '某项目',
      registrants,
    });
  it('XZ-INS-06 fails on a shared principal or a control relation, naming the pair', () => {
    const same = pool([
      { name: 'A', principal: 'P1' },
      { name: 'B', principal: 'P1' },
      { name: 'C', principal: 'P3' },
    ]);
    expect(same.status).toBe('fail');
    expect(same.criteria[0]?.reason.en).toContain('A & B');
    expect(
      pool([
        { name: 'A', principal: 'P1', controlsOrManages: ['B'] },
        { name: 'B', principal: 'P2' },
      ]).status,
    ).toBe('fail');
  });
  it('XZ-INS-06 passes for independent registrants and is unknown when a principal is missing', () => {
    expect(
      pool([
        { name: 'A', principal: 'P1', controlsOrManages: [] },
        { name: 'B', principal: 'P2', controlsOrManages: [] },
      ]).status,
    ).toBe('pass');
    expect(
      pool([
        { name: 'A', principal: 'P1', controlsOrManages: [] },
        { name: 'B', controlsOrManages: [] },
      ]).status,
    ).toBe('unknown');
    // a left-out list of relations is not "none"
    expect(
      pool([
        { name: 'A', principal: 'P1' },
        { name: 'B', principal: 'P2' },
      ]).status,
    ).toBe('unknown');
    // one registrant: no pair can exist
    expect(pool([{ name: 'A' }]).status).toBe('pass');
  });
  it('XZ-INS-06 refuses duplicates and relations outside the pool', () => {
    expect(() => pool([{ name: 'A' }, { name: 'A' }])).toThrow(ValidationError);
    expect(() => pool([{ name: 'A', controlsOrManages: ['Z'] }])).toThrow(ValidationError);
    expect(() =>
      checkInsurerPool({ jurisdiction: 'anhui', asOf: '2026-01-01', registrants: [{ name: 'A' }] }),
    ).toThrow(ValidationError);
  });
});

describe('XZ-FIRM-05 staff tiers', () => {
  const person = (name: string, title: StaffMember['title'], cert: boolean, years: number) => ({
    name,
    title,
    certificates: cert ? ['first-class-constructor' as const] : [],
    safetyYears: years,
  });
  const top = person('甲', 'senior', true, 15);
  const mid = (n: number) =>
    Array.from({ length: n }, (_, i) => person(`乙${i}`, 'intermediate', true, 10));
  const low = (n: number) =>
    Array.from({ length: n }, (_, i) => person(`丙${i}`, 'none', false, 5));
  const tiers = (staff: ReturnType<typeof person>[], tierReading?: 'distinct' | 'overlapping') =>
    find(
      checkServiceFirm({
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        facts: {},
        staff,
        ...(tierReading ? { tierReading } : {}),
      }),
      'XZ-FIRM-05',
    );

  it('XZ-FIRM-05 distinct persons (default) need 1 / 4 / 9 and the verdict names them', () => {
    const c = tiers([top, ...mid(3), ...low(5)]);
    expect(c?.status).toBe('pass');
    expect(c?.reason.en).toContain('reading: distinct persons');
    expect(c?.reason.en).toContain('甲');
    expect(c?.reason.zh).toContain('丙4');
    expect(tiers([top, ...mid(3), ...low(4)])?.status).toBe('fail'); // 8 people
  });
  it('XZ-FIRM-05 the overlapping reading needs 1 / 3 / 5', () => {
    const staff = [top, ...mid(2), ...low(2)]; // 5 people: 甲 counts in all tiers, 乙 in two
    expect(tiers(staff, 'overlapping')?.status).toBe('pass');
    expect(tiers(staff, 'overlapping')?.reason.en).toContain(
      'one person may count in several tiers',
    );
    expect(tiers(staff)?.status).toBe('fail');
  });
  it('XZ-FIRM-05 the floors themselves pass: 15 and 10 and 5 years; a junior title or no certificate does not reach the top', () => {
    expect(tiers([person('甲', 'intermediate', true, 20), ...mid(3), ...low(5)])?.status).toBe(
      'fail',
    );
    expect(tiers([person('甲', 'full-senior', true, 15), ...mid(3), ...low(5)])?.status).toBe(
      'pass',
    );
    expect(tiers([person('甲', 'senior', true, 14.9), ...mid(3), ...low(5)])?.status).toBe('fail');
  });
  it('XZ-FIRM-05 with no staff list the criterion is unknown', () => {
    expect(
      find(
        checkServiceFirm({ jurisdiction: 'xinzhou', asOf: '2025-06-01', facts: {} }),
        'XZ-FIRM-05',
      )?.status,
    ).toBe('unknown');
  });
  it('XZ-FIRM-05 refuses unknown certificate kinds, negative years and duplicate names', () => {
    const bad = [[{ ...top, certificates: ['lawyer'] }], [{ ...top, safetyYears: -1 }], [top, top]];
    for (const staff of bad) expect(() => tiers(staff as never)).toThrow(ValidationError);
  });
});

describe('XZ-OPS-04 / XZ-OPS-05 / XZ-APP-01 documents', () => {
  const letter = {
    projectName: '某住宅项目',
    projectAddress: '忻州市某路1号',
    projectCategory: '房屋建筑工程',
    contractPeriod: { from: '2025-03-01', to: '2026-08-31' },
    contractAmount: '12,000,000.00',
    insurancePlan: '方案A',
    premiumRate: permille('1.5'),
    coverageAmount: '600000',
    preventionServicePlan: '每季度一次隐患排查',
    preventionFeeRatio: percent(15),
  };
  const check = (document: Record<string, unknown>) =>
    checkQuoteLetter({ jurisdiction: 'xinzhou', asOf: '2025-06-01', document });
  it('XZ-OPS-04 a complete letter passes; with a premium, it must equal contract amount × rate', () => {
    expect(check(letter).status).toBe('pass');
    expect(check({ ...letter, premium: '18000.00' }).status).toBe('pass');
    const wrong = check({ ...letter, premium: '18000.01' });
    expect(wrong.status).toBe('fail');
    expect(wrong.criteria[1]?.reason.en).toContain('¥18,000.00');
  });
  it('XZ-OPS-04 a missing field fails and is named; periods must be in order', () => {
    const lacking: Record<string, unknown> = { ...letter };
    delete lacking['preventionFeeRatio'];
    const v = check(lacking);
    expect(v.status).toBe('fail');
    expect(v.criteria[0]?.reason.zh).toContain('事故预防技术服务费用比例');
    expect(check({ ...letter, projectName: '  ' }).status).toBe('fail');
    expect(
      check({ ...letter, contractPeriod: { from: '2026-01-01', to: '2025-01-01' } }).status,
    ).toBe('fail');
  });
  it('XZ-OPS-05 a policy needs its nine fields, including the insurance period', () => {
    const policy: Record<string, unknown> = {
      ...letter,
      insurancePeriod: { from: '2025-03-01', to: '2026-08-31' },
    };
    delete policy['projectCategory'];
    delete policy['preventionFeeRatio'];
    expect(
      checkPolicy({ jurisdiction: 'xinzhou', asOf: '2025-06-01', document: policy }).status,
    ).toBe('pass');
    const noPeriod = { ...policy };
    delete noPeriod['insurancePeriod'];
    expect(
      checkPolicy({ jurisdiction: 'xinzhou', asOf: '2025-06-01', document: noPeriod }).criteria[0]
        ?.factsMissing,
    ).toEqual(['insurancePeriod']);
    expect(() =>
      checkPolicy({ jurisdiction: 'anhui', asOf: '2026-01-01', document: policy }),
    ).toThrow(ValidationError);
  });
  it('XZ-APP-01 application documents: required ones, the award notice when tendered, unknown when not said', () => {
    const app = (documents: string[], extra: Record<string, boolean> = {}) =>
      checkApplication({
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        documents: documents as never,
        ...extra,
      }).status;
    const required = ['construction-contract', 'application-form', 'enterprise-documents'];
    expect(app(required, { tendered: false, insurerRequested: false })).toBe('pass');
    expect(app(required, { tendered: true, insurerRequested: false })).toBe('fail');
    expect(
      app([...required, 'bid-award-notice'], { tendered: true, insurerRequested: false }),
    ).toBe('pass');
    expect(app(required.slice(1), { tendered: false, insurerRequested: false })).toBe('fail');
    expect(app(required)).toBe('unknown');
  });
});

describe('project and enterprise obligations', () => {
  const project = (
    jurisdiction: 'anhui' | 'xinzhou' | 'jingzhou',
    facts: Record<string, unknown>,
    asOf = '2026-01-01',
  ) => checkProject({ jurisdiction, asOf, facts });
  it('AH-SCOPE-01 insured before work starts (the start day itself counts); no permit: out of scope', () => {
    const base = { needsConstructionPermit: true, startDate: '2026-03-01' };
    const started = (facts: Record<string, unknown>) =>
      find(project('anhui', facts, '2026-06-01'), 'AH-SCOPE-01')?.status;
    expect(started({ ...base, insuredOn: '2026-02-20' })).toBe('pass');
    expect(started({ ...base, insuredOn: '2026-03-01' })).toBe('pass');
    expect(started({ ...base, insuredOn: '2026-03-02' })).toBe('fail');
    expect(started({ ...base, insured: false })).toBe('fail');
    expect(find(project('anhui', { needsConstructionPermit: false }), 'AH-SCOPE-01')?.status).toBe(
      'pass',
    );
    expect(started(base)).toBe('unknown');
  });
  it('XZ-SCOPE-01 insured before the permit is applied for', () => {
    expect(
      find(
        project('xinzhou', { permitApplicationDate: '2025-05-01', insuredOn: '2025-04-30' }),
        'XZ-SCOPE-01',
      )?.status,
    ).toBe('pass');
    expect(
      find(
        project('xinzhou', { permitApplicationDate: '2025-05-01', insuredOn: '2025-05-02' }),
        'XZ-SCOPE-01',
      )?.status,
    ).toBe('fail');
    expect(find(project('xinzhou', {}), 'XZ-SCOPE-01')?.status).toBe('unknown');
  });
  it('JZ-SCOPE-01 projects started from 2020-08-01 must be insured; earlier ones are not new', () => {
    expect(
      find(project('jingzhou', { startDate: '2020-08-01', insured: true }), 'JZ-SCOPE-01')?.status,
    ).toBe('pass');
    expect(
      find(project('jingzhou', { startDate: '2020-08-01', insured: false }), 'JZ-SCOPE-01')?.status,
    ).toBe('fail');
    expect(
      find(project('jingzhou', { startDate: '2020-07-31', insured: false }), 'JZ-SCOPE-01')?.status,
    ).toBe('pass');
    expect(find(project('jingzhou', { startDate: '2020-09-01' }), 'JZ-SCOPE-01')?.status).toBe(
      'unknown',
    );
  });
  it('AH-LIMIT-02 the per-person limit floor in a project check, and the national one elsewhere', () => {
    expect(find(project('anhui', { perPersonLimit: '600000' }), 'AH-LIMIT-02')?.status).toBe(
      'pass',
    );
    expect(find(project('anhui', { perPersonLimit: '599999.99' }), 'AH-LIMIT-02')?.status).toBe(
      'fail',
    );
    expect(
      find(project('jingzhou', { perPersonLimit: '300000' }, '2021-06-01'), 'NAT17-LIMIT-01')
        ?.status,
    ).toBe('pass');
    expect(find(project('jingzhou', { perPersonLimit: '300000' }), 'NAT25-LIMIT-01')?.status).toBe(
      'fail',
    );
  });

  const enterprise = (
    jurisdiction: 'anhua' | 'zhoushan' | 'jingzhou',
    facts: Record<string, unknown>,
    asOf = '2026-01-01',
  ) => checkEnterprise({ jurisdiction, asOf, facts });
  it('AN-SCOPE-01 the eight sectors must be insured from 2021-09-01; other sectors are encouraged', () => {
    expect(
      find(enterprise('anhua', { sector: 'fireworks', insured: true }), 'AN-SCOPE-01')?.status,
    ).toBe('pass');
    expect(
      find(enterprise('anhua', { sector: 'fireworks', insured: false }), 'AN-SCOPE-01')?.status,
    ).toBe('fail');
    expect(
      find(
        enterprise('anhua', { sector: 'fireworks', insured: false }, '2021-08-31'),
        'AN-SCOPE-01',
      )?.status,
    ).toBe('pass');
    expect(
      find(enterprise('anhua', { sector: 'other', insured: false }), 'AN-SCOPE-01')?.status,
    ).toBe('pass');
    expect(find(enterprise('anhua', { sector: 'fireworks' }), 'AN-SCOPE-01')?.status).toBe(
      'unknown',
    );
    expect(() => enterprise('anhua', { sector: 'banking' })).toThrow(ValidationError);
  });
  it('ZS-SCOPE-01 in-scope sectors must be insured; ZS-SCOPE-02 an equivalent statutory insurance counts', () => {
    expect(
      find(
        enterprise('zhoushan', {
          sector: 'marine-fishery',
          insured: false,
          equivalentLiabilityInsurance: false,
        }),
        'ZS-SCOPE-01',
      )?.status,
    ).toBe('fail');
    const eq = enterprise('zhoushan', {
      sector: 'passenger-transport',
      insured: false,
      equivalentLiabilityInsurance: true,
    });
    expect(find(eq, 'ZS-SCOPE-01')?.status).toBe('pass');
    expect(find(eq, 'ZS-SCOPE-02')?.status).toBe('pass');
    expect(
      find(enterprise('zhoushan', { sector: 'spraying', insured: false }), 'ZS-SCOPE-01')?.status,
    ).toBe('pass');
    expect(
      find(enterprise('zhoushan', { sector: 'marine-fishery', insured: false }), 'ZS-SCOPE-01')
        ?.status,
    ).toBe('unknown');
  });
  it('AN-ENF-01 names the consequence each violation carries', () => {
    const v = enterprise('anhua', {
      sector: 'construction',
      insured: false,
      premiumPassedToWorkers: true,
      compensationUnpaid: false,
      refusedRectification: true,
    });
    expect(find(v, 'AN-ENF-01')?.status).toBe('fail');
    expect(v.consequences.map((c) => c.code)).toEqual([
      'not-insured',
      'premium-passed-on',
      'refuses-rectification',
    ]);
    expect(v.consequences[2]?.name.zh).toContain('黑名单');
    const clean = enterprise('anhua', {
      sector: 'construction',
      insured: true,
      premiumPassedToWorkers: false,
      compensationUnpaid: false,
    });
    expect(find(clean, 'AN-ENF-01')?.status).toBe('pass');
    expect(find(enterprise('anhua', {}), 'AN-ENF-01')?.status).toBe('unknown');
  });
  it('obligations by project and by sector are not mixed up', () => {
    expect(() => checkProject({ jurisdiction: 'anhua', asOf: '2026-01-01', facts: {} })).toThrow(
      ValidationError,
    );
    expect(() => checkEnterprise({ jurisdiction: 'anhui', asOf: '2026-01-01', facts: {} })).toThrow(
      ValidationError,
    );
  });
});

describe('verdict properties', () => {
  // Xinzhou insurer facts, each a yes/no whose good value is known.
  const GOOD: Record<string, boolean> = {
    validBusinessLicence: true,
    hasStaffEquipmentFunds: true,
    insuranceLicenceFromNfra: true,
    onSeriousViolationList: false,
    onDishonestDebtorList: false,
    sufficientUnderwritingClaimsExperience: true,
    sufficientPreventionExperience: true,
    meetsRegulatorConditions: true,
    branchAuthorisedByHeadOffice: true,
    branchReportedToAuthorities: true,
    dedicatedManagementTeam: true,
    collectsFullPremiumBeforeIssuing: true,
    usesInstalmentsOrSplitPolicies: false,
  };
  const keys = Object.keys(GOOD);
  const factsArb = fc.dictionary(fc.constantFrom(...keys), fc.boolean());
  const rank = { fail: 0, unknown: 1, pass: 2 } as const;
  const run = (facts: Record<string, boolean>) =>
    checkInsurer({ jurisdiction: 'xinzhou', asOf: '2025-06-01', facts });

  it('XZ-INS-01 improving any single fact never makes a criterion or the verdict worse (monotonicity)', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom(...keys), (facts, key) => {
        const before = run(facts);
        const after = run({ ...facts, [key]: GOOD[key] ?? true });
        expect(rank[after.status]).toBeGreaterThanOrEqual(rank[before.status]);
        before.criteria.forEach((c, i) => {
          expect(rank[after.criteria[i]?.status ?? 'fail']).toBeGreaterThanOrEqual(rank[c.status]);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('XZ-INS-01 the overall status is exactly the combination rule; verdicts are deterministic and frozen', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const v = run(facts);
        const s = v.criteria.map((c) => c.status);
        expect(v.status).toBe(
          s.includes('fail') ? 'fail' : s.includes('unknown') ? 'unknown' : 'pass',
        );
        expect(run(facts)).toEqual(v);
        expect(
          Object.isFrozen(v) &&
            Object.isFrozen(v.criteria) &&
            v.criteria.every((c) => Object.isFrozen(c)),
        ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('bad input gives a ValidationError with a path, not a verdict', () => {
  it.each([
    [
      'a fact of the wrong type',
      () =>
        checkInsurer({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { validBusinessLicence: 'yes' } as never,
        }),
    ],
    [
      'negative years',
      () =>
        checkInsurer({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { projectLeadYears: -1 },
        }),
    ],
    [
      'an unknown fact',
      () =>
        checkInsurer({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { lucky: true } as never,
        }),
    ],
    [
      'a jurisdiction without insurer conditions',
      () => checkInsurer({ jurisdiction: 'zhoushan', asOf: '2025-06-01', facts: {} }),
    ],
    [
      'an impossible date',
      () =>
        checkProject({
          jurisdiction: 'anhui',
          asOf: '2026-01-01',
          facts: { startDate: '2026-02-30' },
        }),
    ],
    [
      'a bad per-person limit',
      () =>
        checkProject({
          jurisdiction: 'anhui',
          asOf: '2026-01-01',
          facts: { perPersonLimit: '60万5' },
        }),
    ],
    [
      'negative commissioned years',
      () =>
        checkServiceFirm({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { commissionedRiskServiceYears: -2 },
        }),
    ],
  ])('XZ-INS-04 refuses %s', (_, call) => {
    try {
      call();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.message.en.length).toBeGreaterThan(0);
    }
  });
});
