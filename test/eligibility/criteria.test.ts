import { describe, expect, it } from 'vitest';
import {
  checkEnterprise,
  checkInsurer,
  checkProject,
  checkServiceFirm,
  type PartyVerdict,
} from '../../src/index.js';

// The rules made of yes/no facts (each decided by `conditions` in src/eligibility/criteria.ts, whichever
// check runs it), table-driven: for each, facts that pass, facts that fail, and with no
// facts the criterion is unknown (a missing fact is never a pass).
type Facts = Record<string, unknown>;
type Check = (jurisdiction: string, facts: Facts) => PartyVerdict;
const insurer: Check = (j, facts) =>
  checkInsurer({ jurisdiction: j as 'anhui', asOf: '2026-01-01', facts });
const firm: Check = (j, facts) =>
  checkServiceFirm({ jurisdiction: j as 'xinzhou', asOf: '2026-01-01', facts });
const project: Check = (j, facts) =>
  checkProject({ jurisdiction: j as 'anhui', asOf: '2026-01-01', facts });
const enterprise: Check = (j, facts) =>
  checkEnterprise({ jurisdiction: j as 'anhua', asOf: '2026-01-01', facts });

const TABLE: [id: string, jurisdiction: string, check: Check, pass: Facts, fail: Facts][] = [
  [
    'AH-INS-01',
    'anhui',
    insurer,
    { goodReputation: true, majorViolationInLast3Years: false },
    { goodReputation: true, majorViolationInLast3Years: true },
  ],
  [
    'AH-INS-02',
    'anhui',
    insurer,
    { outletsInEveryPrefecture: true },
    { outletsInEveryPrefecture: false },
  ],
  [
    'AH-INS-04',
    'anhui',
    insurer,
    { hasPreventionManagers: true },
    { hasPreventionManagers: false },
  ],
  [
    'AH-INS-05',
    'anhui',
    insurer,
    { meetsRegulatorConditions: true },
    { meetsRegulatorConditions: false },
  ],
  [
    'XZ-INS-01',
    'xinzhou',
    insurer,
    { validBusinessLicence: true, hasStaffEquipmentFunds: true },
    { validBusinessLicence: false, hasStaffEquipmentFunds: true },
  ],
  ['XZ-INS-02', 'xinzhou', insurer, { legalForm: 'authorised-branch' }, { legalForm: 'other' }],
  [
    'XZ-INS-03',
    'xinzhou',
    insurer,
    { insuranceLicenceFromNfra: true },
    { insuranceLicenceFromNfra: false },
  ],
  ['XZ-INS-04', 'xinzhou', insurer, { projectLeadYears: 5 }, { projectLeadYears: 4.9 }],
  [
    'XZ-INS-05',
    'xinzhou',
    insurer,
    { auditedReport: { fiscalYear: 2023, thirdPartyAudited: true, includesSolvency: true } },
    { auditedReport: { fiscalYear: 2022, thirdPartyAudited: true, includesSolvency: true } },
  ],
  [
    'XZ-INS-07',
    'xinzhou',
    insurer,
    { onSeriousViolationList: false, onDishonestDebtorList: false },
    { onSeriousViolationList: false, onDishonestDebtorList: true },
  ],
  [
    'XZ-INS-08',
    'xinzhou',
    insurer,
    { sufficientUnderwritingClaimsExperience: true, sufficientPreventionExperience: true },
    { sufficientUnderwritingClaimsExperience: true, sufficientPreventionExperience: false },
  ],
  [
    'XZ-INS-09',
    'xinzhou',
    insurer,
    { meetsRegulatorConditions: true },
    { meetsRegulatorConditions: false },
  ],
  [
    'XZ-OPS-01',
    'xinzhou',
    insurer,
    {
      prefectureBranchesInCity: 1,
      branchAuthorisedByHeadOffice: true,
      branchReportedToAuthorities: true,
    },
    {
      prefectureBranchesInCity: 2,
      branchAuthorisedByHeadOffice: true,
      branchReportedToAuthorities: true,
    },
  ],
  [
    'XZ-OPS-02',
    'xinzhou',
    insurer,
    { dedicatedManagementTeam: true },
    { dedicatedManagementTeam: false },
  ],
  [
    'XZ-OPS-03',
    'xinzhou',
    insurer,
    { collectsFullPremiumBeforeIssuing: true, usesInstalmentsOrSplitPolicies: false },
    { collectsFullPremiumBeforeIssuing: true, usesInstalmentsOrSplitPolicies: true },
  ],
  [
    'XZ-DISC-01',
    'xinzhou',
    insurer,
    {
      disclosedItems: [
        'basic-information',
        'business-licence',
        'insurance-licence',
        'capability-proofs',
        'insurance-plan',
        'policy-clauses',
        'management-team',
        'claims-service-plan',
        'prevention-service-plan',
      ],
    },
    { disclosedItems: ['basic-information'] },
  ],
  [
    'XZ-FIRM-01',
    'xinzhou',
    firm,
    { constructionSafetyCapability: true, qualityControlSystem: true },
    { constructionSafetyCapability: true, qualityControlSystem: false },
  ],
  [
    'XZ-FIRM-02',
    'xinzhou',
    firm,
    { supervisionGrade: 'grade-b' },
    { supervisionGrade: 'grade-c', commissionedRiskServiceYears: 1.5 },
  ],
  [
    'XZ-FIRM-03',
    'xinzhou',
    firm,
    { goodReputation: true, enforcementOrBadConductInLast3Years: false },
    { goodReputation: true, enforcementOrBadConductInLast3Years: true },
  ],
  ['XZ-FIRM-04', 'xinzhou', firm, { fixedPreventionTeam: true }, { fixedPreventionTeam: false }],
  [
    'XZ-FIRMOPS-01',
    'xinzhou',
    firm,
    {
      fixedProjectTeams: true,
      visits: [{ date: '2025-05-01', projectLeadOnSite: true, technicalStaff: 1 }],
    },
    {
      fixedProjectTeams: true,
      visits: [{ date: '2025-05-01', projectLeadOnSite: true, technicalStaff: 0 }],
    },
  ],
  [
    'XZ-FIRMOPS-02',
    'xinzhou',
    firm,
    { interestInProjectParties: false, otherRolesOnServedProjects: [] },
    { interestInProjectParties: false, otherRolesOnServedProjects: ['supervision'] },
  ],
  [
    'XZ-FIRMOPS-03',
    'xinzhou',
    firm,
    { subcontractsOrTransfersService: false },
    { subcontractsOrTransfersService: true },
  ],
  [
    'AH-PREV-04',
    'anhui',
    firm,
    { technicalServiceCapability: true },
    { technicalServiceCapability: false },
  ],
  [
    'AH-COVER-02',
    'anhui',
    project,
    { allWorkersCovered: true, sameAmountForAllWorkers: true },
    { allWorkersCovered: true, sameAmountForAllWorkers: false },
  ],
  [
    'AH-COST-02',
    'anhui',
    project,
    { premiumPassedToWorkers: false, ownerPaidInFullBeforeStart: true, paidInOnePayment: true },
    { premiumPassedToWorkers: false, ownerPaidInFullBeforeStart: true, paidInOnePayment: false },
  ],
  [
    'AH-TERM-02',
    'anhui',
    project,
    { surrenderedOrRenewedLate: true, closedByLawOrFullyStopped: true },
    { surrenderedOrRenewedLate: true, closedByLawOrFullyStopped: false },
  ],
  [
    'AH-CLAIM-02',
    'anhui',
    project,
    { insurerPaidInsuredBeforeVictims: false },
    { insurerPaidInsuredBeforeVictims: true },
  ],
  [
    'XZ-PARTY-02',
    'xinzhou',
    project,
    { reportedToHousingAuthority: true },
    { reportedToHousingAuthority: false },
  ],
  [
    'XZ-SCOPE-02',
    'xinzhou',
    project,
    {
      permittedBeforeNotice: true,
      otherSafetyInsurance: true,
      addedOrConvertedToAnzexian: true,
      insuredOn: '2024-01-01',
    },
    { permittedBeforeNotice: true, otherSafetyInsurance: true, addedOrConvertedToAnzexian: false },
  ],
  [
    'JZ-COVER-01',
    'jingzhou',
    project,
    {
      allWorkersCovered: true,
      sameAmountForAllWorkers: true,
      includesDispatchedWorkers: true,
      includesInterns: true,
    },
    {
      allWorkersCovered: true,
      sameAmountForAllWorkers: true,
      includesDispatchedWorkers: true,
      includesInterns: false,
    },
  ],
  [
    'JZ-COST-01',
    'jingzhou',
    project,
    { premiumPassedToWorkers: false },
    { premiumPassedToWorkers: true },
  ],
  [
    'JZ-INS-01',
    'jingzhou',
    project,
    { forcedOtherInsuranceOrConditions: false },
    { forcedOtherInsuranceOrConditions: true },
  ],
  [
    'JZ-SCOPE-02',
    'jingzhou',
    enterprise,
    { qualifiedConstructionEnterprise: true, insured: true },
    { qualifiedConstructionEnterprise: true, insured: false },
  ],
  [
    'AN-COVER-01',
    'anhua',
    enterprise,
    {
      allWorkersCovered: true,
      sameAmountForAllWorkers: true,
      includesDispatchedWorkers: true,
      includesInterns: true,
      premiumPassedToWorkers: false,
    },
    {
      allWorkersCovered: true,
      sameAmountForAllWorkers: true,
      includesDispatchedWorkers: false,
      includesInterns: true,
      premiumPassedToWorkers: false,
    },
  ],
  [
    'NAT25-COST-01',
    'xinzhou',
    project,
    { premiumPassedToWorkers: false },
    { premiumPassedToWorkers: true },
  ],
  [
    'NAT25-COVER-02',
    'xinzhou',
    project,
    { allWorkersCovered: true, sameAmountForAllWorkers: true, surrenderedOrRenewedLate: false },
    { allWorkersCovered: false, sameAmountForAllWorkers: true, surrenderedOrRenewedLate: false },
  ],
];

const statusOf = (v: PartyVerdict, id: string) => {
  const found = v.criteria.filter((c) => c.ruleId === id);
  expect(found.length, `${id} criteria`).toBeGreaterThan(0);
  return found.some((c) => c.status === 'fail')
    ? 'fail'
    : found.some((c) => c.status === 'unknown')
      ? 'unknown'
      : 'pass';
};

function proves(id: string): void {
  const row = TABLE.find((r) => r[0] === id);
  if (row === undefined) throw new Error(`no table row for ${id}`);
  const [, j, check, pass, fail] = row;
  expect(statusOf(check(j, pass), id)).toBe('pass');
  const failed = check(j, fail);
  expect(statusOf(failed, id)).toBe('fail');
  expect(failed.status).toBe('fail');
  const unknown = check(j, {});
  expect(statusOf(unknown, id)).toBe('unknown');
  expect(unknown.criteria.find((c) => c.ruleId === id)?.factsMissing.length).toBeGreaterThan(0);
  const c = failed.criteria.find((x) => x.ruleId === id && x.status === 'fail');
  expect(c?.reason.zh.length).toBeGreaterThan(0);
  expect(c?.citation.section.length).toBeGreaterThan(0);
}

// One test per rule, named after it: each passes, fails and is unknown on the facts of its table row.
describe('yes/no conditions, rule by rule', () => {
  it('AH-INS-01 passes, fails and is unknown on the facts', () => {
    proves('AH-INS-01');
  });
  it('AH-INS-02 passes, fails and is unknown on the facts', () => {
    proves('AH-INS-02');
  });
  it('AH-INS-04 passes, fails and is unknown on the facts', () => {
    proves('AH-INS-04');
  });
  it('AH-INS-05 passes, fails and is unknown on the facts', () => {
    proves('AH-INS-05');
  });
  it('XZ-INS-01 passes, fails and is unknown on the facts', () => {
    proves('XZ-INS-01');
  });
  it('XZ-INS-02 passes, fails and is unknown on the facts', () => {
    proves('XZ-INS-02');
  });
  it('XZ-INS-03 passes, fails and is unknown on the facts', () => {
    proves('XZ-INS-03');
  });
  it('XZ-INS-04 passes, fails and is unknown on the facts', () => {
    proves('XZ-INS-04');
  });
  it('XZ-INS-05 passes, fails and is unknown on the facts', () => {
    proves('XZ-INS-05');
  });
  it('XZ-INS-07 passes, fails and is unknown on the facts', () => {
    proves('XZ-INS-07');
  });
  it('XZ-INS-08 passes, fails and is unknown on the facts', () => {
    proves('XZ-INS-08');
  });
  it('XZ-INS-09 passes, fails and is unknown on the facts', () => {
    proves('XZ-INS-09');
  });
  it('XZ-OPS-01 passes, fails and is unknown on the facts', () => {
    proves('XZ-OPS-01');
  });
  it('XZ-OPS-02 passes, fails and is unknown on the facts', () => {
    proves('XZ-OPS-02');
  });
  it('XZ-OPS-03 passes, fails and is unknown on the facts', () => {
    proves('XZ-OPS-03');
  });
  it('XZ-DISC-01 passes, fails and is unknown on the facts', () => {
    proves('XZ-DISC-01');
  });
  it('XZ-FIRM-01 passes, fails and is unknown on the facts', () => {
    proves('XZ-FIRM-01');
  });
  it('XZ-FIRM-02 passes, fails and is unknown on the facts', () => {
    proves('XZ-FIRM-02');
  });
  it('XZ-FIRM-03 passes, fails and is unknown on the facts', () => {
    proves('XZ-FIRM-03');
  });
  it('XZ-FIRM-04 passes, fails and is unknown on the facts', () => {
    proves('XZ-FIRM-04');
  });
  it('XZ-FIRMOPS-01 passes, fails and is unknown on the facts', () => {
    proves('XZ-FIRMOPS-01');
  });
  it('XZ-FIRMOPS-02 passes, fails and is unknown on the facts', () => {
    proves('XZ-FIRMOPS-02');
  });
  it('XZ-FIRMOPS-03 passes, fails and is unknown on the facts', () => {
    proves('XZ-FIRMOPS-03');
  });
  it('AH-PREV-04 passes, fails and is unknown on the facts', () => {
    proves('AH-PREV-04');
  });
  it('AH-COVER-02 passes, fails and is unknown on the facts', () => {
    proves('AH-COVER-02');
  });
  it('AH-COST-02 passes, fails and is unknown on the facts', () => {
    proves('AH-COST-02');
  });
  it('AH-TERM-02 passes, fails and is unknown on the facts', () => {
    proves('AH-TERM-02');
  });
  it('AH-CLAIM-02 passes, fails and is unknown on the facts', () => {
    proves('AH-CLAIM-02');
  });
  it('XZ-PARTY-02 passes, fails and is unknown on the facts', () => {
    proves('XZ-PARTY-02');
  });
  it('XZ-SCOPE-02 passes, fails and is unknown on the facts', () => {
    proves('XZ-SCOPE-02');
  });
  it('JZ-COVER-01 passes, fails and is unknown on the facts', () => {
    proves('JZ-COVER-01');
  });
  it('JZ-COST-01 passes, fails and is unknown on the facts', () => {
    proves('JZ-COST-01');
  });
  it('JZ-INS-01 passes, fails and is unknown on the facts', () => {
    proves('JZ-INS-01');
  });
  it('JZ-SCOPE-02 passes, fails and is unknown on the facts', () => {
    proves('JZ-SCOPE-02');
  });
  it('AN-COVER-01 passes, fails and is unknown on the facts', () => {
    proves('AN-COVER-01');
  });
  it('NAT25-COST-01 passes, fails and is unknown on the facts', () => {
    proves('NAT25-COST-01');
  });
  it('NAT25-COVER-02 passes, fails and is unknown on the facts', () => {
    proves('NAT25-COVER-02');
  });
  it('every table row has its own named test above', () => {
    expect(TABLE.map((r) => r[0])).toEqual([
      'AH-INS-01',
      'AH-INS-02',
      'AH-INS-04',
      'AH-INS-05',
      'XZ-INS-01',
      'XZ-INS-02',
      'XZ-INS-03',
      'XZ-INS-04',
      'XZ-INS-05',
      'XZ-INS-07',
      'XZ-INS-08',
      'XZ-INS-09',
      'XZ-OPS-01',
      'XZ-OPS-02',
      'XZ-OPS-03',
      'XZ-DISC-01',
      'XZ-FIRM-01',
      'XZ-FIRM-02',
      'XZ-FIRM-03',
      'XZ-FIRM-04',
      'XZ-FIRMOPS-01',
      'XZ-FIRMOPS-02',
      'XZ-FIRMOPS-03',
      'AH-PREV-04',
      'AH-COVER-02',
      'AH-COST-02',
      'AH-TERM-02',
      'AH-CLAIM-02',
      'XZ-PARTY-02',
      'XZ-SCOPE-02',
      'JZ-COVER-01',
      'JZ-COST-01',
      'JZ-INS-01',
      'JZ-SCOPE-02',
      'AN-COVER-01',
      'NAT25-COST-01',
      'NAT25-COVER-02',
    ]);
  });
});
