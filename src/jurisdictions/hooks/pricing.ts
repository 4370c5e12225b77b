// One table of local rules, built from each jurisdiction's `hooks.ts` (its export `pricing`). A standalone
// build for one jurisdiction replaces this module with that jurisdiction's entry alone
// (`scripts/standalone-plugin.ts`): keep the shape `export const NAME = new Map([...])`.

import * as xinzhou from '../xinzhou/hooks.js';
import type { HookTable } from '../local-rules.js';

/** Xinzhou states no rate, but the quote letter must state the rate used (XZ-OPS-04), and the parties of
 * a project share its premium by XZ-PARTY-01 (`quotePremium`, `splitPremium`). */
export const PRICING: HookTable<'filedRateRule' | 'premiumSharingRule'> = new Map([
  ['xinzhou', xinzhou.pricing],
]);
