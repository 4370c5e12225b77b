export { complianceCalendar, type CalendarEvent, type ComplianceCalendar } from './calendar.js';
export { renderIcs, type IcsOptions } from './ics.js';
