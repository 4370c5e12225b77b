import { fail } from '../errors/errors.js';
import { CODES } from '../jurisdictions/hooks/codes.js';
import { bi, type Bilingual } from '../errors/messages.js';
import { param } from './params.js';
import type { Rule } from './schema.js';

// The codes a computation implements, by rule parameter: each jurisdiction declares its own in its
// `hooks.ts` (`codes`, the table `CODES`). A code parameter (AH-SCOPE-01's `insureBy`) or a list whose
// items each switch a condition on (AN-COVER-01's `includes`) means only what the code that reads it
// can compute: another code would be silently ignored, so a profile that gives one is refused when it
// is defined (`contractProblems`), and `codeOf` refuses it as a last guard. A list may drop an item
// (the condition is then not asked), never add one no computation knows.
function implementedBy(key: string): readonly string[] | undefined {
  for (const own of CODES.values()) {
    const codes = own.implementedCodes?.[key];
    if (codes !== undefined) return codes;
  }
  return undefined;
}

// Parameters the shared computations read from whichever rule governs a family (familyCriteria,
// renewal), a caller's own rule included: their codes are checked by name, whatever the rule ID, and
// listed only here (AH-COST-02.payBy, AH-TERM-02.exceptions, JZ-COVER-01 and AN-COVER-01.includes).
const BY_NAME: ReadonlyMap<string, readonly string[]> = new Map([
  ['includes', ['dispatched-workers', 'interns']],
  ['payBy', ['before-work-starts']],
  ['exceptions', ['closed-by-law', 'fully-stopped']],
]);

/** The codes the computation of `ruleId`'s parameter `name` implements, or undefined when any is data. */
export const implementedCodes = (ruleId: string, name: string): readonly string[] | undefined =>
  implementedBy(`${ruleId}.${name}`) ?? BY_NAME.get(name);

// The units a count parameter may be in, by name, where the computation reads the unit (a trial, a
// lookback, a period: months or years), and the least value that means something.
const COUNT_UNITS: ReadonlyMap<string, { units: readonly string[]; min: number }> = new Map([
  ['trial', { units: ['months', 'years'], min: 1 }],
  ['lookback', { units: ['years', 'months'], min: 1 }],
  ['every', { units: ['months', 'years'], min: 1 }],
]);

/** Where a count parameter read by name is in a unit or below a value its computation cannot use. */
export function countProblem(
  ruleId: string,
  name: string,
  value: number,
  unit: string,
): Bilingual | null {
  const allowed = COUNT_UNITS.get(name);
  if (allowed === undefined) return null;
  if (!allowed.units.includes(unit))
    return bi(
      `${ruleId}.${name} must be in ${allowed.units.join(' or ')} (got ${unit})`,
      `${ruleId}.${name}须以${allowed.units.join('或')}计（实为${unit}）`,
    );
  if (value < allowed.min)
    return bi(
      `${ruleId}.${name} must be at least ${allowed.min} (got ${value})`,
      `${ruleId}.${name}不得小于${allowed.min}（实为${value}）`,
    );
  return null;
}

/**
 * A code parameter's value, refused unless the computation implements it (see {@link implementedCodes}).
 *
 * @throws {ValidationError} `profile_parameter` when the parameter is missing or not a code,
 *   `profile_inconsistent` when the code is one no computation implements
 */
export function codeOf(rule: Rule, name: string): string {
  const { value } = param(rule, name, 'code');
  const known = implementedCodes(rule.id, name);
  if (known !== undefined && !known.includes(value))
    fail(['jurisdiction', 'rules', rule.id, 'params', name], 'profile_inconsistent', {
      detail: unknownCode(rule.id, name, value, known),
    });
  return value;
}

/** The refusal of a code no computation implements, in both languages. */
export function unknownCode(
  ruleId: string,
  name: string,
  value: string,
  known: readonly string[],
): Bilingual {
  return bi(
    `${ruleId}.${name}: ${value} is not a code anzexian computes (known: ${known.join(', ')})`,
    `${ruleId}.${name}：${value}不是可计算的取值（可用：${known.join('、')}）`,
  );
}

/**
 * A count parameter read as a number of months (`trial`, `lookback`, `every`: months, or years of 12),
 * refused as {@link countProblem} refuses it at definition — the last guard for a profile that escaped it.
 *
 * @throws {ValidationError} `profile_parameter` when missing or not a count, `profile_inconsistent` for
 *   another unit or a value below the least
 */
export function monthsOf(rule: Rule, name: string): number {
  const { value, unit } = param(rule, name, 'count');
  const bad = countProblem(rule.id, name, value, unit);
  if (bad !== null)
    fail(['jurisdiction', 'rules', rule.id, 'params', name], 'profile_inconsistent', {
      detail: bad,
    });
  return unit === 'years' ? value * 12 : value;
}
