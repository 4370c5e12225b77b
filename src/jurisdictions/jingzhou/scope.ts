import { notYetDue, outcome as c, type Classifier } from '../../coverage/classification.js';
import { ruleById } from '../../profiles/find-rule.js';
import { param } from '../../profiles/params.js';
import type { Profile } from '../../profiles/schema.js';
import { compareValid, type CalendarDate } from '../../time/calendar-date.js';

const JZ = {
  notConstruction: c(
    'out',
    null,
    ['JZ-SCOPE-02'],
    'not a construction enterprise',
    '非建筑施工企业',
  ),
  statsUnknown: c(
    'mandatory',
    null,
    ['JZ-SCOPE-02', 'JZ-TGT-01'],
    'a construction enterprise; not shown whether it is in the statistics',
    '建筑施工企业；未说明是否纳入统计',
  ),
  inStats: c(
    'mandatory',
    'enterprises-in-statistics',
    ['JZ-SCOPE-02', 'JZ-TGT-01'],
    'a construction enterprise included in the statistics',
    '纳入统计的建筑施工企业',
  ),
  notInStats: c(
    'mandatory',
    'enterprises-not-in-statistics',
    ['JZ-SCOPE-02', 'JZ-TGT-01'],
    'a construction enterprise not included in the statistics',
    '未纳入统计的建筑施工企业',
  ),
  otherProject: c(
    'out',
    null,
    ['JZ-SCOPE-01'],
    'not a housing or municipal project',
    '非房屋市政工程',
  ),
  startUnknown: c(
    'mandatory',
    null,
    ['JZ-SCOPE-01'],
    'start date not given: cannot tell whether newly started',
    '未提供开工日期，无法判断是否新开工',
  ),
  notNew: c(
    'out',
    null,
    ['JZ-SCOPE-01'],
    'started before 2020-08-01: not newly started',
    '2020年8月1日前开工：非新开工项目',
  ),
  housing: c(
    'mandatory',
    'new-projects-housing',
    ['JZ-SCOPE-01', 'JZ-TGT-02'],
    'a newly started housing project',
    '新开工房建项目',
  ),
  municipal: c(
    'mandatory',
    'new-projects-municipal',
    ['JZ-SCOPE-01', 'JZ-TGT-02'],
    'a newly started municipal project',
    '新开工市政项目',
  ),
  notYetStarted: notYetDue(
    ['JZ-SCOPE-01'],
    'work starts after the as-of date: not yet newly started, nothing is due yet',
    '开工日晚于统计日：尚未新开工，尚无投保义务',
  ),
};

/**
 * JZ-SCOPE-01/02 and JZ-TGT-01/02: construction enterprises (in or not in the statistics) and housing or
 * municipal projects newly started on or after JZ-SCOPE-01's `startedOnOrAfter` ("自2020年8月1日起…新开工").
 */
export function jingzhouClassifier(profile: Profile, asOf: CalendarDate): Classifier {
  const start = param(ruleById(profile, 'JZ-SCOPE-01'), 'startedOnOrAfter', 'date').value;
  return (u) => {
    if (u.kind === 'enterprise') {
      if (u.sector !== 'construction') return JZ.notConstruction;
      return u.inStatistics === undefined
        ? JZ.statsUnknown
        : u.inStatistics
          ? JZ.inStats
          : JZ.notInStats;
    }
    if (u.projectKind === 'other') return JZ.otherProject;
    if (u.startDate === undefined) return JZ.startUnknown;
    if (compareValid(u.startDate, start) < 0) return JZ.notNew;
    if (compareValid(u.startDate, asOf) > 0) return JZ.notYetStarted;
    return u.projectKind === 'housing' ? JZ.housing : JZ.municipal;
  };
}
