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
