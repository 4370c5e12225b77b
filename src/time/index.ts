export {
  CalendarDateSchema,
  compareDates,
  daysInMonth,
  isCalendarDate,
  parseDate,
  type CalendarDate,
} from './calendar-date.js';
export {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  quarterEnd,
  quarterOf,
  type Quarter,
} from './arithmetic.js';
export {
  CHINA_WORKDAYS,
  CIVIL_CODE_ART_203,
  dayStatus,
  extendDeadline,
  workdayCalendar,
  type AdjustedWorkday,
  type Art203Mode,
  type DayStatus,
  type DeadlineExtension,
  type DeadlineForm,
  type DeadlineOptions,
  type HolidayNotice,
  type HolidayRange,
  type HolidayYear,
  type HolidayYearInput,
  type WorkdayCalendar,
} from './workdays.js';
export { CHINA_HOLIDAY_YEARS } from './holidays-data.js';
