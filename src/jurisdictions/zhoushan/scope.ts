import { OUT, outcome as c, type Classifier } from '../../coverage/classification.js';
import { ruleById } from '../../profiles/find-rule.js';
import { param } from '../../profiles/params.js';
import type { Profile } from '../../profiles/schema.js';
import { activityTest } from '../../profiles/sectors.js';

const ZS = {
  highRisk: c(
    'mandatory',
    'high-risk',
    ['ZS-SCOPE-01', 'ZS-TGT-01'],
    'a high-risk sector in scope',
    '纳入实施范围的高危行业',
  ),
  activityOut: c(
    'out',
    null,
    ['ZS-SCOPE-01'],
    'an activity 三 does not list for its sector (e.g. chemical trade without storage)',
    '不属于三所列活动（如不带储存的危险化学品经营）',
  ),
  activityUnknown: c(
    'mandatory',
    null,
    ['ZS-SCOPE-01', 'ZS-TGT-01'],
    'a sector limited by activity; the activity is not given',
    '按活动确定范围的行业；未说明活动',
  ),
  encouraged: c('encouraged', null, ['ZS-SCOPE-03'], 'an encouraged sector', '鼓励投保的行业'),
  out: c('out', null, ['ZS-SCOPE-01'], 'outside the sectors in scope', '不在实施范围内'),
  byProject: OUT.bySector('ZS-SCOPE-01'),
};

/** ZS-SCOPE-01/03 and ZS-TGT-01: the sectors in scope, some only for the activities 三 lists. */
export function zhoushanClassifier(profile: Profile): Classifier {
  const status = new Map(profile.scope.sectors.map((s) => [s.code, s] as const));
  const activity = activityTest(profile);
  return (u) => {
    if (u.kind !== 'enterprise') return ZS.byProject;
    const s = status.get(u.sector);
    if (s?.status !== 'mandatory') return s?.status === 'encouraged' ? ZS.encouraged : ZS.out;
    // 三: hazardous chemicals, fireworks and civil explosives are in scope only for the activities it lists.
    const a = activity(u.sector, u.activity);
    return a === 'out' ? ZS.activityOut : a === 'unknown' ? ZS.activityUnknown : ZS.highRisk;
  };
}

/** ZS-SCOPE-02: "已实施与安责险属性相同的法定责任保险的，从其规定，并纳入统计" — read from the profile. */
export const zhoushanEquivalentCounts = (profile: Profile): boolean =>
  param(ruleById(profile, 'ZS-SCOPE-02'), 'equivalentInsuranceCounts', 'boolean').value;
