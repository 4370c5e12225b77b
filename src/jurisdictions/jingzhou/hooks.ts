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
// No codes of its own: JZ-COVER-01's includes is read by the shared cover check whatever the rule,
// and its codes are listed by name in src/profiles/codes.ts.
