import { describe, expect, it } from 'vitest';
import {
  anhua,
  anhui,
  checkApplication,
  checkEnterprise,
  checkInsurer,
  checkProject,
  checkServiceFirm,
  defineProfile,
  deriveProfile,
  nextFirmEvaluation,
  parseCny,
  splitPremium,
  trialPeriod,
  jingzhou,
  ValidationError,
  xinzhou,
} from '../../src/index.js';
import { criterionOf } from '../helpers/verdict.js';

// Issue 18, item 2: parameters that used to be constants in the code, each proven read with values
// worked by hand from its clause, at, below and above its threshold.

const years = (value: number, unit: 'years' | 'months' | 'days' = 'years') =>
  ({ type: 'count', value, unit }) as const;

describe('AH-INS-01 / XZ-FIRM-03 lookback: "近三年内" is the lookback before the as-of date', () => {
  // 一(三)1 "近三年安责险经营无重大违法违规记录": as of 2026-06-01 the last 3 years run from 2023-06-01
  const ah = (facts: Record<string, unknown>, profile = anhui) =>
    criterionOf(
      checkInsurer({
        jurisdiction: profile,
        asOf: '2026-06-01',
        facts: { goodReputation: true, ...facts },
      }),
      'AH-INS-01',
    );

  it('AH-INS-01 a record on the first day of the window fails, the day before passes, none passes', () => {
    expect(ah({ lastMajorViolation: '2023-06-01' })).toMatchObject({
      status: 'fail',
      factsUsed: ['goodReputation', 'lastMajorViolation'],
    });
    expect(ah({ lastMajorViolation: '2023-05-31' }).status).toBe('pass');
    expect(ah({ lastMajorViolation: '2026-06-01' }).status).toBe('fail');
    expect(ah({ lastMajorViolation: null }).status).toBe('pass');
    expect(ah({ lastMajorViolation: '2023-05-31' }).reason.zh).toBe(
      '满足：商业信誉良好；业务开展地营业机构近三年安责险经营无重大违法违规记录',
    );
  });

  it('AH-INS-01 under a five-year lookback: the date decides (2021-06-01 is inside), the three-year fact cannot', () => {
    const five = deriveProfile(anhui, {
      rules: { 'AH-INS-01': { params: { lookback: years(5) } } },
    });
    expect(ah({ lastMajorViolation: '2021-06-01' }, five).status).toBe('fail');
    expect(ah({ lastMajorViolation: '2021-05-31' }, five).status).toBe('pass');
    // "none in the last 3 years" says nothing of years 4 and 5
    expect(ah({ majorViolationInLast3Years: false }, five)).toMatchObject({
      status: 'unknown',
      factsMissing: ['majorViolationInLast3Years'],
    });
    expect(ah({ lastMajorViolation: null }, five).reason.en).toContain('in the last 5 years');
    // under the shipped three years the yes/no fact still answers
    expect(ah({ majorViolationInLast3Years: false }).status).toBe('pass');
    expect(ah({ majorViolationInLast3Years: true }).status).toBe('fail');
  });

  it('XZ-FIRM-03 a record three years before the as-of date fails, a day earlier passes', () => {
    const firm = (facts: Record<string, unknown>) =>
      criterionOf(
        checkServiceFirm({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { goodReputation: true, ...facts },
        }),
        'XZ-FIRM-03',
      );
    expect(firm({ lastEnforcementOrBadConduct: '2022-06-01' }).status).toBe('fail');
    expect(firm({ lastEnforcementOrBadConduct: '2022-05-31' })).toMatchObject({
      status: 'pass',
      factsUsed: ['goodReputation', 'lastEnforcementOrBadConduct'],
    });
    expect(firm({ lastEnforcementOrBadConduct: '2022-05-31' }).reason.zh).toContain(
      '近三年内无被执行或不良行为记录',
    );
  });

  it('AH-INS-01 a lookback in days, or of zero years, is refused when the profile is derived', () => {
    expect(() =>
      deriveProfile(anhui, { rules: { 'AH-INS-01': { params: { lookback: years(30, 'days') } } } }),
    ).toThrow('AH-INS-01.lookback must be in years or months (got days)');
    expect(() =>
      deriveProfile(anhui, { rules: { 'AH-INS-01': { params: { lookback: years(0) } } } }),
    ).toThrow('AH-INS-01.lookback must be at least 1 (got 0)');
  });

  it('AH-INS-01 a latest record after the as-of date, or a date that contradicts the yes/no fact, is unknown', () => {
    expect(ah({ lastMajorViolation: '2026-07-01' })).toMatchObject({
      status: 'unknown',
      factsMissing: ['lastMajorViolation'],
    });
    expect(ah({ lastMajorViolation: null, majorViolationInLast3Years: true }).status).toBe(
      'unknown',
    );
    expect(ah({ lastMajorViolation: '2020-01-01', majorViolationInLast3Years: true }).status).toBe(
      'unknown',
    );
    // agreeing, they decide
    expect(ah({ lastMajorViolation: '2024-01-01', majorViolationInLast3Years: true }).status).toBe(
      'fail',
    );
  });
});

describe('XZ-PARTY-01 shareBasis: a premium is shared only on a basis the rule lists', () => {
  const quote = { premium: parseCny('10000.00'), jurisdiction: 'xinzhou' };
  const contractors: {
    name: string;
    role: 'general-contractor' | 'subcontractor';
    weight: number;
  }[] = [
    { name: '总包', role: 'general-contractor', weight: 70 },
    { name: '分包', role: 'subcontractor', weight: 30 },
  ];
  const jvOnly = deriveProfile(xinzhou, {
    rules: {
      'XZ-PARTY-01': {
        params: {
          shareBasis: {
            type: 'list',
            value: [
              {
                code: 'joint-venture-agreement',
                name: { zh: '联合体合同约定', en: 'as the joint-venture agreement says' },
              },
            ],
          },
        },
      },
    },
  });

  it('XZ-PARTY-01 shipped: 70/30 of ¥10,000.00 is ¥7,000.00 and ¥3,000.00', () => {
    const s = splitPremium({
      jurisdiction: 'xinzhou',
      asOf: '2025-06-01',
      quote,
      payers: contractors,
    });
    expect(s.shares.map((x) => x.amount.amount)).toEqual(['7000.00', '3000.00']);
    expect(s.ruleId).toBe('XZ-PARTY-01');
  });

  it('XZ-PARTY-01 a version sharing only by joint-venture agreement refuses a subcontract split, not a lone payer', () => {
    const split = () =>
      splitPremium({ jurisdiction: jvOnly, asOf: '2025-06-01', quote, payers: contractors });
    expect(split).toThrow(ValidationError);
    expect(split).toThrow(
      'XZ-PARTY-01 shares a premium only as as the joint-venture agreement says',
    );
    expect(
      splitPremium({
        jurisdiction: jvOnly,
        asOf: '2025-06-01',
        quote,
        payers: contractors.slice(0, 1),
      }).shares[0]?.amount.amount,
    ).toBe('10000.00');
  });

  it('XZ-PARTY-01 jurisdiction and asOf go together, and must agree with the quote', () => {
    expect(() => splitPremium({ jurisdiction: 'xinzhou', quote, payers: contractors })).toThrow(
      'jurisdiction and asOf go together',
    );
    expect(() =>
      splitPremium({ jurisdiction: 'anhui', asOf: '2026-01-01', quote, payers: contractors }),
    ).toThrow('the quote is for xinzhou, not anhui');
  });
});

describe('AH-PREV-08 every: the evaluation periods', () => {
  const six = deriveProfile(anhui, {
    rules: { 'AH-PREV-08': { params: { every: years(6, 'months') } } },
  });

  it('AH-PREV-08 shipped (12 months): due by 31 December of the year after the last evaluation', () => {
    expect(
      nextFirmEvaluation({
        jurisdiction: 'anhui',
        asOf: '2026-03-01',
        lastEvaluation: '2025-12-31',
      }).due,
    ).toBe('2026-12-31');
  });

  it('AH-PREV-08 every 6 months from 1 January: halves of the year', () => {
    // none on record, as of 2026-02-01: the current half, 2026-01-01..2026-06-30
    expect(nextFirmEvaluation({ jurisdiction: six, asOf: '2026-02-01' }).due).toBe('2026-06-30');
    // last one on 2026-03-10 (first half): the next half ends 2026-12-31
    expect(
      nextFirmEvaluation({ jurisdiction: six, asOf: '2026-04-01', lastEvaluation: '2026-03-10' })
        .due,
    ).toBe('2026-12-31');
    // last one on 2026-06-30, the last day of the first half: the same
    expect(
      nextFirmEvaluation({ jurisdiction: six, asOf: '2026-07-01', lastEvaluation: '2026-06-30' })
        .due,
    ).toBe('2026-12-31');
    // and on 2026-07-01, the first day of the second half: the first half of 2027
    expect(
      nextFirmEvaluation({ jurisdiction: six, asOf: '2026-07-02', lastEvaluation: '2026-07-01' })
        .due,
    ).toBe('2027-06-30');
  });
});

describe('XZ-TERM-01 trial: its unit is read', () => {
  it('XZ-TERM-01 a trial of 1 year from 2024-09-01 ends on 2025-09-01, as 12 months do', () => {
    const inYears = deriveProfile(xinzhou, {
      issued: '2024-09-01',
      rules: { 'XZ-TERM-01': { params: { trial: years(1) } } },
    });
    expect(trialPeriod(inYears)?.end).toBe('2025-09-01');
    expect(() =>
      deriveProfile(xinzhou, {
        issued: '2024-09-01',
        rules: { 'XZ-TERM-01': { params: { trial: years(365, 'days') } } },
      }),
    ).toThrow('XZ-TERM-01.trial must be in months or years (got days)');
    expect(trialPeriod(xinzhou)?.reason.zh).toBe(
      '自印发之日起试行12个月，印发日期未载明，无法计算试行期终止日',
    );
  });
});

describe('AH-SCOPE-01 needsConstructionPermit', () => {
  const facts = {
    kind: 'housing',
    needsConstructionPermit: false,
    startDate: '2026-01-10',
    insured: false,
  } as const;

  it('AH-SCOPE-01 shipped: a project that needs no permit is outside the scope', () => {
    expect(
      criterionOf(checkProject({ jurisdiction: 'anhui', asOf: '2026-03-01', facts }), 'AH-SCOPE-01')
        .status,
    ).toBe('pass');
  });

  it('AH-SCOPE-01 a version that does not ask for a permit: the same project must insure, and has not', () => {
    const any = deriveProfile(anhui, {
      rules: {
        'AH-SCOPE-01': { params: { needsConstructionPermit: { type: 'boolean', value: false } } },
      },
    });
    expect(
      criterionOf(checkProject({ jurisdiction: any, asOf: '2026-03-01', facts }), 'AH-SCOPE-01')
        .status,
    ).toBe('fail');
  });
});

describe('codes and bases no computation implements are refused when the profile is defined', () => {
  it('AH-SCOPE-01 insureBy: another code is refused, naming the codes computed', () => {
    expect(() =>
      deriveProfile(anhui, {
        rules: {
          'AH-SCOPE-01': { params: { insureBy: { type: 'code', value: 'before-bidding' } } },
        },
      }),
    ).toThrow(
      'AH-SCOPE-01.insureBy: before-bidding is not a code anzexian computes (known: before-work-starts)',
    );
  });

  it('AH-RATE-01 baseKind must agree with pricing.baseKinds', () => {
    const rules = anhui.rules.map((r) =>
      r.id === 'AH-RATE-01'
        ? {
            ...r,
            params: { ...r.params, baseKind: { type: 'code', value: 'remaining-contract-price' } },
          }
        : r,
    );
    expect(() => defineProfile({ ...anhui, rules })).toThrow(
      'AH-RATE-01.baseKind is remaining-contract-price but pricing.baseKinds lists contract-price under it',
    );
  });
});

// A rule's parameters replaced in a derived version (the rest of the profile as shipped).
const withParams = (
  base: Parameters<typeof deriveProfile>[0],
  id: string,
  params: Record<string, unknown>,
) => deriveProfile(base, { rules: { [id]: { params } } } as never);
const list = (...codes: string[]) => ({
  type: 'list',
  value: codes.map((code) => ({ code, name: { zh: code, en: code } })),
});

describe('obligations: lists and flags that switch a condition', () => {
  // AH-COST-02 (一(五)) "建设单位开工前一次性足额支付": started 2026-01-10, as of 2026-03-01
  const started = {
    kind: 'housing',
    needsConstructionPermit: true,
    startDate: '2026-01-10',
    insuredOn: '2026-01-05',
    premiumPassedToWorkers: false,
    ownerPaidInFullBeforeStart: true,
  } as const;
  const cost = (jurisdiction: Parameters<typeof checkProject>[0]['jurisdiction']) =>
    criterionOf(checkProject({ jurisdiction, asOf: '2026-03-01', facts: started }), 'AH-COST-02');

  it('AH-COST-02 shipped: "一次性" asks for one payment; a version allowing instalments does not', () => {
    expect(cost('anhui')).toMatchObject({ status: 'unknown', factsMissing: ['paidInOnePayment'] });
    const instalments = withParams(anhui, 'AH-COST-02', {
      payBy: { type: 'code', value: 'before-work-starts' },
      instalments: { type: 'boolean', value: true },
    });
    expect(cost(instalments)).toMatchObject({ status: 'pass', factsMissing: [] });
  });

  it('AH-TERM-02 exceptions: both excuse a closure (shipped); one alone cannot be told from the fact; none excuses nothing', () => {
    const renewal = (jurisdiction: Parameters<typeof checkProject>[0]['jurisdiction']) =>
      criterionOf(
        checkProject({
          jurisdiction,
          asOf: '2026-03-01',
          facts: { ...started, surrenderedOrRenewedLate: true, closedByLawOrFullyStopped: true },
        }),
        'AH-TERM-02',
      ).status;
    expect(renewal('anhui')).toBe('pass');
    expect(renewal(withParams(anhui, 'AH-TERM-02', { exceptions: list('closed-by-law') }))).toBe(
      'unknown',
    );
    // either one alone, whichever it is: the one fact answers for both exceptions at once → unknown
    expect(renewal(withParams(anhui, 'AH-TERM-02', { exceptions: list('fully-stopped') }))).toBe(
      'unknown',
    );
    expect(
      renewal(
        withParams(anhui, 'AH-TERM-02', { exceptions: list('fully-stopped', 'closed-by-law') }),
      ),
    ).toBe('pass');
    expect(renewal(withParams(anhui, 'AH-TERM-02', { exceptions: list() }))).toBe('fail');
    // whatever the exceptions, a surrender while still operating fails, and one whose closure is not
    // shown is unknown, naming the closure
    const surrendered = (closedByLawOrFullyStopped?: boolean) =>
      criterionOf(
        checkProject({
          jurisdiction: withParams(anhui, 'AH-TERM-02', { exceptions: list('closed-by-law') }),
          asOf: '2026-03-01',
          facts: {
            ...started,
            surrenderedOrRenewedLate: true,
            ...(closedByLawOrFullyStopped === undefined ? {} : { closedByLawOrFullyStopped }),
          },
        }),
        'AH-TERM-02',
      );
    // and the verdict says which: one exception that cannot be told apart, or none at all
    const closed = (exceptions: ReturnType<typeof list>) =>
      criterionOf(
        checkProject({
          jurisdiction: withParams(anhui, 'AH-TERM-02', { exceptions }),
          asOf: '2026-03-01',
          facts: { ...started, surrenderedOrRenewedLate: true, closedByLawOrFullyStopped: true },
        }),
        'AH-TERM-02',
      ).reason;
    expect(closed(list('closed-by-law')).en).toMatch(
      /^surrendered or renewed late: only “.+” excuses it/,
    );
    expect(closed(list('closed-by-law')).zh).toMatch(/^退保或延迟续保：仅“.+”可例外/);
    expect(closed(list())).toEqual({
      en: 'surrendered or renewed late: this version excuses neither closure nor a full stop',
      zh: '退保或延迟续保：本版本不以依法关闭或完全停产为例外',
    });
    expect(surrendered(false)).toMatchObject({ status: 'fail', factsMissing: [] });
    expect(surrendered()).toMatchObject({
      status: 'unknown',
      factsMissing: ['closedByLawOrFullyStopped'],
    });
    expect(() =>
      withParams(anhui, 'AH-TERM-02', { exceptions: list('closed-by-law', 'closed-by-law') }),
    ).toThrow('AH-TERM-02.exceptions lists a code twice');
  });

  it('AN-COVER-01 premiumPaidByUnit is shown, not computed: the ban on passing the premium on stays', () => {
    const flipped = withParams(anhua, 'AN-COVER-01', {
      includes: list('dispatched-workers', 'interns'),
      premiumPaidByUnit: { type: 'boolean', value: false },
    });
    const v = checkEnterprise({
      jurisdiction: flipped,
      asOf: '2022-01-01',
      facts: { sector: 'construction', insured: true, premiumPassedToWorkers: true },
    });
    expect(v.criteria.filter((c) => c.ruleId === 'AN-COVER-01').map((c) => c.status)).toContain(
      'fail',
    );
  });

  it('AN-ENF-01 consequences: conduct the version does not list has none', () => {
    const facts = {
      sector: 'construction',
      insured: true,
      premiumPassedToWorkers: true,
      compensationUnpaid: false,
    } as const;
    const enf = (jurisdiction: Parameters<typeof checkEnterprise>[0]['jurisdiction']) =>
      criterionOf(checkEnterprise({ jurisdiction, asOf: '2022-01-01', facts }), 'AN-ENF-01');
    expect(enf('anhua').status).toBe('fail');
    const without = withParams(anhua, 'AN-ENF-01', {
      consequences: list('not-insured', 'compensation-unpaid', 'refuses-rectification'),
    });
    expect(enf(without).status).not.toBe('fail');
  });

  it('JZ-COVER-01 a caller’s own cover rule with a group no fact describes is refused, whatever its ID', () => {
    const own = {
      ...jingzhou,
      rules: jingzhou.rules.map((r) =>
        r.id === 'JZ-COVER-01'
          ? { ...r, id: 'JZ-COVER-09', params: { includes: list('apprentices') } }
          : r,
      ),
    };
    expect(() => defineProfile(own as never)).toThrow(
      'JZ-COVER-09.includes: apprentices is not a code anzexian computes',
    );
  });
});

describe('Xinzhou insurer, application and service lists', () => {
  it('XZ-INS-07 lists: a version naming one list asks only about that one', () => {
    const one = withParams(xinzhou, 'XZ-INS-07', { lists: list('gsxt-serious-violation') });
    const c = criterionOf(
      checkInsurer({
        jurisdiction: one,
        asOf: '2025-06-01',
        facts: { onSeriousViolationList: false },
      }),
      'XZ-INS-07',
    );
    expect(c).toMatchObject({ status: 'pass', factsMissing: [] });
    expect(
      criterionOf(
        checkInsurer({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { onSeriousViolationList: false },
        }),
        'XZ-INS-07',
      ),
    ).toMatchObject({ status: 'unknown', factsMissing: ['onDishonestDebtorList'] });
  });

  it('XZ-APP-01 documents: a version without the stamped form does not miss it', () => {
    const docs = ['construction-contract', 'enterprise-documents'] as const;
    const input = {
      asOf: '2025-06-01',
      documents: [...docs],
      tendered: false,
      insurerRequested: false,
    };
    expect(
      criterionOf(checkApplication({ jurisdiction: 'xinzhou', ...input }), 'XZ-APP-01').reason.en,
    ).toBe('missing: application-form');
    const lighter = withParams(xinzhou, 'XZ-APP-01', {
      documents: list('construction-contract', 'enterprise-documents', 'insurer-other'),
    });
    expect(
      criterionOf(checkApplication({ jurisdiction: lighter, ...input }), 'XZ-APP-01').status,
    ).toBe('pass');
  });

  it('XZ-FIRM-05 defaultReading: a version reading overlapping tiers counts one person in each', () => {
    // 七(五): one senior-titled certified engineer with 15 years is in all three tiers; distinct
    // persons need 1 / 4 / 9 people, overlapping 1 / 3 / 5
    const staff = [
      {
        name: 'A',
        title: 'senior' as const,
        certificates: ['civil-engineer' as const],
        safetyYears: 20,
      },
    ];
    const tiers = (jurisdiction: Parameters<typeof checkServiceFirm>[0]['jurisdiction']) =>
      criterionOf(
        checkServiceFirm({ jurisdiction, asOf: '2025-06-01', facts: {}, staff }),
        'XZ-FIRM-05',
      ).reason.en;
    const overlapping = withParams(xinzhou, 'XZ-FIRM-05', {
      ...xinzhou.rules.find((r) => r.id === 'XZ-FIRM-05')?.params,
      defaultReading: { type: 'code', value: 'overlapping-persons' },
    });
    expect(tiers('xinzhou')).not.toContain('one person may count in several tiers');
    expect(tiers(overlapping)).toContain(
      '(reading: one person may count in several tiers): tier 1 (≥ 1, 15 years, certificate, senior title): 1 — A; tier 2 (≥ 3, 10 years, certificate): 1 — A',
    );
  });

  it('XZ-FIRMOPS-01 projectLeadOnSite: a version that does not ask for the lead passes a visit without one', () => {
    const visits = [{ date: '2025-05-01', projectLeadOnSite: false, technicalStaff: 1 }];
    const ops = (jurisdiction: Parameters<typeof checkServiceFirm>[0]['jurisdiction']) =>
      criterionOf(
        checkServiceFirm({
          jurisdiction,
          asOf: '2025-06-01',
          facts: { fixedProjectTeams: true, visits },
        }),
        'XZ-FIRMOPS-01',
      );
    expect(ops('xinzhou').status).toBe('fail');
    const noLead = withParams(xinzhou, 'XZ-FIRMOPS-01', {
      minimumTechnicalStaffPerVisit: { type: 'count', value: 1, unit: 'persons' },
      projectLeadOnSite: { type: 'boolean', value: false },
    });
    expect(ops(noLead)).toMatchObject({
      status: 'pass',
      reason: { en: 'a fixed team, and ≥ 1 technical staff at all 1 visits' },
    });
  });
});
