// Small builders for criteria, so each check reads as the clause it implements: which facts, which
// value passes, and what to say. A missing fact is `unknown`, never a pass.
import { bi } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { ruleById } from '../profiles/find-rule.js';
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
