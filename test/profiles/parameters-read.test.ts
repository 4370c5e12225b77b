import { describe, expect, it } from 'vitest';
import {
  anhui,
  checkInsurer,
  checkProject,
  checkServiceFirm,
  defineProfile,
  deriveProfile,
  nextFirmEvaluation,
  parseCny,
  splitPremium,
  trialPeriod,
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

  it('AH-INS-01 a lookback in days is refused when a check reads it', () => {
    const days = deriveProfile(anhui, {
      rules: { 'AH-INS-01': { params: { lookback: years(30, 'days') } } },
    });
    expect(() => ah({ lastMajorViolation: null }, days)).toThrow(ValidationError);
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
    const inDays = deriveProfile(xinzhou, {
      issued: '2024-09-01',
      rules: { 'XZ-TERM-01': { params: { trial: years(365, 'days') } } },
    });
    expect(() => trialPeriod(inDays)).toThrow('XZ-TERM-01.trial must be in months or years');
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
