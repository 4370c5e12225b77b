import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { param } from '../profiles/params.js';
import { bi } from '../errors/errors.js';
import { listOf, parseWith, zodMessage } from '../errors/zod.js';
import { CnySchema } from '../money/cny.js';
import { Dec } from '../money/decimal.js';
import { formatCny } from '../money/format.js';
import { readAmount } from '../money/parse-cny.js';
import { formatRate, RateSchema } from '../money/rate.js';
import { cnyFromDecimal } from '../money/cny.js';
import { ruleApplied } from '../profiles/find-rule.js';
import { profileFor } from '../profiles/profile-for.js';
import { JurisdictionInputSchema, type Rule } from '../profiles/schema.js';
import { CalendarDateSchema, compareValid } from '../time/calendar-date.js';
import { verdict, type Criterion } from '../verdict/verdict.js';
import { criterion } from './criteria.js';
import type { PartyVerdict } from './insurer.js';

const Amount = /* @__PURE__ */ lazySchema(() =>
  z.union([z.string(), z.number(), z.bigint(), CnySchema]),
);
const text = /* @__PURE__ */ lazySchema(() => z.optional(z.string()));
const Period = /* @__PURE__ */ lazySchema(() =>
  z.optional(z.strictObject({ from: CalendarDateSchema, to: CalendarDateSchema })),
);
const MAX = new Dec('1e15');
const NonNegativeRate = /* @__PURE__ */ lazySchema(() =>
  RateSchema.check(
    z.refine(
      (r) => !r.value.startsWith('-'),
      zodMessage('a rate is never negative', '费率不得为负'),
    ),
  ),
);

/** What a quote letter (报价函) or a policy states; a field left out is one the document lacks. */
export const InsuranceDocumentSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    projectName: text,
    projectAddress: text,
    projectCategory: text,
    contractPeriod: Period,
    contractAmount: z.optional(Amount),
    insurancePeriod: Period,
    insurancePlan: text,
    premiumRate: z.optional(NonNegativeRate),
    coverageAmount: z.optional(Amount),
    preventionServicePlan: text,
    preventionFeeRatio: z.optional(
      NonNegativeRate.check(
        z.refine(
          (r) => !new Dec(r.value).greaterThan(1),
          zodMessage('a fee ratio is at most 100%', '费用比例不超过100%'),
        ),
      ),
    ),
    /** The premium, when the document states one: it must equal contract amount × rate, rounded half-up. */
    premium: z.optional(Amount),
  }),
);
export type InsuranceDocument = z.input<typeof InsuranceDocumentSchema>;

const FIELD_KEYS: Record<string, keyof z.output<typeof InsuranceDocumentSchema>> = {
  'project-name': 'projectName',
  'project-address': 'projectAddress',
  'project-category': 'projectCategory',
  'contract-period': 'contractPeriod',
  'contract-amount': 'contractAmount',
  'insurance-period': 'insurancePeriod',
  'insurance-plan': 'insurancePlan',
  'premium-rate': 'premiumRate',
  'coverage-amount': 'coverageAmount',
  'prevention-service-plan': 'preventionServicePlan',
  'prevention-fee-ratio': 'preventionFeeRatio',
};

export const DocInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    document: InsuranceDocumentSchema,
  }),
);
export type CheckDocumentInput = z.input<typeof DocInputSchema>;
type Doc = z.output<typeof InsuranceDocumentSchema>;

function completeness(r: Rule, doc: Doc): Criterion {
  const required = param(r, 'requiredFields', 'list').value;
  const missing = required.filter((f) => {
    const key = FIELD_KEYS[f.code];
    const v = key === undefined ? undefined : doc[key];
    return v === undefined || (typeof v === 'string' && v.trim() === '');
  });
  const used = required.map((f) => FIELD_KEYS[f.code] ?? f.code);
  if (missing.length > 0) {
    return criterion(
      r,
      'fail',
      bi(
        `missing: ${missing.map((f) => f.name.en).join(', ')}`,
        `缺少：${missing.map((f) => f.name.zh).join('、')}`,
      ),
      used,
      missing.map((f) => FIELD_KEYS[f.code] ?? f.code),
    );
  }
  return criterion(
    r,
    'pass',
    bi(
      `all ${required.length} required fields are stated`,
      `已载明全部${required.length}项必备内容`,
    ),
    used,
  );
}

function consistency(r: Rule, doc: Doc): Criterion {
  // Amounts stated are read in full whatever else is stated: a bad one is a validation error, never a pass.
  if (doc.contractAmount !== undefined)
    readAmount(doc.contractAmount, ['document', 'contractAmount'], false, MAX);
  if (doc.coverageAmount !== undefined)
    readAmount(doc.coverageAmount, ['document', 'coverageAmount'], false, MAX);
  const problems: { en: string; zh: string }[] = [];
  for (const key of ['contractPeriod', 'insurancePeriod'] as const) {
    const p = doc[key];
    if (p !== undefined && compareValid(p.from, p.to) > 0)
      problems.push({
        en: `${key} ends before it starts`,
        zh: `${key === 'contractPeriod' ? '合同期限' : '保险期限'}的终止日早于起始日`,
      });
  }
  const used = ['contractPeriod', 'insurancePeriod'];
  if (doc.premium !== undefined) {
    used.push('premium', 'contractAmount', 'premiumRate');
    if (doc.contractAmount === undefined || doc.premiumRate === undefined) {
      return criterion(
        r,
        'fail',
        bi(
          'a premium is stated without the contract amount and rate it comes from',
          '载明保费但未载明合同金额或费率',
        ),
        used,
      );
    }
    const stated = readAmount(doc.premium, ['document', 'premium'], false, MAX);
    const expected = readAmount(doc.contractAmount, ['document', 'contractAmount'], false, MAX)
      .times(doc.premiumRate.value)
      .toDecimalPlaces(2, Dec.ROUND_HALF_UP);
    if (!stated.equals(expected)) {
      const e = formatCny(cnyFromDecimal(expected));
      const s = formatCny(cnyFromDecimal(stated));
      problems.push({
        en: `premium ${s} ≠ contract amount × ${formatRate(doc.premiumRate)} = ${e}`,
        zh: `保费${s}≠合同金额×${formatRate(doc.premiumRate)}=${e}`,
      });
    }
  }
  if (problems.length > 0)
    return criterion(
      r,
      'fail',
      bi(problems.map((p) => p.en).join('; '), problems.map((p) => p.zh).join('；')),
      used,
    );
  return criterion(
    r,
    'pass',
    bi(
      doc.premium === undefined
        ? 'periods are in order; no premium stated to reconcile'
        : 'periods are in order and the premium equals contract amount × rate',
      doc.premium === undefined
        ? '期限顺序正确；未载明保费，无需核对'
        : '期限顺序正确，保费等于合同金额×费率',
    ),
    used,
  );
}

function checkDocument(input: CheckDocumentInput, ruleId: 'XZ-OPS-04' | 'XZ-OPS-05'): PartyVerdict {
  const q = parseWith(DocInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const r = ruleApplied(profile, ruleId);
  return Object.freeze({
    ...verdict([completeness(r, q.document), consistency(r, q.document)]),
    jurisdiction: profile.id,
    asOf,
    subject: q.document.projectName ?? null,
    warnings,
  });
}

/**
 * Checks a Xinzhou quote letter (报价函, XZ-OPS-04): all ten fields stated (a field left out fails), the
 * periods in order, and — when it states a premium — contract amount × rate, rounded half-up to the fen,
 * equal to it.
 * @throws {ValidationError} bad input; a jurisdiction other than Xinzhou
 */
export const checkQuoteLetter = (input: CheckDocumentInput): PartyVerdict =>
  checkDocument(input, 'XZ-OPS-04');

/**
 * Checks a Xinzhou policy (保险单, XZ-OPS-05): all nine fields stated, periods in order, and a stated
 * premium consistent with contract amount × rate.
 * @throws {ValidationError} bad input; a jurisdiction other than Xinzhou
 */
export const checkPolicy = (input: CheckDocumentInput): PartyVerdict =>
  checkDocument(input, 'XZ-OPS-05');

/** Application documents (XZ-APP-01), as codes. */
export const APPLICATION_DOCUMENTS = [
  'construction-contract',
  'bid-award-notice',
  'application-form',
  'enterprise-documents',
  'insurer-requested',
] as const;

export const ApplicationInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    documents: listOf(z.enum(APPLICATION_DOCUMENTS)),
    /** Whether the project was awarded by tender (then its award notice is required); unknown when omitted. */
    tendered: z.optional(z.boolean()),
    /** Whether the insurer asked for other documents (then `insurer-requested` must be supplied); unknown when omitted. */
    insurerRequested: z.optional(z.boolean()),
  }),
);
export type CheckApplicationInput = z.input<typeof ApplicationInputSchema>;

/**
 * Checks the documents of a Xinzhou application (XZ-APP-01): the construction contract (and the bid
 * award notice when the project was tendered), the stamped application form, the enterprise documents,
 * and whatever else the insurer asked for.
 * @throws {ValidationError} bad input; a jurisdiction other than Xinzhou
 */
export function checkApplication(input: CheckApplicationInput): PartyVerdict {
  const q = parseWith(ApplicationInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const r = ruleApplied(profile, 'XZ-APP-01');
  const has = (d: (typeof APPLICATION_DOCUMENTS)[number]) => q.documents.includes(d);
  // XZ-APP-01 `documents`: the items this version asks for (src/profiles/codes.ts); the contract item
  // brings the bid award notice of a tendered project, `insurer-other` what the insurer asked for
  const listed = new Set(param(r, 'documents', 'list').value.map((d) => d.code));
  const contract = listed.has('construction-contract');
  const other = listed.has('insurer-other');
  const missing = [
    ...(['construction-contract', 'application-form', 'enterprise-documents'] as const).filter(
      (d) => listed.has(d) && !has(d),
    ),
    ...(contract && q.tendered === true && !has('bid-award-notice')
      ? ['bid-award-notice' as const]
      : []),
    ...(other && q.insurerRequested === true && !has('insurer-requested')
      ? ['insurer-requested' as const]
      : []),
  ];
  const unknown = [
    ...(contract && q.tendered === undefined && !has('bid-award-notice') ? ['tendered'] : []),
    ...(other && q.insurerRequested === undefined ? ['insurerRequested'] : []),
  ];
  const c =
    missing.length > 0
      ? criterion(r, 'fail', bi(`missing: ${missing.join(', ')}`, `缺少：${missing.join('、')}`), [
          'documents',
          'tendered',
          'insurerRequested',
        ])
      : unknown.length > 0
        ? criterion(
            r,
            'unknown',
            bi(
              `not shown: ${unknown.join(', ')}; cannot tell whether more documents are needed`,
              `未说明${unknown.map((k) => (k === 'tendered' ? '是否招标' : '保险机构是否另有要求')).join('、')}，无法判断是否还需其他材料`,
            ),
            ['documents'],
            unknown,
          )
        : criterion(
            r,
            'pass',
            bi('every required application document is supplied', '投保资料齐全'),
            ['documents', 'tendered', 'insurerRequested'],
          );
  return Object.freeze({
    ...verdict([c]),
    jurisdiction: profile.id,
    asOf,
    subject: null,
    warnings,
  });
}
