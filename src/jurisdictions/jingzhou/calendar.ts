import { bi } from '../../errors/errors.js';
import { date, ev, period, type Draft } from '../../calendar/events.js';
import { ruleById } from '../../profiles/find-rule.js';
import { param } from '../../profiles/params.js';
import type { Profile, Rule } from '../../profiles/schema.js';
import { addDays, quarterEnd, type Quarter } from '../../time/arithmetic.js';
import { compareValid, type CalendarDate } from '../../time/calendar-date.js';

const COUNTY_BUREAUS = bi('county, city and district housing bureaus', '各县市区住建（建设）局');

/** JZ-CAL-01..04: the plan's phases, the statistics forms, the quarterly reports and the completion forms. */
export function jingzhouCalendar(p: Profile): Draft[] {
  const cal1 = ruleById(p, 'JZ-CAL-01');
  const cal2 = ruleById(p, 'JZ-CAL-02');
  const cal3 = ruleById(p, 'JZ-CAL-03');
  const cal4 = ruleById(p, 'JZ-CAL-04');
  const survey = period(cal2, 'period');
  const implementation = period(cal3, 'period');
  const summary = period(cal4, 'period');
  const events = [
    ev(
      'phase',
      p.validFrom,
      date(cal1, 'end'),
      cal1,
      COUNTY_BUREAUS,
      bi('preparation phase: set up teams and plans', '准备阶段：成立专班，完善工作方案'),
    ),
    ev(
      'phase',
      survey.from,
      survey.to,
      cal2,
      COUNTY_BUREAUS,
      bi('survey and publicity phase', '调查摸底、宣传发动阶段'),
    ),
    ev(
      'deadline',
      date(cal2, 'formsDue'),
      date(cal2, 'formsDue'),
      cal2,
      COUNTY_BUREAUS,
      bi('statistics forms 附件2 and 附件3 to the city housing bureau', '报送附件2、附件3统计表'),
      'fixed-date', // 于9月25日前
    ),
    ev(
      'phase',
      implementation.from,
      implementation.to,
      cal3,
      COUNTY_BUREAUS,
      bi('implementation phase', '实际推行阶段'),
    ),
    ev('phase', summary.from, summary.to, cal4, COUNTY_BUREAUS, bi('summary phase', '总结阶段')),
    ev(
      'deadline',
      date(cal4, 'formsDue'),
      date(cal4, 'formsDue'),
      cal4,
      COUNTY_BUREAUS,
      bi(
        'completion forms 附件6 and 附件7 and the work summary',
        '报送附件6、附件7完成情况汇总表和工作总结',
      ),
      'fixed-date', // 于12月15日前
    ),
  ];
  return [...events, ...quarterlyReports(cal3, implementation)];
}

/**
 * JZ-CAL-03 每季度结束后5日内: within `dueDaysAfterQuarterEnd` days after each quarter ends, for every
 * due date in the implementation phase from the rule's `firstDue` (自2020年10月开始; Q3 2020, due
 * 2020-10-05, to Q3 2022, due 2022-10-05: nine reports).
 */
function quarterlyReports(
  cal3: Rule,
  implementation: { readonly from: string; readonly to: string },
): Draft[] {
  const days = param(cal3, 'dueDaysAfterQuarterEnd', 'count').value;
  const firstDue = param(cal3, 'firstDue', 'date').value;
  const out: Draft[] = [];
  for (
    let year = Number(implementation.from.slice(0, 4)) - 1;
    year <= Number(implementation.to.slice(0, 4));
    year++
  ) {
    for (const q of [1, 2, 3, 4] as Quarter[]) {
      const due = addDays(quarterEnd(year, q), days);
      if (
        compareValid(due, implementation.from as CalendarDate) >= 0 &&
        compareValid(due, firstDue) >= 0 &&
        compareValid(due, implementation.to as CalendarDate) <= 0
      )
        out.push(
          ev(
            'deadline',
            due,
            due,
            cal3,
            COUNTY_BUREAUS,
            bi(
              `quarterly progress forms 附件4 and 附件5 for Q${q} ${year}`,
              `报送${year}年第${q}季度进度报表（附件4、附件5）`,
            ),
            'counted', // 每季度结束后5日内: a period of 5 days
          ),
        );
    }
  }
  return out;
}
