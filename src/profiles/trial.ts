import { bi } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { addMonths } from '../time/arithmetic.js';
import { compareValid, type CalendarDate } from '../time/calendar-date.js';
import { ensureProfile } from './ensure.js';
import { indexOf } from './rule-index.js';
import { monthsOf } from './codes.js';
import type { Citation, Profile, ProfileWarning } from './schema.js';

/** A document's trial period (试行期), or why it cannot be computed. */
export interface TrialPeriod {
  readonly ruleId: string;
  readonly citation: Citation;
  /** The issue date, the first day of the trial; null when the source does not state it. */
  readonly start: CalendarDate | null;
  /** The last day of the trial; null when the start is unknown. */
  readonly end: CalendarDate | null;
  readonly reason: Bilingual;
}

/**
 * The trial period a profile's document sets (XZ-TERM-01: "自印发之日起实施，试行期为1年"), or null
 * when it sets none. The trial runs from the issue date; by the Civil Code (art. 201–202) a period in
 * months starts counting the next day and ends on the corresponding day of its last month, so a 1-year
 * trial from 2024-09-01 ends on 2025-09-01 (29 February clamps to the 28th). Xinzhou's notice does not
 * state its issue date: the end is then null and the reason says so; `deriveProfile` supplies the date.
 *
 * @throws {ValidationError} when `profile` is not a valid profile
 * @example trialPeriod(deriveProfile(xinzhou, { issued: '2024-09-01' }))?.end //=> '2025-09-01'
 */
export const trialPeriod = (profile: Profile): TrialPeriod | null =>
  trialOf(ensureProfile(profile));

/** {@link trialPeriod} for a profile already validated (internal). */
function trialOf(profile: Profile): TrialPeriod | null {
  const rule = indexOf(profile).trial;
  if (rule === null) return null;
  const months = { value: monthsOf(rule, 'trial') };
  const start = profile.document.issued;
  if (start === null) {
    return Object.freeze({
      ruleId: rule.id,
      citation: rule.citation,
      start: null,
      end: null,
      reason: bi(
        `a trial of ${months.value} months from the issue date, which is not stated, so its end cannot be computed`,
        `自印发之日起试行${months.value}个月，印发日期未载明，无法计算试行期终止日`,
      ),
    });
  }
  const end = addMonths(start, months.value);
  return Object.freeze({
    ruleId: rule.id,
    citation: rule.citation,
    start,
    end,
    reason: bi(
      `a trial of ${months.value} months from ${start}, ending on ${end}`,
      `自${start}起试行${months.value}个月，至${end}止`,
    ),
  });
}

/** The profile's own warnings plus those that depend on the date (a trial period that has ended). */
export function warningsOn(profile: Profile, asOf: CalendarDate): readonly ProfileWarning[] {
  const trial = trialOf(profile);
  if (trial?.end == null || compareValid(asOf, trial.end) <= 0) return profile.warnings;
  return Object.freeze([
    ...profile.warnings,
    Object.freeze({
      code: 'trial-period-ended',
      message: bi(
        `the trial period (${trial.ruleId}) ended on ${trial.end}: check whether the document was renewed or revised`,
        `试行期（${trial.ruleId}）已于${trial.end}届满：请核实文件是否延续或修订`,
      ),
    }),
  ]);
}
