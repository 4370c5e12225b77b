import { bi } from '../../errors/errors.js';
import { date, ev, type Draft } from '../../calendar/events.js';
import { ruleById } from '../../profiles/find-rule.js';
import type { Profile } from '../../profiles/schema.js';
import type { CalendarDate } from '../../time/calendar-date.js';

/** AN-CAL-01/02: the insurers' yearly reports and the 2021 inspection. */
export function anhuaCalendar(p: Profile, to: CalendarDate): Draft[] {
  const cal1 = ruleById(p, 'AN-CAL-01');
  const cal2 = ruleById(p, 'AN-CAL-02');
  const due = cal1.params['due'];
  const mmdd =
    due?.type === 'annual-date'
      ? `${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}`
      : '01-15';
  const events = [
    ev(
      'deadline',
      date(cal2, 'deadline'),
      date(cal2, 'deadline'),
      cal2,
      bi('sector regulators', '各行业主管部门'),
      bi(
        'special enforcement inspection on 安责险 (before the end of October)',
        '开展一次投保落实安责险情况专项执法检查',
      ),
      'fixed-date', // 10月底前
    ),
  ];
  // Every year from the first 15 January after the plan, to the end of the window.
  for (let year = Number(p.validFrom.slice(0, 4)) + 1; year <= Number(to.slice(0, 4)); year++) {
    events.push(
      ev(
        'deadline',
        `${year}-${mmdd}`,
        `${year}-${mmdd}`,
        cal1,
        bi('each insurer', '各保险机构'),
        bi(
          `the ${year - 1} work report and the ${year} prevention service plan, in writing`,
          `书面报送${year - 1}年度工作情况和${year}年度事故预防服务计划`,
        ),
        'fixed-date', // 每年1月15日前
      ),
    );
  }
  return events;
}
