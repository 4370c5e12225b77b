import { projectScope, type Classifier } from '../../coverage/classification.js';
import type { Profile } from '../../profiles/schema.js';
import type { CalendarDate } from '../../time/calendar-date.js';

/**
 * XZ-SCOPE-01: housing and municipal projects, insured before the construction permit is applied for —
 * a date a roster does not carry, so a project is never "not yet due" by its start.
 */
export const xinzhouClassifier = (_profile: Profile, asOf: CalendarDate): Classifier =>
  projectScope(
    {
      ruleId: 'XZ-SCOPE-01',
      mandatory: [
        'a housing or municipal project: insured before the permit is applied for',
        '房屋市政工程：办理施工许可证前投保',
      ],
      notYetStarted: null,
    },
    asOf,
  );
