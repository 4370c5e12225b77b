import { refusedProfile } from '../helpers/profile-refused.js';
import { describe, expect, it } from 'vitest';
import {
  checkServiceFirm,
  deriveProfile,
  xinzhou,
  type CheckServiceFirmInput,
  type Parameter,
  type Profile,
  type StaffMember,
} from '../../src/index.js';
import { criterionOf, ruleIdsOf, statusesOf } from '../helpers/verdict.js';
import { issuesOf } from '../helpers/issues.js';

// What checkServiceFirm tells a reviewer, pinned branch by branch: XZ-FIRM-01..05 and XZ-FIRMOPS-01..03
// in Xinzhou, AH-PREV-04 in Anhui. XZ-FIRM-05 (staff-tiers.ts) states its reading and names the
// people it counted in each tier; those lines are the contract and are pinned whole.

type Facts = CheckServiceFirmInput['facts'];
type Staff = NonNullable<CheckServiceFirmInput['staff']>;
const AS_OF = '2025-06-01';
const xz = (facts: Facts, extra: Partial<CheckServiceFirmInput> = {}): CheckServiceFirmInput => ({
  jurisdiction: 'xinzhou',
  asOf: AS_OF,
  facts,
  ...extra,
});
const firm = (input: CheckServiceFirmInput, id: string) => criterionOf(checkServiceFirm(input), id);

// A profile with one parameter of one Xinzhou rule replaced (`'unstated'`) or dropped (`undefined`).
const unstated: Parameter = { type: 'unstated', reason: { en: 'not stated', zh: '未载明' } };
const setParam = (id: string, key: string, value: Parameter) =>
  deriveProfile(xinzhou, { rules: { [id]: { params: { [key]: value } } } });
const dropParam = (id: string, key: string): Profile => ({
  ...xinzhou,
  rules: xinzhou.rules.map((r) =>
    r.id === id
      ? { ...r, params: Object.fromEntries(Object.entries(r.params).filter(([k]) => k !== key)) }
      : r,
  ),
});

const person = (
  name: string,
  title: StaffMember['title'],
  certificates: Staff[number]['certificates'],
  safetyYears: number,
): Staff[number] => ({ name, title, certificates, safetyYears });
const seniors = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    person(`高${i + 1}`, 'senior', ['registered-safety-engineer'], 15),
  );
const certified = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    person(`证${i + 1}`, 'intermediate', ['first-class-constructor'], 10),
  );
const juniors = (n: number) =>
  Array.from({ length: n }, (_, i) => person(`员${i + 1}`, 'junior', [], 5));
const uncertified = (n: number) =>
  Array.from({ length: n }, (_, i) => person(`老${i + 1}`, 'full-senior', [], 12));
const fullStaff = [...seniors(1), ...certified(3), ...juniors(5)];

const goodVisits = [
  { date: '2025-05-06', projectLeadOnSite: true, technicalStaff: 1 },
  { date: '2025-05-20', projectLeadOnSite: true, technicalStaff: 3 },
];
const allMet: Facts = {
  name: '某安全技术服务有限公司',
  constructionSafetyCapability: true,
  qualityControlSystem: true,
  supervisionGrade: 'grade-a',
  commissionedRiskServiceYears: 4,
  goodReputation: true,
  enforcementOrBadConductInLast3Years: false,
  fixedPreventionTeam: true,
  fixedProjectTeams: true,
  visits: goodVisits,
  interestInProjectParties: false,
  otherRolesOnServedProjects: [],
  subcontractsOrTransfersService: false,
};

describe('checkServiceFirm whole verdicts', () => {
  it.each([
    [
      'XZ-FIRM-01 to XZ-FIRM-05, XZ-FIRMOPS-01 to XZ-FIRMOPS-03: every fact met: pass',
      {
        status: 'pass',
        'XZ-FIRM-01': 'pass',
        'XZ-FIRM-02': 'pass',
        'XZ-FIRM-03': 'pass',
        'XZ-FIRM-04': 'pass',
        'XZ-FIRM-05': 'pass',
        'XZ-FIRMOPS-01': 'pass',
        'XZ-FIRMOPS-02': 'pass',
        'XZ-FIRMOPS-03': 'pass',
      },
      xz(allMet, { staff: fullStaff }),
    ],
    [
      'XZ-FIRM-01 to XZ-FIRM-05, XZ-FIRMOPS-01 to XZ-FIRMOPS-03: nothing given: unknown',
      {
        status: 'unknown',
        'XZ-FIRM-01': 'unknown',
        'XZ-FIRM-02': 'unknown',
        'XZ-FIRM-03': 'unknown',
        'XZ-FIRM-04': 'unknown',
        'XZ-FIRM-05': 'unknown',
        'XZ-FIRMOPS-01': 'unknown',
        'XZ-FIRMOPS-02': 'unknown',
        'XZ-FIRMOPS-03': 'unknown',
      },
      xz({}),
    ],
    [
      'XZ-FIRM-01 to XZ-FIRM-05, XZ-FIRMOPS-01 to XZ-FIRMOPS-03: every fact against: fail',
      {
        status: 'fail',
        'XZ-FIRM-01': 'fail',
        'XZ-FIRM-02': 'fail',
        'XZ-FIRM-03': 'fail',
        'XZ-FIRM-04': 'fail',
        'XZ-FIRM-05': 'fail',
        'XZ-FIRMOPS-01': 'fail',
        'XZ-FIRMOPS-02': 'fail',
        'XZ-FIRMOPS-03': 'fail',
      },
      xz(
        {
          constructionSafetyCapability: false,
          qualityControlSystem: false,
          supervisionGrade: 'none',
          commissionedRiskServiceYears: 1,
          goodReputation: false,
          enforcementOrBadConductInLast3Years: true,
          fixedPreventionTeam: false,
          fixedProjectTeams: false,
          visits: [{ date: '2025-05-06', projectLeadOnSite: false, technicalStaff: 0 }],
          interestInProjectParties: true,
          otherRolesOnServedProjects: ['design', 'supervision'],
          subcontractsOrTransfersService: true,
        },
        { staff: [] },
      ),
    ],
    [
      'AH-PREV-04 capable: pass',
      { status: 'pass', 'AH-PREV-04': 'pass' },
      { jurisdiction: 'anhui', asOf: '2026-01-01', facts: { technicalServiceCapability: true } },
    ],
    [
      'AH-PREV-04 not capable: fail',
      { status: 'fail', 'AH-PREV-04': 'fail' },
      { jurisdiction: 'anhui', asOf: '2026-01-01', facts: { technicalServiceCapability: false } },
    ],
    [
      'AH-PREV-04 not said: unknown',
      { status: 'unknown', 'AH-PREV-04': 'unknown' },
      { jurisdiction: 'anhui', asOf: '2026-01-01', facts: {} },
    ],
  ] as [string, Record<string, string>, CheckServiceFirmInput][])(
    '%s',
    (title, expected, input) => {
      // by hand (七(一)–(五), 八(一)–(三); AH 二(三)): every fact met passes each rule, none given leaves
      // each unknown, each against fails each
      const v = checkServiceFirm(input);
      expect(statusesOf(v, ruleIdsOf(title, expected))).toEqual(expected);
      expect(v).toMatchSnapshot();
    },
  );
});

describe('XZ-FIRM-02 qualification or years of commissioned service', () => {
  it.each([
    [
      'XZ-FIRM-02 grade B supervision, years not given: pass on the grade',
      'pass',
      [],
      { supervisionGrade: 'grade-b' },
    ],
    [
      'XZ-FIRM-02 comprehensive grade and too few years: pass on the grade',
      'pass',
      [],
      { supervisionGrade: 'comprehensive', commissionedRiskServiceYears: 0 },
    ],
    [
      'XZ-FIRM-02 grade C and 3 years: pass on the years',
      'pass',
      [],
      { supervisionGrade: 'grade-c', commissionedRiskServiceYears: 3 },
    ],
    [
      'XZ-FIRM-02 no grade given and 2 years: pass on the years',
      'pass',
      [],
      { commissionedRiskServiceYears: 2 },
    ],
    [
      'XZ-FIRM-02 no qualification and 1.5 years: fail',
      'fail',
      [],
      { supervisionGrade: 'none', commissionedRiskServiceYears: 1.5 },
    ],
    [
      'XZ-FIRM-02 grade C, years not given: unknown, years missing',
      'unknown',
      ['commissionedRiskServiceYears'],
      { supervisionGrade: 'grade-c' },
    ],
    [
      'XZ-FIRM-02 too few years, grade not given: unknown, grade missing',
      'unknown',
      ['supervisionGrade'],
      { commissionedRiskServiceYears: 1 },
    ],
    [
      'XZ-FIRM-02 neither given: unknown, both missing',
      'unknown',
      ['supervisionGrade', 'commissionedRiskServiceYears'],
      {},
    ],
  ] as [string, string, string[], Facts][])('%s', (_, status, missing, facts) => {
    // 七(二): grade B (乙级) or above — B, A, comprehensive — OR ≥ 2 years of commissioned service
    const c = firm(xz(facts), 'XZ-FIRM-02');
    expect([c.status, c.factsMissing]).toEqual([status, missing]);
    expect(c).toMatchSnapshot();
  });

  it.each([
    [2, 'pass'],
    [1.99, 'fail'],
  ] as const)(
    'XZ-FIRM-02 %s years with no qualification against the 2-year floor: %s',
    (years, status) => {
      const facts: Facts = { supervisionGrade: 'none', commissionedRiskServiceYears: years };
      expect(firm(xz(facts), 'XZ-FIRM-02').status).toBe(status);
    },
  );

  it('XZ-FIRM-02 the minimum years are read from the profile; a profile without them is refused when defined', () => {
    const facts: Facts = { supervisionGrade: 'none', commissionedRiskServiceYears: 2 };
    const minYears = { type: 'count', value: 3, unit: 'years' } as const;
    const statusWith = (jurisdiction: Profile, years: number) =>
      firm(
        { jurisdiction, asOf: AS_OF, facts: { ...facts, commissionedRiskServiceYears: years } },
        'XZ-FIRM-02',
      ).status;
    const three = setParam('XZ-FIRM-02', 'minimumServiceYears', minYears);
    expect([statusWith(three, 3), statusWith(three, 2)]).toEqual(['pass', 'fail']);
    expect(firm({ ...xz(facts), jurisdiction: three }, 'XZ-FIRM-02').reason.en).toBe(
      'neither grade B supervision nor 3 years of commissioned service',
    );
    expect([statusWith(xinzhou, 2), statusWith(xinzhou, 1.99)]).toEqual(['pass', 'fail']);
    refusedProfile(
      () => setParam('XZ-FIRM-02', 'minimumServiceYears', unstated),
      'XZ-FIRM-02',
      'minimumServiceYears',
    );
    refusedProfile(
      () => dropParam('XZ-FIRM-02', 'minimumServiceYears'),
      'XZ-FIRM-02',
      'minimumServiceYears',
    );
  });
});

describe('XZ-FIRMOPS-01 a fixed team, and the project lead with technical staff at every visit', () => {
  const badVisits = [
    { date: '2025-04-01', projectLeadOnSite: false, technicalStaff: 2 },
    { date: '2025-04-15', projectLeadOnSite: true, technicalStaff: 1 },
    { date: '2025-04-29', projectLeadOnSite: true, technicalStaff: 0 },
  ];
  it.each([
    [
      'XZ-FIRMOPS-01 a fixed team and good visits: pass',
      'pass',
      [],
      { fixedProjectTeams: true, visits: goodVisits },
    ],
    [
      'XZ-FIRMOPS-01 no fixed team fails however good the visits',
      'fail',
      [],
      { fixedProjectTeams: false, visits: goodVisits },
    ],
    [
      'XZ-FIRMOPS-01 a fixed team, no visits given: unknown',
      'unknown',
      ['visits'],
      { fixedProjectTeams: true },
    ],
    [
      'XZ-FIRMOPS-01 nothing given: unknown, both facts missing',
      'unknown',
      ['fixedProjectTeams', 'visits'],
      {},
    ],
    [
      'XZ-FIRMOPS-01 good visits, the team not said: unknown, the visits used',
      'unknown',
      ['fixedProjectTeams'],
      { visits: goodVisits },
    ],
    [
      'XZ-FIRMOPS-01 bad visits fail, naming each date, even with the team not said',
      'fail',
      [],
      { visits: badVisits },
    ],
    [
      'XZ-FIRMOPS-01 bad visits with a fixed team: fail',
      'fail',
      [],
      { fixedProjectTeams: true, visits: badVisits },
    ],
  ] as [string, string, string[], Facts][])('%s', (_, status, missing, facts) => {
    // 八(一)(二): a fixed team per project AND at every visit the project lead on site with ≥ 1
    // technical staff: either against fails; otherwise a fact not shown is unknown
    const c = firm(xz(facts), 'XZ-FIRMOPS-01');
    expect([c.status, c.factsMissing]).toEqual([status, missing]);
    expect(c).toMatchSnapshot();
  });

  it('XZ-FIRMOPS-01 a fixed team, an empty visit list: unknown (no visit shows how visits are staffed)', () => {
    // By hand (八(二) "每次服务时"): with the fixed team shown and no visit, no visit breaks the rule, but
    // none shows the lead and the technical staff on site either. docs/reading-the-sources.md ("A service
    // firm's staffing with no visit given") reads it for a firm as `unknown`, "no service visits given" —
    // where checkServiceDelivery, which judges a project's record, passes it.
    const c = firm(xz({ fixedProjectTeams: true, visits: [] }), 'XZ-FIRMOPS-01');
    expect(c.status).toBe('unknown');
    expect(c).toMatchSnapshot();
  });

  it('XZ-FIRMOPS-01 a visit on the as-of day itself is a fact of that day; one the day after is refused', () => {
    const visitOn = (date: string) =>
      xz({
        fixedProjectTeams: true,
        visits: [{ date, projectLeadOnSite: true, technicalStaff: 1 }],
      });
    expect(firm(visitOn(AS_OF), 'XZ-FIRMOPS-01').status).toBe('pass');
    expect(issuesOf(() => checkServiceFirm(visitOn('2025-06-02')))).toMatchSnapshot();
  });

  it('XZ-FIRMOPS-01 the minimum technical staff per visit is read from the profile; a profile without it is refused when defined', () => {
    const statusWith = (jurisdiction: Profile, technicalStaff: number) =>
      firm(
        {
          jurisdiction,
          asOf: AS_OF,
          facts: {
            fixedProjectTeams: true,
            visits: [{ date: '2025-05-06', projectLeadOnSite: true, technicalStaff }],
          },
        },
        'XZ-FIRMOPS-01',
      ).status;
    const two = setParam('XZ-FIRMOPS-01', 'minimumTechnicalStaffPerVisit', {
      type: 'count',
      value: 2,
      unit: 'persons',
    });
    expect([statusWith(two, 2), statusWith(two, 1)]).toEqual(['pass', 'fail']);
    expect([statusWith(xinzhou, 1), statusWith(xinzhou, 0)]).toEqual(['pass', 'fail']);
    for (const p of [
      () => setParam('XZ-FIRMOPS-01', 'minimumTechnicalStaffPerVisit', unstated),
      () => dropParam('XZ-FIRMOPS-01', 'minimumTechnicalStaffPerVisit'),
    ])
      refusedProfile(p, 'XZ-FIRMOPS-01', 'minimumTechnicalStaffPerVisit');
  });
});

describe('XZ-FIRM-05 staff tiers, counted and named', () => {
  it.each([
    ['XZ-FIRM-05 no staff list (distinct reading): unknown', 'unknown', ['staff'], xz({})],
    [
      'XZ-FIRM-05 no staff list (overlapping reading): unknown',
      'unknown',
      ['staff'],
      xz({}, { tierReading: 'overlapping' }),
    ],
    ['XZ-FIRM-05 an empty staff list: every tier empty', 'fail', [], xz({}, { staff: [] })],
    [
      'XZ-FIRM-05 distinct persons 1 / 3 / 5: pass, each tier named',
      'pass',
      [],
      xz({}, { staff: fullStaff }),
    ],
    [
      'XZ-FIRM-05 distinct persons: a second senior counts in tier 2, only as many as needed per tier',
      'pass',
      [],
      xz({}, { staff: [...seniors(2), ...certified(2), ...juniors(6)] }),
    ],
    [
      'XZ-FIRM-05 overlapping reading: 1 senior, 2 certified and 2 others make 1 / 3 / 5',
      'pass',
      [],
      xz(
        {},
        { staff: [...seniors(1), ...certified(2), ...juniors(2)], tierReading: 'overlapping' },
      ),
    ],
    [
      'XZ-FIRM-05 twelve years and a senior title without a certificate is not tier 2',
      'fail',
      [],
      xz({}, { staff: [...seniors(1), ...certified(1), ...uncertified(2), ...juniors(5)] }),
    ],
    [
      'XZ-FIRM-05 a full-senior with 20 years but no certificate is not tier 1',
      'fail',
      [],
      xz({}, { staff: [person('高无证', 'full-senior', [], 20), ...certified(3), ...juniors(5)] }),
    ],
  ] as [string, string, string[], CheckServiceFirmInput][])('%s', (_, status, missing, input) => {
    // 七(五): ≥ 1 senior title + certificate + 15 years; ≥ 3 certificate + 10 years; ≥ 5 with 5 years;
    // distinct persons by default, one person in several tiers under the overlapping reading
    const c = firm(input, 'XZ-FIRM-05');
    expect([c.status, c.factsMissing]).toEqual([status, missing]);
    expect(c).toMatchSnapshot();
  });

  it('XZ-FIRM-05 only the certificates the profile lists count; a profile without the list is refused when defined', () => {
    const statusWith = (jurisdiction: Profile) =>
      firm({ jurisdiction, asOf: AS_OF, facts: {}, staff: fullStaff }, 'XZ-FIRM-05').status;
    const safetyOnly = setParam('XZ-FIRM-05', 'certificates', {
      type: 'list',
      value: [
        {
          code: 'registered-safety-engineer',
          name: { en: 'registered safety engineer', zh: '国家注册安全工程师' },
        },
      ],
    });
    expect(statusWith(safetyOnly)).toBe('fail'); // the three constructors no longer reach tier 2
    expect(statusWith(xinzhou)).toBe('pass');
    refusedProfile(
      () => setParam('XZ-FIRM-05', 'certificates', unstated),
      'XZ-FIRM-05',
      'certificates',
    );
    refusedProfile(() => dropParam('XZ-FIRM-05', 'certificates'), 'XZ-FIRM-05', 'certificates');
  });

  it('XZ-FIRM-05 a profile without a tiers table is refused when defined, never read as no tiers', () => {
    refusedProfile(() => setParam('XZ-FIRM-05', 'tiers', unstated), 'XZ-FIRM-05', 'tiers');
    refusedProfile(() => dropParam('XZ-FIRM-05', 'tiers'), 'XZ-FIRM-05', 'tiers');
    // and a capability given it is refused the same way, before computing anything
    expect(() =>
      checkServiceFirm({
        jurisdiction: dropParam('XZ-FIRM-05', 'tiers'),
        asOf: AS_OF,
        facts: {},
        staff: fullStaff,
      }),
    ).toThrow('XZ-FIRM-05 parameter tiers must be table');
  });
});

describe('checkServiceFirm refusals', () => {
  it.each([
    [
      'XZ-FIRM-05 duplicate staff names, each at its own index',
      [
        ['duplicate_entry', ['staff', 2, 'name']],
        ['duplicate_entry', ['staff', 3, 'name']],
      ],
      xz({}, { staff: [...seniors(1), ...certified(1), ...seniors(1), ...certified(1)] }),
    ],
    [
      'XZ-FIRM-05 a certificate kind that is not a registered practice certificate',
      [['schema', ['staff', 0, 'certificates', 0]]],
      xz({}, { staff: [person('甲', 'senior', ['lawyer' as never], 15)] }),
    ],
    [
      'XZ-FIRMOPS-01 two visits after the as-of date: the first is named',
      [['dates_out_of_order', ['facts', 'visits', 2, 'date']]],
      xz({
        visits: [
          ...goodVisits,
          { date: '2025-07-01', projectLeadOnSite: true, technicalStaff: 1 },
          { date: '2025-08-01', projectLeadOnSite: true, technicalStaff: 1 },
        ],
      }),
    ],
    [
      'XZ-FIRM-01 AH-PREV-04 Zhoushan sets no service-firm conditions',
      [['not_set_by_jurisdiction', ['jurisdiction']]],
      { jurisdiction: 'zhoushan', asOf: '2026-01-01', facts: {} },
    ],
  ] as [string, [string, (string | number)[]][], CheckServiceFirmInput][])(
    '%s',
    (_, expected, input) => {
      const issues = issuesOf(() => checkServiceFirm(input));
      expect(issues.map((i) => [i.code, i.path])).toEqual(expected);
      expect(issues).toMatchSnapshot();
    },
  );
});
