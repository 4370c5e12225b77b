import { notYetDue, projectScope, type Classifier } from '../../coverage/classification.js';
import type { Profile } from '../../profiles/schema.js';
import type { CalendarDate } from '../../time/calendar-date.js';

// AH-SCOPE-01's obligation comes with the start (开工前): a project starting after the as-of date owes nothing yet.
const NOT_YET_STARTED = notYetDue(
  ['AH-SCOPE-01'],
  'work starts after the as-of date: nothing is due yet',
  '开工日晚于统计日：尚无投保义务',
);

/** AH-SCOPE-01: housing and municipal projects needing a construction permit, insured before work starts. */
export const anhuiClassifier = (_profile: Profile, asOf: CalendarDate): Classifier =>
  projectScope(
    {
      ruleId: 'AH-SCOPE-01',
      mandatory: [
        'a housing or municipal project needing a permit: insured before work starts',
        '需办理施工许可证的房屋市政工程：开工前投保',
      ],
      notYetStarted: NOT_YET_STARTED,
    },
    asOf,
  );
