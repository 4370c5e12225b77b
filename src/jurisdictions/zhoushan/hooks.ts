// Zhoushan's own rules, by the capability that calls them (see `LocalRules`): the tables in
// `src/jurisdictions/hooks/` are built from these, and a standalone build for Zhoushan alone
// (`anzexian/standalone/zhoushan`) takes only these.
import type { LocalRules } from '../local-rules.js';
import { zhoushanCalendar } from './calendar.js';
import { zhoushanEnterpriseObligations } from './obligations.js';
import { zhoushanClassifier, zhoushanEquivalentCounts } from './scope.js';

/** Zhoushan's rules on who is in scope (coverage status, classification). */
export const scope: LocalRules = {
  classifier: zhoushanClassifier,
  equivalentInsuranceCounts: zhoushanEquivalentCounts,
};
/** Zhoushan's rules on a project's or an enterprise's obligations (`checkProject`, `checkEnterprise`). */
export const obligations: LocalRules = { enterpriseObligations: zhoushanEnterpriseObligations };
/** Zhoushan's rules on the dated obligations of its own document (`complianceCalendar`). */
export const calendar: LocalRules = { calendarEvents: zhoushanCalendar };
