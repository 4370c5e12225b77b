import * as z from 'zod/mini';
import { param } from '../profiles/params.js';
import { bi, fail, issue, ValidationError, type Issue } from '../errors/errors.js';
import { fromZodIssues, listOf, parseWith } from '../errors/zod.js';
import { capOfDecimal } from '../money/cap.js';
import { cnyFromDecimal, CnySchema, type Cny } from '../money/cny.js';
import { Dec } from '../money/decimal.js';
import { formatCny } from '../money/format.js';
import { readAmount } from '../money/parse-cny.js';
import { ruleApplied, ruleById } from '../profiles/find-rule.js';
import { profileFor } from '../profiles/profile-for.js';
import { rateDecimal } from '../profiles/rule-index.js';
import { JurisdictionInputSchema } from '../profiles/schema.js';
import { CalendarDateSchema, compareValid, type CalendarDate } from '../time/calendar-date.js';
import { criterion, verdict, type Criterion, type DatedVerdict } from '../verdict/verdict.js';
import { budgetRule } from './budget.js';

const Amount = z.union([z.string(), z.number(), z.bigint(), CnySchema]);
const MAX = new Dec('1e15');
const MAX_ISSUES = 100;
const MAX_LISTED = 10;

/** Spending that is not prevention (AH-PREV-04: "不得作为保险机构利润留存沉淀，不得随意扩大使用范围"). */
export const NON_PREVENTION_CATEGORIES = [
  'administration',
  'marketing',
  'commission',
  'claims',
  'profit',
  'other-non-prevention',
] as const;

/** One ledger entry. `category` is a code of AH-PREV-01's list, or one of {@link NON_PREVENTION_CATEGORIES}. */
export const LedgerEntrySchema = z.strictObject({
  id: z.optional(z.string().check(z.minLength(1))),
  date: CalendarDateSchema,
  amount: Amount,
  category: z.string().check(z.minLength(1)),
  policy: z.string().check(z.minLength(1)),
});
export type LedgerEntry = z.input<typeof LedgerEntrySchema>;
// Entries are the hot path (millions of rows): zod's compiled parser, built once.
const ENTRY = z.compile(LedgerEntrySchema);

/** The policies a ledger is checked against: the premium actually collected and the policy period. */
export const LedgerInputSchema = z.strictObject({
  jurisdiction: JurisdictionInputSchema,
  asOf: CalendarDateSchema,
  policies: listOf(
    z.strictObject({
      policy: z.string().check(z.minLength(1)),
      collected: Amount,
      period: z.strictObject({ from: CalendarDateSchema, to: CalendarDateSchema }),
    }),
  ).check(z.minLength(1)),
  /**
   * Look for duplicated entries (default true). Finding them needs one short key per entry in memory;
   * with `false` memory stays proportional to the policies, and the duplicate criterion is `unknown`.
   */
  detectDuplicates: z.optional(z.boolean()),
});
export type LedgerInput = z.input<typeof LedgerInputSchema> & {
  readonly entries: Iterable<unknown>;
};

/** Per-policy totals of a ledger. */
export interface PolicyTotal {
  readonly policy: string;
  readonly collected: Cny;
  /** The policy's cap (AH-PREV-05); null when no rule in force states the ratio. */
  readonly cap: Cny | null;
  readonly spent: Cny;
  /** How much the prevention spending exceeds the cap; null when within it. */
  readonly over: Cny | null;
  readonly entries: number;
}

/** The result of {@link checkPreventionLedger}. */
export interface LedgerCheck extends DatedVerdict {
  readonly policies: readonly PolicyTotal[];
  readonly years: readonly {
    readonly year: number;
    readonly spent: Cny;
    readonly entries: number;
  }[];
  readonly entries: number;
}

/**
 * Checks a prevention-spending ledger in one pass (AH-PREV-05, AH-PREV-06): `entries` may be any
 * iterable — an array, a generator reading a file — and only per-policy and per-year totals (and one
 * short key per entry, to find duplicates) are held, never the entries. Criteria:
 * - AH-PREV-05: each policy's prevention spending within 20% of its premium actually collected
 *   (rounded down); a policy over it fails with the amount over. Where the rule in force states no
 *   ratio (a derived profile marking it `unstated`), each `cap` is `null` and the criterion `unknown`;
 * - AH-PREV-06: no entry outside the prevention categories of AH-PREV-01; no entry dated outside its
 *   policy's period; no duplicated entry (the same `id`, or without ids the same policy, date, amount
 *   and category).
 * Only prevention spending counts toward the cap; spending outside prevention is reported, not added.
 *
 * @throws {ValidationError} bad policies; entries with bad dates or amounts, unknown categories or
 *   policies (up to 100 rows reported, each with its index); a jurisdiction other than Anhui
 */
export function checkPreventionLedger(input: LedgerInput): LedgerCheck {
  // The entries are streamed and checked one by one below; the rest is validated here.
  const raw: unknown = input;
  if (typeof raw !== 'object' || raw === null)
    fail([], 'invalid_type', { expected: 'object' }, 'object');
  const { entries, ...rest } = raw as { entries?: unknown };
  const base = parseWith(LedgerInputSchema, rest);
  const { profile, asOf, warnings } = profileFor(base.jurisdiction, base.asOf);
  ruleApplied(profile, 'AH-PREV-01');
  if (entries === null || typeof entries !== 'object' || !(Symbol.iterator in entries)) {
    fail(
      ['entries'],
      'invalid_type',
      { expected: 'Iterable<LedgerEntry>' },
      'Iterable<LedgerEntry>',
    );
  }
  const prev01 = ruleById(profile, 'AH-PREV-01');
  const prev06 = ruleById(profile, 'AH-PREV-06');
  const prevention = new Set(param(prev01, 'categories', 'list').value.map((c) => c.code));
  const nonPrevention = new Set<string>(NON_PREVENTION_CATEGORIES);
  const { rule: capRule, ratio } = budgetRule(profile, asOf);
  const r = ratio === null ? null : rateDecimal(ratio);

  const problems: Issue[] = [];
  const policies = new Map<
    string,
    { from: CalendarDate; to: CalendarDate; collected: Dec; spent: Dec; entries: number }
  >();
  base.policies.forEach((p, i) => {
    if (policies.has(p.policy))
      problems.push(
        issue(['policies', i, 'policy'], 'invalid_option', {
          detail: bi(`duplicate policy ${p.policy}`, `保单重复：${p.policy}`),
        }),
      );
    if (compareValid(p.period.from, p.period.to) > 0)
      problems.push(
        issue(['policies', i, 'period'], 'invalid_option', {
          detail: bi('the period ends before it starts', '期限终止日早于起始日'),
        }),
      );
    policies.set(p.policy, {
      from: p.period.from,
      to: p.period.to,
      collected: readAmount(p.collected, ['policies', i, 'collected'], false, MAX),
      spent: new Dec(0),
      entries: 0,
    });
  });
  if (problems.length > 0) throw new ValidationError(problems);

  const years = new Map<number, { spent: Dec; entries: number }>();
  const seen = new Set<string>();
  const detect = base.detectDuplicates !== false;
  const outside: string[] = [];
  const offPeriod: string[] = [];
  const duplicates: string[] = [];
  let outsideCount = 0;
  let offPeriodCount = 0;
  let duplicateCount = 0;
  let index = 0;
  for (const raw of entries as Iterable<unknown>) {
    const i = index++;
    const parsed = z.safeParse(ENTRY, raw, { reportInput: true });
    if (!parsed.success) {
      if (problems.length < MAX_ISSUES)
        problems.push(
          ...fromZodIssues(parsed.error.issues, ['entries', i]).slice(
            0,
            MAX_ISSUES - problems.length,
          ),
        );
      continue;
    }
    const e = parsed.data;
    const label = e.id ?? `#${i}`;
    const policy = policies.get(e.policy);
    const isPrevention = prevention.has(e.category);
    if (policy === undefined || (!isPrevention && !nonPrevention.has(e.category))) {
      if (problems.length < MAX_ISSUES) {
        problems.push(
          policy === undefined
            ? issue(['entries', i, 'policy'], 'invalid_option', {
                detail: bi(`unknown policy ${e.policy}`, `未知保单${e.policy}`),
              })
            : issue(
                ['entries', i, 'category'],
                'invalid_option',
                { detail: bi(`unknown category ${e.category}`, `未知费用类别${e.category}`) },
                [...prevention, ...nonPrevention].join(' | '),
              ),
        );
      }
      continue;
    }
    let amount: Dec;
    try {
      amount = readAmount(e.amount, ['entries', i, 'amount'], false, MAX);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      if (problems.length < MAX_ISSUES) problems.push(...err.issues);
      continue;
    }
    if (problems.length > 0) continue; // once input is bad, only look for more bad rows
    if (detect) {
      const key =
        e.id !== undefined
          ? `id:${e.id}`
          : `${e.policy}|${e.date}|${amount.toFixed(2)}|${e.category}`;
      if (seen.has(key)) {
        duplicateCount++;
        if (duplicates.length < MAX_LISTED) duplicates.push(label);
        continue; // a duplicate is reported, not counted twice
      }
      seen.add(key);
    }
    if (compareValid(e.date, policy.from) < 0 || compareValid(e.date, policy.to) > 0) {
      offPeriodCount++;
      if (offPeriod.length < MAX_LISTED) offPeriod.push(`${label} (${e.date}, ${e.policy})`);
    }
    if (!isPrevention) {
      outsideCount++;
      if (outside.length < MAX_LISTED) outside.push(`${label} (${e.category})`);
      continue; // not prevention spending: reported, not counted toward the budget
    }
    policy.spent = policy.spent.plus(amount);
    policy.entries++;
    const year = Number(e.date.slice(0, 4));
    const y = years.get(year) ?? { spent: new Dec(0), entries: 0 };
    y.spent = y.spent.plus(amount);
    y.entries++;
    years.set(year, y);
  }
  if (problems.length > 0) throw new ValidationError(problems);

  const totals: PolicyTotal[] = [...policies].map(([policy, p]) => {
    const cap = r === null ? null : capOfDecimal(p.collected, r);
    const overBy = cap === null ? null : p.spent.minus(cap.amount);
    return Object.freeze({
      policy,
      collected: cnyFromDecimal(p.collected),
      cap,
      spent: cnyFromDecimal(p.spent),
      over:
        overBy !== null && overBy.isPositive() && !overBy.isZero() ? cnyFromDecimal(overBy) : null,
      entries: p.entries,
    });
  });
  const more = (n: number, shown: string[]) =>
    `${shown.join(', ')}${n > shown.length ? ` … (+${n - shown.length})` : ''}`;
  const overs = totals.filter((t) => t.over !== null);
  const criteria: Criterion[] = [];
  if (capRule !== null) {
    criteria.push(
      r === null
        ? // A cap rule that states no ratio checks nothing: unknown, never a pass on a cap of 0.00.
          criterion(
            capRule,
            'unknown',
            bi(
              `${capRule.id} does not state the ratio: the spending cannot be checked against a cap`,
              `${capRule.id}未载明比例，无法核对是否超出上限`,
            ),
            ['policies'],
            [`jurisdiction.rules.${capRule.id}.params.maxShareOfCollectedPremium`],
          )
        : overs.length > 0
          ? criterion(
              capRule,
              'fail',
              bi(
                `over the cap: ${overs.map((t) => `${t.policy} by ${formatCny(t.over ?? t.spent)}`).join('; ')}`,
                `超出上限：${overs.map((t) => `${t.policy}超出${formatCny(t.over ?? t.spent)}`).join('；')}`,
              ),
              ['entries', 'policies'],
            )
          : criterion(
              capRule,
              'pass',
              bi(
                `every policy within its cap (${totals.length} policies)`,
                `全部${totals.length}张保单均未超出上限`,
              ),
              ['entries', 'policies'],
            ),
    );
  }
  criteria.push(
    outsideCount > 0
      ? criterion(
          prev06,
          'fail',
          bi(
            `${outsideCount} entries outside prevention: ${more(outsideCount, outside)}`,
            `${outsideCount}笔支出不属于事故预防：${more(outsideCount, outside)}`,
          ),
          ['entries'],
        )
      : criterion(
          prev06,
          'pass',
          bi(
            'every entry is prevention spending (AH-PREV-01)',
            '全部支出属于事故预防服务（AH-PREV-01）',
          ),
          ['entries'],
        ),
    offPeriodCount > 0
      ? criterion(
          prev06,
          'fail',
          bi(
            `${offPeriodCount} entries dated outside their policy period: ${more(offPeriodCount, offPeriod)}`,
            `${offPeriodCount}笔支出不在保险期间内：${more(offPeriodCount, offPeriod)}`,
          ),
          ['entries', 'policies'],
        )
      : criterion(
          prev06,
          'pass',
          bi('every entry falls within its policy period', '全部支出均在保险期间内'),
          ['entries', 'policies'],
        ),
    !detect
      ? criterion(
          prev06,
          'unknown',
          bi(
            'duplicates were not looked for (detectDuplicates: false)',
            '未检查重复记账（detectDuplicates: false）',
          ),
          [],
          ['detectDuplicates'],
        )
      : duplicateCount > 0
        ? criterion(
            prev06,
            'fail',
            bi(
              `${duplicateCount} duplicated entries: ${more(duplicateCount, duplicates)}`,
              `${duplicateCount}笔重复记账：${more(duplicateCount, duplicates)}`,
            ),
            ['entries'],
          )
        : criterion(prev06, 'pass', bi('no duplicated entry', '无重复记账'), ['entries']),
  );
  return Object.freeze({
    ...verdict(criteria),
    jurisdiction: profile.id,
    asOf,
    policies: Object.freeze(totals),
    years: Object.freeze(
      [...years]
        .sort(([a], [b]) => a - b)
        .map(([year, y]) =>
          Object.freeze({ year, spent: cnyFromDecimal(y.spent), entries: y.entries }),
        ),
    ),
    entries: index,
    warnings,
  });
}
