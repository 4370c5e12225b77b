import { notYetDue, projectScope, type Classifier } from '../../coverage/classification.js';
import { codeOf } from '../../profiles/codes.js';
import { ruleById } from '../../profiles/find-rule.js';
import { param } from '../../profiles/params.js';
import type { Profile } from '../../profiles/schema.js';
import type { CalendarDate } from '../../time/calendar-date.js';

// AH-SCOPE-01's obligation comes with the start (开工前): a project starting after the as-of date owes nothing yet.
const NOT_YET_STARTED = notYetDue(
  ['AH-SCOPE-01'],
  'work starts after the as-of date: nothing is due yet',
  '开工日晚于统计日：尚无投保义务',
);

/**
 * AH-SCOPE-01: housing and municipal projects needing a construction permit (`needsConstructionPermit`),
 * insured before work starts (`insureBy`), one policy per project (AH-PARTY-01 `policyUnit`).
 */
export function anhuiClassifier(profile: Profile, asOf: CalendarDate): Classifier {
  const scope = ruleById(profile, 'AH-SCOPE-01');
  // the only codes computed (src/profiles/codes.ts): the roster counts projects, due at the start
  codeOf(ruleById(profile, 'AH-PARTY-01'), 'policyUnit');
  const byStart = codeOf(scope, 'insureBy') === 'before-work-starts';
  const permitRequired = param(scope, 'needsConstructionPermit', 'boolean').value;
  return projectScope(
    {
      ruleId: 'AH-SCOPE-01',
      mandatory: permitRequired
        ? [
            'a housing or municipal project needing a permit: insured before work starts',
            '需办理施工许可证的房屋市政工程：开工前投保',
          ]
        : [
            'a housing or municipal project: insured before work starts',
            '房屋市政工程：开工前投保',
          ],
      notYetStarted: byStart ? NOT_YET_STARTED : null,
      permitRequired,
    },
    asOf,
  );
}
