import { refusedProfile } from '../helpers/profile-refused.js';
import { describe, expect, it } from 'vitest';
import {
  checkInsurer,
  deriveProfile,
  DISCLOSURE_ITEMS,
  xinzhou,
  type CheckInsurerInput,
  type InsurerFacts,
} from '../../src/index.js';
import { criterionOf, ruleIdsOf, statusesOf } from '../helpers/verdict.js';
import { issuesOf } from '../helpers/issues.js';

// What checkInsurer tells a reviewer — each criterion's status, bilingual reason, rule ID, citation and
// the facts used or missing — pinned branch by branch, so a changed clause text, fact name or verdict
// shows up as a snapshot diff. The yes/no conditions go through `conditions` and `atLeast`
// (criteria.ts); their wording is what these snapshots pin.

const ah = (facts: InsurerFacts): CheckInsurerInput => ({
  jurisdiction: 'anhui',
  asOf: '2026-01-01',
  facts,
});
const xz = (facts: InsurerFacts): CheckInsurerInput => ({
  jurisdiction: 'xinzhou',
  asOf: '2025-06-01',
  facts,
});
const quarters2025 = (comprehensive: number | string, core: number | string) =>
  ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].map((quarter) => ({
    quarter,
    comprehensive,
    core,
  }));

const ahAllMet: InsurerFacts = {
  name: '某财产保险股份有限公司安徽分公司',
  goodReputation: true,
  majorViolationInLast3Years: false,
  outletsInEveryPrefecture: true,
  solvency: quarters2025(150, 90),
  hasPreventionManagers: true,
  meetsRegulatorConditions: true,
};
const xzAllMet: InsurerFacts = {
  name: '某保险公司忻州中心支公司',
  validBusinessLicence: true,
  hasStaffEquipmentFunds: true,
  legalForm: 'independent-legal-person',
  insuranceLicenceFromNfra: true,
  projectLeadYears: 5,
  auditedReport: { fiscalYear: 2023, thirdPartyAudited: true, includesSolvency: true },
  onSeriousViolationList: false,
  onDishonestDebtorList: false,
  sufficientUnderwritingClaimsExperience: true,
  sufficientPreventionExperience: true,
  meetsRegulatorConditions: true,
  prefectureBranchesInCity: 1,
  branchAuthorisedByHeadOffice: true,
  branchReportedToAuthorities: true,
  dedicatedManagementTeam: true,
  collectsFullPremiumBeforeIssuing: true,
  usesInstalmentsOrSplitPolicies: false,
  disclosedItems: [...DISCLOSURE_ITEMS],
};

describe('checkInsurer whole verdicts', () => {
  it.each([
    [
      'AH-INS-01 to AH-INS-05: every fact met: pass, naming every condition',
      {
        status: 'pass',
        'AH-INS-01': 'pass',
        'AH-INS-02': 'pass',
        'AH-INS-03': 'pass',
        'AH-INS-04': 'pass',
        'AH-INS-05': 'pass',
      },
      ah(ahAllMet),
    ],
    [
      'AH-INS-01 to AH-INS-05: nothing given: every criterion unknown, its facts named',
      {
        status: 'unknown',
        'AH-INS-01': 'unknown',
        'AH-INS-02': 'unknown',
        'AH-INS-03': 'unknown',
        'AH-INS-04': 'unknown',
        'AH-INS-05': 'unknown',
      },
      ah({}),
    ],
    [
      'AH-INS-01 to AH-INS-05: every fact against: every criterion fails, naming what is not met',
      {
        status: 'fail',
        'AH-INS-01': 'fail',
        'AH-INS-02': 'fail',
        'AH-INS-03': 'fail',
        'AH-INS-04': 'fail',
        'AH-INS-05': 'fail',
      },
      ah({
        goodReputation: false,
        majorViolationInLast3Years: true,
        outletsInEveryPrefecture: false,
        solvency: quarters2025(119, 74),
        hasPreventionManagers: false,
        meetsRegulatorConditions: false,
      }),
    ],
    [
      'XZ-INS-01 to XZ-INS-09, XZ-OPS-01 to XZ-OPS-03, XZ-DISC-01: every fact met: pass',
      {
        status: 'pass',
        'XZ-INS-01': 'pass',
        'XZ-INS-02': 'pass',
        'XZ-INS-03': 'pass',
        'XZ-INS-04': 'pass',
        'XZ-INS-05': 'pass',
        'XZ-INS-07': 'pass',
        'XZ-INS-08': 'pass',
        'XZ-INS-09': 'pass',
        'XZ-OPS-01': 'pass',
        'XZ-OPS-02': 'pass',
        'XZ-OPS-03': 'pass',
        'XZ-DISC-01': 'pass',
      },
      xz(xzAllMet),
    ],
    [
      'XZ-INS-01 to XZ-INS-09, XZ-OPS-01 to XZ-OPS-03, XZ-DISC-01: nothing given: unknown',
      {
        status: 'unknown',
        'XZ-INS-01': 'unknown',
        'XZ-INS-02': 'unknown',
        'XZ-INS-03': 'unknown',
        'XZ-INS-04': 'unknown',
        'XZ-INS-05': 'unknown',
        'XZ-INS-07': 'unknown',
        'XZ-INS-08': 'unknown',
        'XZ-INS-09': 'unknown',
        'XZ-OPS-01': 'unknown',
        'XZ-OPS-02': 'unknown',
        'XZ-OPS-03': 'unknown',
        'XZ-DISC-01': 'unknown',
      },
      xz({}),
    ],
    [
      'XZ-INS-01 to XZ-INS-09, XZ-OPS-01 to XZ-OPS-03, XZ-DISC-01: every fact against: fail',
      {
        status: 'fail',
        'XZ-INS-01': 'fail',
        'XZ-INS-02': 'fail',
        'XZ-INS-03': 'fail',
        'XZ-INS-04': 'fail',
        'XZ-INS-05': 'fail',
        'XZ-INS-07': 'fail',
        'XZ-INS-08': 'fail',
        'XZ-INS-09': 'fail',
        'XZ-OPS-01': 'fail',
        'XZ-OPS-02': 'fail',
        'XZ-OPS-03': 'fail',
        'XZ-DISC-01': 'fail',
      },
      xz({
        validBusinessLicence: false,
        hasStaffEquipmentFunds: false,
        legalForm: 'other',
        insuranceLicenceFromNfra: false,
        projectLeadYears: 2,
        auditedReport: { fiscalYear: 2022, thirdPartyAudited: false, includesSolvency: false },
        onSeriousViolationList: true,
        onDishonestDebtorList: true,
        sufficientUnderwritingClaimsExperience: false,
        sufficientPreventionExperience: false,
        meetsRegulatorConditions: false,
        prefectureBranchesInCity: 2,
        branchAuthorisedByHeadOffice: false,
        branchReportedToAuthorities: false,
        dedicatedManagementTeam: false,
        collectsFullPremiumBeforeIssuing: false,
        usesInstalmentsOrSplitPolicies: true,
        disclosedItems: [],
      }),
    ],
  ] as [string, Record<string, string>, CheckInsurerInput][])('%s', (title, expected, input) => {
    // every fact met passes each criterion; none given leaves each unknown; each against fails each
    // (AH 一(三)1–5: 4 quarters at 150%/90% ≥ 120%/75%, at 119%/74% below both; Xinzhou 三, 四(一)–(三),
    // 五: a project lead of 5 years ≥ 5, of 2 below; the 2023 audited report with solvency statements).
    // XZ-INS-06 is a check across the insurers registering for one project, not of one insurer.
    const v = checkInsurer(input);
    expect(statusesOf(v, ruleIdsOf(title, expected))).toEqual(expected);
    expect(v).toMatchSnapshot();
  });
});

describe('checkInsurer criterion catalogue, one branch each', () => {
  it.each([
    // conditions(): a fact given and a fact missing are told apart in factsUsed / factsMissing
    [
      'AH-INS-01 one fact met, one missing: unknown',
      'unknown',
      ['majorViolationInLast3Years'],
      ah({ goodReputation: true }),
      'AH-INS-01',
    ],
    [
      'AH-INS-01 one fact against, one missing: fail, the missing one still named',
      'fail',
      ['goodReputation'],
      ah({ majorViolationInLast3Years: true }),
      'AH-INS-01',
    ],
    [
      'XZ-INS-02 an authorised branch is registered in China (授权分支机构)',
      'pass',
      [],
      xz({ legalForm: 'authorised-branch' }),
      'XZ-INS-02',
    ],
    [
      'XZ-INS-04 the project lead has fewer years than the minimum',
      'fail',
      [],
      xz({ projectLeadYears: 4.9 }),
      'XZ-INS-04',
    ],
    [
      'XZ-INS-05 a report for the right year, audited, without solvency statements',
      'fail',
      [],
      xz({ auditedReport: { fiscalYear: 2023, thirdPartyAudited: true, includesSolvency: false } }),
      'XZ-INS-05',
    ],
    [
      'XZ-OPS-01 no prefecture-level branch in the city',
      'fail',
      [],
      xz({
        prefectureBranchesInCity: 0,
        branchAuthorisedByHeadOffice: true,
        branchReportedToAuthorities: true,
      }),
      'XZ-OPS-01',
    ],
    [
      'XZ-OPS-01 the branch count is not given, the other facts are',
      'unknown',
      ['oneBranch'],
      xz({ branchAuthorisedByHeadOffice: true, branchReportedToAuthorities: true }),
      'XZ-OPS-01',
    ],
    [
      'XZ-DISC-01 two items not disclosed are both named',
      'fail',
      [],
      xz({
        disclosedItems: DISCLOSURE_ITEMS.filter(
          (i) => i !== 'policy-clauses' && i !== 'management-team',
        ),
      }),
      'XZ-DISC-01',
    ],
  ] as [string, string, string[], CheckInsurerInput, string][])(
    '%s',
    (_, status, missing, input, id) => {
      // by hand: all of a rule's conditions met passes; one against fails (the missing ones still
      // named); none against and one not shown is unknown; 4.9 years < 5 (三(四)); one branch, not none (四(一))
      const c = criterionOf(checkInsurer(input), id);
      expect([c.status, c.factsMissing]).toEqual([status, missing]);
      expect(c).toMatchSnapshot();
    },
  );
});

describe('checkInsurer exact verdicts', () => {
  const statusOf = (input: CheckInsurerInput, id: string) =>
    criterionOf(checkInsurer(input), id).status;

  it.each([
    [5, 'pass'],
    [4.99, 'fail'],
    [30, 'pass'],
    [0, 'fail'],
  ] as const)('XZ-INS-04 %s years against the 5-year floor: %s', (years, status) => {
    expect(statusOf(xz({ projectLeadYears: years }), 'XZ-INS-04')).toBe(status);
  });

  it.each([
    ['independent-legal-person', 'pass', '中国境内注册（独立法人）'],
    ['authorised-branch', 'pass', '中国境内注册（授权分支机构）'],
    ['other', 'fail', '既非独立法人保险公司也非其授权分支机构'],
  ] as const)('XZ-INS-02 legal form %s: %s', (legalForm, status, zh) => {
    const c = criterionOf(checkInsurer(xz({ legalForm })), 'XZ-INS-02');
    expect({ status: c.status, zh: c.reason.zh, used: c.factsUsed }).toEqual({
      status,
      zh,
      used: ['legalForm'],
    });
  });

  it.each([
    [{ fiscalYear: 2023, thirdPartyAudited: true, includesSolvency: true }, 'pass'],
    [{ fiscalYear: 2024, thirdPartyAudited: true, includesSolvency: true }, 'fail'],
    [{ fiscalYear: 2023, thirdPartyAudited: false, includesSolvency: true }, 'fail'],
    [{ fiscalYear: 2023, thirdPartyAudited: true, includesSolvency: false }, 'fail'],
  ] as const)('XZ-INS-05 audited report %o: %s', (auditedReport, status) => {
    expect(statusOf(xz({ auditedReport }), 'XZ-INS-05')).toBe(status);
  });

  it.each([
    [1, 'pass'],
    [0, 'fail'],
    [2, 'fail'],
  ] as const)('XZ-OPS-01 %s prefecture-level branches: %s', (n, status) => {
    const facts = { branchAuthorisedByHeadOffice: true, branchReportedToAuthorities: true };
    expect(statusOf(xz({ ...facts, prefectureBranchesInCity: n }), 'XZ-OPS-01')).toBe(status);
  });

  it('XZ-DISC-01 every item but one disclosed fails and names exactly that item', () => {
    const c = criterionOf(
      checkInsurer(xz({ disclosedItems: DISCLOSURE_ITEMS.filter((i) => i !== 'insurance-plan') })),
      'XZ-DISC-01',
    );
    expect(c.status).toBe('fail');
    expect(c.reason.en).toBe('not disclosed: insurance-plan — may not do business in Xinzhou');
  });

  it('XZ-INS-04 the minimum years are read from the profile', () => {
    const three = deriveProfile(xinzhou, {
      rules: { 'XZ-INS-04': { params: { minimum: { type: 'count', value: 3, unit: 'years' } } } },
    });
    const at = (projectLeadYears: number) =>
      statusOf(
        { jurisdiction: three, asOf: '2025-06-01', facts: { projectLeadYears } },
        'XZ-INS-04',
      );
    expect([at(3), at(2.99)]).toEqual(['pass', 'fail']);
  });

  it('XZ-INS-04 a profile whose minimum is not a count is refused when defined, never read as a number', () => {
    const stated = () =>
      deriveProfile(xinzhou, {
        rules: {
          'XZ-INS-04': {
            params: { minimum: { type: 'unstated', reason: { en: 'not stated', zh: '未载明' } } },
          },
        },
      });
    const withoutParam = {
      ...xinzhou,
      rules: xinzhou.rules.map((r) => (r.id === 'XZ-INS-04' ? { ...r, params: {} } : r)),
    };
    refusedProfile(() => stated(), 'XZ-INS-04', 'minimum');
    refusedProfile(() => withoutParam, 'XZ-INS-04', 'minimum');
    expect(() =>
      checkInsurer({ jurisdiction: withoutParam, asOf: '2025-06-01', facts: {} }),
    ).toThrow('XZ-INS-04 parameter minimum must be count');
  });
});

describe('checkInsurer refusals', () => {
  it.each([
    [
      'AH-INS-01 XZ-INS-01 Zhoushan sets no insurer conditions',
      [['not_set_by_jurisdiction', ['jurisdiction']]],
      { ...ah({}), jurisdiction: 'zhoushan' },
    ],
    [
      'AH-INS-01 XZ-INS-01 Jingzhou sets no insurer conditions',
      [['not_set_by_jurisdiction', ['jurisdiction']]],
      { ...ah({}), jurisdiction: 'jingzhou' },
    ],
    [
      'XZ-INS-04 more than 100 years',
      [['schema', ['facts', 'projectLeadYears']]],
      xz({ projectLeadYears: 101 }),
    ],
    [
      'XZ-OPS-01 a negative branch count',
      [['schema', ['facts', 'prefectureBranchesInCity']]],
      xz({ prefectureBranchesInCity: -1 }),
    ],
    [
      'XZ-DISC-01 an item that is not a disclosure item',
      [['schema', ['facts', 'disclosedItems', 1]]],
      xz({ disclosedItems: ['basic-information', 'prices' as never] }),
    ],
  ] as [string, [string, (string | number)[]][], CheckInsurerInput][])(
    '%s',
    (_, expected, input) => {
      const issues = issuesOf(() => checkInsurer(input));
      expect(issues.map((i) => [i.code, i.path])).toEqual(expected);
      expect(issues).toMatchSnapshot();
    },
  );
});
