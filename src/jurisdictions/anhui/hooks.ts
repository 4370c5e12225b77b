// Anhui's own rules, by the capability that calls them (see `LocalRules`): the tables in
// `src/jurisdictions/hooks/` are built from these, and a standalone build for Anhui alone
// (`anzexian/standalone/anhui`) takes only these.
import type { LocalRules } from '../local-rules.js';
import { anhuiCalendar } from './calendar.js';
import { anhuiInsurerCriteria } from './insurer.js';
import { anhuiProjectObligations } from './obligations.js';
import { anhuiClassifier } from './scope.js';
import { anhuiServiceFirmCriteria } from './service-firm.js';
import { anhuiServiceDelivery } from './services.js';

/** Anhui's rules on who is in scope (coverage status, classification). */
export const scope: LocalRules = { classifier: anhuiClassifier };
/** Anhui's rules on a project's or an enterprise's obligations (`checkProject`, `checkEnterprise`). */
export const obligations: LocalRules = { projectObligations: anhuiProjectObligations };
/** Anhui's rules on the conditions for insurers and service firms (`checkInsurer`, `checkServiceFirm`). */
export const parties: LocalRules = {
  insurerCriteria: anhuiInsurerCriteria,
  serviceFirmCriteria: anhuiServiceFirmCriteria,
};
/** Anhui's rules on what a prevention service must deliver (`checkServiceDelivery`). */
export const delivery: LocalRules = { serviceDeliveryCriteria: anhuiServiceDelivery };
/** Anhui's rules on the dated obligations of its own document (`complianceCalendar`). */
export const calendar: LocalRules = { calendarEvents: anhuiCalendar };

/** The codes this jurisdiction's computations implement, by `<rule>.<parameter>` (see `implementedCodes`). */
export const codes: LocalRules = {
  implementedCodes: {
    // when the duty to insure falls due: the start of work (Anhui 一(一))
    'AH-SCOPE-01.insureBy': ['before-work-starts'],
    // the unit of a policy, and so of the roster: the project
    'AH-PARTY-01.policyUnit': ['project'],
    // the end of the policy period AH-TERM-01 checks against
    'AH-TERM-01.defaultEnd': ['completion-acceptance-filing'],
    // AH-COST-02's payBy and AH-TERM-02's exceptions are read by the shared computations whatever
    // the rule: their codes are listed by name, in src/profiles/codes.ts
    // the bases a premium may be computed on (with pricing.baseKinds, which must agree)
    'AH-RATE-01.baseKind': ['contract-price'],
    'AH-COST-03.baseKind': ['remaining-contract-price'],
  },
};
