import { anhuaCalendar } from '../anhua/calendar.js';
import { anhuiCalendar } from '../anhui/calendar.js';
import { jingzhouCalendar } from '../jingzhou/calendar.js';
import type { HookTable } from '../local-rules.js';
import { zhoushanCalendar } from '../zhoushan/calendar.js';

/** The dated obligations of each jurisdiction's own document (`complianceCalendar`). */
export const CALENDAR: HookTable<'calendarEvents'> = new Map([
  ['anhui', { calendarEvents: anhuiCalendar }],
  ['jingzhou', { calendarEvents: jingzhouCalendar }],
  ['anhua', { calendarEvents: anhuaCalendar }],
  ['zhoushan', { calendarEvents: zhoushanCalendar }],
]);
