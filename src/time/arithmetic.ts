import { bi, fail } from '../errors/errors.js';
import { describe } from '../_lib/describe.js';
import {
  dateParts,
  daysInMonth,
  fromParts,
  parseDate,
  type CalendarDate,
} from './calendar-date.js';

// Calendar-date arithmetic on whole numbers only: a date becomes its day number (days since
// 1970-01-01 in the proleptic Gregorian calendar) and back, with no Date object, so the host's time
// zone is never consulted. A Date built in the local zone is wrong where a zone skipped a calendar day
// (Pacific/Kiritimati lost 1994-12-31, Pacific/Apia lost 2011-12-30). The two conversions are Howard
// Hinnant's days_from_civil / civil_from_days, exact for every year we accept (1000–9999).

/** Days from 1970-01-01 to the given civil date (negative before it). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // 0–399
  const mp = (month + 9) % 12; // March = 0 … February = 11
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1; // 0–365
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // 0–146096
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (the inverse of {@link dayNumber}). */
export function civilOf(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // 0–146096
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  ); // 0–399
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // 0–365
  const mp = Math.floor((5 * doy + 2) / 153); // 0–11
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const toDayNumber = (date: CalendarDate): number => {
  const { year, month, day } = dateParts(date);
  return dayNumber(year, month, day);
};

function fromDayNumber(n: number): CalendarDate {
  const { year, month, day } = civilOf(n);
  return fromParts(year, month, day, ['result']);
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
  const from = parseDate(date, ['date']);
  return fromDayNumber(toDayNumber(from) + step(n, 'n'));
}

/**
 * The date `n` calendar months after `date`, clamped to the end of a shorter month
 * (2021-01-31 + 1 month → 2021-02-28). Negative `n` goes back.
 * @throws {ValidationError} `invalid_date`, or `invalid_count` when `n` is not a whole number
 * @example addMonths('2021-01-31', 1) //=> '2021-02-28'
 */
export function addMonths(date: CalendarDate, n: number): CalendarDate {
  const { year, month, day } = dateParts(parseDate(date, ['date']));
  const months = year * 12 + (month - 1) + step(n, 'n');
  const y = Math.floor(months / 12);
  const m = months - y * 12 + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)), ['result']);
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
  const b = parseDate(to, ['to']);
  const a = parseDate(from, ['from']);
  return toDayNumber(b) - toDayNumber(a);
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
