// Anhua's own rules, by the capability that calls them (see `LocalRules`): the tables in
// `src/jurisdictions/hooks/` are built from these, and a standalone build for Anhua alone
// (`anzexian/standalone/anhua`) takes only these.
import type { LocalRules } from '../local-rules.js';
import { anhuaCalendar } from './calendar.js';
import { anhuaEnterpriseObligations } from './obligations.js';
import { anhuaClassifier } from './scope.js';

/** Anhua's rules on who is in scope (coverage status, classification). */
export const scope: LocalRules = { classifier: anhuaClassifier };
/** Anhua's rules on a project's or an enterprise's obligations (`checkProject`, `checkEnterprise`). */
export const obligations: LocalRules = { enterpriseObligations: anhuaEnterpriseObligations };
/** Anhua's rules on the dated obligations of its own document (`complianceCalendar`). */
export const calendar: LocalRules = { calendarEvents: anhuaCalendar };

/** The codes this jurisdiction's computations implement, by `<rule>.<parameter>` (see `implementedCodes`). */
export const codes: LocalRules = {
  implementedCodes: {
    // the conduct AN-ENF-01 attaches a consequence to (each is one consequence reported)
    'AN-ENF-01.consequences': [
      'not-insured',
      'premium-passed-on',
      'compensation-unpaid',
      'refuses-rectification',
    ],
    // AN-COVER-01's includes is read by the shared cover check whatever the rule: its codes are
    // listed by name, in src/profiles/codes.ts
  },
};
