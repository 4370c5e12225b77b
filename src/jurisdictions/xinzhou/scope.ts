import { projectScope, type Classifier } from '../../coverage/classification.js';
import { codeOf } from '../../profiles/codes.js';
import { ruleById } from '../../profiles/find-rule.js';
import type { Profile } from '../../profiles/schema.js';
import type { CalendarDate } from '../../time/calendar-date.js';

/**
 * XZ-SCOPE-01: housing and municipal projects, insured before the construction permit is applied for —
 * a date a roster does not carry, so a project is never "not yet due" by its start.
 */
export function xinzhouClassifier(profile: Profile, asOf: CalendarDate): Classifier {
  const scope = ruleById(profile, 'XZ-SCOPE-01');
  // the only codes computed (src/profiles/codes.ts): projects, due with the permit application
  codeOf(scope, 'policyUnit');
  codeOf(scope, 'insureBy');
  return projectScope(
    {
      ruleId: 'XZ-SCOPE-01',
      mandatory: [
        'a housing or municipal project: insured before the permit is applied for',
        '房屋市政工程：办理施工许可证前投保',
      ],
      notYetStarted: null,
      // 办理施工许可证前投保: a project with no permit to apply for is outside
      permitRequired: true,
    },
    asOf,
  );
}
