import { lazy, lazySchema } from '../_lib/lazy.js';
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
import {
  JurisdictionInputSchema,
  type Profile,
  type ProfileWarning,
  type Rule,
} from '../profiles/schema.js';
import { CalendarDateSchema, compareValid, type CalendarDate } from '../time/calendar-date.js';
import { criterion, verdict, type Criterion, type DatedVerdict } from '../verdict/verdict.js';
import { budgetRule } from './budget.js';

const Amount = /* @__PURE__ */ lazySchema(() =>
  z.union([z.string(), z.number(), z.bigint(), CnySchema]),
);
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
export const LedgerEntrySchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    id: z.optional(z.string().check(z.minLength(1))),
    date: CalendarDateSchema,
    amount: Amount,
    category: z.string().check(z.minLength(1)),
    policy: z.string().check(z.minLength(1)),
  }),
);
export type LedgerEntry = z.input<typeof LedgerEntrySchema>;
// Entries are the hot path (millions of rows): zod's compiled parser, built once.
const ENTRY = lazy(() => z.compile(LedgerEntrySchema));

/** The policies a ledger is checked against: the premium actually collected and the policy period. */
export const LedgerInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
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
     * Look for duplicated entries (default true). Finding them needs one short key per entry in memory
     * (O(distinct keys): about 100 bytes an entry, some 1 GB for 10 million); with `false` memory stays
     * proportional to the policies, and the duplicate criterion is `unknown`. `'sorted'`, for ledgers
     * of millions of entries: every entry has an `id` and the entries come in ascending order of id
     * (JavaScript string order, as `Array.prototype.sort()` puts them, e.g. an export sorted by 编号),
     * so a duplicate is always next to its first and only the previous id is held — memory proportional
     * to the policies again, with the same duplicates found. An entry without an id or out of order is
     * refused (a ValidationError naming it), never passed over. Not for ledger parts
     * (`checkLedgerPart`).
     */
    detectDuplicates: z.optional(z.union([z.boolean(), z.literal('sorted')])),
  }),
);
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
 * short key per entry, to find duplicates: O(distinct keys) memory) are held, never the entries. For
 * ledgers of millions of entries, give them sorted by id with `detectDuplicates: 'sorted'`: the same
 * duplicates are found holding only the previous id. Criteria:
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
  const { setup, entries } = ledgerSetup(input);
  const tally = newTally(setup);
  scanEntries(setup, entries, tally);
  return ledgerResult(setup, tally);
}

/** A ledger's validated policies and the rules in force (internal, shared with the sharded merge). */
export interface LedgerSetup {
  readonly profile: Profile;
  readonly asOf: CalendarDate;
  readonly warnings: readonly ProfileWarning[];
  readonly detect: boolean;
  /** Duplicates found on entries sorted by id, holding only the previous id (`detectDuplicates: 'sorted'`). */
  readonly sorted: boolean;
  readonly policies: ReadonlyMap<
    string,
    { readonly from: CalendarDate; readonly to: CalendarDate; readonly collected: Dec }
  >;
  readonly prevention: ReadonlySet<string>;
  readonly nonPrevention: ReadonlySet<string>;
  readonly capRule: Rule | null;
  readonly prev06: Rule;
  readonly ratio: Dec | null;
}

/**
 * Validates everything of a ledger input but its entries (internal): the policies, the jurisdiction
 * (Anhui's rules), the categories and the cap in force. Returns the entries as given, unread.
 */
export function ledgerSetup(
  input: unknown,
  needEntries = true,
): { setup: LedgerSetup; entries: Iterable<unknown> } {
  // The entries are streamed and checked one by one by scanEntries; the rest is validated here.
  const raw: unknown = input;
  if (typeof raw !== 'object' || raw === null)
    fail([], 'invalid_type', { expected: 'object' }, 'object');
  const { entries, ...rest } = raw as { entries?: unknown };
  const base = parseWith(LedgerInputSchema, rest);
  const { profile, asOf, warnings } = profileFor(base.jurisdiction, base.asOf);
  ruleApplied(profile, 'AH-PREV-01');
  if (
    needEntries &&
    (entries === null || typeof entries !== 'object' || !(Symbol.iterator in entries))
  ) {
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

  const problems: Issue[] = [];
  const policies = new Map<string, { from: CalendarDate; to: CalendarDate; collected: Dec }>();
  base.policies.forEach((p, i) => {
    if (policies.has(p.policy))
      problems.push(
        issue(['policies', i, 'policy'], 'duplicate_entry', {
          detail: bi(`duplicate policy ${p.policy}`, `保单重复：${p.policy}`),
        }),
      );
    if (compareValid(p.period.from, p.period.to) > 0)
      problems.push(
        issue(['policies', i, 'period'], 'dates_out_of_order', {
          detail: bi('the period ends before it starts', '期限终止日早于起始日'),
        }),
      );
    policies.set(p.policy, {
      from: p.period.from,
      to: p.period.to,
      collected: readAmount(p.collected, ['policies', i, 'collected'], false, MAX),
    });
  });
  if (problems.length > 0) throw new ValidationError(problems);
  return {
    setup: {
      profile,
      asOf,
      warnings,
      detect: base.detectDuplicates !== false,
      sorted: base.detectDuplicates === 'sorted',
      policies,
      prevention,
      nonPrevention,
      capRule,
      prev06,
      ratio: ratio === null ? null : rateDecimal(ratio),
    },
    entries: (entries ?? []) as Iterable<unknown>,
  };
}

/** One valid entry as the tally reads it: its index in the ledger, its id, and its fields (internal). */
export interface ScannedEntry {
  readonly index: number;
  readonly id: string | undefined;
  readonly policy: string;
  readonly date: CalendarDate;
  readonly amount: Dec;
  readonly category: string;
}

/** A listed entry: its index, its id, and what is said after its label (internal). */
type Listed = readonly [index: number, id: string | undefined, suffix: string];

/** Running totals of a ledger (internal, shared with the sharded merge). */
export interface LedgerTally {
  readonly spent: Map<string, { spent: Dec; entries: number }>;
  readonly years: Map<number, { spent: Dec; entries: number }>;
  readonly seen: Set<string>;
  /** The previous entry's id, when the entries come sorted by id (`detectDuplicates: 'sorted'`). */
  previousId: string | undefined;
  /** The id of the last entry counted, in the same mode. */
  lastCounted: string | undefined;
  readonly outside: Listed[];
  readonly offPeriod: Listed[];
  readonly duplicates: Listed[];
  outsideCount: number;
  offPeriodCount: number;
  duplicateCount: number;
  /** Entries read, valid or not: the next entry's index. */
  entries: number;
}

/** An empty tally for a ledger's policies (internal). */
export function newTally(setup: LedgerSetup): LedgerTally {
  return {
    spent: new Map([...setup.policies.keys()].map((p) => [p, { spent: new Dec(0), entries: 0 }])),
    years: new Map(),
    seen: new Set(),
    previousId: undefined,
    lastCounted: undefined,
    outside: [],
    offPeriod: [],
    duplicates: [],
    outsideCount: 0,
    offPeriodCount: 0,
    duplicateCount: 0,
    entries: 0,
  };
}

/**
 * Reads the entries one by one into `tally`, every bad entry noted (up to 100) and thrown at the end as
 * one ValidationError; `each` sees every valid entry in order (internal).
 */
export function scanEntries(
  setup: LedgerSetup,
  entries: Iterable<unknown>,
  tally: LedgerTally,
  each?: (e: ScannedEntry) => void,
): void {
  const { policies, prevention, nonPrevention } = setup;
  const problems: Issue[] = [];
  let index = 0;
  for (const raw of entries) {
    const i = index++;
    const parsed = z.safeParse(ENTRY(), raw, { reportInput: true });
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
    if (setup.sorted) {
      // sorted by id: a duplicate follows its first, so only the previous id is held — an entry
      // without an id, or before the previous one, would break that, so it is refused
      const previous = tally.previousId ?? '';
      if (e.id === undefined || e.id < previous) {
        if (problems.length < MAX_ISSUES)
          problems.push(
            issue(['entries', i, 'id'], 'invalid_option', {
              detail: bi(
                `detectDuplicates 'sorted' needs ids in ascending order: ${e.id === undefined ? 'this entry has none' : `"${e.id}" comes after "${previous}"`}`,
                `detectDuplicates 'sorted' 要求编号（id）升序：${e.id === undefined ? '此条没有编号' : `"${e.id}"排在"${previous}"之后`}`,
              ),
            }),
          );
        continue;
      }
      tally.previousId = e.id;
    }
    if (problems.length > 0) continue; // once input is bad, only look for more bad rows
    const scanned: ScannedEntry = {
      index: tally.entries + i,
      id: e.id,
      policy: e.policy,
      date: e.date,
      amount,
      category: e.category,
    };
    each?.(scanned);
    tallyEntry(setup, tally, scanned);
  }
  if (problems.length > 0) throw new ValidationError(problems);
  tally.entries += index;
}

/** Adds one valid entry to the tally: a duplicate is listed, never counted twice (internal). */
export function tallyEntry(setup: LedgerSetup, tally: LedgerTally, e: ScannedEntry): void {
  const policy = setup.policies.get(e.policy);
  const spent = tally.spent.get(e.policy);
  if (policy === undefined || spent === undefined) return; // scanEntries refused it already
  if (setup.sorted) {
    // the entries come sorted by id (checked by scanEntries): a duplicate repeats the id before it
    if (e.id === tally.lastCounted) {
      tally.duplicateCount++;
      if (tally.duplicates.length < MAX_LISTED) tally.duplicates.push([e.index, e.id, '']);
      return;
    }
    tally.lastCounted = e.id;
  } else if (setup.detect) {
    const key =
      e.id !== undefined
        ? `id:${e.id}`
        : `${e.policy}|${e.date}|${e.amount.toFixed(2)}|${e.category}`;
    if (tally.seen.has(key)) {
      tally.duplicateCount++;
      if (tally.duplicates.length < MAX_LISTED) tally.duplicates.push([e.index, e.id, '']);
      return; // a duplicate is reported, not counted twice
    }
    tally.seen.add(key);
  }
  if (compareValid(e.date, policy.from) < 0 || compareValid(e.date, policy.to) > 0) {
    tally.offPeriodCount++;
    if (tally.offPeriod.length < MAX_LISTED)
      tally.offPeriod.push([e.index, e.id, ` (${e.date}, ${e.policy})`]);
  }
  if (!setup.prevention.has(e.category)) {
    tally.outsideCount++;
    if (tally.outside.length < MAX_LISTED) tally.outside.push([e.index, e.id, ` (${e.category})`]);
    return; // not prevention spending: reported, not counted toward the budget
  }
  spent.spent = spent.spent.plus(e.amount);
  spent.entries++;
  const year = Number(e.date.slice(0, 4));
  const y = tally.years.get(year) ?? { spent: new Dec(0), entries: 0 };
  y.spent = y.spent.plus(e.amount);
  y.entries++;
  tally.years.set(year, y);
}

/** Each policy's collected premium, cap (AH-PREV-05), spending and excess (internal). */
function policyTotals(setup: LedgerSetup, tally: LedgerTally): PolicyTotal[] {
  const r = setup.ratio;
  return [...setup.policies].map(([policy, p]) => {
    const t = tally.spent.get(policy) ?? { spent: new Dec(0), entries: 0 };
    const cap = r === null ? null : capOfDecimal(p.collected, r);
    const overBy = cap === null ? null : t.spent.minus(cap.amount);
    return Object.freeze({
      policy,
      collected: cnyFromDecimal(p.collected),
      cap,
      spent: cnyFromDecimal(t.spent),
      over:
        overBy !== null && overBy.isPositive() && !overBy.isZero() ? cnyFromDecimal(overBy) : null,
      entries: t.entries,
    });
  });
}

/** The cap criterion (AH-PREV-05), where a rule in force sets a cap (internal). */
function capCriteria(setup: LedgerSetup, totals: readonly PolicyTotal[]): Criterion[] {
  const { capRule, ratio: r } = setup;
  if (capRule === null) return [];
  const overs = totals.filter((t) => t.over !== null);
  if (r === null)
    // A cap rule that states no ratio checks nothing: unknown, never a pass on a cap of 0.00.
    return [
      criterion(
        capRule,
        'unknown',
        bi(
          `${capRule.id} does not state the ratio: the spending cannot be checked against a cap`,
          `${capRule.id}未载明比例，无法核对是否超出上限`,
        ),
        ['policies'],
        [`jurisdiction.rules.${capRule.id}.params.maxShareOfCollectedPremium`],
      ),
    ];
  return [
    overs.length > 0
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
  ];
}

const label = ([i, id, suffix]: Listed) => `${id ?? `#${String(i)}`}${suffix}`;
/** The first entries found, and how many more (internal). */
const more = (n: number, shown: readonly Listed[]) =>
  `${shown.map(label).join(', ')}${n > shown.length ? ` … (+${n - shown.length})` : ''}`;

/** AH-PREV-06's three criteria: prevention spending only, within the policy period, no duplicate (internal). */
function prevention06Criteria(setup: LedgerSetup, tally: LedgerTally): Criterion[] {
  const { prev06 } = setup;
  const { outsideCount, offPeriodCount, duplicateCount } = tally;
  return [
    outsideCount > 0
      ? criterion(
          prev06,
          'fail',
          bi(
            `${outsideCount} entries outside prevention: ${more(outsideCount, tally.outside)}`,
            `${outsideCount}笔支出不属于事故预防：${more(outsideCount, tally.outside)}`,
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
            `${offPeriodCount} entries dated outside their policy period: ${more(offPeriodCount, tally.offPeriod)}`,
            `${offPeriodCount}笔支出不在保险期间内：${more(offPeriodCount, tally.offPeriod)}`,
          ),
          ['entries', 'policies'],
        )
      : criterion(
          prev06,
          'pass',
          bi('every entry falls within its policy period', '全部支出均在保险期间内'),
          ['entries', 'policies'],
        ),
    !setup.detect
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
              `${duplicateCount} duplicated entries: ${more(duplicateCount, tally.duplicates)}`,
              `${duplicateCount}笔重复记账：${more(duplicateCount, tally.duplicates)}`,
            ),
            ['entries'],
          )
        : criterion(prev06, 'pass', bi('no duplicated entry', '无重复记账'), ['entries']),
  ];
}

/** The check of a whole ledger from its tally (internal, shared with the sharded merge). */
export function ledgerResult(setup: LedgerSetup, tally: LedgerTally): LedgerCheck {
  const totals = policyTotals(setup, tally);
  const criteria: Criterion[] = [
    ...capCriteria(setup, totals),
    ...prevention06Criteria(setup, tally),
  ];
  return Object.freeze({
    ...verdict(criteria),
    jurisdiction: setup.profile.id,
    asOf: setup.asOf,
    policies: Object.freeze(totals),
    years: Object.freeze(
      [...tally.years]
        .sort(([a], [b]) => a - b)
        .map(([year, y]) =>
          Object.freeze({ year, spent: cnyFromDecimal(y.spent), entries: y.entries }),
        ),
    ),
    entries: tally.entries,
    warnings: setup.warnings,
  });
}
