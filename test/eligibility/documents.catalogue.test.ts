import { refusedProfile } from '../helpers/profile-refused.js';
import { describe, expect, it } from 'vitest';
import {
  checkApplication,
  checkPolicy,
  checkQuoteLetter,
  permille,
  percent,
  xinzhou,
  type CheckApplicationInput,
  type CheckDocumentInput,
  type InsuranceDocument,
} from '../../src/index.js';
import { issuesOf } from '../helpers/issues.js';
import { ruleIdsOf, statusesOf } from '../helpers/verdict.js';
import { withoutParams, withRule } from '../helpers/with-rule.js';

// The whole verdict of the Xinzhou document checks — status, each criterion's rule ID, citation,
// bilingual reason, the fields read and the fields missing, the warnings — is what an insurer's
// reviewer reads. These catalogues pin it branch by branch, so a changed reason, rule ID or field
// list shows up in review as a snapshot diff.

type Jurisdiction = CheckDocumentInput['jurisdiction'];
const asOf = '2025-06-01';
const letter = (document: InsuranceDocument, jurisdiction: Jurisdiction = 'xinzhou') =>
  checkQuoteLetter({ jurisdiction, asOf, document });
const policy = (document: InsuranceDocument, jurisdiction: Jurisdiction = 'xinzhou') =>
  checkPolicy({ jurisdiction, asOf, document });
const application = (input: Omit<CheckApplicationInput, 'asOf' | 'jurisdiction'>) =>
  checkApplication({ jurisdiction: 'xinzhou', asOf, ...input });
const without = (doc: InsuranceDocument, ...keys: (keyof InsuranceDocument)[]) =>
  Object.fromEntries(
    Object.entries(doc).filter(([k]) => !keys.includes(k as keyof InsuranceDocument)),
  ) as InsuranceDocument;

/** The project, as both documents state it: 12,000,000.00 × 1.5‰ = 18,000.00. */
const PROJECT = {
  projectName: '某住宅项目',
  projectAddress: '忻州市某路1号',
  contractPeriod: { from: '2025-03-01', to: '2026-08-31' },
  contractAmount: '12,000,000.00',
} as const;
/** The cover offered, as both documents state it. */
const TERMS = {
  insurancePlan: '方案A',
  premiumRate: permille('1.5'),
  coverageAmount: '600000',
  preventionServicePlan: '每季度一次隐患排查',
};
/** A quote letter stating all ten fields of XZ-OPS-04. */
const LETTER: InsuranceDocument = {
  ...PROJECT,
  ...TERMS,
  projectCategory: '房屋建筑工程',
  preventionFeeRatio: percent(15),
};
/** A policy stating the nine fields of XZ-OPS-05 (no project category, no fee ratio). */
const POLICY: InsuranceDocument = {
  ...PROJECT,
  ...TERMS,
  insurancePeriod: { from: '2025-03-01', to: '2026-08-31' },
};
const INVERTED = { from: '2026-01-01', to: '2025-12-31' };

/**
 * What a row states, worked by hand from 四(四) (a quote letter: ten fields), 四(五) (a policy: nine) and
 * 六 (the application documents): the overall status; per rule, its criteria's statuses in order — for a
 * document [the fields stated, the periods and premium consistent (premium = contract amount × rate,
 * half-up to the fen: 12,000,000.00 × 1.5‰ = 18,000.00)] — and the fields or facts missing.
 */
type Expected = Record<string, string>;
const letters: [string, Expected, string[], InsuranceDocument][] = [
  [
    'XZ-OPS-04 all ten fields, no premium stated',
    { status: 'pass', 'XZ-OPS-04': 'pass pass' },
    [],
    LETTER,
  ],
  [
    'XZ-OPS-04 all ten fields, premium = contract amount × rate',
    { status: 'pass', 'XZ-OPS-04': 'pass pass' },
    [],
    { ...LETTER, premium: '18000.00' },
  ],
  [
    'XZ-OPS-04 a premium one fen too high',
    { status: 'fail', 'XZ-OPS-04': 'pass fail' },
    [],
    { ...LETTER, premium: '18000.01' },
  ],
  [
    'XZ-OPS-04 a premium without the contract amount',
    { status: 'fail', 'XZ-OPS-04': 'fail fail' },
    ['contractAmount'],
    { ...without(LETTER, 'contractAmount'), premium: '18000.00' },
  ],
  [
    'XZ-OPS-04 a premium without the rate',
    { status: 'fail', 'XZ-OPS-04': 'fail fail' },
    ['premiumRate'],
    { ...without(LETTER, 'premiumRate'), premium: '18000.00' },
  ],
  [
    'XZ-OPS-04 nothing stated',
    { status: 'fail', 'XZ-OPS-04': 'fail pass' },
    [
      'projectName',
      'projectAddress',
      'projectCategory',
      'contractPeriod',
      'contractAmount',
      'insurancePlan',
      'premiumRate',
      'coverageAmount',
      'preventionServicePlan',
      'preventionFeeRatio',
    ],
    {},
  ],
  [
    'XZ-OPS-04 a blank project name and two fields left out',
    { status: 'fail', 'XZ-OPS-04': 'fail pass' },
    ['projectName', 'projectAddress', 'insurancePlan'],
    { ...without(LETTER, 'projectAddress', 'insurancePlan'), projectName: '  ' },
  ],
  [
    'XZ-OPS-04 the contract period ends before it starts',
    { status: 'fail', 'XZ-OPS-04': 'pass fail' },
    [],
    { ...LETTER, contractPeriod: INVERTED },
  ],
  [
    'XZ-OPS-04 a one-day contract period is in order',
    { status: 'pass', 'XZ-OPS-04': 'pass pass' },
    [],
    { ...LETTER, contractPeriod: { from: '2025-03-01', to: '2025-03-01' } },
  ],
  [
    'XZ-OPS-04 both periods inverted and the premium wrong: every problem named',
    { status: 'fail', 'XZ-OPS-04': 'pass fail' },
    [],
    { ...LETTER, contractPeriod: INVERTED, insurancePeriod: INVERTED, premium: '1' },
  ],
];

const policies: [string, Expected, string[], InsuranceDocument][] = [
  [
    'XZ-OPS-05 all nine fields, premium = contract amount × rate',
    { status: 'pass', 'XZ-OPS-05': 'pass pass' },
    [],
    { ...POLICY, premium: 18000 },
  ],
  [
    'XZ-OPS-05 the insurance period ends before it starts',
    { status: 'fail', 'XZ-OPS-05': 'pass fail' },
    [],
    { ...POLICY, insurancePeriod: INVERTED },
  ],
  [
    'XZ-OPS-05 no insurance period',
    { status: 'fail', 'XZ-OPS-05': 'fail pass' },
    ['insurancePeriod'],
    without(POLICY, 'insurancePeriod'),
  ],
];

const REQUIRED = ['construction-contract', 'application-form', 'enterprise-documents'] as const;
const applications: [
  string,
  Expected,
  string[],
  Omit<CheckApplicationInput, 'asOf' | 'jurisdiction'>,
][] = [
  [
    'XZ-APP-01 the three required documents, not tendered, nothing else requested',
    { status: 'pass', 'XZ-APP-01': 'pass' },
    [],
    { documents: [...REQUIRED], tendered: false, insurerRequested: false },
  ],
  [
    'XZ-APP-01 tendered with the award notice, requested documents supplied',
    { status: 'pass', 'XZ-APP-01': 'pass' },
    [],
    {
      documents: [...REQUIRED, 'bid-award-notice', 'insurer-requested'],
      tendered: true,
      insurerRequested: true,
    },
  ],
  [
    'XZ-APP-01 tendered without the award notice, requested documents not supplied',
    { status: 'fail', 'XZ-APP-01': 'fail' },
    [],
    { documents: [...REQUIRED], tendered: true, insurerRequested: true },
  ],
  ['XZ-APP-01 no documents at all', { status: 'fail', 'XZ-APP-01': 'fail' }, [], { documents: [] }],
  [
    'XZ-APP-01 not shown whether tendered or anything requested',
    { status: 'unknown', 'XZ-APP-01': 'unknown' },
    ['tendered', 'insurerRequested'],
    { documents: [...REQUIRED] },
  ],
  [
    'XZ-APP-01 not shown whether tendered',
    { status: 'unknown', 'XZ-APP-01': 'unknown' },
    ['tendered'],
    { documents: [...REQUIRED], insurerRequested: false },
  ],
  [
    'XZ-APP-01 the award notice supplied: whether tendered no longer matters',
    { status: 'pass', 'XZ-APP-01': 'pass' },
    [],
    { documents: [...REQUIRED, 'bid-award-notice'], insurerRequested: false },
  ],
  [
    'XZ-APP-01 not shown whether the insurer requested anything',
    { status: 'unknown', 'XZ-APP-01': 'unknown' },
    ['insurerRequested'],
    { documents: [...REQUIRED], tendered: false },
  ],
];

describe('document check output catalogue', () => {
  it.each(letters)('%s', (title, expected, missing, document) => {
    const v = letter(document);
    expect(statusesOf(v, ruleIdsOf(title, expected))).toEqual(expected);
    expect(v.criteria[0]?.factsMissing).toEqual(missing);
    expect(v).toMatchSnapshot();
  });
  it.each(policies)('%s', (title, expected, missing, document) => {
    const v = policy(document);
    expect(statusesOf(v, ruleIdsOf(title, expected))).toEqual(expected);
    expect(v.criteria[0]?.factsMissing).toEqual(missing);
    expect(v).toMatchSnapshot();
  });
  it.each(applications)('%s', (title, expected, missing, input) => {
    const v = application(input);
    expect(statusesOf(v, ruleIdsOf(title, expected))).toEqual(expected);
    expect(v.criteria[0]?.factsMissing).toEqual(missing);
    expect(v).toMatchSnapshot();
  });
});

// Each refusal: the code and the path the caller reads, then the bilingual message as a snapshot.
const refused: [string, string, string[], () => unknown][] = [
  [
    'XZ-OPS-04 a quote letter outside Xinzhou',
    'invalid_option',
    ['jurisdiction'],
    () => letter(LETTER, 'jingzhou'),
  ],
  [
    'XZ-OPS-05 a policy outside Xinzhou',
    'invalid_option',
    ['jurisdiction'],
    () => policy(POLICY, 'zhoushan'),
  ],
  [
    'XZ-APP-01 an application outside Xinzhou',
    'invalid_option',
    ['jurisdiction'],
    () =>
      checkApplication({
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        documents: [...REQUIRED],
      }),
  ],
  [
    'XZ-OPS-04 an unreadable contract amount',
    'invalid_amount',
    ['document', 'contractAmount'],
    () => letter({ ...LETTER, contractAmount: 'abc' }),
  ],
  [
    'XZ-OPS-04 a negative coverage amount',
    'negative_not_allowed',
    ['document', 'coverageAmount'],
    () => letter({ ...LETTER, coverageAmount: -5 }),
  ],
  [
    'XZ-OPS-04 a negative premium',
    'negative_not_allowed',
    ['document', 'premium'],
    () => letter({ ...LETTER, premium: '-18000.00' }),
  ],
  [
    'XZ-OPS-04 a premium with three decimals',
    'too_many_decimals',
    ['document', 'premium'],
    () => letter({ ...LETTER, premium: '18000.001' }),
  ],
  [
    'XZ-OPS-04 a bad amount is refused even when the premium cannot be reconciled',
    'too_many_decimals',
    ['document', 'contractAmount'],
    () => letter({ ...without(LETTER, 'premiumRate'), contractAmount: '1.234', premium: '1' }),
  ],
];

describe('document check refusals', () => {
  it.each(refused)('%s', (_, code, path, call) => {
    const issues = issuesOf(call);
    expect(issues.map((i) => [i.code, i.path])).toEqual([[code, path]]);
    expect(issues).toMatchSnapshot();
  });
});

describe('document checks: boundaries and fall-backs, with hand-worked values', () => {
  it('XZ-OPS-04 the premium is contract amount × rate rounded half-up to the fen', () => {
    // 1,000,010.00 × 2.5‰ = 2,500.025: half-up gives 2,500.03 (half-even or truncation would give 2,500.02)
    const consistency = (premium: string) =>
      letter({ ...LETTER, contractAmount: '1000010', premiumRate: permille('2.5'), premium })
        .criteria[1];
    expect(consistency('2500.03')?.status).toBe('pass');
    expect(consistency('2500.02')).toMatchObject({
      status: 'fail',
      reason: {
        en: 'premium ¥2,500.02 ≠ contract amount × 2.5‰ = ¥2,500.03',
        zh: '保费¥2,500.02≠合同金额×2.5‰=¥2,500.03',
      },
    });
  });

  it('XZ-OPS-04 XZ-OPS-05 a period is in order when it ends on or after the day it starts', () => {
    const status = (to: string) =>
      policy({ ...POLICY, insurancePeriod: { from: '2025-03-01', to } }).criteria[1]?.status;
    expect([status('2025-03-02'), status('2025-03-01'), status('2025-02-28')]).toEqual([
      'pass',
      'pass',
      'fail',
    ]);
  });

  it('XZ-OPS-04 the required fields are read from the profile: a profile without the list is refused when defined', () => {
    refusedProfile(() => withoutParams(xinzhou, 'XZ-OPS-04'), 'XZ-OPS-04', 'requiredFields');
    expect(() => letter({}, withoutParams(xinzhou, 'XZ-OPS-04'))).toThrow(
      'XZ-OPS-04 parameter requiredFields must be list',
    );
  });

  it('XZ-OPS-04 a required field the library has no input for is reported missing under its code', () => {
    const stamped = withRule(xinzhou, 'XZ-OPS-04', (r) => ({
      ...r,
      params: {
        requiredFields: {
          type: 'list',
          value: [
            { code: 'project-name', name: { zh: '项目名称', en: 'project name' } },
            { code: 'insurer-seal', name: { zh: '保险人印章', en: "the insurer's seal" } },
          ],
        },
      },
    }));
    expect(letter(LETTER, stamped).criteria[0]).toMatchObject({
      status: 'fail',
      reason: { en: "missing: the insurer's seal", zh: '缺少：保险人印章' },
      factsUsed: ['projectName', 'insurer-seal'],
      factsMissing: ['insurer-seal'],
    });
  });

  it('XZ-APP-01 the award notice is required only when tendered; requested documents only when requested', () => {
    const status = (documents: CheckApplicationInput['documents'], tendered: boolean) =>
      application({ documents, tendered, insurerRequested: tendered }).status;
    expect(status([...REQUIRED], false)).toBe('pass');
    expect(status([...REQUIRED], true)).toBe('fail');
    expect(status([...REQUIRED, 'bid-award-notice'], true)).toBe('fail'); // insurer-requested missing
    expect(status([...REQUIRED, 'bid-award-notice', 'insurer-requested'], true)).toBe('pass');
  });
});
