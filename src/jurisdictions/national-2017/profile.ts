// 《安全生产责任保险实施办法》安监总办〔2017〕140号 — the national measure from 2018-01-01 until it was
// repealed by 应急〔2025〕27号 on 2025-03-29. Only the rows NATIONAL.md marks for encoding are here.
import { deepFreeze } from '../../_lib/freeze.js';
import { parseDate } from '../../time/calendar-date.js';
import { param, rulesOf } from '../../profiles/build.js';
import type { Profile } from '../../profiles/schema.js';
import { NOT_QUOTED } from '../sectors.js';

const DOC = '安监总办〔2017〕140号';
const rule = rulesOf(DOC);

/** The 2017 national measure (安监总办〔2017〕140号), in force 2018-01-01 to 2025-03-28. */
export const national2017: Profile = deepFreeze({
  id: 'national-2017',
  version: '2017-12-12',
  name: { zh: '全国（2017年实施办法）', en: 'National measure (2017)' },
  level: 'national',
  parent: null,
  nationalBasis: null,
  document: {
    number: DOC,
    title: {
      zh: '安全生产责任保险实施办法',
      en: 'Implementing Measures for Work-Safety Liability Insurance',
    },
    issuers: ['国家安全生产监督管理总局', '中国保险监督管理委员会', '财政部'],
    issued: parseDate('2017-12-12'),
    inForceFrom: parseDate('2018-01-01'),
    inForceUntil: parseDate('2025-03-28'),
    supersedes: [],
    implements: [],
    source: 'NATIONAL.md',
  },
  validFrom: parseDate('2018-01-01'),
  validUntil: parseDate('2025-03-28'),
  scope: {
    sectors: [],
    projectKinds: [],
    note: {
      zh: '本办法的适用范围未列入本库（未经核实）。',
      en: "The measure's scope is not encoded (not verified).",
    },
  },
  pricing: NOT_QUOTED,
  warnings: [],
  rules: [
    rule(
      'NAT17-DOC',
      'data',
      '印发通知',
      '安监总办〔2017〕140号，2017年12月12日印发，2018年1月1日施行，2025年3月29日被应急〔2025〕27号废止。',
      'Dated 2017-12-12, in force 2018-01-01 until repealed by 应急〔2025〕27号 on 2025-03-29.',
    ),
    rule(
      'NAT17-COVER-01',
      'data',
      '第三条',
      '依照本办法开展的安责险不影响从业人员依法请求工伤保险赔偿的权利。',
      "Claims under the measure do not affect employees' work-injury insurance claims.",
    ),
    rule(
      'NAT17-COST-01',
      'check',
      '第五条',
      '保费由生产经营单位缴纳，不得摊派给从业人员。',
      'The unit pays the premium; never passed on to employees.',
      { families: ['premium-paid-by-unit'] },
    ),
    rule(
      'NAT17-LIMIT-01',
      'check',
      '条款号未核实',
      '每人死亡责任限额不低于30万元，并按本地区城镇居民人均可支配收入调整。',
      'Death: at least 300,000 yuan per person, adjusted with local urban per-capita disposable income.',
      {
        params: { minimum: param.money('300000') },
        families: ['per-person-limit'],
        note: [
          '数额见新华社发布时报道，条款号未核实。',
          'Figure as reported by Xinhua at issue; the article number is not confirmed.',
        ],
      },
    ),
  ],
});
