import { expect } from 'vitest';
import { checkProject, type CheckProjectInput, type Criterion } from '../../src/index.js';

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

/** `checkProject` with the facts given, as of 2026-01-01 unless stated. */
export const project = (
  jurisdiction: CheckProjectInput['jurisdiction'],
  facts: CheckProjectInput['facts'],
  asOf = '2026-01-01',
) => checkProject({ jurisdiction, asOf, facts });

/** The criterion `checkProject` gives for one rule (fails the test when there is none). */
export const projectCriterion = (
  jurisdiction: CheckProjectInput['jurisdiction'],
  id: string,
  facts: CheckProjectInput['facts'],
  asOf = '2026-01-01',
): Criterion => criterionOf(project(jurisdiction, facts, asOf), id);

/** The rule IDs a test title starts with ("AH-SCOPE-01 XZ-SCOPE-01 every obligation met" → both). */
export const titleRuleIds = (title: string): string[] =>
  (/^(?:[A-Z][A-Z0-9]*-[A-Z0-9]+(?:-[A-Z0-9]+)? )+/.exec(title)?.[0] ?? '')
    .trim()
    .split(' ')
    .filter(Boolean);

/**
 * A verdict reduced to what a hand-worked row states: its overall status and, for each rule ID named,
 * the statuses of that rule's criteria in order, space-separated ('' when the verdict has none).
 */
export const statusesOf = (
  v: { readonly status?: string; readonly criteria: readonly Criterion[] },
  ids: readonly string[],
): Record<string, string> => ({
  ...(v.status === undefined ? {} : { status: v.status }),
  ...Object.fromEntries(
    ids.map((id) => [
      id,
      v.criteria
        .filter((c) => c.ruleId === id)
        .map((c) => c.status)
        .join(' '),
    ]),
  ),
});

/**
 * The rule IDs a hand-worked row states statuses for (its keys but `status`), after checking that every
 * rule ID of the title is among them: a title carries only the rules its row proves.
 */
export const ruleIdsOf = (title: string, expected: Record<string, string>): string[] => {
  const ids = Object.keys(expected).filter((k) => k !== 'status');
  expect(ids).toEqual(expect.arrayContaining(titleRuleIds(title)));
  return ids;
};
