import { lazySchema } from '../../_lib/lazy.js';
import { checkQuotePremium } from '../../premium/premium-check.js';
import { readOnce } from '../../_lib/plain.js';
import * as z from 'zod/mini';
import { bi, fail } from '../../errors/errors.js';
import { deepFreeze } from '../../_lib/freeze.js';
import { parseWith } from '../../errors/zod.js';
import { CnySchema, isCny } from '../../money/cny.js';
import { parseCny } from '../../money/parse-cny.js';
import { isRate, RateSchema } from '../../money/rate.js';
import { xinzhou as shipped } from './profile.js';
import { ruleById } from '../../profiles/find-rule.js';
import { CitationSchema } from '../../profiles/schema.js';
import { CalendarDateSchema } from '../../time/calendar-date.js';
import type { Quote } from '../../premium/quote.js';
import { text, type Cell, type Report } from '../../reports/model.js';

const Period = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({ from: CalendarDateSchema, to: CalendarDateSchema }),
);

/** What a quote letter or a policy schedule states besides the quote itself. */
export const XinzhouDocumentSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    insurer: z.string().check(z.minLength(1)),
    policyholder: z.string().check(z.minLength(1)),
    projectName: z.string().check(z.minLength(1)),
    projectAddress: z.string().check(z.minLength(1)),
    projectCategory: z.string().check(z.minLength(1)),
    contractPeriod: Period,
    insurancePlan: z.string().check(z.minLength(1)),
    coverageAmount: z.union([z.string(), z.number(), z.bigint(), CnySchema]),
    preventionServicePlan: z.string().check(z.minLength(1)),
    preventionFeeRatio: RateSchema,
    /** The policy's period (the schedule only). */
    insurancePeriod: z.optional(Period),
    /** The date the letter or the schedule is issued. */
    date: CalendarDateSchema,
  }),
);
export type XinzhouDocument = z.input<typeof XinzhouDocumentSchema>;

const period = (p: { from: string; to: string }): Cell => text(`${p.from} 至 ${p.to}`);

function fields(
  quote: Quote,
  d: z.output<typeof XinzhouDocumentSchema>,
  kind: 'letter' | 'schedule',
): Report['header'] {
  const coverage = parseCny(d.coverageAmount, { path: ['document', 'coverageAmount'] });
  const all: Record<string, Cell> = {
    'project-name': text(d.projectName),
    'project-address': text(d.projectAddress),
    'project-category': text(d.projectCategory),
    'contract-period': period(d.contractPeriod),
    'contract-amount': { kind: 'money', value: quote.base.amount, uppercase: true },
    'insurance-period': d.insurancePeriod === undefined ? text('') : period(d.insurancePeriod),
    'insurance-plan': text(d.insurancePlan),
    'premium-rate': { kind: 'rate', value: quote.effectiveRate },
    'coverage-amount': { kind: 'money', value: coverage, uppercase: true },
    'prevention-service-plan': text(d.preventionServicePlan),
    'prevention-fee-ratio': { kind: 'rate', value: d.preventionFeeRatio },
  };
  const rule = ruleById(shipped, kind === 'letter' ? 'XZ-OPS-04' : 'XZ-OPS-05');
  const list = rule.params['requiredFields'];
  const items = list?.type === 'list' ? list.value : [];
  return [
    { label: kind === 'letter' ? '致（投保意向单位）' : '投保人', value: text(d.policyholder) },
    ...items.map((f) => ({ label: f.name.zh, value: all[f.code] ?? text('') })),
    { label: '保险费', value: { kind: 'money', value: quote.premium, uppercase: true } },
    { label: kind === 'letter' ? '报价机构' : '保险人', value: text(d.insurer) },
    { label: '日期', value: { kind: 'date', value: d.date } },
  ];
}

const isCitation = (v: unknown): boolean => z.safeParse(CitationSchema, v).success;

/**
 * A quote may arrive from JSON or be edited by a caller: check every part the letter prints, so a
 * tampered quote is a typed error rather than `NaN` in a legal document.
 */
function isXinzhouQuote(value: unknown): value is Quote {
  if (typeof value !== 'object' || value === null) return false;
  const q = value as Partial<Record<keyof Quote, unknown>>;
  const base = q.base as { amount?: unknown } | null | undefined;
  return (
    q.jurisdiction === 'xinzhou' &&
    typeof base === 'object' &&
    base !== null &&
    isCny(base.amount) &&
    isCny(q.premium) &&
    isRate(q.effectiveRate) &&
    Array.isArray(q.worksheet) &&
    q.worksheet.every(
      (s: unknown) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as { key?: unknown }).key === 'string' &&
        typeof (s as { formula?: unknown }).formula === 'string' &&
        ((s as { ruleId?: unknown }).ruleId == null ||
          typeof (s as { ruleId?: unknown }).ruleId === 'string') &&
        ((s as { citation?: unknown }).citation == null ||
          isCitation((s as { citation?: unknown }).citation)),
    )
  );
}

function build(
  givenQuote: Quote,
  givenDocument: XinzhouDocument,
  kind: 'letter' | 'schedule',
): Report {
  // Each input is read once into a plain copy: a getter cannot pass the check and then change.
  const quote = readOnce(givenQuote) as Quote;
  const document = readOnce(givenDocument);
  if (!isXinzhouQuote(quote)) {
    fail(
      ['quote'],
      'invalid_option',
      {
        detail: bi(
          'a Xinzhou quote (quotePremium with jurisdiction xinzhou) is required',
          '须为忻州报价（quotePremium，jurisdiction 为 xinzhou）',
        ),
      },
      'Quote',
    );
  }
  checkQuotePremium(quote, ['quote']);
  const d = parseWith(XinzhouDocumentSchema, document, ['document']);
  if (kind === 'schedule' && d.insurancePeriod === undefined)
    fail(['document', 'insurancePeriod'], 'invalid_option', {
      detail: bi(
        'a policy states its insurance period (XZ-OPS-05)',
        '保险单须列明保险期限（XZ-OPS-05）',
      ),
    });
  const rule = ruleById(shipped, kind === 'letter' ? 'XZ-OPS-04' : 'XZ-OPS-05');
  return deepFreeze({
    id: kind === 'letter' ? 'xinzhou-quote-letter' : 'xinzhou-policy-schedule',
    title:
      kind === 'letter'
        ? '房屋市政工程安全生产责任保险项目报价函'
        : '房屋市政工程安全生产责任保险保险单明细表',
    period: null,
    unit: d.insurer,
    header: Object.freeze(fields(quote, d, kind)),
    tables: [],
    closingLines:
      kind === 'letter'
        ? [
            '本报价函随附保险条款和理赔流程；无正当理由不得拒绝承保。',
            '事故预防技术服务为保险合同约定义务，不另行收费。',
          ]
        : [
            '保险费已一次性全额收取，不拆分缴费期限、不拆分保单。',
            '事故预防技术服务为保险合同约定义务，不另行收费。',
          ],
    footnotes: [
      {
        ruleId: rule.id,
        citation: rule.citation,
        text: bi(
          kind === 'letter'
            ? 'Every field a quote letter must state'
            : 'Every field a policy must state',
          kind === 'letter' ? '报价函应载明的全部内容' : '保险单应列明的全部内容',
        ),
      },
      ...quote.worksheet
        .filter((s) => s.key === 'premium')
        .map((s) => ({
          ruleId: s.ruleId ?? 'MONEY-02',
          citation: s.citation ?? { document: 'anzexian', section: 'MONEY-02' },
          text: bi(
            `premium = contract amount × ${quote.effectiveRate.value}, ${s.formula}`,
            `保险费=合同金额×费率，${s.formula}`,
          ),
        })),
    ],
  });
}

/** A Xinzhou quote letter (报价函) stating every field of XZ-OPS-04, amounts in figures and 人民币大写. */
export const xinzhouQuoteLetter = (quote: Quote, document: XinzhouDocument): Report =>
  build(quote, document, 'letter');
/** A Xinzhou policy schedule stating every field of XZ-OPS-05, amounts in figures and 人民币大写. */
export const xinzhouPolicySchedule = (quote: Quote, document: XinzhouDocument): Report =>
  build(quote, document, 'schedule');
