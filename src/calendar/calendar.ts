import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { localIn } from '../jurisdictions/local-rules.js';
import { CALENDAR } from '../jurisdictions/hooks/calendar.js';
import { readOnce } from '../_lib/plain.js';
import { bi, fail, type IssuePath } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { parseWith } from '../errors/zod.js';
import { ensureProfile } from '../profiles/ensure.js';
import { ruleById } from '../profiles/find-rule.js';
import { param } from '../profiles/params.js';
import { profileFor } from '../profiles/profile-for.js';
import { JurisdictionInputSchema, type Profile, type Rule } from '../profiles/schema.js';
import { trialPeriod } from '../profiles/trial.js';
import { CalendarDateSchema, compareValid, type CalendarDate } from '../time/calendar-date.js';
import {
  extensionOf,
  notExtended,
  parseDeadlineOptions,
  type DeadlineOptions,
} from '../time/workdays.js';
import { ev, type CalendarEvent, type Draft } from './events.js';

export type { CalendarEvent } from './events.js';

/** The result of {@link complianceCalendar}. */
export interface ComplianceCalendar {
  readonly jurisdiction: Profile['id'];
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly events: readonly CalendarEvent[];
  /** Obligations that cannot be dated (e.g. Xinzhou's trial end without an issue date). */
  readonly undated: readonly { readonly ruleId: string; readonly reason: Bilingual }[];
}

const WindowSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({ from: CalendarDateSchema, to: CalendarDateSchema }),
);

/**
 * The input of {@link complianceCalendar} in the one shape every capability takes: the jurisdiction
 * (a shipped id, a `defineJurisdiction` value or a profile), the as-of day that picks its version in
 * force, the window of days `from`–`to` (both included), and the art. 203 options.
 */
export const ComplianceCalendarInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    from: CalendarDateSchema,
    to: CalendarDateSchema,
    /** Civil Code art. 203 reading (`all` by default, `counted-periods`, `off`), as `DeadlineOptions`. */
    art203: z.optional(z.unknown()),
    /** The working-day calendar (default `CHINA_WORKDAYS`), as `DeadlineOptions`. */
    workdays: z.optional(z.unknown()),
  }),
);
/** The input of {@link complianceCalendar} (see {@link ComplianceCalendarInputSchema}). */
export type ComplianceCalendarInput = z.input<typeof ComplianceCalendarInputSchema>;

const isObjectForm = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'jurisdiction' in value;

/**
 * Every dated obligation of a profile in a window of days, each with its rule, who owes it and what:
 * Jingzhou's phases, the 2020-09-25 statistics forms, every quarterly report (5 days after each quarter
 * end, for due dates in the implementation phase: nine), the 2022-12-15 completion forms; Anhua's
 * 15 January insurer reports every year and the 2021 October inspection; Zhoushan's 2018 phases; Anhui's
 * yearly service-firm evaluations; Xinzhou's trial end once its issue date is known (else listed as
 * undated). An event is in the window if any of its days is.
 *
 * @example complianceCalendar(jingzhou, { from: '2020-01-01', to: '2022-12-31' }).events.length //=> 15
 *
 * Every deadline carries its `extension` under Civil Code art. 203 (民法典第二百零三条): Jingzhou's
 * Q3 2020 report, stated 2020-10-05 inside 国庆, is due 2020-10-09. `options.art203` chooses the
 * reading (`all` by default, `counted-periods`, `off`) and `options.workdays` the working-day calendar
 * (default `CHINA_WORKDAYS`). The window and the order use the stated dates.
 * @throws {ValidationError} a bad profile, window or option, or a window that ends before it starts
 */
export function complianceCalendar(input: ComplianceCalendarInput): ComplianceCalendar;
/** The positional form, kept for existing callers: a profile object, a window, the art. 203 options. */
export function complianceCalendar(
  profile: Profile,
  window: { from: string; to: string },
  options?: DeadlineOptions,
): ComplianceCalendar;
export function complianceCalendar(
  first: Profile | ComplianceCalendarInput,
  window?: { from: string; to: string },
  options: DeadlineOptions = {},
): ComplianceCalendar {
  if (window === undefined && isObjectForm(first)) {
    const q = parseWith(ComplianceCalendarInputSchema, readOnce(first));
    const { profile } = profileFor(q.jurisdiction, q.asOf);
    // the two options at the top level, those given only (the options schema refuses an undefined key)
    const options = Object.fromEntries(
      Object.entries({ art203: q.art203, workdays: q.workdays }).filter(([, v]) => v !== undefined),
    );
    return calendarOf(profile, q, options, []);
  }
  return calendarOf(ensureProfile(first), parseWith(WindowSchema, window, ['window']), options, [
    'window',
  ]);
}

function calendarOf(
  p: Profile,
  w: { from: CalendarDate; to: CalendarDate },
  options: unknown,
  at: IssuePath,
): ComplianceCalendar {
  if (compareValid(w.from, w.to) > 0)
    fail(
      [...at, 'to'],
      'date_range_reversed',
      { value: `${w.from} – ${w.to}`, expected: 'from ≤ to' },
      'from ≤ to',
    );
  const { mode, calendar } = parseDeadlineOptions(options, at.length === 0 ? [] : ['options']);
  const undated: ComplianceCalendar['undated'][number][] = [];
  const events: Draft[] = localIn(CALENDAR, p).calendarEvents?.(p, w.to) ?? [];
  const trial = trialPeriod(p);
  if (trial !== null) {
    if (trial.end === null)
      undated.push(Object.freeze({ ruleId: trial.ruleId, reason: trial.reason }));
    else {
      const rule = ruleById(p, trial.ruleId);
      events.push(
        ev(
          'deadline',
          trial.end,
          trial.end,
          rule,
          bi('the issuing authorities', '发文单位'),
          trialEndText(rule),
          'term',
        ),
      );
    }
  }
  const inWindow = events
    .filter((e) => compareValid(e.end, w.from) >= 0 && compareValid(e.start, w.to) <= 0)
    .sort(
      (a, b) =>
        compareValid(a.start, b.start) ||
        compareValid(a.end, b.end) ||
        a.ruleId.localeCompare(b.ruleId),
    )
    .map(({ form, ...e }): CalendarEvent => {
      if (e.kind !== 'deadline' || form === undefined) return Object.freeze(e);
      const extension =
        form === 'term' ? notExtended(e.start, 'term') : extensionOf(e.start, form, mode, calendar);
      return Object.freeze({ ...e, extension });
    });
  return Object.freeze({
    jurisdiction: p.id,
    from: w.from,
    to: w.to,
    events: Object.freeze(inWindow),
    undated: Object.freeze(undated),
  });
}

/** "end of the 1-year trial period", the length read from the rule's `trial` (XZ-TERM-01). */
function trialEndText(rule: Rule): Bilingual {
  const { value, unit } = param(rule, 'trial', 'count');
  const months = unit === 'years' ? value * 12 : value;
  return months % 12 === 0
    ? bi(`end of the ${months / 12}-year trial period`, `${months / 12}年试行期届满`)
    : bi(`end of the ${months}-month trial period`, `${months}个月试行期届满`);
}
