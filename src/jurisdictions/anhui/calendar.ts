import { bi } from '../../errors/errors.js';
import { ev, type Draft } from '../../calendar/events.js';
import { ruleById } from '../../profiles/find-rule.js';
import type { Profile } from '../../profiles/schema.js';
import type { CalendarDate } from '../../time/calendar-date.js';

/** AH-PREV-08: each insurer's yearly written evaluation of its service firms. */
export function anhuiCalendar(p: Profile, to: CalendarDate): Draft[] {
  const rule = ruleById(p, 'AH-PREV-08');
  const events: Draft[] = [];
  for (let year = Number(p.validFrom.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    events.push(
      ev(
        'deadline',
        `${year}-12-31`,
        `${year}-12-31`,
        rule,
        bi('each insurer', '各保险机构'),
        bi(
          `the ${year} written evaluation of each service firm`,
          `对各事故预防服务机构的${year}年度书面评估`,
        ),
        'fixed-date', // 每年 (read: by 31 December)
      ),
    );
  }
  return events;
}
