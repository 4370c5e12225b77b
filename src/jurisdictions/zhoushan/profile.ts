// 舟山市 — 舟政办发〔2018〕45号《舟山市人民政府办公室关于印发舟山市高危行业全面推行安全生产责任保险工作实施方案的通知》.
import { deepFreeze } from '../../_lib/freeze.js';
import { parseDate } from '../../time/calendar-date.js';
import { param, rulesOf } from '../../profiles/build.js';
import type { Profile } from '../../profiles/schema.js';
import { encouraged, INSURER_BASES, mandatory } from '../sectors.js';

const DOC = '舟政办发〔2018〕45号';
const rule = rulesOf(DOC);

const IN_SCOPE = [
  ['mining', '矿山', 'Mines'],
  [
    'hazardous-chemicals',
    '危险化学品生产、储存、带储存经营，以及使用危险化学品构成重大危险源',
    'Hazardous chemicals: production, storage, storage-with-trade, and users whose chemicals form a major hazard source',
  ],
  ['fireworks', '烟花爆竹经营', 'Fireworks trade'],
  ['metal-smelting', '金属冶炼', 'Metal smelting'],
  ['civil-explosives', '民用爆炸物品生产、经营', 'Civil explosives production and trade'],
  ['passenger-transport', '班车客运、包车客运', 'Scheduled and chartered passenger transport'],
  ['dangerous-goods-transport', '危险货物运输', 'Dangerous-goods transport'],
  ['transport-vessels', '交通运输船舶', 'Transport vessels'],
  ['construction', '建筑施工', 'Construction'],
  ['marine-fishery', '海洋渔业', 'Marine fishery'],
] as const;

const ENCOURAGED = [
  [
    'combustible-dust-gas-liquid',
    '使用或易产生可燃爆粉尘、气体、液体',
    'Combustible or explosive dust, gas or liquid',
  ],
  ['ammonia-refrigeration', '涉氨制冷', 'Ammonia refrigeration'],
  ['ship-repair-breaking-building', '船舶修拆造', 'Ship repair, breaking and building'],
  ['confined-space', '有限空间作业', 'Confined-space work'],
  ['spraying', '喷涂', 'Spraying'],
] as const;

/** Zhoushan City (Zhejiang): eight high-risk sectors, target full coverage by the end of 2018. */
export const zhoushan: Profile = deepFreeze({
  id: 'zhoushan',
  version: '2018-04-03',
  name: { zh: '舟山市', en: 'Zhoushan City (Zhejiang)' },
  level: 'city',
  parent: 'zhejiang',
  nationalBasis: 'national-2017',
  document: {
    number: DOC,
    title: {
      zh: '舟山市人民政府办公室关于印发舟山市高危行业全面推行安全生产责任保险工作实施方案的通知',
      en: 'Notice issuing the Zhoushan plan for work-safety liability insurance in all high-risk sectors',
    },
    issuers: ['舟山市人民政府办公室'],
    issued: parseDate('2018-04-03'),
    printed: parseDate('2018-04-04'),
    inForceFrom: parseDate('2018-04-03'),
    inForceUntil: null,
    supersedes: [],
    implements: ['安监总办〔2017〕140号', '浙政办发〔2017〕146号', '舟委发〔2017〕25号'],
    source: 'zhoushan-2018-zhengbanfa-45.txt',
  },
  validFrom: parseDate('2018-04-03'),
  validUntil: null,
  scope: {
    sectors: [
      ...IN_SCOPE.map(([c, zh, en]) => mandatory(c, zh, en)),
      ...ENCOURAGED.map(([c, zh, en]) => encouraged(c, zh, en)),
    ],
    projectKinds: [],
    note: {
      zh: '原文未设具体费率或浮动幅度；同属性的法定责任保险视同安责险并纳入统计。',
      en: 'The source sets no rate or band; a statutory liability insurance of the same nature counts as 安责险 and in the statistics.',
    },
  },
  pricing: {
    baseKinds: INSURER_BASES,
    referenceRateRule: null,
    bandRule: null,
    floatDirectionRule: 'ZS-FLOAT-01',
    note: {
      zh: '方案未设具体费率或浮动幅度，只规定浮动方向（ZS-FLOAT-01）；须提供保险机构的费率。',
      en: "The plan sets no rate or band, only the float direction (ZS-FLOAT-01); a quote needs the insurer's rate.",
    },
  },
  warnings: [],
  rules: [
    rule(
      'ZS-SCOPE-01',
      'check',
      '三',
      '矿山、危化品、烟花爆竹经营、金属冶炼、民爆、客运、危货运输、运输船舶、建筑施工、海洋渔业等行业领域全面推进安责险。',
      'Sectors in scope: mines; hazardous chemicals; fireworks trade; metal smelting; civil explosives; passenger, dangerous-goods and vessel transport; construction; marine fishery.',
      {
        params: {
          sectors: param.list(IN_SCOPE.map(([c, zh, en]) => [c, zh, en])),
          activities: param.table(
            ['sector', 'activity', 'inScope'],
            [
              ['hazardous-chemicals', 'production', 'yes'],
              ['hazardous-chemicals', 'storage', 'yes'],
              ['hazardous-chemicals', 'trade-with-storage', 'yes'],
              ['hazardous-chemicals', 'trade-without-storage', 'no'],
              ['hazardous-chemicals', 'use-major-hazard-source', 'yes'],
              ['hazardous-chemicals', 'use-other', 'no'],
              ['fireworks', 'trade', 'yes'],
              ['fireworks', 'production', 'no'],
              ['civil-explosives', 'production', 'yes'],
              ['civil-explosives', 'trade', 'yes'],
              ['civil-explosives', 'use', 'no'],
            ],
          ),
        },
        families: ['mandatory-scope'],
        note: [
          '三按活动限定范围：危险化学品只含生产、储存、带储存经营以及使用构成重大危险源；烟花爆竹只含经营；民用爆炸物品只含生产、经营。这三个行业的单位须说明其活动（activity），否则为未知；不在所列活动之内的不属强制范围。',
          '三 limits three sectors by activity: hazardous chemicals only production, storage, trade with storage, and use forming a major hazard source; fireworks only trade; civil explosives only production and trade. A unit in those sectors must give its `activity` (else unknown); an activity not listed is outside the mandatory scope.',
        ],
      },
    ),
    rule(
      'ZS-SCOPE-02',
      'check',
      '三',
      '已实施与安责险属性相同的法定责任保险的，从其规定，并纳入统计。',
      'An existing statutory liability insurance of the same nature counts as 安责险 and in the statistics.',
      {
        params: { equivalentInsuranceCounts: param.bool(true) },
      },
    ),
    rule(
      'ZS-SCOPE-03',
      'data',
      '三',
      '鼓励可燃爆粉尘气体液体、涉氨制冷、船舶修拆造、有限空间、喷涂等单位投保。',
      'Encouraged: dust/gas/liquid explosion risks, ammonia refrigeration, ship repair/breaking/building, confined spaces, spraying.',
      {
        params: { sectors: param.list(ENCOURAGED.map(([c, zh, en]) => [c, zh, en])) },
      },
    ),
    rule(
      'ZS-TGT-01',
      'check',
      '二',
      '到2018年底，八大高危行业领域力争实现全覆盖。',
      'By 2018-12-31, strive for full coverage of the eight high-risk sectors.',
      {
        params: { targets: param.targets([['high-risk', 2018, '2018-12-31', '100']]) },
        note: ['原文为“力争”实现全覆盖。', 'The source says "strive for" full coverage.'],
      },
    ),
    rule(
      'ZS-FLOAT-01',
      'check',
      '四(三)',
      '无出险记录、信用良好、管理较好的费率下浮；管理混乱、发生事故的次年续保上浮。',
      'Claims-free, good credit and good management → rate may only float down; chaotic management or an accident → up at the next renewal.',
      {
        params: {
          downWhenAll: param.list([
            ['claims-free', '无出险记录', 'no claims'],
            ['good-credit', '安全生产信用状况良好', 'good safety credit'],
            ['good-management', '安全生产管理水平较好', 'good safety management'],
          ]),
          upWhenAny: param.list([
            ['chaotic-management', '安全生产管理混乱', 'chaotic safety management'],
            ['accident', '发生安全事故', 'an accident'],
          ]),
          upAppliesAt: param.code('next-renewal'),
        },
        note: [
          '原文只定方向不定幅度；三项良好条件以“和”连接，按须同时满足理解；管理混乱或发生事故任一即上浮。',
          'Direction only, no size. The three good conditions are joined by 和 (and): all three must hold for the down-only rule; either bad condition calls for the up-only rule.',
        ],
      },
    ),
    rule(
      'ZS-FLOAT-02',
      'data',
      '六(三)',
      '保险公司根据基准指导费率、风险程度、双重预防机制、事故发生、标准化等级建立浮动费率。',
      'Float factors: benchmark guiding rate, risk level, dual-prevention mechanism, accidents, standardisation grade.',
      {
        documentary: ['factors'],
        params: {
          factors: param.list([
            ['benchmark-rate', '基准指导费率', 'benchmark guiding rate'],
            ['risk-level', '投保企业风险程度', "the enterprise's risk level"],
            [
              'dual-prevention',
              '风险分级管控和隐患排查治理双重预防机制建设',
              'the dual-prevention mechanism',
            ],
            ['accidents', '事故发生', 'accidents'],
            ['standardisation-grade', '安全生产标准化等级', 'standardisation grade'],
          ]),
        },
      },
    ),
    rule(
      'ZS-PREV-01',
      'data',
      '五(二)6',
      '承保单位及时按规定比例提取事故预防费用。',
      'Insurers extract prevention funds at the prescribed ratio (not stated in this document).',
      {
        // a data rule: the ratio is unstated and the services are the uses the fund is for, shown to people
        documentary: ['ratio', 'services'],
        params: {
          ratio: param.unstated(
            '本文件未规定提取比例。',
            'This document does not state the ratio.',
          ),
          services: param.list([
            ['safety-evaluation', '安全评价', 'safety evaluation'],
            ['risk-assessment', '风险评估', 'risk assessment'],
            ['hazard-inspection', '隐患排查', 'hazard inspection'],
            ['disaster-loss-prevention', '防灾防损', 'disaster and loss prevention'],
            ['training', '宣传培训', 'publicity and training'],
            ['consulting', '咨询服务', 'consulting'],
            ['emergency-drill', '应急演练', 'emergency drills'],
          ]),
        },
        note: [
          '四(四)列出专项经费的用途（安全评价、风险评估、隐患排查、防灾防损、宣传培训、咨询服务、应急演练等），作为事故预防服务类别；代码与安徽 AH-PREV-01 的台账类别一致者相同。本文件未规定提取比例和台账规则，故无预防费用上限或台账判定。',
          '四(四) lists what the dedicated funds pay for (safety evaluation, risk assessment, hazard inspection, disaster and loss prevention, publicity and training, consulting, emergency drills…): the prevention service categories, with the same codes as Anhui’s ledger categories (AH-PREV-01) where the service is the same. The document states no ratio and no ledger rule, so there is no cap and no ledger verdict to compute.',
        ],
        families: ['prevention-budget-cap'],
      },
    ),
    rule(
      'ZS-CLAIM-01',
      'data',
      '五(二)6',
      '建立快速理赔机制，依法或依约先行支付，及时支付生产安全事故或职业病损害赔偿金。',
      'Fast claims; advance payment as law or contract provides; pays for accidents and occupational disease.',
    ),
    rule(
      'ZS-MKT-01',
      'data',
      '四(二), 六(二)',
      '公开比选承保机构；引导建立共保体，规避恶意压价。',
      'Insurers chosen by open comparison; a co-insurance pool is encouraged to stop price-cutting.',
    ),
    rule(
      'ZS-CAL-01',
      'date',
      '五(一)',
      '组织动员阶段2018年2—4月；推行实施阶段5—10月；总结评估阶段11—12月。',
      'Phases: mobilisation 2018-02 to 2018-04; implementation 2018-05 to 2018-10; evaluation 2018-11 to 2018-12.',
      {
        params: {
          mobilisation: param.period('2018-02-01', '2018-04-30'),
          implementation: param.period('2018-05-01', '2018-10-31'),
          evaluation: param.period('2018-11-01', '2018-12-31'),
        },
        note: [
          '原文按月份给出阶段，取各月首日至末日。',
          'The source gives months: each phase runs from the first day of its first month to the last day of its last.',
        ],
      },
    ),
    rule(
      'ZS-DUTY-01',
      'data',
      '五(二)',
      '市安委办统筹；市安监局负责矿山、危化品、烟花爆竹；市金融办指导承保机构；各行业部门负责本行业；保险协会制定承保资格标准；县区政府建立机制。',
      'Duties: committee office coordinates; work-safety bureau (mines, chemicals, fireworks); finance office (insurers); sector bureaus; insurance association; county governments.',
    ),
    rule(
      'ZS-DUTY-02',
      'data',
      '六(二)',
      '参保情况纳入政府安全生产目标考核、安全投入检查和企业信用评级。',
      'Coverage is part of government safety-target assessment, safety-investment inspections and credit rating.',
    ),
  ],
});
