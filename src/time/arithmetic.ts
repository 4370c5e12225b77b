import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  differenceInCalendarDays,
} from 'date-fns';
import { bi, fail } from '../errors/errors.js';
import { describe } from '../_lib/describe.js';
import { dateParts, fromParts, parseDate, type CalendarDate } from './calendar-date.js';

// date-fns works on Date objects in the host's local zone. We build each one at local *noon* of the
// calendar day and read it back with local getters: no UTC parsing of "YYYY-MM-DD", and no daylight-
// saving jump (always at night) can move the day. So the result is the same in every TZ.
function toLocalNoon(date: CalendarDate): Date {
  const { year, month, day } = dateParts(date);
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(year, month - 1, day);
  return d;
}

function fromLocal(d: Date): CalendarDate {
  return fromParts(d.getFullYear(), d.getMonth() + 1, d.getDate(), ['result']);
}

const MAX_STEP = 3_660_000; // ten thousand years of days: anything beyond leaves the calendar we accept

function step(n: unknown, name: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || Math.abs(n) > MAX_STEP) {
    fail(
      [name],
      'invalid_count',
      { detail: bi(`expected a whole number, got ${describe(n)}`, `应为整数`) },
      'integer',
    );
  }
  return n;
}

/**
 * The date `n` days after `date` (negative `n` goes back). "Within 5 days after the quarter ends"
 * (JZ-CAL-03) is `addDays(quarterEnd, 5)`.
 * @throws {ValidationError} `invalid_date`, or `invalid_count` when `n` is not a whole number
 * @example addDays('2020-09-30', 5) //=> '2020-10-05'
 */
export function addDays(date: CalendarDate, n: number): CalendarDate {
  return fromLocal(addDaysFns(toLocalNoon(parseDate(date, ['date'])), step(n, 'n')));
}

/**
 * The date `n` calendar months after `date`, clamped to the end of a shorter month
 * (2021-01-31 + 1 month → 2021-02-28). Negative `n` goes back.
 * @throws {ValidationError} `invalid_date`, or `invalid_count` when `n` is not a whole number
 * @example addMonths('2021-01-31', 1) //=> '2021-02-28'
 */
export function addMonths(date: CalendarDate, n: number): CalendarDate {
  return fromLocal(addMonthsFns(toLocalNoon(parseDate(date, ['date'])), step(n, 'n')));
}

/**
 * The date `n` years after `date` (12·n months, so 29 February clamps to the 28th).
 * "Archives kept at least 5 years" (AH-ARCH-01) ends on `addYears(start, 5)`.
 * @example addYears('2024-02-29', 1) //=> '2025-02-28'
 */
export const addYears = (date: CalendarDate, n: number): CalendarDate =>
  addMonths(date, step(n, 'n') * 12);

/**
 * Days from `from` to `to` (positive when `to` is later).
 * @example daysBetween('2020-08-01', '2020-08-07') //=> 6
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(
    toLocalNoon(parseDate(to, ['to'])),
    toLocalNoon(parseDate(from, ['from'])),
  );
}

/** A quarter of a year: 1 (Jan–Mar) to 4 (Oct–Dec). */
export type Quarter = 1 | 2 | 3 | 4;

/**
 * The quarter a date falls in.
 * @example quarterOf('2020-09-30') //=> { year: 2020, quarter: 3 }
 */
export function quarterOf(date: CalendarDate): {
  readonly year: number;
  readonly quarter: Quarter;
} {
  const { year, month } = dateParts(parseDate(date, ['date']));
  return Object.freeze({ year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter });
}

/**
 * The last day of a quarter.
 * @throws {ValidationError} `invalid_count` for a quarter other than 1–4 or a year outside 1000–9999
 * @example quarterEnd(2020, 3) //=> '2020-09-30'
 */
export function quarterEnd(year: number, quarter: Quarter): CalendarDate {
  if (!([1, 2, 3, 4] as unknown[]).includes(quarter)) {
    fail(
      ['quarter'],
      'invalid_count',
      { detail: bi(`quarter must be 1–4, got ${describe(quarter)}`, `季度应为1–4`) },
      '1 | 2 | 3 | 4',
    );
  }
  const month = quarter * 3;
  return fromParts(step(year, 'year'), month, month === 6 || month === 9 ? 30 : 31, ['year']);
}
