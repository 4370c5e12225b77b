import type { Profile, Rule } from '../../src/index.js';

/**
 * A hand-made copy of a shipped profile with one rule changed, e.g. a parameter taken away to see what
 * a check falls back to. The library validates such a profile when it is passed as the jurisdiction.
 */
export const withRule = (base: Profile, id: string, change: (r: Rule) => Rule): Profile => ({
  ...base,
  rules: base.rules.map((r) => (r.id === id ? change(r) : r)),
});

/** The same profile with every parameter of one rule left out. */
export const withoutParams = (base: Profile, id: string): Profile =>
  withRule(base, id, (r) => ({ ...r, params: {} }));
