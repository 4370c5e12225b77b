// Xinzhou's own rules, by the capability that calls them (see `LocalRules`): the tables in
// `src/jurisdictions/hooks/` are built from these, and a standalone build for Xinzhou alone
// (`anzexian/standalone/xinzhou`) takes only these.
import { ruleById } from '../../profiles/find-rule.js';
import type { Profile } from '../../profiles/schema.js';
import type { LocalRules } from '../local-rules.js';
import { xinzhouInsurerCriteria } from './insurer.js';
import { xinzhouProjectObligations } from './obligations.js';
import { xinzhou } from './profile.js';
import { xinzhouClassifier } from './scope.js';
import { xinzhouServiceFirmCriteria } from './service-firm.js';
import { xinzhouServiceDelivery } from './services.js';

/** Xinzhou's rules on who is in scope (coverage status, classification). */
export const scope: LocalRules = { classifier: xinzhouClassifier };
/** Xinzhou's rules on a project's or an enterprise's obligations (`checkProject`, `checkEnterprise`). */
export const obligations: LocalRules = { projectObligations: xinzhouProjectObligations };
/** Xinzhou's rules on the conditions for insurers and service firms (`checkInsurer`, `checkServiceFirm`). */
export const parties: LocalRules = {
  insurerCriteria: xinzhouInsurerCriteria,
  serviceFirmCriteria: xinzhouServiceFirmCriteria,
};
/** Xinzhou's rules on what a prevention service must deliver (`checkServiceDelivery`). */
export const delivery: LocalRules = { serviceDeliveryCriteria: xinzhouServiceDelivery };
/**
 * Xinzhou states no rate, but the quote letter must state the rate used (XZ-OPS-04), and the parties of
 * a project share its premium by XZ-PARTY-01 (`quotePremium`, `splitPremium`).
 */
export const pricing: LocalRules = {
  filedRateRule: (p: Profile) => ruleById(p, 'XZ-OPS-04'),
  // the version given, else (a quote that names only its jurisdiction) the shipped one
  premiumSharingRule: (p: Profile | null) => ruleById(p ?? xinzhou, 'XZ-PARTY-01'),
};

/** The codes this jurisdiction's computations implement, by `<rule>.<parameter>` (see `implementedCodes`). */
export const codes: LocalRules = {
  implementedCodes: {
    // when the duty to insure falls due: the permit application (Xinzhou 一)
    'XZ-SCOPE-01.insureBy': ['before-permit-application'],
    // the unit of a policy, and so of the roster: the project
    'XZ-SCOPE-01.policyUnit': ['project'],
    // the agreements a premium is shared on (each is the basis of two payer roles)
    'XZ-PARTY-01.shareBasis': ['subcontract', 'joint-venture-agreement'],
    // a phased project is insured per construction contract (XZ-PARTY-01): one quote per contract
    'XZ-PARTY-01.phasedPolicyUnit': ['construction-contract'],
    // the credit lists an insurer must not be on (each is one condition)
    'XZ-INS-07.lists': ['gsxt-serious-violation', 'creditchina-dishonest-debtor'],
    // the application documents (each is one document asked for)
    'XZ-APP-01.documents': [
      'construction-contract',
      'application-form',
      'enterprise-documents',
      'insurer-other',
    ],
    // what is registered within a month of issue (one date registers them all: an empty list, nothing
    // to register)
    'XZ-SVC-01.registers': ['insurer-service-team', 'third-party-firm', 'project-service-team'],
    // how XZ-FIRM-05's tiers count a person who meets two of them, unless the caller chooses
    'XZ-FIRM-05.defaultReading': ['distinct-persons', 'overlapping-persons'],
  },
};
