import type { Bilingual } from '../errors/messages.js';
import type { Citation, Profile, ProfileWarning, Rule } from '../profiles/schema.js';
import type { CalendarDate } from '../time/calendar-date.js';

/** The outcome of one criterion, or of a whole check. A missing fact is `unknown`, never a pass. */
export type Status = 'pass' | 'fail' | 'unknown';

/** One criterion of a check: which rule, what it found, why, and from which facts. */
export interface Criterion {
  readonly ruleId: string;
  readonly citation: Citation;
  readonly status: Status;
  readonly reason: Bilingual;
  /** The facts this criterion read (names of input fields). */
  readonly factsUsed: readonly string[];
  /** The facts it needed and did not get (the cause of an `unknown`). */
  readonly factsMissing: readonly string[];
}

/** A verdict: overall status and every criterion behind it. */
export interface Verdict {
  readonly status: Status;
  readonly criteria: readonly Criterion[];
}

/** A verdict for one jurisdiction and date, with the profile's warnings on that date. */
export interface DatedVerdict extends Verdict {
  readonly jurisdiction: Profile['id'];
  readonly asOf: CalendarDate;
  readonly warnings: readonly ProfileWarning[];
}

/**
 * The overall status of a list of criteria: `fail` if any fails, else `unknown` if any is unknown,
 * else `pass`. No criteria at all is `unknown`: nothing was shown to pass.
 */
export function overall(criteria: readonly Criterion[]): Status {
  if (criteria.some((c) => c.status === 'fail')) return 'fail';
  if (criteria.length === 0 || criteria.some((c) => c.status === 'unknown')) return 'unknown';
  return 'pass';
}

/** A frozen criterion for a rule. */
export function criterion(
  rule: Rule,
  status: Status,
  reason: Bilingual,
  factsUsed: readonly string[],
  factsMissing: readonly string[] = [],
): Criterion {
  return Object.freeze({
    ruleId: rule.id,
    citation: rule.citation,
    status,
    reason: Object.freeze({ zh: reason.zh, en: reason.en }),
    factsUsed: Object.freeze([...factsUsed]),
    factsMissing: Object.freeze([...factsMissing]),
  });
}

/** Builds a frozen verdict from its criteria. */
export function verdict(criteria: readonly Criterion[]): Verdict {
  return Object.freeze({
    status: overall(criteria),
    criteria: Object.freeze(criteria.map((c) => Object.freeze(c))),
  });
}
