// 《安全生产责任保险实施办法》应急〔2025〕27号 — the national measure in force from 2025-03-29.
// Only the rows NATIONAL.md marks as verified are here; NAT25-PREV-01 (an unverified 21% cap) is not.
import { deepFreeze } from '../../_lib/freeze.js';
import { percent } from '../../money/rate.js';
import { parseDate } from '../../time/calendar-date.js';
import { param, rulesOf } from '../../profiles/build.js';
import type { Profile } from '../../profiles/schema.js';
import { mandatory, NOT_QUOTED } from '../sectors.js';

const DOC = '应急〔2025〕27号';
const rule = rulesOf(DOC);

const SECTORS = [
  ['mining', '矿山', 'Mines'],
  ['hazardous-chemicals', '危险化学品', 'Hazardous chemicals'],
  ['fireworks', '烟花爆竹', 'Fireworks'],
  ['transport', '交通运输', 'Transport'],
  ['construction', '建筑施工', 'Construction'],
  ['civil-explosives', '民用爆炸物品', 'Civil explosives'],
  ['metal-smelting', '金属冶炼', 'Metal smelting'],
  ['fishery', '渔业生产', 'Fishery'],
] as const;

/** The 2025 national measure (应急〔2025〕27号), in force from 2025-03-29. */
export const national2025: Profile = deepFreeze({
  id: 'national-2025',
  version: '2025-03-29',
  name: { zh: '全国（2025年实施办法）', en: 'National measure (2025)' },
  level: 'national',
  parent: null,
  nationalBasis: null,
  document: {
    number: DOC,
    title: {
      zh: '安全生产责任保险实施办法',
      en: 'Implementing Measures for Work-Safety Liability Insurance',
    },
    issuers: ['应急管理部（会同其他六部门）'],
    issued: parseDate('2025-03-29'),
    inForceFrom: parseDate('2025-03-29'),
    inForceUntil: null,
    supersedes: ['安监总办〔2017〕140号'],
    implements: [],
    source: 'NATIONAL.md',
  },
  validFrom: parseDate('2025-03-29'),
  validUntil: null,
  scope: { sectors: SECTORS.map(([c, zh, en]) => mandatory(c, zh, en)), projectKinds: [] },
  pricing: NOT_QUOTED,
  warnings: [],
  rules: [
    rule(
      'NAT25-DOC',
      'data',
      '印发通知',
      '应急〔2025〕27号，2025年3月29日由应急管理部等七部门印发，共6章48条，自印发之日起施行。',
      'Issued 2025-03-29 by the Ministry of Emergency Management with six other departments; 6 chapters, 48 articles; in force on issue.',
    ),
    rule(
      'NAT25-SCOPE-01',
      'check',
      '第二条',
      '矿山、危险化学品、烟花爆竹、交通运输、建筑施工、民用爆炸物品、金属冶炼、渔业生产等单位应当投保。',
      'Units in mines, hazardous chemicals, fireworks, transport, construction, civil explosives, metal smelting and fishery must insure.',
      {
        params: { sectors: param.list(SECTORS.map(([c, zh, en]) => [c, zh, en])) },
        families: ['mandatory-scope'],
      },
    ),
    rule(
      'NAT25-COVER-01',
      'data',
      '第三条',
      '赔偿从业人员人身伤亡、第三者人身伤亡和财产损失及抢险救援、医疗救护、事故鉴定、法律诉讼费用。',
      "Covered: workers' death/injury, third-party death/injury and property loss, rescue, medical, appraisal and legal costs.",
    ),
    rule(
      'NAT25-COST-01',
      'check',
      '第六条',
      '生产经营单位足额及时缴纳保费，不得摊派给从业人员，可从安全生产费用中列支。',
      'The unit pays in full and on time; never passed on to workers; may be booked against the work-safety fund.',
      {
        families: ['premium-paid-by-unit'],
      },
    ),
    rule(
      'NAT25-COMM-01',
      'check',
      '第十四条',
      '保险机构支付的安责险手续费不得超过保费的5%。',
      'Commission paid by an insurer on 安责险 ≤ 5% of premium.',
      {
        params: { maximum: param.rate(percent(5)) },
        families: ['commission-cap'],
      },
    ),
    rule(
      'NAT25-LIMIT-01',
      'check',
      '第十五条',
      '每人死亡伤残责任限额不低于40万元；地方可提高并按城镇居民人均可支配收入调整。',
      'Per-person death/disability limit ≥ 400,000 yuan; a locality may set a higher minimum.',
      {
        params: { minimum: param.money('400000') },
        families: ['per-person-limit'],
      },
    ),
    rule(
      'NAT25-COVER-02',
      'check',
      '第十六条',
      '覆盖全体从业人员，保险金额同一标准；除依法关闭或完全停产外不得退保或延迟续保。',
      'All workers covered with one insured amount; no surrender or delayed renewal unless closed or fully stopped.',
      {
        families: ['all-workers-covered'],
      },
    ),
  ],
});
