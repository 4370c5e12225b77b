import type { Bilingual } from '../errors/messages.js';
import { bi } from '../errors/errors.js';
import { compareCny } from '../money/arithmetic.js';
import { compareValid, parseDate, type CalendarDate } from '../time/calendar-date.js';
import { national2017 } from '../jurisdictions/national-2017/profile.js';
import { national2025 } from '../jurisdictions/national-2025/profile.js';
import { ensureProfile } from './ensure.js';
import { assertInForce } from './profile-for.js';
import { indexOf } from './rule-index.js';
import { RuleFamilySchema, type Profile, type Rule, type RuleFamily } from './schema.js';
import { parseWith } from '../errors/zod.js';

const NATIONAL: readonly Profile[] = [national2017, national2025];

/**
 * The national measure in force on a date: 安监总办〔2017〕140号 from 2018-01-01 to 2025-03-28,
 * 应急〔2025〕27号 from 2025-03-29; `null` before 2018-01-01.
 * @example nationalMeasureOn('2021-06-01')?.id //=> 'national-2017'
 */
export function nationalMeasureOn(asOf: CalendarDate | string): Profile | null {
  return nationalOn(parseDate(asOf, ['asOf']));
}

/** {@link nationalMeasureOn} for a date already validated. */
function nationalOn(date: CalendarDate): Profile | null {
  return (
    NATIONAL.find(
      (p) =>
        compareValid(p.validFrom, date) <= 0 &&
        (p.validUntil === null || compareValid(date, p.validUntil) <= 0),
    ) ?? null
  );
}

/** A rule that took part in a resolution, and where it came from. */
export interface RuleSource {
  readonly jurisdiction: Profile['id'];
  readonly source: 'local' | 'national';
  readonly rule: Rule;
}

/** The effective rule of a family on a date (see {@link resolveRule}). */
export interface RuleResolution {
  readonly family: RuleFamily;
  readonly asOf: CalendarDate;
  /** The rule that governs, or null when neither the local document nor the national measure sets one. */
  readonly governing: RuleSource | null;
  /** Every rule considered, local first. */
  readonly considered: readonly RuleSource[];
  readonly reason: Bilingual;
}

const inEffect = (rule: Rule, asOf: CalendarDate): boolean =>
  rule.effectiveFrom === undefined || compareValid(rule.effectiveFrom, asOf) <= 0;

function minimumOf(rule: Rule) {
  const p = rule.params['minimum'];
  return p?.type === 'money' ? p.value : null;
}

/**
 * The effective rule of a family (e.g. `per-person-limit`) for a local profile on a date: the local
 * rule if the local document sets one, else the national measure in force on that date. For a
 * minimum (`per-person-limit`) a local figure never undercuts the national one: the higher governs.
 *
 * @param profile - the local profile (or a national one)
 * @param family - which rule family
 * @param asOf - the date that decides which national measure applies
 * @throws {ValidationError} for an unknown family, a bad profile or date
 * @example
 * resolveRule(getProfile('jingzhou', { asOf: '2026-01-01' }), 'per-person-limit', '2026-01-01').governing?.rule.id
 * //=> 'NAT25-LIMIT-01'
 */
export function resolveRule(
  profile: Profile,
  family: RuleFamily,
  asOf: CalendarDate | string,
): RuleResolution {
  const valid = ensureProfile(profile);
  const fam = parseWith(RuleFamilySchema, family, ['family']);
  const date = parseDate(asOf, ['asOf']);
  // A rule of a document not yet (or no longer) in force resolves nothing: refuse, as a lookup would.
  assertInForce(valid, date);
  return resolveFamily(valid, fam, date);
}

/**
 * The rule that governs a family on a date, without the explanation (internal: the hot path of a
 * quote or a check). Local if the local document sets it, else the national measure in force; for a
 * minimum the higher governs.
 */
export function governingRule(valid: Profile, fam: RuleFamily, date: CalendarDate): Rule | null {
  const local = (indexOf(valid).byFamily.get(fam) ?? []).find((r) => inEffect(r, date)) ?? null;
  const measure = valid.level === 'national' ? null : nationalOn(date);
  const national = measure === null ? null : (indexOf(measure).byFamily.get(fam)?.[0] ?? null);
  if (fam === 'per-person-limit' && local !== null && national !== null) {
    const l = minimumOf(local);
    const n = minimumOf(national);
    if (l && n && compareCny(n, l) > 0) return national;
  }
  return local ?? national;
}

/** {@link resolveRule} for inputs already validated (internal). */
export function resolveFamily(valid: Profile, fam: RuleFamily, date: CalendarDate): RuleResolution {
  const local: RuleSource[] = (indexOf(valid).byFamily.get(fam) ?? [])
    .filter((r) => inEffect(r, date))
    .map((rule) => Object.freeze({ jurisdiction: valid.id, source: 'local', rule }));
  const measure = valid.level === 'national' ? null : nationalOn(date);
  const national: RuleSource[] = (
    measure === null ? [] : (indexOf(measure).byFamily.get(fam) ?? [])
  ).map((rule) =>
    Object.freeze({ jurisdiction: measure?.id ?? 'national-2025', source: 'national', rule }),
  );
  const considered = Object.freeze([...local, ...national]);
  const rule = governingRule(valid, fam, date);
  const governing = considered.find((c) => c.rule === rule) ?? null;
  const overridden = governing !== null && governing.source === 'national' && local.length > 0;
  const reason =
    fam === 'per-person-limit' && local.length > 0 && national.length > 0
      ? overridden
        ? bi(
            'the national minimum is higher: a local minimum never undercuts it',
            '全国最低标准更高，地方标准不得低于全国标准',
          )
        : bi('the local minimum is at least the national one', '地方最低标准不低于全国标准')
      : local.length > 0
        ? bi('the local document sets this rule', '地方文件对此有规定')
        : national.length > 0
          ? bi(
              `the local document is silent: the national measure in force on ${date} applies`,
              `地方文件未规定，适用${date}有效的全国办法`,
            )
          : bi(
              'neither the local document nor the national measure in force sets this rule',
              '地方文件和当时有效的全国办法均未规定',
            );
  return Object.freeze({ family: fam, asOf: date, governing, considered, reason });
}
