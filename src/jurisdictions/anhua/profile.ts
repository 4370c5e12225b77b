// 安化县 — 安安委办发〔2021〕39号《关于印发〈在全县八大高危行业领域推行安全生产责任强制保险实施方案〉的通知》.
import { deepFreeze } from '../../_lib/freeze.js';
import { parseDate } from '../../time/calendar-date.js';
import { param, rulesOf } from '../../profiles/build.js';
import type { Profile } from '../../profiles/schema.js';
import { encouraged, INSURER_BASES, mandatory } from '../sectors.js';

const DOC = '安安委办发〔2021〕39号';
const rule = rulesOf(DOC);
const FROM = '2021-09-01';

const SECTORS = [
  ['non-coal-mining', '非煤矿山', 'Non-coal mines'],
  ['hazardous-chemicals', '危险化学品', 'Hazardous chemicals'],
  ['fireworks', '烟花爆竹', 'Fireworks'],
  ['transport', '交通运输（含水上交通）', 'Transport (incl. waterway)'],
  ['construction', '建筑施工', 'Construction'],
  ['civil-explosives', '民用爆炸物品', 'Civil explosives'],
  ['metal-smelting', '金属冶炼', 'Metal smelting'],
  ['agricultural-machinery-fishery', '农机渔业', 'Agricultural machinery and fishery'],
] as const;

/** Anhua County (Hunan): eight high-risk sectors from 2021-09-01. */
export const anhua: Profile = deepFreeze({
  id: 'anhua',
  version: '2021-08-26',
  name: { zh: '安化县', en: 'Anhua County (Hunan)' },
  level: 'county',
  parent: 'yiyang',
  nationalBasis: 'national-2017',
  document: {
    number: DOC,
    title: {
      zh: '关于印发《在全县八大高危行业领域推行安全生产责任强制保险实施方案》的通知',
      en: 'Notice issuing the plan for mandatory work-safety liability insurance in the eight high-risk sectors of the county',
    },
    issuers: ['安化县安全生产委员会办公室'],
    issued: parseDate('2021-08-26'),
    issuedNote: {
      zh: '原文仅载明印发日期（2021年8月26日印发）。',
      en: 'The source states only its printing date (印发 2021-08-26), read as the issue date.',
    },
    printed: parseDate('2021-08-26'),
    inForceFrom: parseDate('2021-08-26'),
    inForceUntil: null,
    supersedes: [],
    implements: ['安全生产法第五十一条第二款'],
    source: 'anhua-2021-anweibanfa-39.txt',
  },
  validFrom: parseDate('2021-08-26'),
  validUntil: null,
  scope: {
    sectors: [
      ...SECTORS.map(([code, zh, en]) => mandatory(code, zh, en, FROM)),
      encouraged('other', '其他行业领域', 'Other sectors'),
    ],
    projectKinds: [],
    note: {
      zh: '自2021年9月1日起八大高危行业领域强制投保；规模以上工贸企业另有参保率目标。',
      en: 'Mandatory in the eight high-risk sectors from 2021-09-01; above-scale industrial and trade enterprises have their own targets.',
    },
  },
  pricing: {
    baseKinds: INSURER_BASES,
    referenceRateRule: null,
    bandRule: null,
    floatDirectionRule: null,
    note: {
      zh: '方案未设费率或计费基数：建筑施工项目按合同价款，其他行业按保险机构自定基数；须提供保险机构的费率。',
      en: "The plan sets no rate or base: construction projects use the contract price, other sectors the insurer's own base; a quote needs the insurer's rate.",
    },
  },
  warnings: [],
  rules: [
    rule(
      'AN-SCOPE-01',
      'check',
      '一, 二(二)',
      '自2021年9月1日起，八大高危行业领域生产经营单位必须购买安责险；鼓励其他行业领域投保。',
      'From 2021-09-01 units in the eight high-risk sectors must buy 安责险; other sectors are encouraged.',
      {
        params: {
          sectors: param.list(SECTORS.map(([c, zh, en]) => [c, zh, en])),
          startsOn: param.date(FROM),
        },
        effectiveFrom: FROM,
        families: ['mandatory-scope'],
      },
    ),
    rule(
      'AN-TGT-01',
      'check',
      '一',
      '到2021年底，高危行业参保率100%，其他规模以上工贸企业参保率50%以上。',
      'By 2021-12-31: high-risk units 100%; other above-scale industrial and trade enterprises ≥ 50%.',
      {
        params: {
          targets: param.targets([
            ['high-risk', 2021, '2021-12-31', '100'],
            ['above-scale-industry-trade', 2021, '2021-12-31', '50'],
          ]),
        },
      },
    ),
    rule(
      'AN-TGT-02',
      'check',
      '一',
      '到2022年底，全县规模以上工贸企业全覆盖。',
      'By 2022-12-31: above-scale industrial and trade enterprises 100%.',
      {
        params: {
          targets: param.targets([['above-scale-industry-trade', 2022, '2022-12-31', '100']]),
        },
      },
    ),
    rule(
      'AN-COVER-01',
      'check',
      '二(二)',
      '覆盖全体从业人员（含被派遣劳动者和实习生）；保费由生产经营单位缴纳，不得摊派给从业人员。',
      'Cover all workers incl. dispatched workers and interns; the unit pays; never passed on to workers.',
      {
        params: {
          includes: param.list([
            ['dispatched-workers', '被派遣劳动者', 'dispatched workers'],
            ['interns', '实习生', 'interns'],
          ]),
          premiumPaidByUnit: param.bool(true),
        },
        // 保费由生产经营单位缴纳: shown to people; the check is its second half, 不得摊派给从业人员
        documentary: ['premiumPaidByUnit'],
        families: ['all-workers-covered', 'premium-paid-by-unit'],
      },
    ),
    rule(
      'AN-CAL-01',
      'date',
      '二(四)',
      '保险机构每年1月15日前书面报送上年度工作情况和本年度事故预防服务计划。',
      'Each insurer submits by 15 January every year last year’s work report and this year’s prevention plan, in writing.',
      {
        documentary: ['recipients', 'insurerDuties'],
        params: {
          due: param.annual(1, 15),
          recipients: param.list([
            ['county-emergency-bureau', '县应急管理局', 'county emergency-management bureau'],
            ['sector-regulators', '相关行业主管部门', 'sector regulators'],
          ]),
          insurerDuties: param.list([
            [
              'claims-service',
              '为投保企业提供高效便捷的保险理赔服务，履行理赔服务义务',
              'efficient claims service to the insured, as owed',
            ],
            [
              'prevention-assistance',
              '协助属地应急管理部门开展宣传教育培训、风险辨识评估评价、隐患排查、标准化建设、应急预案编制和演练、科技推广应用等事故预防工作',
              'assist the local emergency bureau with training, risk assessment, hazard inspection, standardisation, emergency plans and drills, technology and other prevention work',
            ],
          ]),
        },
        note: [
          '二(四)中1月15日报送之外的保险机构义务（高效便捷理赔、协助开展事故预防）未规定数量、期限或标准，作为数据列出；二(三)第三方机构的协助、配合义务同样无法计算。',
          'The insurer’s duties in 二(四) beyond the 15 January report (efficient claims, assisting prevention) set no number, period or standard: listed as data; the third-party institutions’ duties to assist and cooperate (二(三)) cannot be computed either.',
        ],
      },
    ),
    rule(
      'AN-CAL-02',
      'date',
      '三(四)',
      '各行业主管部门在10月底前开展一次安责险专项执法检查。',
      'Sector regulators hold a special enforcement inspection before the end of October (2021-10-31 in the plan year).',
      {
        params: { deadline: param.date('2021-10-31') },
      },
    ),
    rule(
      'AN-ENF-01',
      'check',
      '三(四)',
      '未投保或续保依法处罚；摊派保费或未及时支付赔偿金的责令整改；拒不整改的可纳入联合惩戒黑名单。',
      'Not insured/renewed → penalty; premium passed on or compensation unpaid → rectification order; refusing → may be blacklisted.',
      {
        params: {
          consequences: param.list([
            [
              'not-insured',
              '未按规定投保或续保：依法行政处罚',
              'not insured or not renewed: administrative penalty',
            ],
            [
              'premium-passed-on',
              '保费摊派给从业人员：责令整改',
              'premium passed on to workers: rectification order',
            ],
            [
              'compensation-unpaid',
              '未及时支付赔偿金：责令整改',
              'compensation not paid: rectification order',
            ],
            [
              'refuses-rectification',
              '拒不整改：可纳入联合惩戒黑名单',
              'refusing rectification: may be blacklisted',
            ],
          ]),
        },
      },
    ),
    rule(
      'AN-DUTY-01',
      'data',
      '附件',
      '牵头部门：非煤矿山、危化品、烟花爆竹—县应急管理局；交通—县交通运输局；建筑—县住建局；民爆—县公安局；金属冶炼—县科工局与县应急管理局；农机渔业—县农业农村局；其他—各行业主管部门；各乡镇共同负责。',
      'Lead departments per sector (see the table); township governments share every duty.',
      {
        params: {
          leads: param.table(
            ['sector', 'lead'],
            [
              ['non-coal-mining, hazardous-chemicals, fireworks', '县应急管理局'],
              ['transport', '县交通运输局'],
              ['construction', '县住建局'],
              ['civil-explosives', '县公安局'],
              ['metal-smelting', '县科工局, 县应急管理局'],
              ['agricultural-machinery-fishery', '县农业农村局'],
              ['other', '各行业主管部门'],
            ],
          ),
        },
        corrections: [
          {
            parameter: 'leads.metal-smelting',
            sourceText: '推动落实全市全属冶炼生产经营单位购买安责险（附件第5项）',
            reading: '全县金属冶炼',
            reason: {
              zh: '安化县的县级文件，其余各项均为“全县”；“全属”为“金属”之误（正文一、二(二)均为“金属冶炼”）。',
              en: 'A county document whose other items all say "全县" (the county); "全属" is a slip for "金属" (metal: the body, 一 and 二(二), says "金属冶炼").',
            },
          },
          {
            parameter: 'leads.metal-smelting',
            sourceText: '加大安贵险的宣传力度……按照规定的内容和时间要求根送材料（附件第5项）',
            reading: '安责险；报送',
            reason: {
              zh: '同一项中“安贵险”为“安责险”之误，“根送”为“报送”之误（其余各项均为“安责险”“报送”）。',
              en: 'In the same item "安贵险" is a slip for "安责险" and "根送" for "报送" (every other item has "安责险" and "报送").',
            },
          },
        ],
      },
    ),
    rule(
      'AN-DUTY-02',
      'data',
      '三(三)',
      '安责险投保情况纳入年度安全生产考核，作为标准化创建、诚信等级评定的必要条件和分类监管的重要参考。',
      'Part of the annual safety assessment; prerequisite for standardisation and integrity grading; reference for supervision.',
    ),
  ],
});
