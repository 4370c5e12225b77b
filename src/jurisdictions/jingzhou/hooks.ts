// Jingzhou's own rules, by the capability that calls them (see `LocalRules`): the tables in
// `src/jurisdictions/hooks/` are built from these, and a standalone build for Jingzhou alone
// (`anzexian/standalone/jingzhou`) takes only these.
import type { LocalRules } from '../local-rules.js';
import { jingzhouCalendar } from './calendar.js';
import { jingzhouEnterpriseObligations, jingzhouProjectObligations } from './obligations.js';
import { jingzhouClassifier } from './scope.js';

/** Jingzhou's rules on who is in scope (coverage status, classification). */
export const scope: LocalRules = { classifier: jingzhouClassifier };
/** Jingzhou's rules on a project's or an enterprise's obligations (`checkProject`, `checkEnterprise`). */
export const obligations: LocalRules = {
  projectObligations: jingzhouProjectObligations,
  enterpriseObligations: jingzhouEnterpriseObligations,
};
/** Jingzhou's rules on the dated obligations of its own document (`complianceCalendar`). */
export const calendar: LocalRules = { calendarEvents: jingzhouCalendar };

/** The codes this jurisdiction's computations implement, by `<rule>.<parameter>` (see `implementedCodes`). */
export const codes: LocalRules = {
  implementedCodes: {
    // the people a cover rule names beyond the employees (each is one condition of the check)
    'JZ-COVER-01.includes': ['dispatched-workers', 'interns'],
  },
};
