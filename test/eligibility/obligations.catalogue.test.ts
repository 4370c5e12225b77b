import { refusedProfile } from '../helpers/profile-refused.js';
import { describe, expect, it } from 'vitest';
import {
  anhua,
  checkEnterprise,
  checkProject,
  deriveProfile,
  jingzhou,
  ValidationError,
  type CheckEnterpriseInput,
  type CheckProjectInput,
} from '../../src/index.js';
import { find, ruleIdsOf, statusesOf } from '../helpers/verdict.js';
import { issuesOf } from '../helpers/issues.js';
import { withoutParams } from '../helpers/with-rule.js';

// The whole verdict of checkProject / checkEnterprise — status, each criterion's rule ID, citation,
// bilingual reason, facts used and facts missing, the consequences (AN-ENF-01) and the warnings — is
// what a reviewer reads. These catalogues pin it branch by branch, so a changed reason, rule ID or
// fact list shows up in review as a snapshot diff.

type ProjectFacts = CheckProjectInput['facts'];
type EnterpriseFacts = CheckEnterpriseInput['facts'];
const project = (
  jurisdiction: CheckProjectInput['jurisdiction'],
  facts: ProjectFacts,
  asOf = '2026-01-01',
) => checkProject({ jurisdiction, asOf, facts });
const enterprise = (
  jurisdiction: CheckEnterpriseInput['jurisdiction'],
  facts: EnterpriseFacts,
  asOf = '2026-01-01',
) => checkEnterprise({ jurisdiction, asOf, facts });

/** Every worker covered with one amount, dispatched workers and interns included, the premium not passed on. */
const COVERED = {
  allWorkersCovered: true,
  sameAmountForAllWorkers: true,
  includesDispatchedWorkers: true,
  includesInterns: true,
  premiumPassedToWorkers: false,
  perPersonLimit: '1000000',
} as const;

/** An Anhui housing project that meets every obligation (the notice took effect 2025-10-29). */
const AH_GOOD: ProjectFacts = {
  name: '某住宅项目',
  needsConstructionPermit: true,
  kind: 'housing',
  startDate: '2025-11-10',
  insuredOn: '2025-11-01',
  policies: [{ from: '2025-11-01', to: '2026-12-31' }],
  completionFilingDate: '2026-11-30',
  ...COVERED,
  ownerPaidInFullBeforeStart: true,
  paidInOnePayment: true,
  perPersonLimit: '600000',
  surrenderedOrRenewedLate: false,
  insurerPaidInsuredBeforeVictims: false,
};
const AH_SCOPE = { needsConstructionPermit: true, kind: 'municipal' } as const;

/** A new Xinzhou project that meets every obligation. */
const XZ_GOOD: ProjectFacts = {
  permittedBeforeNotice: false,
  permitApplicationDate: '2025-05-01',
  insuredOn: '2025-05-01',
  reportedToHousingAuthority: true,
  surrenderedOrRenewedLate: false,
  ...COVERED,
};
const XZ_CONVERTED = { permittedBeforeNotice: true, otherSafetyInsurance: true } as const;

/** A Jingzhou project started on the first day JZ-SCOPE-01 reaches, meeting every obligation. */
const JZ_GOOD: ProjectFacts = {
  startDate: '2020-08-01',
  insured: true,
  forcedOtherInsuranceOrConditions: false,
  surrenderedOrRenewedLate: false,
  ...COVERED,
};

/**
 * What a row states, worked by hand from the clause its rule IDs name (and the readings in
 * docs/reading-the-sources.md): the overall status, and for each rule the statuses of its criteria in
 * order, space-separated ('' when the verdict has none). Every rule ID of the title is a key.
 */
type Expected = { status: 'pass' | 'fail' | 'unknown' } & Record<string, string>;

const projects: [string, Expected, CheckProjectInput['jurisdiction'], ProjectFacts, string?][] = [
  [
    'AH-SCOPE-01 AH-COVER-02 AH-COST-02 AH-TERM-02 AH-CLAIM-02 every obligation met',
    {
      status: 'pass',
      'AH-SCOPE-01': 'pass',
      'AH-COVER-02': 'pass',
      'AH-COST-02': 'pass',
      'AH-TERM-02': 'pass',
      'AH-CLAIM-02': 'pass',
    },
    'anhui',
    AH_GOOD,
  ],
  [
    'AH-COST-02 not paid in full before the start, and in instalments',
    { status: 'fail', 'AH-COST-02': 'fail' },
    'anhui',
    { ...AH_GOOD, ownerPaidInFullBeforeStart: false, paidInOnePayment: false },
  ],
  [
    'AH-COVER-02 AH-COST-02 AH-CLAIM-02 AH-LIMIT-02 each broken',
    {
      status: 'fail',
      'AH-COVER-02': 'fail',
      'AH-COST-02': 'fail',
      'AH-CLAIM-02': 'fail',
      'AH-LIMIT-02': 'fail',
    },
    'anhui',
    {
      ...AH_GOOD,
      allWorkersCovered: false,
      sameAmountForAllWorkers: false,
      premiumPassedToWorkers: true,
      insurerPaidInsuredBeforeVictims: true,
      perPersonLimit: '599999.99',
    },
  ],
  [
    'AH-SCOPE-01 needs no construction permit',
    { status: 'unknown', 'AH-SCOPE-01': 'pass' },
    'anhui',
    { needsConstructionPermit: false },
  ],
  [
    'AH-SCOPE-01 not shown whether a permit is needed',
    { status: 'unknown', 'AH-SCOPE-01': 'unknown' },
    'anhui',
    { kind: 'housing' },
  ],
  [
    'AH-SCOPE-01 neither housing nor municipal',
    { status: 'unknown', 'AH-SCOPE-01': 'pass' },
    'anhui',
    { needsConstructionPermit: true, kind: 'other', insured: false },
  ],
  [
    'AH-SCOPE-01 started the day before the notice took effect',
    { status: 'fail', 'AH-SCOPE-01': 'fail' },
    'anhui',
    { ...AH_SCOPE, startDate: '2025-10-28', insured: false },
  ],
  [
    'AH-SCOPE-01 started on the day the notice took effect, insured that day',
    { status: 'unknown', 'AH-SCOPE-01': 'pass' },
    'anhui',
    { ...AH_SCOPE, startDate: '2025-10-29', insuredOn: '2025-10-29' },
  ],
  [
    'AH-SCOPE-01 not insured, no dates given',
    { status: 'unknown', 'AH-SCOPE-01': 'unknown' },
    'anhui',
    { ...AH_SCOPE, insured: false },
  ],
  [
    'AH-SCOPE-01 neither date given',
    { status: 'unknown', 'AH-SCOPE-01': 'unknown' },
    'anhui',
    AH_SCOPE,
  ],
  [
    'AH-SCOPE-01 policy date given, start date not',
    { status: 'unknown', 'AH-SCOPE-01': 'unknown' },
    'anhui',
    { ...AH_SCOPE, insuredOn: '2026-02-20' },
  ],
  [
    'AH-SCOPE-01 start date given, policy date not',
    { status: 'unknown', 'AH-SCOPE-01': 'pass' },
    'anhui',
    { ...AH_SCOPE, startDate: '2026-03-01' },
  ],
  [
    'AH-SCOPE-01 insured the day after work started',
    { status: 'fail', 'AH-SCOPE-01': 'fail' },
    'anhui',
    { ...AH_SCOPE, startDate: '2026-03-01', insuredOn: '2026-03-02' },
    '2026-06-01',
  ],
  [
    'AH-SCOPE-01 work starts after the as-of date: not yet due, though the policy given is dated late',
    { status: 'unknown', 'AH-SCOPE-01': 'pass' },
    'anhui',
    { ...AH_SCOPE, startDate: '2026-03-01', insuredOn: '2026-03-02' },
  ],
  ['AH-SCOPE-01 nothing known', { status: 'unknown', 'AH-SCOPE-01': 'unknown' }, 'anhui', {}],
  [
    'XZ-SCOPE-01 XZ-SCOPE-02 XZ-PARTY-02 NAT25-COVER-02 NAT25-COST-01 a new project, every obligation met',
    {
      status: 'pass',
      'XZ-SCOPE-01': 'pass',
      'XZ-SCOPE-02': 'pass',
      'XZ-PARTY-02': 'pass',
      'NAT25-COVER-02': 'pass pass',
      'NAT25-COST-01': 'pass',
    },
    'xinzhou',
    XZ_GOOD,
  ],
  [
    'XZ-SCOPE-01 insured the day after the permit was applied for',
    { status: 'fail', 'XZ-SCOPE-01': 'fail' },
    'xinzhou',
    { ...XZ_GOOD, insuredOn: '2025-05-02' },
  ],
  [
    'XZ-SCOPE-01 not insured, no dates given',
    { status: 'unknown', 'XZ-SCOPE-01': 'unknown' },
    'xinzhou',
    { permittedBeforeNotice: false, insured: false },
  ],
  [
    'XZ-SCOPE-02 permitted before the notice, converted to 安责险',
    { status: 'unknown', 'XZ-SCOPE-02': 'pass' },
    'xinzhou',
    { ...XZ_CONVERTED, addedOrConvertedToAnzexian: true, insuredOn: '2024-01-01' },
  ],
  [
    'XZ-SCOPE-02 permitted before the notice, not converted',
    { status: 'fail', 'XZ-SCOPE-02': 'fail' },
    'xinzhou',
    { ...XZ_CONVERTED, addedOrConvertedToAnzexian: false },
  ],
  [
    'XZ-SCOPE-02 permitted before the notice, other insurance not shown',
    { status: 'unknown', 'XZ-SCOPE-02': 'unknown' },
    'xinzhou',
    { permittedBeforeNotice: true },
  ],
  [
    'XZ-SCOPE-02 no other safety insurance, not shown whether permitted before the notice',
    { status: 'unknown', 'XZ-SCOPE-02': 'unknown' },
    'xinzhou',
    { otherSafetyInsurance: false },
  ],
  [
    'XZ-SCOPE-02 permitted before the notice, no insurance at all: must insure (一 ¶2)',
    { status: 'fail', 'XZ-SCOPE-02': 'fail' },
    'xinzhou',
    { permittedBeforeNotice: true, otherSafetyInsurance: false, insured: false },
  ],
  [
    'XZ-SCOPE-02 permitted before the notice, already holding 安责险: services and claims per the notice',
    { status: 'unknown', 'XZ-SCOPE-02': 'pass' },
    'xinzhou',
    { permittedBeforeNotice: true, insured: true, insuredOn: '2024-01-01' },
  ],
  [
    'XZ-SCOPE-01 XZ-SCOPE-02 not a housing or municipal work',
    { status: 'unknown', 'XZ-SCOPE-01': 'pass', 'XZ-SCOPE-02': 'pass' },
    'xinzhou',
    { kind: 'other' },
  ],
  [
    'AH-TERM-01 a renewal chained the day after, to the filing date',
    { status: 'pass', 'AH-TERM-01': 'pass' },
    'anhui',
    {
      ...AH_GOOD,
      policies: [
        { from: '2025-11-01', to: '2026-06-30' },
        { from: '2026-07-01', to: '2026-12-31' },
      ],
    },
  ],
  [
    'AH-TERM-01 a gap between two policies, already begun',
    { status: 'fail', 'AH-TERM-01': 'fail' },
    'anhui',
    {
      ...AH_GOOD,
      policies: [
        { from: '2025-11-01', to: '2025-11-30' },
        { from: '2025-12-02', to: '2026-12-31' },
      ],
    },
  ],
  [
    'AH-TERM-01 the cover ends before the filing date, still ahead',
    { status: 'fail', 'AH-TERM-01': 'fail' },
    'anhui',
    { ...AH_GOOD, policies: [{ from: '2025-11-01', to: '2026-06-30' }] },
  ],
  [
    'AH-TERM-01 the filing date not given',
    { status: 'unknown', 'AH-TERM-01': 'unknown' },
    'anhui',
    { ...AH_GOOD, completionFilingDate: undefined },
  ],
  [
    'AH-TERM-01 the planned completion reached, the filing date not given',
    { status: 'unknown', 'AH-TERM-01': 'unknown' },
    'anhui',
    { ...AH_GOOD, completionFilingDate: undefined, plannedCompletionDate: '2026-10-31' },
  ],
  [
    'AH-TERM-01 no policy, work started',
    { status: 'fail', 'AH-TERM-01': 'fail' },
    'anhui',
    { ...AH_GOOD, insuredOn: undefined, insured: false, policies: [] },
  ],
  [
    'XZ-PARTY-02 NAT25-COVER-02 not reported, surrendered while operating',
    { status: 'fail', 'XZ-PARTY-02': 'fail', 'NAT25-COVER-02': 'pass fail' },
    'xinzhou',
    {
      ...XZ_GOOD,
      reportedToHousingAuthority: false,
      surrenderedOrRenewedLate: true,
      closedByLawOrFullyStopped: false,
    },
  ],
  [
    'XZ-SCOPE-01 XZ-SCOPE-02 nothing known',
    { status: 'unknown', 'XZ-SCOPE-01': 'unknown', 'XZ-SCOPE-02': 'unknown' },
    'xinzhou',
    {},
  ],
  [
    'JZ-SCOPE-01 JZ-COVER-01 JZ-COST-01 JZ-INS-01 newly started and insured, every obligation met',
    {
      status: 'pass',
      'JZ-SCOPE-01': 'pass',
      'JZ-COVER-01': 'pass',
      'JZ-COST-01': 'pass',
      'JZ-INS-01': 'pass',
    },
    'jingzhou',
    JZ_GOOD,
  ],
  [
    'JZ-COVER-01 JZ-INS-01 dispatched workers and interns left out, extra insurance forced',
    { status: 'fail', 'JZ-COVER-01': 'fail', 'JZ-INS-01': 'fail' },
    'jingzhou',
    {
      ...JZ_GOOD,
      includesDispatchedWorkers: false,
      includesInterns: false,
      forcedOtherInsuranceOrConditions: true,
    },
  ],
  [
    'JZ-SCOPE-01 start date not given',
    { status: 'unknown', 'JZ-SCOPE-01': 'unknown' },
    'jingzhou',
    { insured: false },
  ],
  [
    'JZ-SCOPE-01 starts the day after the as-of date',
    { status: 'unknown', 'JZ-SCOPE-01': 'pass' },
    'jingzhou',
    { startDate: '2026-01-02' },
  ],
  [
    'JZ-SCOPE-01 starts on the as-of date, not insured',
    { status: 'fail', 'JZ-SCOPE-01': 'fail' },
    'jingzhou',
    { startDate: '2026-01-01', insured: false },
  ],
  [
    'JZ-SCOPE-01 started the day before 2020-08-01',
    { status: 'unknown', 'JZ-SCOPE-01': 'pass' },
    'jingzhou',
    { startDate: '2020-07-31', insured: false },
  ],
  [
    'NAT17-LIMIT-01 before the 2025 measure',
    { status: 'pass', 'NAT17-LIMIT-01': 'pass' },
    'jingzhou',
    { ...JZ_GOOD, perPersonLimit: '300000' },
    '2021-06-01',
  ],
];

describe('checkProject output catalogue', () => {
  it.each(projects)('%s', (title, expected, jurisdiction, facts, asOf) => {
    const v = project(jurisdiction, facts, asOf);
    expect(statusesOf(v, ruleIdsOf(title, expected))).toEqual(expected);
    expect(v).toMatchSnapshot();
  });
});

/** An Anhua enterprise in a mandatory sector that meets every obligation. */
const AN_GOOD: EnterpriseFacts = {
  name: '某建筑公司',
  sector: 'construction',
  insured: true,
  compensationUnpaid: false,
  surrenderedOrRenewedLate: false,
  ...COVERED,
};
/** A Zhoushan enterprise in a mandatory sector that meets every obligation. */
const ZS_GOOD: EnterpriseFacts = {
  sector: 'construction',
  insured: true,
  surrenderedOrRenewedLate: false,
  ...COVERED,
};
const JZ_QUALIFIED = { qualifiedConstructionEnterprise: true } as const;

const enterprises: [
  string,
  Expected,
  CheckEnterpriseInput['jurisdiction'],
  EnterpriseFacts,
  string?,
][] = [
  [
    'AN-SCOPE-01 AN-COVER-01 AN-ENF-01 every obligation met',
    { status: 'pass', 'AN-SCOPE-01': 'pass', 'AN-COVER-01': 'pass pass', 'AN-ENF-01': 'pass' },
    'anhua',
    AN_GOOD,
  ],
  [
    'AN-SCOPE-01 AN-ENF-01 nothing known',
    { status: 'unknown', 'AN-SCOPE-01': 'unknown', 'AN-ENF-01': 'unknown' },
    'anhua',
    {},
  ],
  [
    'AN-SCOPE-01 an encouraged sector, not insured',
    { status: 'unknown', 'AN-SCOPE-01': 'pass' },
    'anhua',
    { sector: 'other', insured: false },
  ],
  [
    'AN-SCOPE-01 a mandatory sector the day before it became mandatory',
    { status: 'unknown', 'AN-SCOPE-01': 'pass' },
    'anhua',
    { sector: 'fireworks', insured: false },
    '2021-08-31',
  ],
  [
    'AN-SCOPE-01 a mandatory sector on the day it became mandatory, not insured',
    { status: 'fail', 'AN-SCOPE-01': 'fail' },
    'anhua',
    { sector: 'fireworks', insured: false },
    '2021-09-01',
  ],
  [
    'AN-SCOPE-01 not shown whether insured',
    { status: 'unknown', 'AN-SCOPE-01': 'unknown' },
    'anhua',
    { sector: 'fireworks' },
  ],
  [
    'AN-ENF-01 every violation: penalty, two rectification orders, blacklist',
    { status: 'fail', 'AN-ENF-01': 'fail' },
    'anhua',
    {
      sector: 'construction',
      insured: false,
      premiumPassedToWorkers: true,
      compensationUnpaid: true,
      refusedRectification: true,
    },
  ],
  [
    'AN-ENF-01 compensation unpaid and rectification refused',
    { status: 'fail', 'AN-ENF-01': 'fail' },
    'anhua',
    { ...AN_GOOD, compensationUnpaid: true, refusedRectification: true },
  ],
  [
    'AN-ENF-01 premium passed on, no refusal shown',
    { status: 'fail', 'AN-ENF-01': 'fail' },
    'anhua',
    { ...AN_GOOD, premiumPassedToWorkers: true },
  ],
  [
    'AN-ENF-01 surrendered but closed by law: no penalty',
    { status: 'pass', 'AN-ENF-01': 'pass' },
    'anhua',
    { ...AN_GOOD, surrenderedOrRenewedLate: true, closedByLawOrFullyStopped: true },
  ],
  [
    'AN-ENF-01 surrendered while still operating',
    { status: 'fail', 'AN-ENF-01': 'fail' },
    'anhua',
    { ...AN_GOOD, surrenderedOrRenewedLate: true, closedByLawOrFullyStopped: false },
  ],
  [
    'AN-ENF-01 insured, compensation not shown',
    { status: 'unknown', 'AN-ENF-01': 'unknown' },
    'anhua',
    { sector: 'construction', insured: true, premiumPassedToWorkers: false },
  ],
  [
    'ZS-SCOPE-01 ZS-SCOPE-02 NAT25-COVER-02 NAT25-COST-01 insured with 安责险, every obligation met',
    {
      status: 'pass',
      'ZS-SCOPE-01': 'pass',
      'ZS-SCOPE-02': 'pass',
      'NAT25-COVER-02': 'pass pass',
      'NAT25-COST-01': 'pass',
    },
    'zhoushan',
    { ...ZS_GOOD, equivalentLiabilityInsurance: true },
  ],
  [
    'ZS-SCOPE-01 an encouraged sector',
    { status: 'unknown', 'ZS-SCOPE-01': 'pass' },
    'zhoushan',
    { sector: 'spraying', insured: false },
  ],
  [
    'ZS-SCOPE-01 a sector outside the list',
    { status: 'unknown', 'ZS-SCOPE-01': 'pass' },
    'zhoushan',
    { sector: 'other', insured: false },
  ],
  [
    'ZS-SCOPE-01 ZS-SCOPE-02 hazardous chemicals traded without storage: outside 三',
    { status: 'unknown', 'ZS-SCOPE-01': 'pass', 'ZS-SCOPE-02': 'pass' },
    'zhoushan',
    { sector: 'hazardous-chemicals', activity: 'trade-without-storage', insured: false },
  ],
  [
    'ZS-SCOPE-01 fireworks, the activity not given, not insured',
    { status: 'unknown', 'ZS-SCOPE-01': 'unknown' },
    'zhoushan',
    { sector: 'fireworks', insured: false, equivalentLiabilityInsurance: false },
  ],
  [
    'ZS-SCOPE-01 civil explosives production, not insured',
    { status: 'fail', 'ZS-SCOPE-01': 'fail' },
    'zhoushan',
    {
      sector: 'civil-explosives',
      activity: 'production',
      insured: false,
      equivalentLiabilityInsurance: false,
    },
  ],
  [
    'NAT25-COVER-02 surrendered while still operating',
    { status: 'fail', 'NAT25-COVER-02': 'pass fail' },
    'zhoushan',
    { ...ZS_GOOD, surrenderedOrRenewedLate: true, closedByLawOrFullyStopped: false },
  ],
  [
    'NAT17-COST-01 before the 2025 measure no all-workers rule is in force',
    { status: 'pass', 'NAT17-COST-01': 'pass', 'NAT25-COVER-02': '' },
    'zhoushan',
    ZS_GOOD,
    '2021-01-01',
  ],
  [
    'JZ-SCOPE-02 JZ-COVER-01 JZ-COST-01 JZ-INS-01 every obligation met',
    {
      status: 'pass',
      'JZ-SCOPE-02': 'pass',
      'JZ-COVER-01': 'pass',
      'JZ-COST-01': 'pass',
      'JZ-INS-01': 'pass',
    },
    'jingzhou',
    {
      ...JZ_QUALIFIED,
      insured: true,
      forcedOtherInsuranceOrConditions: false,
      surrenderedOrRenewedLate: false,
      ...COVERED,
    },
  ],
  [
    'JZ-SCOPE-02 the last day of the phase-in, not insured',
    { status: 'unknown', 'JZ-SCOPE-02': 'pass' },
    'jingzhou',
    { ...JZ_QUALIFIED, insured: false },
    '2022-12-30',
  ],
  [
    'JZ-SCOPE-02 the year-end day (到2022年底), not insured: due',
    { status: 'fail', 'JZ-SCOPE-02': 'fail' },
    'jingzhou',
    { ...JZ_QUALIFIED, insured: false },
    '2022-12-31',
  ],
  [
    'JZ-SCOPE-02 the day after the phase-in, not insured',
    { status: 'fail', 'JZ-SCOPE-02': 'fail' },
    'jingzhou',
    { ...JZ_QUALIFIED, insured: false },
    '2023-01-01',
  ],
  [
    'JZ-SCOPE-02 during the phase-in, not a qualified construction enterprise',
    { status: 'unknown', 'JZ-SCOPE-02': 'pass' },
    'jingzhou',
    { qualifiedConstructionEnterprise: false },
    '2022-06-01',
  ],
  [
    'JZ-SCOPE-02 during the phase-in, insured',
    { status: 'unknown', 'JZ-SCOPE-02': 'pass' },
    'jingzhou',
    { ...JZ_QUALIFIED, insured: true },
    '2022-06-01',
  ],
  [
    'JZ-SCOPE-02 after the phase-in, not a qualified construction enterprise',
    { status: 'unknown', 'JZ-SCOPE-02': 'pass' },
    'jingzhou',
    { qualifiedConstructionEnterprise: false, insured: false },
  ],
  [
    'JZ-SCOPE-02 after the phase-in, nothing known',
    { status: 'unknown', 'JZ-SCOPE-02': 'unknown' },
    'jingzhou',
    {},
  ],
];

describe('checkEnterprise output catalogue', () => {
  it.each(enterprises)('%s', (title, expected, jurisdiction, facts, asOf) => {
    const v = enterprise(jurisdiction, facts, asOf);
    expect(statusesOf(v, ruleIdsOf(title, expected))).toEqual(expected);
    expect(v).toMatchSnapshot();
  });
});

// Two yes/no facts, each yes, no or not shown: the nine combinations, with the criteria they decide.
const SHOWN = [true, false, undefined] as const;
const label = (v: boolean | undefined): Shown => (v === undefined ? 'not shown' : v ? 'yes' : 'no');
const PAIRS = SHOWN.flatMap((a) => SHOWN.map((b) => [label(a), label(b), a, b] as const));
/** The fact as given, or left out when it is not shown. */
const given = <K extends string>(name: K, value: boolean | undefined) =>
  (value === undefined ? {} : { [name]: value }) as Partial<Record<K, boolean>>;

type Shown = 'yes' | 'no' | 'not shown';
type Status = 'pass' | 'fail' | 'unknown';
/**
 * AH-TERM-02 一(四) and NAT25-COVER-02 第十六条: "不得延迟续保、退保" unless "依法关闭或者完全停止生产经营".
 * Rows: surrendered or renewed late; columns: closed by law or fully stopped. No surrender passes
 * whatever the closure; a surrender passes only when closure is shown, fails when it is denied, and is
 * unknown when closure is not shown; a surrender not shown is unknown.
 */
const SURRENDER: Record<Shown, Record<Shown, Status>> = {
  yes: { yes: 'pass', no: 'fail', 'not shown': 'unknown' },
  no: { yes: 'pass', no: 'pass', 'not shown': 'pass' },
  'not shown': { yes: 'unknown', no: 'unknown', 'not shown': 'unknown' },
};
/**
 * A construction enterprise (mandatory in both). ZS-SCOPE-01/02 三: insured with 安责险, or with an
 * equivalent statutory liability insurance ("从其规定"), passes; neither fails; otherwise unknown.
 * AN-SCOPE-01: only 安责险 counts, so the equivalent insurance changes nothing.
 * Rows: insured with 安责险; columns: an equivalent insurance.
 */
const ZHOUSHAN: Record<Shown, Record<Shown, Status>> = {
  yes: { yes: 'pass', no: 'pass', 'not shown': 'pass' },
  no: { yes: 'pass', no: 'fail', 'not shown': 'unknown' },
  'not shown': { yes: 'pass', no: 'unknown', 'not shown': 'unknown' },
};
const ANHUA: Record<Shown, Status> = { yes: 'pass', no: 'fail', 'not shown': 'unknown' };

describe('truth tables', () => {
  it.each(PAIRS)(
    'AH-TERM-02 NAT25-COVER-02 surrendered or renewed late: %s; closed by law or fully stopped: %s',
    (lateShown, closedShown, late, closed) => {
      const facts = {
        ...given('surrenderedOrRenewedLate', late),
        ...given('closedByLawOrFullyStopped', closed),
      };
      const verdicts = {
        'AH-TERM-02 (Anhui project)': find(project('anhui', facts), 'AH-TERM-02'),
        'NAT25-COVER-02 (Zhoushan enterprise)': enterprise('zhoushan', facts).criteria.filter(
          (c) => c.ruleId === 'NAT25-COVER-02',
        )[1],
      };
      const expected = SURRENDER[lateShown][closedShown];
      expect(verdicts['AH-TERM-02 (Anhui project)']?.status).toBe(expected);
      expect(verdicts['NAT25-COVER-02 (Zhoushan enterprise)']?.status).toBe(expected);
      expect(verdicts).toMatchSnapshot();
    },
  );

  it.each(PAIRS)(
    'ZS-SCOPE-01 ZS-SCOPE-02 AN-SCOPE-01 insured with 安责险: %s; an equivalent statutory liability insurance: %s',
    (insuredShown, equivalentShown, insured, equivalent) => {
      const facts = {
        sector: 'construction',
        ...given('insured', insured),
        ...given('equivalentLiabilityInsurance', equivalent),
      };
      const zs = enterprise('zhoushan', facts);
      const verdicts = {
        'ZS-SCOPE-01': find(zs, 'ZS-SCOPE-01'),
        'ZS-SCOPE-02': find(zs, 'ZS-SCOPE-02'),
        'AN-SCOPE-01 (the equivalent insurance does not count in Anhua)': find(
          enterprise('anhua', facts),
          'AN-SCOPE-01',
        ),
      };
      expect(verdicts['ZS-SCOPE-01']?.status).toBe(ZHOUSHAN[insuredShown][equivalentShown]);
      expect(verdicts['ZS-SCOPE-02']?.status).toBe(ZHOUSHAN[insuredShown][equivalentShown]);
      expect(
        verdicts['AN-SCOPE-01 (the equivalent insurance does not count in Anhua)']?.status,
      ).toBe(ANHUA[insuredShown]);
      expect(verdicts).toMatchSnapshot();
    },
  );
});

// Each refusal: the code and the path the caller reads (the clause's scope or sector list decides
// what is refused), then the bilingual message pinned as a snapshot.
const refused: [string, string, string[], () => unknown][] = [
  [
    'AH-SCOPE-01 XZ-SCOPE-01 JZ-SCOPE-01 checkProject in a jurisdiction that sets obligations by sector',
    'not_set_by_jurisdiction',
    ['jurisdiction'],
    () => project('anhua', {}),
  ],
  [
    'AN-SCOPE-01 ZS-SCOPE-01 JZ-SCOPE-02 checkEnterprise in a jurisdiction that sets obligations per project',
    'not_set_by_jurisdiction',
    ['jurisdiction'],
    () => enterprise('xinzhou', {}),
  ],
  [
    // 三 names passenger, dangerous-goods and vessel transport, never "transport" as a whole
    'ZS-SCOPE-01 a sector code Zhoushan does not know',
    'invalid_option',
    ['facts', 'sector'],
    () => enterprise('zhoushan', { sector: 'transport' }),
  ],
  [
    'AH-LIMIT-02 an unreadable per-person limit of a project',
    'invalid_amount',
    ['facts', 'perPersonLimit'],
    () => project('anhui', { perPersonLimit: '60万5' }),
  ],
  [
    'NAT25-LIMIT-01 an unreadable per-person limit of an enterprise',
    'negative_not_allowed',
    ['facts', 'perPersonLimit'],
    () => enterprise('zhoushan', { perPersonLimit: '-1' }),
  ],
];

describe('checkProject / checkEnterprise refusals', () => {
  it.each(refused)('%s', (_, code, path, call) => {
    const issues = issuesOf(call);
    expect(issues.map((i) => [i.code, i.path])).toEqual([[code, path]]);
    expect(issues).toMatchSnapshot();
  });
});

describe('boundaries and fall-backs, with hand-worked values', () => {
  it('AH-SCOPE-01 a project started before 2025-10-29 must hold 安责险 on its remaining work; from that day it must insure before the start', () => {
    const scope = (startDate: string, insuredOn?: string) =>
      find(
        project('anhui', { ...AH_SCOPE, startDate, ...(insuredOn ? { insuredOn } : {}) }),
        'AH-SCOPE-01',
      );
    // started the day before the notice: "before the start" cannot apply, 应保尽保 still does
    expect(scope('2025-10-28')).toMatchObject({ status: 'unknown', factsMissing: ['insured'] });
    // held from the notice day passes; from a later day is late (review of issue 16, item 5)
    expect(scope('2025-10-28', '2025-10-29')).toMatchObject({
      status: 'pass',
      factsUsed: ['startDate', 'insuredOn'],
    });
    expect(scope('2025-10-28', '2025-10-29')?.reason.en).toContain('AH-COST-03');
    expect(scope('2025-10-28', '2025-12-01')?.status).toBe('fail');
    // a policy dated after the as-of day (2026-01-01) is not in force on it
    expect(scope('2025-10-28', '2026-01-02')?.status).toBe('fail');
    expect(scope('2025-10-29')).toMatchObject({ status: 'unknown', factsMissing: ['insuredOn'] });
    expect(scope('2025-10-29', '2025-10-29')?.status).toBe('pass');
    expect(scope('2025-10-29', '2025-10-30')?.status).toBe('fail');
  });

  it('AH-SCOPE-01 XZ-SCOPE-01 an unknown names exactly the dates that are missing', () => {
    const ah = (facts: ProjectFacts) =>
      find(project('anhui', { ...AH_SCOPE, ...facts }), 'AH-SCOPE-01')?.factsMissing;
    const xz = (facts: ProjectFacts) =>
      find(project('xinzhou', facts), 'XZ-SCOPE-01')?.factsMissing;
    expect(ah({})).toEqual(['insuredOn', 'startDate']);
    expect(ah({ insuredOn: '2026-01-01' })).toEqual(['startDate']);
    expect(ah({ startDate: '2026-01-01' })).toEqual(['insuredOn']);
    expect(xz({})).toEqual(['insuredOn', 'permitApplicationDate']);
    expect(xz({ insuredOn: '2025-01-01' })).toEqual(['permitApplicationDate']);
    expect(xz({ permitApplicationDate: '2025-01-01' })).toEqual(['insuredOn']);
  });

  it('JZ-SCOPE-01 a project starting on the as-of day owes its insurance that day; one starting the next day owes nothing yet', () => {
    const scope = (startDate: string) =>
      find(project('jingzhou', { startDate, insured: false }), 'JZ-SCOPE-01')?.status;
    expect([scope('2026-01-01'), scope('2026-01-02')]).toEqual(['fail', 'pass']);
    expect([scope('2020-07-31'), scope('2020-08-01')]).toEqual(['pass', 'fail']);
  });

  it('JZ-SCOPE-01 "newly started" is measured from the profile parameter; a profile without it is refused when defined', () => {
    const later = deriveProfile(jingzhou, {
      rules: {
        'JZ-SCOPE-01': { params: { startedOnOrAfter: { type: 'date', value: '2020-09-01' } } },
      },
    });
    const scope = (jurisdiction: CheckProjectInput['jurisdiction'], startDate: string) =>
      find(project(jurisdiction, { startDate, insured: false }), 'JZ-SCOPE-01');
    expect(scope(later, '2020-08-15')).toMatchObject({
      status: 'pass',
      reason: { en: 'started 2020-08-15, before 2020-09-01: not a newly started project' },
    });
    expect(scope(later, '2020-09-01')?.status).toBe('fail');
    // the shipped parameter: 2020-08-01 ("自2020年8月1日起…新开工")
    expect(scope('jingzhou', '2020-07-31')).toMatchObject({
      status: 'pass',
      reason: { en: 'started 2020-07-31, before 2020-08-01: not a newly started project' },
    });
    expect(scope('jingzhou', '2020-08-01')?.reason.en).toBe(
      'newly started 2020-08-01 (from 2020-08-01) and not insured on 2026-01-01',
    );
    refusedProfile(() => withoutParams(jingzhou, 'JZ-SCOPE-01'), 'JZ-SCOPE-01', 'startedOnOrAfter');
  });

  it('AN-SCOPE-01 a mandatory sector is mandatory from 2021-09-01 itself', () => {
    const scope = (asOf: string) =>
      find(enterprise('anhua', { sector: 'fireworks', insured: false }, asOf), 'AN-SCOPE-01')
        ?.status;
    expect([scope('2021-08-31'), scope('2021-09-01')]).toEqual(['pass', 'fail']);
  });

  it('JZ-SCOPE-02 the phase-in lasts to 2022-12-30; due on 2022-12-31 ("到2022年底"); a profile without its end date is refused when defined', () => {
    // review of issue 16, item 6: the year-end day itself is due, as coverageStatus counts it missed
    const scope = (jurisdiction: CheckEnterpriseInput['jurisdiction'], asOf: string) =>
      find(enterprise(jurisdiction, { ...JZ_QUALIFIED, insured: false }, asOf), 'JZ-SCOPE-02');
    expect(scope('jingzhou', '2022-12-30')).toMatchObject({ status: 'pass', factsMissing: [] });
    expect(scope('jingzhou', '2022-12-31')?.status).toBe('fail');
    expect(scope('jingzhou', '2023-01-01')?.status).toBe('fail');
    refusedProfile(() => withoutParams(jingzhou, 'JZ-SCOPE-02'), 'JZ-SCOPE-02', 'fullCoverageBy');
  });

  it('AN-ENF-01 a profile that names no consequences is refused when defined', () => {
    refusedProfile(() => withoutParams(anhua, 'AN-ENF-01'), 'AN-ENF-01', 'consequences');
  });

  it('JZ-COVER-01 an included group the library has no fact for is refused when the profile is derived (it would be silently ignored)', () => {
    const seasonal = () =>
      deriveProfile(jingzhou, {
        rules: {
          'JZ-COVER-01': {
            params: {
              includes: {
                type: 'list',
                value: [
                  { code: 'seasonal-workers', name: { zh: '季节工', en: 'seasonal workers' } },
                ],
              },
            },
          },
        },
      });
    expect(seasonal).toThrow(ValidationError);
    expect(seasonal).toThrow(
      'JZ-COVER-01.includes: seasonal-workers is not a code anzexian computes (known: dispatched-workers, interns)',
    );
    // one of the two groups dropped: that condition is no longer asked
    const internsOnly = deriveProfile(jingzhou, {
      rules: {
        'JZ-COVER-01': {
          params: {
            includes: {
              type: 'list',
              value: [{ code: 'interns', name: { zh: '实习生', en: 'interns' } }],
            },
          },
        },
      },
    });
    const cover = find(
      project(internsOnly, { allWorkersCovered: true, sameAmountForAllWorkers: true }),
      'JZ-COVER-01',
    );
    expect(cover).toMatchObject({ status: 'unknown', factsMissing: ['includesInterns'] });
  });

  it('NAT25-COVER-02 where a local cover rule is silent on surrender (Anhua, Jingzhou), the national rule checks it from 2025-03-29', () => {
    const cover02 = (
      jurisdiction: 'anhua' | 'jingzhou',
      facts: EnterpriseFacts,
      asOf = '2026-01-01',
    ) => find(enterprise(jurisdiction, facts, asOf), 'NAT25-COVER-02');
    const base = (jurisdiction: 'anhua' | 'jingzhou'): EnterpriseFacts =>
      jurisdiction === 'anhua' ? AN_GOOD : { ...JZ_QUALIFIED, insured: true, ...COVERED };
    for (const j of ['anhua', 'jingzhou'] as const) {
      expect(cover02(j, { ...base(j), surrenderedOrRenewedLate: false })?.status).toBe('pass');
      expect(cover02(j, { ...base(j), surrenderedOrRenewedLate: undefined })).toMatchObject({
        status: 'unknown',
        factsMissing: ['surrenderedOrRenewedLate'],
      });
      expect(
        cover02(j, { ...base(j), surrenderedOrRenewedLate: true, closedByLawOrFullyStopped: false })
          ?.status,
      ).toBe('fail');
      expect(
        cover02(j, { ...base(j), surrenderedOrRenewedLate: true, closedByLawOrFullyStopped: true })
          ?.status,
      ).toBe('pass');
      // the 2017 measure, in force before 2025-03-29, says nothing of it here
      expect(
        cover02(
          j,
          { ...base(j), surrenderedOrRenewedLate: true, closedByLawOrFullyStopped: false },
          '2024-06-01',
        ),
      ).toBeUndefined();
    }
  });

  it('NAT25-COVER-02 a Jingzhou project gets the national no-surrender check too; an Anhui project has its own (AH-TERM-02)', () => {
    const jz = (surrenderedOrRenewedLate?: boolean) =>
      find(project('jingzhou', { ...JZ_GOOD, surrenderedOrRenewedLate }), 'NAT25-COVER-02');
    expect(jz(false)?.status).toBe('pass');
    expect(jz(undefined)).toMatchObject({
      status: 'unknown',
      factsMissing: ['surrenderedOrRenewedLate'],
    });
    expect(
      find(project('anhui', { surrenderedOrRenewedLate: true }), 'NAT25-COVER-02'),
    ).toBeUndefined();
    expect(find(project('anhui', { surrenderedOrRenewedLate: true }), 'AH-TERM-02')).toBeDefined();
  });

  it('AN-ENF-01 a surrender is penalised only while still operating; closure not shown is unknown, never a penalty', () => {
    const enf = (closedByLawOrFullyStopped?: boolean) => {
      const v = enterprise('anhua', {
        ...AN_GOOD,
        surrenderedOrRenewedLate: true,
        ...(closedByLawOrFullyStopped === undefined ? {} : { closedByLawOrFullyStopped }),
      });
      const c = find(v, 'AN-ENF-01');
      return [c?.status, c?.factsMissing, v.consequences.map((x) => x.code)];
    };
    expect(enf(false)).toEqual(['fail', [], ['not-insured']]);
    expect(enf(true)).toEqual(['pass', [], []]);
    expect(enf()).toEqual(['unknown', ['closedByLawOrFullyStopped'], []]);
    // an operating enterprise that neither surrendered nor renewed late owes nothing under this head
    const operating = enterprise('anhua', {
      ...AN_GOOD,
      surrenderedOrRenewedLate: false,
      closedByLawOrFullyStopped: false,
    });
    expect([find(operating, 'AN-ENF-01')?.status, operating.consequences]).toEqual(['pass', []]);
  });

  it('AN-ENF-01 the blacklist follows a refused rectification of either order, and only of those', () => {
    const codes = (facts: EnterpriseFacts) =>
      enterprise('anhua', { ...AN_GOOD, refusedRectification: true, ...facts }).consequences.map(
        (c) => c.code,
      );
    expect(codes({ compensationUnpaid: true })).toEqual([
      'compensation-unpaid',
      'refuses-rectification',
    ]);
    expect(codes({ premiumPassedToWorkers: true })).toEqual([
      'premium-passed-on',
      'refuses-rectification',
    ]);
    expect(codes({ insured: false })).toEqual(['not-insured']);
    expect(codes({ premiumPassedToWorkers: true, refusedRectification: false })).toEqual([
      'premium-passed-on',
    ]);
  });
});
