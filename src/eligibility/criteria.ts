// Small builders for criteria, so each check reads as the clause it implements: which facts, which
// value passes, and what to say. A missing fact is `unknown`, never a pass.
import { bi } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { ruleById } from '../profiles/find-rule.js';
import { monthsOf } from '../profiles/codes.js';
import { param } from '../profiles/params.js';
import { addMonths } from '../time/arithmetic.js';
import { compareValid, type CalendarDate } from '../time/calendar-date.js';
import type { Profile, Rule } from '../profiles/schema.js';
import { criterion, type Criterion } from '../verdict/verdict.js';

/** One condition of a rule: the fact's name, the value that satisfies the rule, and what it means. */
export type Condition = readonly [fact: string, wanted: boolean, meaning: Bilingual];

export { criterion };

const join = (xs: readonly Bilingual[], lang: keyof Bilingual) =>
  xs.map((x) => x[lang]).join(lang === 'zh' ? '；' : '; ');

/**
 * A rule made of yes/no conditions: `fail` if any known fact has the wrong value (naming it),
 * else `unknown` if any fact is missing, else `pass`.
 */
export function conditions(
  rule: Rule,
  facts: Readonly<Record<string, unknown>>,
  list: readonly Condition[],
): Criterion {
  const failed = list.filter(
    ([name, wanted]) => facts[name] !== undefined && facts[name] !== wanted,
  );
  const missing = list.filter(([name]) => facts[name] === undefined);
  const used = list.filter(([name]) => facts[name] !== undefined).map(([name]) => name);
  if (failed.length > 0) {
    const m = failed.map(([, , meaning]) => meaning);
    return criterion(
      rule,
      'fail',
      bi(`not met: ${join(m, 'en')}`, `不满足：${join(m, 'zh')}`),
      used,
      missing.map(([n]) => n),
    );
  }
  if (missing.length > 0) {
    const m = missing.map(([, , meaning]) => meaning);
    return criterion(
      rule,
      'unknown',
      bi(`not shown: ${join(m, 'en')}`, `缺少事实：${join(m, 'zh')}`),
      used,
      missing.map(([n]) => n),
    );
  }
  const m = list.map(([, , meaning]) => meaning);
  return criterion(rule, 'pass', bi(`met: ${join(m, 'en')}`, `满足：${join(m, 'zh')}`), used);
}

/** A rule that a count or a number of years must reach (a floor "不少于/不低于": the floor itself passes). */
export function atLeast(
  rule: Rule,
  fact: string,
  value: number | undefined,
  minimum: number,
  what: Bilingual,
): Criterion {
  if (value === undefined)
    return criterion(
      rule,
      'unknown',
      bi(`not shown: ${what.en}`, `缺少事实：${what.zh}`),
      [],
      [fact],
    );
  return value >= minimum
    ? criterion(
        rule,
        'pass',
        bi(`${what.en}: ${value} ≥ ${minimum}`, `${what.zh}：${value} ≥ ${minimum}`),
        [fact],
      )
    : criterion(
        rule,
        'fail',
        bi(`${what.en}: ${value} < ${minimum}`, `${what.zh}：${value} < ${minimum}`),
        [fact],
      );
}

/** The rule with this ID in the profile (internal: the profile is already validated). */
export const rule = (profile: Profile, id: string): Rule => ruleById(profile, id);

/**
 * "近三年内无…记录" (AH-INS-01, XZ-FIRM-03): whether a record falls within the rule's `lookback` (a count
 * of years or months) before `asOf`, both ends included, as the value of the yes/no fact `inWindow`
 * that {@link conditions} reads. The latest record's date (`dateFact`; null: none on record) decides
 * under any lookback; the yes/no fact, whose name says three years, only while the lookback is three
 * years — under another it answers a different question, so the fact is then missing (unknown). A
 * latest record after `asOf` (an earlier one may fall inside), or a date and a yes/no fact that
 * disagree, leave it unknown.
 */
function withinLookback(
  rule: Rule,
  facts: Readonly<Record<string, unknown>>,
  asOf: CalendarDate,
  inWindow: string,
  dateFact: string,
): Readonly<Record<string, unknown>> {
  const months = monthsOf(rule, 'lookback');
  const latest = facts[dateFact] as CalendarDate | null | undefined;
  const said = months === 36 ? facts[inWindow] : undefined;
  // the latest record after the as-of date hides whether an earlier one falls inside: unknown
  const fromDate =
    latest === undefined || (latest !== null && compareValid(latest, asOf) > 0)
      ? undefined
      : latest !== null && compareValid(latest, addMonths(asOf, -months)) >= 0;
  // the date and the yes/no fact disagree: unknown, never the answer that passes
  const value =
    fromDate === undefined
      ? latest === undefined
        ? said
        : undefined
      : said !== undefined && said !== fromDate
        ? undefined
        : fromDate;
  return { ...facts, [inWindow]: value };
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** "the last N years" (or months), from a rule's `lookback` (近三年: Chinese numerals up to ten). */
export function lookbackText(rule: Rule): Bilingual {
  const { value, unit } = param(rule, 'lookback', 'count');
  const n = NUMERALS[value] ?? String(value);
  return unit === 'years'
    ? bi(`the last ${value} years`, `近${n}年`)
    : bi(`the last ${value} months`, `近${n}个月`);
}

/**
 * {@link conditions} with one of them a "none within the lookback" fact (see {@link withinLookback}):
 * when the caller gave the latest record's date, the criterion names that fact as the one used.
 */
export function lookbackConditions(
  rule: Rule,
  facts: Readonly<Record<string, unknown>>,
  asOf: CalendarDate,
  inWindow: string,
  dateFact: string,
  list: readonly Condition[],
): Criterion {
  const c = conditions(rule, withinLookback(rule, facts, asOf, inWindow, dateFact), list);
  if (facts[dateFact] === undefined) return c;
  const named = (names: readonly string[]) => names.map((n) => (n === inWindow ? dateFact : n));
  return criterion(rule, c.status, c.reason, named(c.factsUsed), named(c.factsMissing));
}
