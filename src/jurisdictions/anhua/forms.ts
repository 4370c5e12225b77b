import { lazySchema } from '../../_lib/lazy.js';
import * as z from 'zod/mini';
import { bi, fail } from '../../errors/errors.js';
import { profileFor } from '../../profiles/profile-for.js';
import { JurisdictionInputSchema, type Profile, type Rule } from '../../profiles/schema.js';
import { CalendarDateSchema } from '../../time/calendar-date.js';
import { deepFreeze } from '../../_lib/freeze.js';
import { parseWith } from '../../errors/zod.js';
import { ruleById } from '../../profiles/find-rule.js';
import { param } from '../../profiles/params.js';
import { anhua as shipped } from './profile.js';
import { text, type Cell, type Report } from '../../reports/model.js';

const InputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    insurer: z.string().check(z.minLength(1)),
    year: z.int().check(z.gte(2022), z.lte(2999)),
    jurisdiction: z.optional(JurisdictionInputSchema),
    asOf: z.optional(CalendarDateSchema),
  }),
);

/** The input of {@link anhuaAnnualReport}: the schema it parses with. */
export const AnhuaAnnualReportInputSchema = InputSchema;
/** The input of {@link anhuaAnnualReport}. */
export type AnhuaAnnualReportInput = z.input<typeof InputSchema>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The Anhua profile of the form: the version of `jurisdiction` in force on `asOf`, else the shipped one. */
function versionOf(q: z.output<typeof InputSchema>): Profile {
  if (q.jurisdiction === undefined) {
    if (q.asOf !== undefined)
      fail(['jurisdiction'], 'invalid_option', {
        detail: bi(
          'asOf picks a version of a jurisdiction: give jurisdiction too',
          'asOf 用于选取地区的版本：须同时给出 jurisdiction',
        ),
      });
    return shipped;
  }
  if (q.asOf === undefined) fail(['asOf'], 'invalid_date', { value: 'undefined' }, 'YYYY-MM-DD');
  const p = profileFor(q.jurisdiction, q.asOf).profile;
  if (p.id !== 'anhua')
    fail(
      ['jurisdiction'],
      'invalid_option',
      {
        detail: bi('the Anhua annual report needs the Anhua profile', '安化年度报告须使用安化档案'),
      },
      "'anhua'",
    );
  return p;
}

/** 报送对象 from AN-CAL-01's recipients: a county body named with the county (县应急管理局 → 安化县应急管理局). */
function recipientsOf(rule: Rule, county: string): string {
  const list = rule.params['recipients'];
  const names = list?.type === 'list' ? list.value.map((r) => r.name.zh) : [];
  return names
    .map((zh) => (zh.startsWith('县') && county.endsWith('县') ? county + zh.slice(1) : zh))
    .join('及');
}

const SERVICES = [
  '安全生产宣传教育培训',
  '安全风险辨识、评估和安全评价',
  '生产安全事故隐患排查',
  '安全生产标准化建设',
  '安全生产事故应急预案编制和演练',
  '安全生产科技推广应用',
];

/**
 * The skeleton of an Anhua insurer's annual submission (AN-CAL-01, 二(四)): last year's work report and
 * this year's prevention service plan, due on AN-CAL-01's `due` day of `year` (15 January), to its
 * `recipients` (the county emergency-management bureau and the sector regulators). The insurer fills in
 * the blank cells. Given `{ jurisdiction, asOf }` too (the id `'anhua'`, a `defineJurisdiction` value or
 * an Anhua profile), the version in force on `asOf`; otherwise the shipped one.
 * @throws {ValidationError} a bad input, or a jurisdiction other than Anhua
 * @throws {ProfileNotInForceError} when no version is in force on `asOf`
 */
export function anhuaAnnualReport(input: AnhuaAnnualReportInput): Report {
  const q = parseWith(InputSchema, input);
  const profile = versionOf(q);
  const rule = ruleById(profile, 'AN-CAL-01');
  const { month, day } = param(rule, 'due', 'annual-date');
  const dueDate = `${q.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const blank = text('');
  const work: Cell[][] = [
    ['承保生产经营单位数（家）'],
    ['保费收入（元）'],
    ['出险及赔付情况'],
    ['事故预防服务开展情况'],
    ['存在问题及改进措施'],
  ].map(([item]) => [text(item ?? ''), blank]);
  const plan: Cell[][] = SERVICES.map((s) => [text(s), blank, blank, blank]);
  return deepFreeze({
    id: 'anhua-annual-report',
    title: `${q.insurer}${q.year - 1}年度安全生产责任保险工作情况和${q.year}年度事故预防服务计划`,
    period: `${q.year - 1}年度 / ${q.year}年度`,
    unit: q.insurer,
    header: [
      { label: '报送单位', value: text(q.insurer) },
      { label: '报送对象', value: text(recipientsOf(rule, profile.name.zh)) },
      { label: '报送期限', value: { kind: 'date' as const, value: dueDate } },
    ],
    tables: [
      {
        id: 'work',
        caption: `一、${q.year - 1}年度工作情况`,
        columns: ['项目', '情况'],
        rows: work,
        closing: null,
        chart: null,
      },
      {
        id: 'plan',
        caption: `二、${q.year}年度事故预防服务计划`,
        columns: ['服务类别', '计划次数', '服务对象', '时间安排'],
        rows: plan,
        closing: null,
        chart: null,
      },
    ],
    closingLines: ['（书面报送）'],
    footnotes: [
      {
        ruleId: rule.id,
        citation: rule.citation,
        text: bi(
          `Due by ${day} ${MONTHS[month - 1] ?? ''} every year, in writing`,
          `每年${month}月${day}日前书面报送`,
        ),
      },
    ],
  });
}
