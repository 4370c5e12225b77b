import { bi } from '../errors/errors.js';
import { param } from '../profiles/params.js';
import type { Rule } from '../profiles/schema.js';
import type { Criterion } from '../verdict/verdict.js';
import { criterion } from './criteria.js';

/** One member of a service firm's staff (XZ-FIRM-05). */
export interface StaffMember {
  readonly name: string;
  readonly title: 'none' | 'junior' | 'intermediate' | 'senior' | 'full-senior';
  readonly certificates: readonly string[];
  readonly safetyYears: number;
}

/** How a person may count across tiers: once (distinct, the default) or in every tier they qualify for. */
export type TierReading = 'distinct' | 'overlapping';

interface Tier {
  readonly minPersons: number;
  readonly minYears: number;
  readonly seniorTitle: boolean;
  readonly certificate: boolean;
}

function tiersOf(rule: Rule): Tier[] {
  return param(rule, 'tiers', 'table').rows.map((row) => ({
    minPersons: Number(row[1]),
    minYears: Number(row[2]),
    seniorTitle: row[3] === 'yes',
    certificate: row[4] === 'yes',
  }));
}

const qualifies = (s: StaffMember, t: Tier, certificates: ReadonlySet<string>): boolean =>
  s.safetyYears >= t.minYears &&
  (!t.seniorTitle || s.title === 'senior' || s.title === 'full-senior') &&
  (!t.certificate || s.certificates.some((c) => certificates.has(c)));

/**
 * XZ-FIRM-05 (七(五)): staff tiers — ≥ 1 with a senior title, a registered certificate and 15 years;
 * ≥ 3 with a certificate and 10 years; ≥ 5 professionals with 5 years ("不少于": the minimum passes).
 *
 * The tiers are nested: whoever meets a higher tier meets the lower ones. The source does not say
 * whether one person may count in two tiers. `distinct` (default, the stricter reading): each person
 * counts once, so the firm needs ≥ 1 in the top tier, ≥ 4 in the top two, ≥ 9 in all three;
 * `overlapping`: 1 / 3 / 5. People are assigned top tier first, in the order listed, and the verdict
 * names them.
 */
export function staffTierCriterion(
  rule: Rule,
  staff: readonly StaffMember[] | undefined,
  reading: TierReading,
  certificates: ReadonlySet<string>,
): Criterion {
  const label =
    reading === 'distinct'
      ? bi('distinct persons', '按不同人员计')
      : bi('one person may count in several tiers', '同一人可在多档计数');
  if (staff === undefined)
    return criterion(
      rule,
      'unknown',
      bi(`no staff list given (reading: ${label.en})`, `未提供人员名单（计数口径：${label.zh}）`),
      [],
      ['staff'],
    );
  const tiers = tiersOf(rule);
  const used = new Set<string>();
  const lines: { en: string; zh: string; ok: boolean }[] = [];
  tiers.forEach((tier, k) => {
    const eligible = staff.filter(
      (s) => qualifies(s, tier, certificates) && (reading === 'overlapping' || !used.has(s.name)),
    );
    const counted = eligible.slice(0, tier.minPersons);
    if (reading === 'distinct') counted.forEach((s) => used.add(s.name));
    const names = (sep: string) => counted.map((s) => s.name).join(sep) || '—';
    const ok = counted.length >= tier.minPersons;
    lines.push({
      ok,
      en: `tier ${k + 1} (≥ ${tier.minPersons}, ${tier.minYears} years${tier.certificate ? ', certificate' : ''}${tier.seniorTitle ? ', senior title' : ''}): ${counted.length} — ${names(', ')}`,
      zh: `第${k + 1}档（不少于${tier.minPersons}人，${tier.minYears}年以上${tier.certificate ? '，注册证书' : ''}${tier.seniorTitle ? '，高级职称' : ''}）：${counted.length}人——${names('、')}`,
    });
  });
  const ok = lines.every((l) => l.ok);
  const en = `${ok ? 'met' : 'not met'} (reading: ${label.en}): ${lines.map((l) => l.en).join('; ')}`;
  const zh = `${ok ? '满足' : '不满足'}（计数口径：${label.zh}）：${lines.map((l) => l.zh).join('；')}`;
  return criterion(rule, ok ? 'pass' : 'fail', { en, zh }, ['staff']);
}
