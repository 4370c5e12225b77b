// One table of local rules, built from each jurisdiction's `hooks.ts` (its export `calendar`). A standalone
// build for one jurisdiction replaces this module with that jurisdiction's entry alone
// (`scripts/standalone-plugin.ts`): keep the shape `export const NAME = new Map([...])`.

import * as anhua from '../anhua/hooks.js';
import * as anhui from '../anhui/hooks.js';
import * as jingzhou from '../jingzhou/hooks.js';
import * as zhoushan from '../zhoushan/hooks.js';
import type { HookTable } from '../local-rules.js';

/** The dated obligations of each jurisdiction's own document (`complianceCalendar`). */
export const CALENDAR: HookTable<'calendarEvents'> = new Map([
  ['anhui', anhui.calendar],
  ['jingzhou', jingzhou.calendar],
  ['anhua', anhua.calendar],
  ['zhoushan', zhoushan.calendar],
]);
