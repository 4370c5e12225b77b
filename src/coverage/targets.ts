import { Dec } from '../money/decimal.js';
import type { Citation, Profile } from '../profiles/schema.js';
import { compareValid, type CalendarDate } from '../time/calendar-date.js';

/** A coverage target with the rule that sets it. */
export interface TargetInForce {
  readonly percent: string;
  readonly deadline: CalendarDate;
  readonly year: number | null;
  readonly ruleId: string;
  readonly citation: Citation;
}

/** Every target a profile sets, by category, ordered by deadline (internal). */
export function targetsByCategory(profile: Profile): Map<string, TargetInForce[]> {
  const map = new Map<string, TargetInForce[]>();
  const add = (category: string, t: TargetInForce) => {
    map.set(category, [...(map.get(category) ?? []), t].sort((a, b) => compareValid(a.deadline, b.deadline)));
  };
  for (const rule of profile.rules) {
    const p = rule.params['targets'];
    if (p?.type === 'targets') {
      for (const t of p.value) add(t.category, { percent: t.percent, deadline: t.deadline, year: t.year, ruleId: rule.id, citation: rule.citation });
    }
  }
  // The mandatory-scope rule's own `target` rate (Anhui's AH-SCOPE-01 "实现应保尽保": every project
  // insured) applies to projects from the day the document takes effect.
  const scope = profile.rules.find((r) => r.families?.includes('mandatory-scope') === true && r.params['target']?.type === 'rate');
  const target = scope?.params['target'];
  if (scope !== undefined && target?.type === 'rate') {
    add('projects', { percent: new Dec(target.value.value).times(100).toFixed(), deadline: profile.validFrom, year: null, ruleId: scope.id, citation: scope.citation });
  }
  return map;
}

/**
 * The target in force on a date — a documented reading: the first target whose deadline is on or after
 * `asOf` (the one being worked towards: Jingzhou in 2021 is measured against the 2021 year-end target);
 * once every deadline has passed, the last target stays in force (after 2022 Jingzhou's 100% stays).
 */
export function targetInForce(targets: readonly TargetInForce[], asOf: CalendarDate): TargetInForce | null {
  return targets.find((t) => compareValid(t.deadline, asOf) >= 0) ?? targets[targets.length - 1] ?? null;
}
