import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { zodMessage } from '../errors/zod.js';
import { CalendarDateSchema } from '../time/calendar-date.js';
import { parsePath } from './path.js';

/**
 * The capabilities a case may call, each with the jurisdiction and the as-of date the case gives: most
 * take `{ jurisdiction, asOf, ...input }`; `coverageStatus`, `classifyUnit`, `complianceCalendar`,
 * `trialPeriod` and the Jingzhou forms `jingzhouAnnex1`…`7` take the profile in force on `asOf`
 * (the quarterly forms 4–5 count on their quarter's last day); `toChineseUppercase` (MONEY-07, a
 * convention of every jurisdiction) takes `{ amount }`, reads no jurisdiction, and gives `{ text }`.
 */
export const CASE_CALLS = [
  'quotePremium',
  'checkQuote',
  'checkInsurer',
  'checkInsurerPool',
  'checkServiceFirm',
  'checkQuoteLetter',
  'checkPolicy',
  'checkApplication',
  'checkProject',
  'checkEnterprise',
  'preventionBudget',
  'checkPreventionLedger',
  'requiredServices',
  'checkServiceDelivery',
  'policyPeriod',
  'serviceTeamDeadline',
  'archiveRetention',
  'claimReportDeadline',
  'nextFirmEvaluation',
  'annualReportDue',
  'coverageStatus',
  'classifyUnit',
  'complianceCalendar',
  'splitPremium',
  'trialPeriod',
  'jingzhouAnnex1',
  'jingzhouAnnex2',
  'jingzhouAnnex3',
  'jingzhouAnnex4',
  'jingzhouAnnex5',
  'jingzhouAnnex6',
  'jingzhouAnnex7',
  'toChineseUppercase',
] as const;

/** A capability a case may call. */
export type CaseCall = (typeof CASE_CALLS)[number];

const text = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.trim(), z.minLength(1, zodMessage('must not be empty', '不得为空'))),
);

const RuleIdSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .check(
      z.regex(
        /^[A-Z][A-Z0-9]*-[A-Z0-9]+(?:-[A-Z0-9]+)*$/,
        zodMessage('a rule ID such as AH-RATE-03', '规则编号，如 AH-RATE-03'),
      ),
    ),
);

const PathKey = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .check(
      z.refine(
        (p) => parsePath(p) !== null,
        zodMessage(
          'a result path such as premium, criteria[0].status or criteria[ruleId=AH-SCOPE-01].status',
          '结果路径，如 premium、criteria[0].status 或 criteria[ruleId=AH-SCOPE-01].status',
        ),
      ),
    ),
);

const plainObject = /* @__PURE__ */ lazySchema(() => z.record(z.string(), z.unknown()));

/** A value JSON can write: what a case may expect (never `undefined`, NaN, a function or a class instance). */
function isJson(v: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!isJson(v[i], depth + 1)) return false;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(v).every((x) => isJson(x, depth + 1));
}

const JsonValue = /* @__PURE__ */ lazySchema(() =>
  z
    .unknown()
    .check(
      z.refine(
        isJson,
        zodMessage(
          'a JSON value: text, a finite number, true/false, null, a list or a map of them',
          'JSON 值：文本、有限数字、true/false、null，或由它们组成的列表、映射',
        ),
      ),
    ),
);

/**
 * One case: a rule, the clause it rests on (quoted from the source), the call, its input, the expected
 * values (paths into the result; only the fields the case proves) — or the refusal it expects — and
 * one line of hand arithmetic or reasoning.
 */
export const CaseSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      id: text,
      rule: RuleIdSchema,
      clause: text,
      asOf: CalendarDateSchema,
      call: z.enum(CASE_CALLS),
      /** A shipped jurisdiction id for this case (else the file's). */
      jurisdiction: z.optional(text),
      /** A patch for `deriveProfile` applied to the profile in force on `asOf`: a what-if version. */
      derive: z.optional(plainObject),
      input: z.optional(plainObject),
      expect: z.optional(z.record(PathKey, JsonValue)),
      /** The code of the refusal the call must throw (the error's code or one of its issue codes). */
      throws: z.optional(text),
      why: text,
    })
    .check(
      z.refine(
        (c) => (c.expect === undefined) !== (c.throws === undefined),
        zodMessage('give either expect or throws, not both', 'expect 与 throws 须二选一'),
      ),
      z.refine(
        (c) => c.expect === undefined || Object.keys(c.expect).length > 0,
        zodMessage('expect names at least one result path', 'expect 至少列出一个结果路径'),
      ),
      z.refine(
        (c) => c.input === undefined || !('jurisdiction' in c.input || 'asOf' in c.input),
        zodMessage(
          'input must not set jurisdiction or asOf: the case gives them',
          'input 不得含 jurisdiction 或 asOf：由案例本身给出',
        ),
      ),
    ),
);

/** A case as written in a case file. */
export type Case = z.input<typeof CaseSchema>;

/** A case file: an optional default jurisdiction, and the cases. */
export const CaseFileSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The shipped jurisdiction the cases run under unless a case or the caller names another. */
    jurisdiction: z.optional(text),
    /** What the table covers, for the reader. */
    title: z.optional(z.string()),
    cases: z
      .array(z.unknown())
      .check(z.minLength(1, zodMessage('at least one case', '至少一个案例'))),
  }),
);

/** A case file as written: `{ jurisdiction?, title?, cases }`. */
export interface CaseFile {
  readonly jurisdiction?: string;
  readonly title?: string;
  readonly cases: readonly Case[];
}
