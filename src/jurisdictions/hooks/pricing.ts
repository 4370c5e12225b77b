import { ruleById } from '../../profiles/find-rule.js';
import type { Profile } from '../../profiles/schema.js';
import type { HookTable } from '../local-rules.js';
import { xinzhou } from '../xinzhou/profile.js';

/**
 * Xinzhou states no rate, but the quote letter must state the rate used (XZ-OPS-04), and the parties of
 * a project share its premium by XZ-PARTY-01 (`quotePremium`, `splitPremium`).
 */
export const PRICING: HookTable<'filedRateRule' | 'premiumSharingRule'> = new Map([
  [
    'xinzhou',
    {
      filedRateRule: (p: Profile) => ruleById(p, 'XZ-OPS-04'),
      // the version given, else (a quote that names only its jurisdiction) the shipped one
      premiumSharingRule: (p: Profile | null) => ruleById(p ?? xinzhou, 'XZ-PARTY-01'),
    },
  ],
]);
