import { Dec } from '../money/decimal.js';
import type { Rate } from '../money/rate.js';
import { PROFILES } from './shipped.js';
import type { Profile, Rule, RuleFamily } from './schema.js';

/** Rules of one profile by ID and by family, for lookups on hot paths. */
export interface RuleIndex {
  readonly byId: ReadonlyMap<string, Rule>;
  readonly byFamily: ReadonlyMap<RuleFamily, readonly Rule[]>;
  /** The rule that sets a trial period (a `trial` parameter), if any. */
  readonly trial: Rule | null;
}

function build(profile: Profile): RuleIndex {
  const byId = new Map<string, Rule>();
  const byFamily = new Map<RuleFamily, Rule[]>();
  for (const rule of profile.rules) {
    byId.set(rule.id, rule);
    for (const family of rule.families ?? [])
      byFamily.set(family, [...(byFamily.get(family) ?? []), rule]);
  }
  const trial = profile.rules.find((r) => r.params['trial']?.type === 'count') ?? null;
  return { byId, byFamily, trial };
}

// Built once, when the module loads, from the shipped profiles, which never change: constants, not
// state. A profile that is not shipped (a derived one) is indexed on each call instead.
const SHIPPED: ReadonlyMap<Profile, RuleIndex> = new Map(PROFILES.map((p) => [p, build(p)]));

/** The index of a profile's rules. */
export const indexOf = (profile: Profile): RuleIndex => SHIPPED.get(profile) ?? build(profile);

// The exact decimal of every rate the shipped profiles carry, read once.
const SHIPPED_RATES: ReadonlyMap<Rate, Dec> = new Map(
  PROFILES.flatMap((p) => p.rules.flatMap((r) => Object.values(r.params))).flatMap((param) =>
    param.type === 'rate' ? [[param.value, new Dec(param.value.value)] as const] : [],
  ),
);

/** The exact decimal of a rate, without re-reading the shipped ones. */
export const rateDecimal = (rate: Rate): Dec => SHIPPED_RATES.get(rate) ?? new Dec(rate.value);
