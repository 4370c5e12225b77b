import { lazySchema } from '../../_lib/lazy.js';
import * as z from 'zod/mini';
import { bi } from '../../errors/errors.js';
import { deepFreeze } from '../../_lib/freeze.js';
import { parseWith } from '../../errors/zod.js';
import { ruleById } from '../../profiles/find-rule.js';
import { anhua as shipped } from './profile.js';
import { text, type Cell, type Report } from '../../reports/model.js';

const InputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    insurer: z.string().check(z.minLength(1)),
    year: z.int().check(z.gte(2022), z.lte(2999)),
  }),
);

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
 * this year's prevention service plan, due by 15 January, to the county emergency-management bureau and
 * the sector regulators. The insurer fills in the blank cells.
 */
export function anhuaAnnualReport(input: {
  readonly insurer: string;
  readonly year: number;
}): Report {
  const q = parseWith(InputSchema, input);
  const rule = ruleById(shipped, 'AN-CAL-01');
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
      { label: '报送对象', value: text('安化县应急管理局及相关行业主管部门') },
      { label: '报送期限', value: { kind: 'date' as const, value: `${q.year}-01-15` } },
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
        text: bi('Due by 15 January every year, in writing', '每年1月15日前书面报送'),
      },
    ],
  });
}
