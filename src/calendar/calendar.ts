import * as z from 'zod/mini';
import { param } from '../profiles/params.js';
import { bi, fail } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { parseWith } from '../errors/zod.js';
import { ensureProfile } from '../profiles/ensure.js';
import { ruleById } from '../profiles/find-rule.js';
import type { Citation, Profile, Rule } from '../profiles/schema.js';
import { trialPeriod } from '../profiles/trial.js';
import { addDays, quarterEnd, type Quarter } from '../time/arithmetic.js';
import { CalendarDateSchema, compareValid, type CalendarDate } from '../time/calendar-date.js';
import {
  extensionOf,
  notExtended,
  parseDeadlineOptions,
  type DeadlineExtension,
  type DeadlineForm,
  type DeadlineOptions,
} from '../time/workdays.js';

/** One dated obligation: a deadline (`start` = `end`) or a phase (a span of days, both ends included). */
export interface CalendarEvent {
  readonly kind: 'deadline' | 'phase';
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly ruleId: string;
  readonly citation: Citation;
  /** Who owes it. */
  readonly owner: Bilingual;
  /** What is due, or what the phase is. */
  readonly what: Bilingual;
  /**
   * For a deadline: the stated date (`start`) and the last day under Civil Code art. 203 when it falls
   * on a rest day (`extension.due`), with the citation; `unknown` when the working-day calendar lacks
   * a year it needs. Phases have none.
   */
  readonly extension?: DeadlineExtension;
}

/** The result of {@link complianceCalendar}. */
export interface ComplianceCalendar {
  readonly jurisdiction: Profile['id'];
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly events: readonly CalendarEvent[];
  /** Obligations that cannot be dated (e.g. Xinzhou's trial end without an issue date). */
  readonly undated: readonly { readonly ruleId: string; readonly reason: Bilingual }[];
}

const WindowSchema = z.strictObject({ from: CalendarDateSchema, to: CalendarDateSchema });

/** An event before its art. 203 extension is known: how its deadline is stated (internal). */
type Draft = Omit<CalendarEvent, 'extension'> & { readonly form?: DeadlineForm | 'term' };

const ev = (
  kind: CalendarEvent['kind'],
  start: string,
  end: string,
  rule: Rule,
  owner: Bilingual,
  what: Bilingual,
  form?: DeadlineForm | 'term',
): Draft => ({
  kind,
  start: start as CalendarDate,
  end: end as CalendarDate,
  ruleId: rule.id,
  citation: rule.citation,
  owner,
  what,
  ...(form === undefined ? {} : { form }),
});

const period = (rule: Rule, name: string): { from: string; to: string } =>
  param(rule, name, 'period').value;
const date = (rule: Rule, name: string): string => param(rule, name, 'date').value;

const COUNTY_BUREAUS = bi('county, city and district housing bureaus', '各县市区住建（建设）局');

function jingzhou(p: Profile): Draft[] {
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
  // 每季度结束后5日内: within 5 days after each quarter ends, from October 2020, for every due date in the
  // implementation phase (Q3 2020, due 2020-10-05, to Q3 2022, due 2022-10-05: nine reports).
  const days = param(cal3, 'dueDaysAfterQuarterEnd', 'count').value;
  // 自2020年10月开始: the first report is the one due on the rule's firstDue, not any earlier one
  const firstDue = param(cal3, 'firstDue', 'date').value;
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
      ) {
        events.push(
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
  }
  return events;
}

function anhua(p: Profile, to: CalendarDate): Draft[] {
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

function zhoushan(p: Profile): Draft[] {
  const cal = ruleById(p, 'ZS-CAL-01');
  const owner = bi(
    'county governments, function-zone committees and city departments',
    '各县（区）政府、功能区管委会及市级有关部门',
  );
  return [
    [
      'mobilisation',
      bi(
        'mobilisation: survey and register units that must insure',
        '组织动员阶段：调查摸底、登记建档',
      ),
    ],
    [
      'implementation',
      bi(
        'implementation: select insurers, insure the sectors',
        '推行实施阶段：比选承保单位、全面推行',
      ),
    ],
    ['evaluation', bi('evaluation and summary', '总结评估阶段')],
  ].map(([name, what]) => {
    const span = period(cal, name as string);
    return ev('phase', span.from, span.to, cal, owner, what as Bilingual);
  });
}

function anhui(p: Profile, to: CalendarDate): Draft[] {
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

/**
 * Every dated obligation of a profile in a window of days, each with its rule, who owes it and what:
 * Jingzhou's phases, the 2020-09-25 statistics forms, every quarterly report (5 days after each quarter
 * end, for due dates in the implementation phase: nine), the 2022-12-15 completion forms; Anhua's
 * 15 January insurer reports every year and the 2021 October inspection; Zhoushan's 2018 phases; Anhui's
 * yearly service-firm evaluations; Xinzhou's trial end once its issue date is known (else listed as
 * undated). An event is in the window if any of its days is.
 *
 * @example complianceCalendar(jingzhou, { from: '2020-01-01', to: '2022-12-31' }).events.length //=> 15
 *
 * Every deadline carries its `extension` under Civil Code art. 203 (民法典第二百零三条): Jingzhou's
 * Q3 2020 report, stated 2020-10-05 inside 国庆, is due 2020-10-09. `options.art203` chooses the
 * reading (`all` by default, `counted-periods`, `off`) and `options.workdays` the working-day calendar
 * (default `CHINA_WORKDAYS`). The window and the order use the stated dates.
 * @throws {ValidationError} a bad profile, window or option, or a window that ends before it starts
 */
export function complianceCalendar(
  profile: Profile,
  window: { from: string; to: string },
  options: DeadlineOptions = {},
): ComplianceCalendar {
  const p = ensureProfile(profile);
  const w = parseWith(WindowSchema, window, ['window']);
  if (compareValid(w.from, w.to) > 0)
    fail(['window'], 'invalid_option', {
      detail: bi('the window ends before it starts', '时间窗口终止日早于起始日'),
    });
  const { mode, calendar } = parseDeadlineOptions(options, ['options']);
  const undated: ComplianceCalendar['undated'][number][] = [];
  let events: Draft[] = [];
  if (p.id === 'jingzhou') events = jingzhou(p);
  else if (p.id === 'anhua') events = anhua(p, w.to);
  else if (p.id === 'zhoushan') events = zhoushan(p);
  else if (p.id === 'anhui') events = anhui(p, w.to);
  const trial = trialPeriod(p);
  if (trial !== null) {
    if (trial.end === null)
      undated.push(Object.freeze({ ruleId: trial.ruleId, reason: trial.reason }));
    else {
      const rule = ruleById(p, trial.ruleId);
      events.push(
        ev(
          'deadline',
          trial.end,
          trial.end,
          rule,
          bi('the issuing authorities', '发文单位'),
          bi('end of the 1-year trial period', '1年试行期届满'),
          'term',
        ),
      );
    }
  }
  const inWindow = events
    .filter((e) => compareValid(e.end, w.from) >= 0 && compareValid(e.start, w.to) <= 0)
    .sort(
      (a, b) =>
        compareValid(a.start, b.start) ||
        compareValid(a.end, b.end) ||
        a.ruleId.localeCompare(b.ruleId),
    )
    .map(({ form, ...e }): CalendarEvent => {
      if (e.kind !== 'deadline' || form === undefined) return Object.freeze(e);
      const extension =
        form === 'term' ? notExtended(e.start, 'term') : extensionOf(e.start, form, mode, calendar);
      return Object.freeze({ ...e, extension });
    });
  return Object.freeze({
    jurisdiction: p.id,
    from: w.from,
    to: w.to,
    events: Object.freeze(inWindow),
    undated: Object.freeze(undated),
  });
}
