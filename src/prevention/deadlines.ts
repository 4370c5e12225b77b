import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { countOf, param } from '../profiles/params.js';
import { bi, fail } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { parseWith, zodMessage } from '../errors/zod.js';
import { ruleApplied } from '../profiles/find-rule.js';
import { governingRule } from '../profiles/national.js';
import { profileFor } from '../profiles/profile-for.js';
import {
  JurisdictionInputSchema,
  type Citation,
  type Profile,
  type Rule,
} from '../profiles/schema.js';
import { addMonths, addYears } from '../time/arithmetic.js';
import { evaluationPeriod, nextPeriod } from './evaluation.js';
import {
  CalendarDateSchema,
  compareValid,
  dateParts,
  isCalendarDate,
  type CalendarDate,
} from '../time/calendar-date.js';
import {
  extensionOf,
  notExtended,
  parseDeadlineOptions,
  type DeadlineExtension,
  type DeadlineForm,
} from '../time/workdays.js';

/** A deadline or period end computed from dates, with the rule it rests on. */
export interface Deadline {
  readonly ruleId: string;
  readonly citation: Citation;
  /** The last day (or, for XZ-CLAIM-01, the last moment) to act; null when a fact it needs is unknown. */
  readonly due: string | null;
  /** The date the period runs from. */
  readonly from: string;
  readonly explanation: Bilingual;
  /**
   * `due` is the stated date; this is the last day under Civil Code art. 203 (民法典第二百零三条) when it
   * falls on a statutory rest day, with the citation (`status: 'extended'`), or `unknown` when the
   * working-day calendar lacks a year. Null when `due` is. The 24 hours of XZ-CLAIM-01 and a policy
   * period are never moved (`not-applied`, with the reason).
   */
  readonly extension: DeadlineExtension | null;
}

// the keys every deadline input has, built on first use (no schema is made at import)
const base = () => ({
  jurisdiction: JurisdictionInputSchema,
  asOf: CalendarDateSchema,
  /** How Civil Code art. 203 is applied: `all` (default), `counted-periods` or `off`. */
  art203: z.optional(z.enum(['all', 'counted-periods', 'off'])),
  /** A working-day calendar from `workdayCalendar` (default: the shipped 2018–2026). */
  workdays: z.optional(z.unknown()),
});

/** The art. 203 extension of a stated date, with the caller's options (internal). */
function extend(
  q: { art203?: unknown; workdays?: unknown },
  due: string,
  form: DeadlineForm,
): DeadlineExtension {
  const { mode, calendar } = parseDeadlineOptions(
    {
      ...(q.art203 === undefined ? {} : { art203: q.art203 }),
      ...(q.workdays === undefined ? {} : { workdays: q.workdays }),
    },
    [],
  );
  return extensionOf(due as CalendarDate, form, mode, calendar);
}

/** Checks the options where art. 203 never applies, so a bad calendar is refused there too (internal). */
const checkOptions = (q: { art203?: unknown; workdays?: unknown }): void => {
  extend(q, '2020-01-01', 'counted');
};

// The rule a deadline applies, from the version in force of the jurisdiction asked about.
const ruleOf = (jurisdiction: unknown, asOf: CalendarDate, id: string): Rule =>
  ruleApplied(profileFor(jurisdiction as Profile, asOf).profile, id);

const deadline = (
  rule: Rule,
  from: string,
  due: string | null,
  en: string,
  zh: string,
  extension: DeadlineExtension | null,
): Deadline =>
  Object.freeze({
    ruleId: rule.id,
    citation: rule.citation,
    due,
    from,
    explanation: bi(en, zh),
    extension,
  });

const PolicyPeriodSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...base(),
    start: CalendarDateSchema,
    completionFilingDate: z.optional(CalendarDateSchema),
  }),
);

/**
 * AH-TERM-01 (一(四)): the policy covers the whole construction, by default from the policy's start to
 * the project's completion-acceptance filing date (竣工验收备案之日). Until that date is known the end is null.
 * @throws {ValidationError} a filing date before the start
 */
export function policyPeriod(input: z.input<typeof PolicyPeriodSchema>): Deadline {
  const q = parseWith(PolicyPeriodSchema, input);
  const rule = ruleOf(q.jurisdiction, q.asOf, 'AH-TERM-01');
  checkOptions(q);
  if (q.completionFilingDate !== undefined && compareValid(q.completionFilingDate, q.start) < 0) {
    fail(['completionFilingDate'], 'dates_out_of_order', {
      detail: bi('the filing date is before the policy start', '竣工验收备案日早于保险起始日'),
    });
  }
  const end = q.completionFilingDate ?? null;
  return end === null
    ? deadline(
        rule,
        q.start,
        null,
        'from the policy start to the completion-acceptance filing date, not yet known',
        '自保险起始日至竣工验收备案之日（尚未确定）',
        null,
      )
    : deadline(
        rule,
        q.start,
        end,
        `from ${q.start} to the completion-acceptance filing date ${end}`,
        `自${q.start}至竣工验收备案之日${end}`,
        notExtended(end, 'term'),
      );
}

const IssuedSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({ ...base(), policyIssued: CalendarDateSchema }),
);

/**
 * XZ-SVC-01 (六): within one month of issuing the policy the insurer fixes and registers the service
 * teams and the third-party firm. One calendar month, end-of-month clamped (issued 2025-01-31 → due
 * 2025-02-28), the corresponding day included.
 */
export function serviceTeamDeadline(input: z.input<typeof IssuedSchema>): Deadline {
  const q = parseWith(IssuedSchema, input);
  const rule = ruleOf(q.jurisdiction, q.asOf, 'XZ-SVC-01');
  const due = addMonths(q.policyIssued, countOf(rule, 'within'));
  return deadline(
    rule,
    q.policyIssued,
    due,
    `service teams registered by ${due} (one month after the policy was issued on ${q.policyIssued})`,
    `${due}前确定并登记服务团队（承保出单${q.policyIssued}后一个月内）`,
    extend(q, due, 'counted'),
  );
}

const ArchiveSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...base(),
    /** The date the 5 years run from: by default the day the archive is closed (the last service). */
    retentionFrom: CalendarDateSchema,
    /** XZ-ARCH-01: the project's completion date (the archive is also kept 2 years after it). */
    completion: z.optional(CalendarDateSchema),
  }),
);

/**
 * Archive retention: AH-ARCH-01 (二(七)) at least 5 years; XZ-ARCH-01 (六) at least 5 years **and** at
 * least 2 years after the project's completion — the later of the two. The 5 years run from
 * `retentionFrom`, an input (the sources do not say from when; the day the archive is closed is the
 * natural reading). Without the completion date a Xinzhou end is null: it cannot be earlier than the
 * 5-year date, but may be later.
 */
export function archiveRetention(input: z.input<typeof ArchiveSchema>): Deadline {
  const q = parseWith(ArchiveSchema, input);
  const { profile } = profileFor(q.jurisdiction, q.asOf);
  const rule = governingRule(profile, 'archive-retention', q.asOf);
  if (rule === null)
    fail(
      ['jurisdiction'],
      'not_set_by_jurisdiction',
      {
        detail: bi(
          `${profile.id} sets no archive retention period`,
          `${profile.id}未规定档案保存期限`,
        ),
      },
      'a jurisdiction with an archive-retention rule',
    );
  const years = countOf(rule, 'minimum');
  const five = addYears(q.retentionFrom, years);
  // XZ-ARCH-01 also keeps the archive a number of years after completion: the later date governs.
  if (!Object.hasOwn(rule.params, 'minimumAfterCompletion'))
    return deadline(
      rule,
      q.retentionFrom,
      five,
      `kept at least until ${five} (${years} years from ${q.retentionFrom})`,
      `至少保存至${five}（自${q.retentionFrom}起${years}年）`,
      extend(q, five, 'counted'),
    );
  const after = countOf(rule, 'minimumAfterCompletion');
  if (q.completion === undefined) {
    return deadline(
      rule,
      q.retentionFrom,
      null,
      `at least until ${five}, and ${after} years after completion (not given)`,
      `至少至${five}，且竣工后不少于${after}年（竣工日期未提供）`,
      null,
    );
  }
  const two = addYears(q.completion, after);
  const due = compareValid(five, two) >= 0 ? five : two;
  return deadline(
    rule,
    q.retentionFrom,
    due,
    `kept until ${due}: the later of ${five} (${years} years) and ${two} (${after} years after completion)`,
    `保存至${due}：取${five}（${years}年）与${two}（竣工后${after}年）中较晚者`,
    extend(q, due, 'counted'),
  );
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

function offsetMinutes(text: string, path: (string | number)[]): number {
  if (text === 'Z') return 0;
  const m = OFFSET.exec(text);
  const h = Number(m?.[2]);
  const min = Number(m?.[3]);
  if (m === null || h > 14 || min > 59)
    fail(
      path,
      'invalid_option',
      { detail: bi(`bad UTC offset ${text}`, `UTC偏移无效：${text}`) },
      '±HH:MM',
    );
  return (m[1] === '-' ? -1 : 1) * (h * 60 + min);
}

const ClaimSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...base(),
    /** When the accident happened: a date-time with an explicit UTC offset, e.g. `2025-06-01T22:30+08:00`. */
    accidentAt: z
      .string()
      .check(
        z.regex(
          DATE_TIME,
          zodMessage(
            'expected YYYY-MM-DDTHH:mm[:ss] with an offset (Z or ±HH:MM)',
            '应为带UTC偏移的日期时间',
          ),
        ),
      ),
    /** The offset the deadline is written in (default +08:00, China Standard Time). */
    outputOffset: z.optional(z.string()),
  }),
);

/**
 * XZ-CLAIM-01 (六): the policyholder reports an accident to the insurer within 24 hours. Takes a
 * date-time with an explicit UTC offset (a time without one is ambiguous and refused) and gives the
 * moment 24 hours later, written with `outputOffset` (default +08:00).
 * @example claimReportDeadline({ jurisdiction: 'xinzhou', asOf: '2025-06-02', accidentAt: '2025-06-01T22:30+08:00' }).due //=> '2025-06-02T22:30+08:00'
 */
export function claimReportDeadline(input: z.input<typeof ClaimSchema>): Deadline {
  const q = parseWith(ClaimSchema, input);
  const rule = ruleOf(q.jurisdiction, q.asOf, 'XZ-CLAIM-01');
  checkOptions(q);
  const m = DATE_TIME.exec(q.accidentAt);
  const [, date = '', hh = '', mm = '', ss = '00', zone = 'Z'] = m ?? [];
  if (!isCalendarDate(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) {
    fail(
      ['accidentAt'],
      'invalid_date',
      { value: JSON.stringify(q.accidentAt) },
      'YYYY-MM-DDTHH:mm±HH:MM',
    );
  }
  const inMinutes = offsetMinutes(zone, ['accidentAt']);
  const outMinutes = offsetMinutes(q.outputOffset ?? '+08:00', ['outputOffset']);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  // Pure arithmetic on an instant: no clock is read; Date is used only as a calendar calculator in UTC.
  const instant = Date.UTC(y, mo - 1, d, Number(hh), Number(mm), Number(ss)) - inMinutes * 60_000;
  // A derived profile may state the period in days, or a huge one: read its unit, and refuse a
  // deadline beyond the calendar we accept rather than print "0NaN-NaN-NaN".
  const within = rule.params['within'];
  if (within?.type !== 'count' || (within.unit !== 'hours' && within.unit !== 'days'))
    fail(
      ['jurisdiction'],
      'invalid_option',
      {
        detail: bi(
          `${rule.id} states its period in neither hours nor days`,
          `${rule.id} 的期限单位既非小时也非日`,
        ),
      },
      'a count of hours or days',
    );
  const hours = within.unit === 'days' ? within.value * 24 : within.value;
  const dueLocal = new Date(instant + hours * 3_600_000 + outMinutes * 60_000);
  if (!(dueLocal.getUTCFullYear() <= 9999))
    fail(
      ['accidentAt'],
      'out_of_range',
      {
        detail: bi(
          `the deadline (${within.value} ${within.unit} later) falls after 9999-12-31`,
          `期限（${within.value}${within.unit === 'days' ? '日' : '小时'}后）晚于9999-12-31`,
        ),
      },
      'a deadline in 1000–9999',
    );
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = outMinutes < 0 ? '-' : '+';
  const off = `${sign}${pad(Math.floor(Math.abs(outMinutes) / 60))}:${pad(Math.abs(outMinutes) % 60)}`;
  const due = `${String(dueLocal.getUTCFullYear()).padStart(4, '0')}-${pad(dueLocal.getUTCMonth() + 1)}-${pad(dueLocal.getUTCDate())}T${pad(dueLocal.getUTCHours())}:${pad(dueLocal.getUTCMinutes())}${ss === '00' ? '' : `:${pad(dueLocal.getUTCSeconds())}`}${off}`;
  return deadline(
    rule,
    q.accidentAt,
    due,
    `report to the insurer's hotline by ${due} (${within.value} ${within.unit} after the accident)`,
    `${due}前向保险机构报案（事故发生后${within.value}${within.unit === 'days' ? '日' : '小时'}内）`,
    notExtended(due, 'hours'),
  );
}

const EvaluationSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...base(),
    lastEvaluation: z.optional(CalendarDateSchema),
  }),
);

/**
 * AH-PREV-08 (二(六)): the insurer evaluates each service firm every year in a written report. Read as
 * once per calendar year (`every`: 12 months, counted from 1 January of the year the version took
 * effect): the next evaluation is due by the last day of the period after the last one (31 December
 * of the next year), or of the current period when none is on record.
 */
export function nextFirmEvaluation(input: z.input<typeof EvaluationSchema>): Deadline {
  const q = parseWith(EvaluationSchema, input);
  const { profile } = profileFor(q.jurisdiction, q.asOf);
  const rule = ruleApplied(profile, 'AH-PREV-08');
  if (q.lastEvaluation !== undefined && compareValid(q.lastEvaluation, q.asOf) > 0) {
    fail(['lastEvaluation'], 'dates_out_of_order', {
      detail: bi('the last evaluation is after the as-of date', '上次评估日期晚于查询日'),
    });
  }
  const anchor = dateParts(profile.validFrom).year;
  const period =
    q.lastEvaluation === undefined
      ? evaluationPeriod(rule, anchor, q.asOf)
      : nextPeriod(rule, anchor, evaluationPeriod(rule, anchor, q.lastEvaluation));
  const due = period.to;
  const from = q.lastEvaluation ?? period.from;
  const span = period.year === null ? `${period.from}–${period.to}` : `${period.year}`;
  return deadline(
    rule,
    from,
    due,
    `evaluate each service firm in ${span}, in writing, by ${due}`,
    `${span}${period.year === null ? '' : '年'}内（${due}前）对每家服务机构进行评估并形成书面报告`,
    extend(q, due, 'fixed-date'),
  );
}

const AnnualSchema = /* @__PURE__ */ lazySchema(() => z.strictObject({ ...base() }));

/**
 * AN-CAL-01 (二(四)): each insurer submits, by 15 January every year, last year's work report and this
 * year's prevention service plan. The next such date on or after `asOf` (15 January itself is on time).
 */
export function annualReportDue(input: z.input<typeof AnnualSchema>): Deadline {
  const q = parseWith(AnnualSchema, input);
  const rule = ruleOf(q.jurisdiction, q.asOf, 'AN-CAL-01');
  const { month, day } = param(rule, 'due', 'annual-date');
  const year = Number(q.asOf.slice(0, 4));
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const due = q.asOf.slice(5) <= mmdd ? `${year}-${mmdd}` : `${year + 1}-${mmdd}`;
  const dueYear = Number(due.slice(0, 4));
  return deadline(
    rule,
    `${dueYear - 1}-01-01`,
    due,
    `by ${due}: the ${dueYear - 1} work report and the ${dueYear} prevention service plan, in writing`,
    `${due}前书面报送${dueYear - 1}年度工作情况和${dueYear}年度事故预防服务计划`,
    extend(q, due, 'fixed-date'),
  );
}

/** The input of {@link policyPeriod}: the schema it parses with. */
export const PolicyPeriodInputSchema = PolicyPeriodSchema;
/** The input of {@link serviceTeamDeadline}: the schema it parses with. */
export const ServiceTeamDeadlineInputSchema = IssuedSchema;
/** The input of {@link archiveRetention}: the schema it parses with. */
export const ArchiveRetentionInputSchema = ArchiveSchema;
/** The input of {@link claimReportDeadline}: the schema it parses with. */
export const ClaimReportDeadlineInputSchema = ClaimSchema;
/** The input of {@link nextFirmEvaluation}: the schema it parses with. */
export const NextFirmEvaluationInputSchema = EvaluationSchema;
/** The input of {@link annualReportDue}: the schema it parses with. */
export const AnnualReportDueInputSchema = AnnualSchema;
