import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { describe } from '../_lib/describe.js';
import { bi, fail, type IssuePath } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { parseWith } from '../errors/zod.js';
import { BilingualSchema, type Citation } from '../profiles/schema.js';
import {
  CalendarDateSchema,
  dateParts,
  daysInMonth,
  fromParts,
  parseDate,
  type CalendarDate,
} from './calendar-date.js';
import { CHINA_HOLIDAY_YEARS, type HolidayYear } from './holidays-data.js';

export type { AdjustedWorkday, HolidayNotice, HolidayRange, HolidayYear } from './holidays-data.js';

/**
 * A working-day calendar of mainland China: years of holidays and adjusted working days, each as its
 * State Council notice sets them. Build one with {@link workdayCalendar}; the library ships
 * {@link CHINA_WORKDAYS} (2018–2026).
 */
export interface WorkdayCalendar {
  readonly years: readonly HolidayYear[];
}

/**
 * The shipped calendar: 2018 to 2026, from the notices of the State Council General Office
 * (国办发明电〔2017〕12号 for 2018 … 国办发明电〔2025〕7号 for 2026), deeply frozen. A day outside it is
 * `unknown`, never guessed; pass your own years with {@link workdayCalendar}.
 */
export const CHINA_WORKDAYS: WorkdayCalendar = deepFreeze({ years: CHINA_HOLIDAY_YEARS });

/** Civil Code art. 203 (民法典第二百零三条), the rule a deadline on a rest day moves under. */
export const CIVIL_CODE_ART_203: Citation = deepFreeze({
  document: '中华人民共和国民法典',
  section: '第二百零三条',
});

const NoticeSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    number: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    issued: CalendarDateSchema,
  }),
);
const HolidayYearSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    year: z.number().check(z.int(), z.gte(1001), z.lte(9998)),
    notices: z.array(NoticeSchema).check(z.minLength(1)),
    holidays: z.array(
      z.strictObject({
        name: BilingualSchema,
        from: CalendarDateSchema,
        to: CalendarDateSchema,
        notice: z.string().check(z.minLength(1)),
        text: z.optional(z.string()),
      }),
    ),
    workdays: z.array(
      z.strictObject({
        date: CalendarDateSchema,
        name: BilingualSchema,
        notice: z.string().check(z.minLength(1)),
      }),
    ),
  }),
);

/** Input of {@link workdayCalendar}: one year as its notice sets it (the shape of {@link HolidayYear}). */
export type HolidayYearInput = z.input<typeof HolidayYearSchema>;

const weekday = (date: CalendarDate): number => {
  // Sakamoto's method on the proleptic Gregorian calendar: 0 = Sunday … 6 = Saturday. No Date, no zone.
  const { year, month, day } = dateParts(date);
  const y = month < 3 ? year - 1 : year;
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4][month - 1] ?? 0;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t + day) % 7;
};

const nextDay = (date: CalendarDate): CalendarDate => {
  const { year, month, day } = dateParts(date);
  if (day < daysInMonth(year, month)) return fromParts(year, month, day + 1);
  return month < 12 ? fromParts(year, month + 1, 1) : fromParts(year + 1, 1, 1);
};

/** Whether a date belongs to a notice's year: that year, or the December before (元旦 reaching back). */
const inReach = (date: string, year: number): boolean => {
  const y = Number(date.slice(0, 4));
  return y === year || (y === year - 1 && date.slice(5, 7) === '12');
};

function checkYears(years: readonly HolidayYear[], path: IssuePath): void {
  const seen = new Map<string, string>();
  const yearsSeen = new Set<number>();
  years.forEach((y, i) => {
    if (yearsSeen.has(y.year))
      fail([...path, i, 'year'], 'invalid_option', {
        detail: bi(`year ${y.year} is given twice`, `${y.year}年重复`),
      });
    yearsSeen.add(y.year);
    const mark = (date: string, what: string, where: IssuePath): void => {
      if (!inReach(date, y.year))
        fail(where, 'invalid_option', {
          detail: bi(
            `${date} is outside ${y.year} and its previous December`,
            `${date}不在${y.year}年及上年12月内`,
          ),
        });
      const other = seen.get(date);
      if (other !== undefined && other !== what)
        fail(where, 'invalid_option', {
          detail: bi(`${date} is both a day off and a working day`, `${date}既为放假日又为上班日`),
        });
      seen.set(date, what);
    };
    y.holidays.forEach((h, j) => {
      if (h.from > h.to)
        fail([...path, i, 'holidays', j], 'invalid_option', {
          detail: bi(`${h.from} is after ${h.to}`, `起始日${h.from}晚于终止日${h.to}`),
        });
      let span = 0;
      for (let d = h.from as CalendarDate; d <= h.to; d = nextDay(d)) {
        if (++span > 31)
          fail([...path, i, 'holidays', j], 'invalid_option', {
            detail: bi('a holiday of more than 31 days', '放假超过31天'),
          });
        mark(d, 'off', [...path, i, 'holidays', j]);
      }
    });
    y.workdays.forEach((w, j) => {
      const wd = weekday(w.date as CalendarDate);
      if (wd !== 0 && wd !== 6)
        fail([...path, i, 'workdays', j, 'date'], 'invalid_option', {
          detail: bi(`${w.date} is not a Saturday or Sunday`, `${w.date}不是星期六或星期日`),
        });
      mark(w.date, 'work', [...path, i, 'workdays', j, 'date']);
    });
  });
}

const CalendarShape = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({ years: z.array(HolidayYearSchema) }),
);

/** An options object: plain data (no inherited values are read), else a typed error (internal). */
function plainOptions(value: unknown, path: IssuePath, expected: string): Record<string, unknown> {
  const proto: unknown =
    typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  if (Array.isArray(value) || (proto !== Object.prototype && proto !== null))
    fail(path, 'invalid_type', { expected }, expected);
  return value as Record<string, unknown>;
}

/** Validates a calendar that came from a caller (from JSON, say), or returns the shipped one. */
export function ensureWorkdays(value: unknown, path: IssuePath): WorkdayCalendar {
  if (value === undefined || value === CHINA_WORKDAYS) return CHINA_WORKDAYS;
  const cal = parseWith(CalendarShape, value, [...path]) as WorkdayCalendar;
  checkYears(cal.years, [...path, 'years']);
  return cal;
}

/**
 * A working-day calendar with your own years: the shipped years 2018–2026 plus `years` (a year the
 * library does not ship yet, from its notice), or `years` alone with `{ base: null }`. Each year is
 * checked: no year twice, a range's days within its year (or the December before), an adjusted working
 * day on a Saturday or Sunday, no day both off and worked. The result is deeply frozen.
 * @throws {ValidationError} a malformed year, a year given twice (a shipped year cannot be replaced
 *   without `base: null`), or one of the checks above
 * @example workdayCalendar([{ year: 2027, notices: [{ number: '国办发明电〔2026〕…号', title: '…', issued: '2026-11-01' }], holidays: [], workdays: [] }]).years.length //=> 10
 */
export function workdayCalendar(
  years: readonly HolidayYearInput[],
  options: { readonly base?: WorkdayCalendar | null } = {},
): WorkdayCalendar {
  const opts = parseWith(
    z.strictObject({ base: z.optional(z.unknown()) }),
    plainOptions(options, ['options'], '{ base?: WorkdayCalendar | null }'),
    ['options'],
  );
  const rawBase = opts.base;
  const base = rawBase === null ? null : ensureWorkdays(rawBase, ['options', 'base']);
  const own = parseWith(z.array(HolidayYearSchema), years, ['years']) as HolidayYear[];
  checkYears(own, ['years']); // paths name the caller's own entries
  own.forEach((y, i) => {
    if (base?.years.some((b) => b.year === y.year))
      fail(['years', i, 'year'], 'invalid_option', {
        detail: bi(
          `year ${y.year} is given twice (it is in the base calendar: use base: null to replace it)`,
          `${y.year}年重复（基础日历已有该年；如需替换请设 base: null）`,
        ),
      });
  });
  const all = [...(base?.years ?? []), ...own].sort((a, b) => a.year - b.year);
  checkYears(all, ['years']); // days a notice sets in the December before its year, across years
  return deepFreeze({ years: all }); // own years are fresh copies from the parse; shipped ones already frozen
}

/** What a day is in a {@link WorkdayCalendar}. */
export type DayStatus =
  | {
      readonly date: CalendarDate;
      /**
       * `workday` Monday–Friday; `weekend` Saturday or Sunday; `holiday` a day off set by a notice
       * (法定节假日 or a weekday taken off by 调休); `adjusted-workday` a weekend day worked (调休上班).
       */
      readonly kind: 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';
      /** A statutory rest day (法定休假日) in the sense of Civil Code art. 203: `weekend` or `holiday`. */
      readonly restDay: boolean;
      /** The holiday, for `holiday` and `adjusted-workday`. */
      readonly holiday?: Bilingual;
      /** The notice that set it, for `holiday` and `adjusted-workday`. */
      readonly notice?: string;
    }
  | {
      readonly date: CalendarDate;
      readonly kind: 'unknown';
      readonly restDay: null;
      /** Which year's notice is missing. */
      readonly reason: Bilingual;
    };

interface Index {
  readonly years: ReadonlySet<number>;
  readonly days: ReadonlyMap<
    string,
    { readonly off: boolean; readonly name: Bilingual; readonly notice: string }
  >;
}

function indexOf(cal: WorkdayCalendar): Index {
  const days = new Map<string, { off: boolean; name: Bilingual; notice: string }>();
  for (const y of cal.years) {
    for (const h of y.holidays)
      for (let d = h.from as CalendarDate; d <= h.to; d = nextDay(d))
        days.set(d, { off: true, name: h.name, notice: h.notice });
    for (const w of y.workdays) days.set(w.date, { off: false, name: w.name, notice: w.notice });
  }
  return { years: new Set(cal.years.map((y) => y.year)), days };
}

// The next year's notice can reach back into the last days of December: the 2019 notice made
// 2018-12-29 (a Saturday) a working day and 2018-12-30/31 days off. So from 25 December a day is known
// only when the next year is in the calendar too.
const TAIL_FROM = '12-25';

function statusIn(index: Index, date: CalendarDate): DayStatus {
  const year = Number(date.slice(0, 4));
  const missing = !index.years.has(year)
    ? year
    : date.slice(5) >= TAIL_FROM && !index.years.has(year + 1)
      ? year + 1
      : null;
  if (missing !== null) {
    return deepFreeze({
      date,
      kind: 'unknown',
      restDay: null,
      reason:
        missing === year
          ? bi(
              `no holiday notice for ${year} in the calendar: pass that year with workdayCalendar`,
              `日历中无${year}年节假日安排：请用 workdayCalendar 传入该年`,
            )
          : bi(
              `the ${missing} holiday notice is not in the calendar, and it can move days from ${year}-${TAIL_FROM} on`,
              `日历中无${missing}年节假日安排，该通知可能调整${year}-${TAIL_FROM}起的日期`,
            ),
    });
  }
  const set = index.days.get(date);
  if (set !== undefined)
    return deepFreeze({
      date,
      kind: set.off ? 'holiday' : 'adjusted-workday',
      restDay: set.off,
      holiday: set.name,
      notice: set.notice,
    });
  const wd = weekday(date);
  const weekend = wd === 0 || wd === 6;
  return deepFreeze({ date, kind: weekend ? 'weekend' : 'workday', restDay: weekend });
}

/**
 * What a day is in mainland China: a working day, a weekend, a holiday or an adjusted working day
 * (调休上班), with the notice that set it — or `unknown` when the calendar has no notice for that year
 * (and, from 25 December, for the next year, whose 元旦 arrangement can reach back). Never a guess.
 * @throws {ValidationError} `invalid_date`, or a malformed calendar
 * @example dayStatus('2020-10-05').kind //=> 'holiday'
 * @example dayStatus('2020-10-10').kind //=> 'adjusted-workday'
 * @example dayStatus('2030-01-02').kind //=> 'unknown'
 */
export function dayStatus(date: string, calendar: WorkdayCalendar = CHINA_WORKDAYS): DayStatus {
  const d = parseDate(date, ['date']);
  return statusIn(indexOf(ensureWorkdays(calendar, ['calendar'])), d);
}

/**
 * How Civil Code art. 203 is applied: `all` (the default) to periods counted in days, months or
 * years **and** to fixed due dates ("于9月25日前"); `counted-periods` to counted periods only; `off`
 * to none. See docs/reading-the-sources.md, "Deadlines on a rest day".
 */
export type Art203Mode = 'all' | 'counted-periods' | 'off';

/** How a deadline is stated: a period counted in days, months or years, or a fixed date. */
export type DeadlineForm = 'counted' | 'fixed-date';

/** A stated deadline and the last day it gives under Civil Code art. 203. */
export interface DeadlineExtension {
  /** The date the rule states (for `hours`, the stated moment). */
  readonly stated: string;
  /**
   * The last day under art. 203: `stated` when that is a working day (or the rule is not applied),
   * the first working day after the rest days when it is not; null when a needed year is unknown.
   */
  readonly due: string | null;
  /** `working-day`, `extended`, `unknown` (a needed year missing) or `not-applied`. */
  readonly status: 'working-day' | 'extended' | 'unknown' | 'not-applied';
  /** How the deadline is stated; `hours` and `term` are never extended (see the explanation). */
  readonly form: DeadlineForm | 'hours' | 'term';
  /** The rest days the stated date fell on, in order (empty unless `extended`). */
  readonly restDays: readonly CalendarDate[];
  readonly citation: Citation;
  readonly explanation: Bilingual;
}

/** Options of {@link extendDeadline} and of every function that dates a deadline. */
export interface DeadlineOptions {
  /** How art. 203 is applied (default `all`). */
  readonly art203?: Art203Mode;
  /** The working-day calendar (default {@link CHINA_WORKDAYS}). */
  readonly workdays?: WorkdayCalendar;
}

/** zod schema of {@link DeadlineOptions} (the calendar is checked by {@link ensureWorkdays}). */
export const DeadlineOptionsSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    art203: z.optional(z.enum(['all', 'counted-periods', 'off'])),
    workdays: z.optional(z.unknown()),
  }),
);

/** Validates deadline options (internal). */
export function parseDeadlineOptions(
  value: unknown,
  path: IssuePath,
): { mode: Art203Mode; calendar: WorkdayCalendar } {
  const o = parseWith(
    DeadlineOptionsSchema,
    plainOptions(value ?? {}, path, '{ art203?, workdays? }'),
    [...path],
  );
  return {
    mode: o.art203 ?? 'all',
    calendar: ensureWorkdays(o.workdays, [...path, 'workdays']),
  };
}

const MAX_REST_RUN = 60; // no notice has set more than 9 days off in a row; 60 means corrupt data

/** The extension of one stated date (internal: inputs already validated). */
export function extensionOf(
  stated: CalendarDate,
  form: DeadlineForm,
  mode: Art203Mode,
  calendar: WorkdayCalendar,
): DeadlineExtension {
  const out = (
    status: DeadlineExtension['status'],
    due: CalendarDate | null,
    restDays: CalendarDate[],
    explanation: Bilingual,
  ): DeadlineExtension =>
    deepFreeze({ stated, due, status, form, restDays, citation: CIVIL_CODE_ART_203, explanation });
  if (mode === 'off' || (mode === 'counted-periods' && form === 'fixed-date'))
    return out(
      'not-applied',
      stated,
      [],
      mode === 'off'
        ? bi('art. 203 not applied (option art203: off)', '未适用民法典第二百零三条（选项关闭）')
        : bi(
            'art. 203 not applied to a fixed due date (option art203: counted-periods)',
            '固定日期的期限不适用民法典第二百零三条（选项：仅计算期间）',
          ),
    );
  const index = indexOf(calendar);
  const rest: CalendarDate[] = [];
  let day = stated;
  for (;;) {
    const s = statusIn(index, day);
    if (s.kind === 'unknown')
      return out(
        'unknown',
        null,
        [],
        bi(
          `whether ${stated} is moved by art. 203 cannot be told: ${s.reason.en}`,
          `无法判断${stated}是否依民法典第二百零三条顺延：${s.reason.zh}`,
        ),
      );
    if (!s.restDay) break;
    rest.push(day);
    if (rest.length > MAX_REST_RUN)
      fail(['workdays'], 'invalid_option', {
        detail: bi('more than 60 rest days in a row', '连续休假超过60天'),
      });
    day = nextDay(day);
  }
  if (rest.length === 0)
    return out('working-day', stated, [], bi(`${stated} is a working day`, `${stated}为工作日`));
  const names = [
    ...new Set(
      rest.map((d) => {
        const s = statusIn(index, d);
        return s.kind === 'holiday' ? (s.holiday?.zh ?? '') : '周末';
      }),
    ),
  ].join('、');
  return out(
    'extended',
    day,
    rest,
    bi(
      `${stated} falls on a statutory rest day (${names}, ${rest[0]} to ${rest[rest.length - 1]}); under Civil Code art. 203 the last day is the day after the rest ends: ${day}`,
      `${stated}为法定休假日（${names}，${rest[0]}至${rest[rest.length - 1]}），依民法典第二百零三条以休假日结束的次日${day}为期间的最后一日`,
    ),
  );
}

/**
 * Civil Code art. 203 (民法典第二百零三条): "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间
 * 的最后一日". Gives the stated date and the last day it becomes: the stated date when it is a working
 * day; else the first day after the run of rest days — weekends and the notice's days off count as
 * rest days (法定休假日), an adjusted working Saturday (调休上班) does not. `unknown` with the missing
 * year named when the calendar cannot tell, never a guess. `form` says how the deadline is stated
 * (default `counted`); `art203` whether a fixed date is moved too (default `all`) or nothing is (`off`).
 * @throws {ValidationError} `invalid_date`, a bad option or a malformed calendar
 * @example extendDeadline('2020-10-05').due //=> '2020-10-09'
 * @example extendDeadline('2022-10-05').due //=> '2022-10-08' (a 调休 working Saturday)
 */
export function extendDeadline(
  stated: string,
  options: DeadlineOptions & { readonly form?: DeadlineForm } = {},
): DeadlineExtension {
  const d = parseDate(stated, ['stated']);
  const { form, ...rest } = plainOptions(options, ['options'], '{ form?, art203?, workdays? }');
  if (form !== undefined && form !== 'counted' && form !== 'fixed-date')
    fail(
      ['options', 'form'],
      'invalid_option',
      { detail: bi(`unknown form ${describe(form)}`, `未知的期限形式`) },
      "'counted' | 'fixed-date'",
    );
  const { mode, calendar } = parseDeadlineOptions(rest, ['options']);
  return extensionOf(d, form ?? 'counted', mode, calendar);
}

/**
 * An extension that art. 203 does not reach (internal): a period counted in hours (XZ-CLAIM-01's 24
 * hours end at the hour, art. 201 ¶2) or a term that is not a deadline to act (a policy's cover, a
 * trial period).
 */
export function notExtended(stated: string, form: 'hours' | 'term'): DeadlineExtension {
  return deepFreeze({
    stated,
    due: stated,
    status: 'not-applied',
    form,
    restDays: [],
    citation: CIVIL_CODE_ART_203,
    explanation:
      form === 'hours'
        ? bi(
            'a period counted in hours ends at its hour (art. 201 ¶2); art. 203 moves only a last day',
            '按小时计算的期间至约定时刻届满（第二百零一条第二款），不适用第二百零三条顺延',
          )
        : bi(
            'a term of cover or of validity, not a deadline to act: art. 203 does not move it',
            '保险期间或试行期限并非履行期限，不依第二百零三条顺延',
          ),
  });
}
