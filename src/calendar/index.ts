export {
  complianceCalendar,
  ComplianceCalendarInputSchema,
  type CalendarEvent,
  type ComplianceCalendar,
  type ComplianceCalendarInput,
} from './calendar.js';
export { renderIcs, type IcsOptions } from './ics.js';
