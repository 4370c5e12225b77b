import { expect } from 'vitest';
import type { Criterion } from '../../src/index.js';

/** The criterion a verdict gives for one rule ID (undefined when the verdict has none). */
export const find = (
  v: { readonly criteria: readonly Criterion[] },
  id: string,
): Criterion | undefined => v.criteria.find((c) => c.ruleId === id);

/** Like {@link find}, but fails the test when the verdict has no criterion for the rule. */
export const criterionOf = (
  v: { readonly criteria: readonly Criterion[] },
  id: string,
): Criterion => {
  const c = find(v, id);
  if (c === undefined) return expect.unreachable(`no criterion ${id}`);
  return c;
};
