import { OUT, outcome as c, type Classifier } from '../../coverage/classification.js';
import type { Profile } from '../../profiles/schema.js';
import { compareValid, type CalendarDate } from '../../time/calendar-date.js';

const AN = {
  notYet: c(
    'out',
    null,
    ['AN-SCOPE-01'],
    'a high-risk sector, mandatory only from 2021-09-01',
    '高危行业，自2021年9月1日起强制投保',
  ),
  highRisk: c(
    'mandatory',
    'high-risk',
    ['AN-SCOPE-01', 'AN-TGT-01'],
    'one of the eight high-risk sectors',
    '八大高危行业领域',
  ),
  aboveScale: c(
    'encouraged',
    'above-scale-industry-trade',
    ['AN-SCOPE-01', 'AN-TGT-01', 'AN-TGT-02'],
    'an above-scale industrial or trade enterprise (targets 50% in 2021, 100% in 2022)',
    '规模以上工贸企业（2021年50%，2022年100%）',
  ),
  other: c(
    'encouraged',
    null,
    ['AN-SCOPE-01'],
    'another sector: encouraged',
    '其他行业领域：鼓励投保',
  ),
  byProject: OUT.bySector('AN-SCOPE-01'),
};

/**
 * AN-SCOPE-01 and AN-TGT-01/02: the eight high-risk sectors are mandatory from their date in the profile's
 * scope; other above-scale industrial and trade enterprises are encouraged with targets of their own.
 */
export function anhuaClassifier(profile: Profile, asOf: CalendarDate): Classifier {
  const status = new Map(profile.scope.sectors.map((s) => [s.code, s] as const));
  return (u) => {
    if (u.kind !== 'enterprise') return AN.byProject;
    const s = status.get(u.sector);
    if (s?.status === 'mandatory')
      return s.from !== undefined && compareValid(asOf, s.from) < 0 ? AN.notYet : AN.highRisk;
    return u.aboveScaleIndustryTrade === true ? AN.aboveScale : AN.other;
  };
}
