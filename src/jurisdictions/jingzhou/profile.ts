// 荆州市 — 荆州市住房和城乡建设局《关于印发〈荆州市建筑施工领域强制推行安全生产责任保险实施方案〉的通知》
// (2020-08-07), under 鄂政办发〔2020〕16号. The notice has no document number: it is cited by a short title.
// Two slips in the source are corrected here, as data (JZ-CAL-02 and JZ-CAL-04).
import { deepFreeze } from '../../_lib/freeze.js';
import { parseDate } from '../../time/calendar-date.js';
import { param, rulesOf } from '../../profiles/build.js';
import type { Profile } from '../../profiles/schema.js';
import { INSURER_BASES } from '../sectors.js';

const DOC = '荆州市建筑施工领域强制推行安责险实施方案（2020-08-07）';
const rule = rulesOf(DOC);

const PROGRESS_COLUMNS = ['序号', '企业类别', '总数量', '完成数量', '完成率（%）'];
const PROJECT_PROGRESS_COLUMNS = ['序号', '项目类别', '总数量', '完成数量', '完成率（%）'];
const ENTERPRISE_ROWS = [
  ['1', '纳入统计建筑施工企业'],
  ['2', '未纳入统计建筑施工企业'],
];
const PROJECT_ROWS = [
  ['1', '房建项目'],
  ['2', '市政项目'],
];

/** Jingzhou City (Hubei): mandatory 安责险 in construction, phased 2020–2022. */
export const jingzhou: Profile = deepFreeze({
  id: 'jingzhou',
  version: '2020-08-07',
  name: { zh: '荆州市', en: 'Jingzhou City (Hubei)' },
  level: 'city',
  parent: 'hubei',
  nationalBasis: 'national-2017',
  document: {
    number: null,
    title: {
      zh: '关于印发《荆州市建筑施工领域强制推行安全生产责任保险实施方案》的通知',
      en: 'Notice issuing the Jingzhou plan for mandatory work-safety liability insurance in construction',
    },
    issuers: ['荆州市住房和城乡建设局'],
    issued: parseDate('2020-08-07'),
    inForceFrom: parseDate('2020-08-07'),
    inForceUntil: null,
    supersedes: [],
    implements: ['鄂政办发〔2020〕16号'],
    source: 'jingzhou-2020-construction-notice.txt',
  },
  validFrom: parseDate('2020-08-07'),
  validUntil: null,
  scope: {
    sectors: [
      {
        code: 'construction',
        name: {
          zh: '建筑施工（资质建筑施工企业）',
          en: 'Construction (qualified construction enterprises)',
        },
        status: 'mandatory',
      },
    ],
    projectKinds: [
      {
        code: 'housing',
        name: { zh: '新开工房屋建筑工程', en: 'Newly started housing works' },
        status: 'mandatory',
        from: parseDate('2020-08-01'),
      },
      {
        code: 'municipal',
        name: { zh: '新开工市政基础设施工程', en: 'Newly started municipal works' },
        status: 'mandatory',
        from: parseDate('2020-08-01'),
      },
    ],
    note: {
      zh: '项目义务自2020年8月1日起（早于通知日期2020年8月7日）；企业分年度推行，2022年底全覆盖。',
      en: 'The project obligation starts 2020-08-01 (before the notice date 2020-08-07); enterprises are phased in, all by the end of 2022.',
    },
  },
  pricing: {
    baseKinds: INSURER_BASES,
    referenceRateRule: null,
    bandRule: null,
    floatDirectionRule: null,
    note: {
      zh: '方案未设费率或计费基数：项目按合同价款，企业按保险机构自定基数；须提供保险机构的费率。',
      en: "The plan sets no rate or base: projects use the contract price, enterprises the insurer's own base; a quote needs the insurer's rate.",
    },
  },
  warnings: [],
  rules: [
    // 一、工作目标
    rule(
      'JZ-SCOPE-01',
      'check',
      '一',
      '自2020年8月1日起，全市新开工的房屋建筑和市政基础设施工程项目全面实施安责险。',
      'From 2020-08-01 every newly started housing/municipal project must be insured.',
      {
        params: { startedOnOrAfter: param.date('2020-08-01') },
        effectiveFrom: '2020-08-01',
        families: ['mandatory-scope'],
      },
    ),
    rule(
      'JZ-SCOPE-02',
      'check',
      '一, 四(二)',
      '资质建筑施工企业必须购买安责险，分年度推行，到2022年底全覆盖。',
      'Every qualified construction enterprise must buy 安责险; phased by year, full coverage by the end of 2022.',
      {
        params: { fullCoverageBy: param.date('2022-12-31') },
        note: [
          '一“全市建筑施工企业分年度、按计划稳步推行，到2022年底实现全覆盖”：推行期内单个企业的投保义务不单独到期，进度以年度目标（JZ-TGT-01）考核；至2022年12月31日（年底当日）每个资质建筑施工企业均须已投保。',
          '一 ("分年度、按计划稳步推行，到2022年底实现全覆盖"): during the phase-in no single enterprise is individually due — progress is measured by the yearly targets (JZ-TGT-01); on the year-end day 2022-12-31 and after, every qualified construction enterprise must be insured.',
        ],
      },
    ),
    // 四(二)
    rule(
      'JZ-COVER-01',
      'check',
      '四(二)',
      '覆盖全体从业人员（含被派遣劳动者和实习生）。',
      'Cover all workers, including dispatched workers and interns.',
      {
        params: {
          includes: param.list([
            ['dispatched-workers', '被派遣劳动者', 'dispatched workers'],
            ['interns', '实习生', 'interns'],
          ]),
        },
        families: ['all-workers-covered'],
      },
    ),
    rule(
      'JZ-COST-01',
      'check',
      '四(二)',
      '保费由生产经营单位缴纳，不得摊派给从业人员。',
      'The enterprise pays the premium; never passed on to workers.',
      { families: ['premium-paid-by-unit'] },
    ),
    rule(
      'JZ-INS-01',
      'check',
      '四(二)',
      '不得强制购买其他商业保险或提出其他附加条件。',
      'The insurer must not force other insurance or add conditions.',
    ),
    // 附件1 目标任务表
    rule(
      'JZ-TGT-01',
      'check',
      '附件1',
      '建筑施工企业参保率：纳入统计2020年50%、2021年80%、2022年100%；未纳入统计30%、50%、100%。',
      'Enterprise coverage targets by year end: included in statistics 50/80/100%; not included 30/50/100% (2020/2021/2022).',
      {
        params: {
          targets: param.targets([
            ['enterprises-in-statistics', 2020, '2020-12-31', '50'],
            ['enterprises-in-statistics', 2021, '2021-12-31', '80'],
            ['enterprises-in-statistics', 2022, '2022-12-31', '100'],
            ['enterprises-not-in-statistics', 2020, '2020-12-31', '30'],
            ['enterprises-not-in-statistics', 2021, '2021-12-31', '50'],
            ['enterprises-not-in-statistics', 2022, '2022-12-31', '100'],
          ]),
        },
        note: [
          '目标按年底考核；2022年后100%目标继续有效。',
          'Targets are measured at each year end; after 2022 the 100% target stays.',
        ],
      },
    ),
    rule(
      'JZ-TGT-02',
      'check',
      '附件1, 一',
      '新开工房屋市政工程项目参保率100%，自2020年8月1日起适用：此后开工而未投保的项目在任何之后的日期均为未履行的义务。',
      'Newly started housing/municipal projects: 100%, in force from 2020-08-01; an uninsured project started on or after that day is a missed obligation on every later date, not "behind" a year-end target.',
      {
        params: {
          targets: param.targets([
            ['new-projects-housing', 2020, '2020-08-01', '100'],
            ['new-projects-municipal', 2020, '2020-08-01', '100'],
          ]),
        },
        note: [
          '附件1对项目只给一个100%；正文一“自2020年8月1日起，全市新开工的房屋建筑和市政基础设施工程项目全面实施安责险”使其自2020年8月1日起即适用（而非2020年底）。以原文为准。',
          'Annex 1 gives one 100% figure for projects; the body, 一 ("自2020年8月1日起，全市新开工的…项目全面实施安责险"), puts it in force from 2020-08-01, not at the end of 2020. The source wins.',
        ],
      },
    ),
    // 三、步骤计划
    rule(
      'JZ-CAL-01',
      'date',
      '三(一)',
      '准备阶段：2020年8月10日前。',
      'Preparation phase ends 2020-08-10.',
      {
        params: { end: param.date('2020-08-10') },
      },
    ),
    rule(
      'JZ-CAL-02',
      'date',
      '三(二)',
      '调查摸底、宣传发动阶段：2020年8月10日至9月30日；统计表（附件2、3）9月25日前报送。',
      'Survey phase 2020-08-10 to 2020-09-30; statistics forms (附件2, 附件3) due 2020-09-25.',
      {
        params: {
          period: param.period('2020-08-10', '2020-09-30'),
          formsDue: param.date('2020-09-25'),
        },
        corrections: [
          {
            parameter: 'period.to',
            sourceText: '9月31日',
            reading: '2020-09-30',
            reason: {
              zh: '9月没有31日，按9月最后一日（30日）理解。',
              en: 'September has no 31st: read as its last day, the 30th.',
            },
          },
        ],
      },
    ),
    rule(
      'JZ-CAL-03',
      'date',
      '三(三), 附件4-5',
      '实际推行阶段：2020年10月1日至2022年11月30日；每季度结束后5日内报送季度报表，自2020年10月开始。',
      'Implementation 2020-10-01 to 2022-11-30; quarterly forms due within 5 days after each quarter ends, from October 2020 (first due 2020-10-05).',
      {
        params: {
          period: param.period('2020-10-01', '2022-11-30'),
          dueDaysAfterQuarterEnd: param.count(5, 'days'),
          firstDue: param.date('2020-10-05'),
        },
      },
    ),
    rule(
      'JZ-CAL-04',
      'date',
      '三(四), 附件6-7',
      '总结阶段：2022年12月1日至12月31日；完成情况汇总表和工作总结2022年12月15日前报送。',
      'Summary phase 2022-12-01 to 2022-12-31; completion forms and summary due 2022-12-15.',
      {
        params: {
          period: param.period('2022-12-01', '2022-12-31'),
          formsDue: param.date('2022-12-15'),
        },
        corrections: [
          {
            parameter: 'formsDue',
            sourceText: '2020年12月15日',
            reading: '2022-12-15',
            reason: {
              zh: '正文写2020年12月15日，与总结阶段（2022年12月）及附件6、7“2022年12月15日前”矛盾，按2022年12月15日理解。',
              en: 'The main text says 2020-12-15, contradicting the summary phase (December 2022) and annexes 6–7 ("before 2022-12-15"): read as 2022-12-15.',
            },
          },
        ],
      },
    ),
    // 附件1–7 报表
    rule(
      'JZ-RPT-01',
      'calc',
      '附件1',
      '荆州市建筑施工领域推行安责险目标任务表。',
      'Annex 1: the target table.',
      {
        params: {
          title: param.text(
            '荆州市建筑施工领域推行安责险目标任务表',
            'Jingzhou construction 安责险 target table',
          ),
          columns: param.table(
            ['项目', '责任单位', '目标任务（参保率%）'],
            [
              ['建筑施工企业', '各县市区住建局（建设局）'],
              ['新开工房屋市政工程项目', '各县市区住建局（建设局）、市质安站'],
            ],
          ),
        },
      },
    ),
    rule(
      'JZ-RPT-02',
      'calc',
      '附件2',
      '荆州市建筑业施工企业情况统计表。',
      'Annex 2: enterprise statistics with its closing line.',
      {
        params: {
          title: param.text(
            '荆州市建筑业施工企业情况统计表',
            'Jingzhou construction enterprise statistics',
          ),
          columns: param.table(
            ['序号', '企业名称', '企业地址', '联系人及电话', '员工人数', '是否投保'],
            [],
          ),
          closingLine: param.text(
            '{unit}共有建筑施工企业{total}家，其中{insured}家已投保，总共{persons}人投保。',
            'Closing line: enterprises, insured enterprises, insured persons',
          ),
        },
        corrections: [
          {
            parameter: 'title',
            sourceText: '《荆州市建筑业施工企业数量统计表》（正文三(二)）',
            reading: '荆州市建筑业施工企业情况统计表',
            reason: {
              zh: '正文三(二)称附件2为“数量统计表”，附件2本身的标题为“情况统计表”（列出企业名称、地址、联系人、员工人数、是否投保，不只是数量）：按附件标题。',
              en: 'The body (三(二)) calls annex 2 a "数量统计表" (count table); the annex itself is titled "情况统计表" (a status table: names, addresses, contacts, headcount, insured — not only counts). The annex’s own title is used.',
            },
          },
        ],
      },
    ),
    rule(
      'JZ-RPT-03',
      'calc',
      '附件3',
      '荆州市在建房屋建筑和市政基础设施工程项目统计表。',
      'Annex 3: project statistics with its closing line.',
      {
        params: {
          title: param.text(
            '荆州市在建房屋建筑和市政基础设施工程项目统计表',
            'Jingzhou housing and municipal projects under construction',
          ),
          columns: param.table(
            ['序号', '项目名称', '项目地址', '总包单位', '联系人及电话', '是否投保'],
            [],
          ),
          closingLine: param.text(
            '{unit}共在建有房屋市政项目{total}个，其中{insured}个已投保。',
            'Closing line: projects, insured projects',
          ),
        },
      },
    ),
    rule(
      'JZ-RPT-04',
      'calc',
      '附件4',
      '荆州市建筑业施工企业安责险强制推行工作进度季度报表（YYYY年第N季度）。',
      'Annex 4: quarterly enterprise progress.',
      {
        params: {
          title: param.text(
            '荆州市建筑业施工企业安责险强制推行工作进度季度报表',
            'Jingzhou quarterly enterprise progress',
          ),
          columns: param.table(PROGRESS_COLUMNS, ENTERPRISE_ROWS),
        },
      },
    ),
    rule(
      'JZ-RPT-05',
      'calc',
      '附件5',
      '荆州市新开工房屋市政工程项目安责险强制推行工作进度季度报表。',
      'Annex 5: quarterly new-project progress.',
      {
        params: {
          title: param.text(
            '荆州市新开工房屋市政工程项目安责险强制推行工作进度季度报表',
            'Jingzhou quarterly new-project progress',
          ),
          columns: param.table(PROJECT_PROGRESS_COLUMNS, PROJECT_ROWS),
        },
      },
    ),
    rule(
      'JZ-RPT-06',
      'calc',
      '附件6',
      '荆州市建筑业施工企业安责险强制推行工作完成情况汇总表。',
      'Annex 6: enterprise completion summary.',
      {
        params: {
          title: param.text(
            '荆州市建筑业施工企业安责险强制推行工作完成情况汇总表',
            'Jingzhou enterprise completion summary',
          ),
          columns: param.table(PROGRESS_COLUMNS, ENTERPRISE_ROWS),
        },
      },
    ),
    rule(
      'JZ-RPT-07',
      'calc',
      '附件7',
      '荆州市在建房屋建筑和市政基础设施工程项目安责险强制推行工作完成情况汇总表。',
      'Annex 7: project completion summary.',
      {
        params: {
          title: param.text(
            '荆州市在建房屋建筑和市政基础设施工程项目安责险强制推行工作完成情况汇总表',
            'Jingzhou project completion summary',
          ),
          columns: param.table(PROJECT_PROGRESS_COLUMNS, PROJECT_ROWS),
        },
      },
    ),
    rule(
      'JZ-DUTY-01',
      'data',
      '四(一)',
      '安责险推行情况作为安全生产标准化、诚信等级评定的必要条件和分类监管的重要参考。',
      'Status is a prerequisite for standardisation and integrity grading, and a reference for classified supervision.',
    ),
    rule(
      'JZ-ENF-01',
      'data',
      '二',
      '拒不落实的市管建设项目由市住建综合执法支队查处；资质建筑施工企业由属地建设主管部门查处。',
      'City-managed projects: the city enforcement brigade; qualified enterprises: the local housing authority.',
    ),
  ],
});
