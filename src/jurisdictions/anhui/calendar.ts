import { bi } from '../../errors/errors.js';
import { ev, type Draft } from '../../calendar/events.js';
import { ruleById } from '../../profiles/find-rule.js';
import type { Profile } from '../../profiles/schema.js';
import { evaluationPeriod, nextPeriod } from '../../prevention/evaluation.js';
import { compareValid, dateParts, type CalendarDate } from '../../time/calendar-date.js';

/** AH-PREV-08: each insurer's written evaluation of its service firms, once per `every` (a calendar year). */
export function anhuiCalendar(p: Profile, to: CalendarDate): Draft[] {
  const rule = ruleById(p, 'AH-PREV-08');
  const anchor = dateParts(p.validFrom).year;
  const events: Draft[] = [];
  for (
    let period = evaluationPeriod(rule, anchor, p.validFrom);
    compareValid(period.from, to) <= 0;
    period = nextPeriod(rule, anchor, period)
  ) {
    const span = period.year === null ? `${period.from}–${period.to}` : `${period.year}`;
    events.push(
      ev(
        'deadline',
        period.to,
        period.to,
        rule,
        bi('each insurer', '各保险机构'),
        bi(
          `the ${span} written evaluation of each service firm`,
          period.year === null
            ? `对各事故预防服务机构的${span}书面评估`
            : `对各事故预防服务机构的${span}年度书面评估`,
        ),
        'fixed-date', // 每年 (read: by the last day of the period, 31 December)
      ),
    );
  }
  return events;
}
