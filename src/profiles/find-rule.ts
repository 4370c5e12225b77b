import { bi, fail } from '../errors/errors.js';
import { ensureProfile } from './ensure.js';
import { indexOf } from './rule-index.js';
import type { Profile, Rule } from './schema.js';

/** The rule with this ID in a profile already validated (internal). */
export function ruleById(profile: Profile, id: string): Rule {
  const rule = indexOf(profile).byId.get(id);
  if (rule === undefined)
    fail(['ruleId'], 'unknown_rule', { value: id }, `a rule ID of ${profile.id}`);
  return rule;
}

/**
 * The rule with this ID in a profile.
 * @throws {ValidationError} `unknown_rule` when the profile has no such rule
 * @example findRule(anhui, 'AH-RATE-02').params.reference //=> { type: 'rate', value: { value: '0.00165', unit: 'permille' } }
 */
export function findRule(profile: Profile, id: string): Rule {
  const rule = ensureProfile(profile).rules.find((r) => r.id === id);
  if (rule === undefined)
    fail(
      ['ruleId'],
      'unknown_rule',
      { value: typeof id === 'string' ? id : typeof id },
      `a rule ID of ${profile.id}`,
    );
  return rule;
}

/**
 * The rule a capability applies, from the profile of the jurisdiction it is asked about (internal): a
 * capability that only some jurisdictions' law has (Xinzhou's quote letter, XZ-OPS-04) asks for the rule
 * by ID, not for the jurisdiction by name, so any profile that carries the rule can use it.
 * @throws {ValidationError} `invalid_option` on `jurisdiction` when the profile has no such rule
 */
export function ruleApplied(profile: Profile, id: string): Rule {
  const rule = indexOf(profile).byId.get(id);
  if (rule === undefined)
    fail(
      ['jurisdiction'],
      'invalid_option',
      { detail: bi(`${id} is not a rule of ${profile.id}`, `${profile.id}无${id}规定`) },
      `a jurisdiction with rule ${id}`,
    );
  return rule;
}
