// Sharded ledgers: a platform splits a prevention-spending ledger (by county, by month, by file) and
// checks the parts in parallel; the parts merge here into exactly the check of the whole ledger in one
// pass (AH-PREV-05 caps on the summed spending, AH-PREV-06 lists and counts in ledger order).
import { deepFreeze } from '../_lib/freeze.js';
import { readOnce } from '../_lib/plain.js';
import { bi, fail } from '../errors/errors.js';
import { Dec } from '../money/decimal.js';
import { isCalendarDate, type CalendarDate } from '../time/calendar-date.js';
import {
  ledgerResult,
  ledgerSetup,
  newTally,
  scanEntries,
  tallyEntry,
  type LedgerCheck,
  type LedgerInput,
  type LedgerSetup,
  type LedgerTally,
} from './ledger.js';

/** An entry of a part as the merge replays it: index in the part, id, policy, date, amount, category. */
export type LedgerPartEntry = readonly [
  index: number,
  id: string | null,
  policy: string,
  date: string,
  amount: string,
  category: string,
];

/** A listed entry of a part: its index in the part, its id, and what follows its label. */
export type LedgerPartListed = readonly [index: number, id: string | null, suffix: string];

/** Totals of a part checked without duplicate detection. */
export interface LedgerPartTotals {
  /** Per policy, in the order of the policies: prevention spending (a decimal string) and entries. */
  readonly spent: readonly (readonly [policy: string, spent: string, entries: number])[];
  /** Per calendar year: prevention spending and entries. */
  readonly years: readonly (readonly [year: number, spent: string, entries: number])[];
  readonly outside: { readonly count: number; readonly listed: readonly LedgerPartListed[] };
  readonly offPeriod: { readonly count: number; readonly listed: readonly LedgerPartListed[] };
}

/**
 * One part of a sharded ledger, made by {@link checkLedgerPart}: plain JSON data, so a worker can send
 * it back. Merge the parts with {@link mergeLedgerParts}.
 */
export interface LedgerPart {
  readonly jurisdiction: string;
  readonly asOf: CalendarDate;
  readonly detectDuplicates: boolean;
  /** The policy numbers the part was checked against, in order (every part must have the same). */
  readonly policies: readonly string[];
  /** Entries in the part. */
  readonly entries: number;
  /**
   * With duplicate detection (the default): every entry, in order — a duplicate may sit in another
   * part, so the merge replays the entries (memory proportional to the entries, as one pass's
   * duplicate keys are). Null without duplicate detection.
   */
  readonly records: readonly LedgerPartEntry[] | null;
  /** Without duplicate detection: the part's totals only (memory independent of the entries). */
  readonly totals: LedgerPartTotals | null;
}

/**
 * Refuses `detectDuplicates: 'sorted'` for parts and their merge: it holds one previous id and relies
 * on one ordered pass, which the parts of a sharded ledger are not (a duplicate could be missed).
 */
function refuseSorted(setup: { readonly sorted: boolean }): void {
  if (setup.sorted)
    fail(
      ['detectDuplicates'],
      'invalid_option',
      {
        detail: bi(
          "'sorted' needs one pass over the whole ledger: parts take true or false",
          "'sorted' 须一次读完整个台账：分片用 true 或 false",
        ),
      },
      'true | false',
    );
}

/**
 * Checks one part of a sharded ledger: the same input as `checkPreventionLedger` (the same policies
 * for every part), the entries being this part's. The part's bad entries are refused here, as one pass
 * would refuse them (their index is the index within the part).
 *
 * @param input - the jurisdiction, date, all the policies, `detectDuplicates`, and this part's entries
 * @returns the part, plain data (deeply frozen)
 * @throws {ValidationError} as `checkPreventionLedger`
 * @example
 * ```ts
 * const parts = shards.map((entries) => checkLedgerPart({ jurisdiction: 'anhui', asOf, policies, entries }));
 * mergeLedgerParts({ jurisdiction: 'anhui', asOf, policies, parts }); // = checkPreventionLedger over all
 * ```
 */
export function checkLedgerPart(input: LedgerInput): LedgerPart {
  const { setup, entries } = ledgerSetup(input);
  refuseSorted(setup);
  const tally = newTally(setup);
  const records: LedgerPartEntry[] = [];
  scanEntries(
    setup,
    entries,
    tally,
    setup.detect
      ? (e) =>
          records.push([e.index, e.id ?? null, e.policy, e.date, e.amount.toString(), e.category])
      : undefined,
  );
  const listed = (l: LedgerTally['outside']) =>
    l.map(([i, id, suffix]) => [i, id ?? null, suffix] as const);
  return deepFreeze({
    jurisdiction: setup.profile.id,
    asOf: setup.asOf,
    detectDuplicates: setup.detect,
    policies: [...setup.policies.keys()],
    entries: tally.entries,
    records: setup.detect ? records : null,
    totals: setup.detect
      ? null
      : {
          spent: [...tally.spent].map(([p, t]) => [p, t.spent.toString(), t.entries] as const),
          years: [...tally.years].map(([y, t]) => [y, t.spent.toString(), t.entries] as const),
          outside: { count: tally.outsideCount, listed: listed(tally.outside) },
          offPeriod: { count: tally.offPeriodCount, listed: listed(tally.offPeriod) },
        },
  });
}

const MAX_LISTED = 10;
const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;
const show = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined ? 'undefined' : JSON.stringify(v);

/** A part's value that is not what a part holds: a ValidationError at its path (internal). */
function bad(path: (string | number)[], what: string, zh: string, value: unknown): never {
  fail(path, 'invalid_type', {
    detail: bi(`expected ${what}, got ${show(value)}`, `应为${zh}，得到${show(value)}`),
  });
}
const count = (v: unknown, path: (string | number)[]): number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
    ? v
    : bad(path, 'a whole number ≥ 0', '不小于0的整数', v);
const amount = (v: unknown, path: (string | number)[]): Dec =>
  typeof v === 'string' && DECIMAL.test(v)
    ? new Dec(v)
    : bad(path, 'a decimal string ≥ 0', '不小于0的十进制数字符串', v);

/**
 * Merges the parts of a sharded ledger, given in ledger order, into exactly what
 * `checkPreventionLedger` returns for their entries in one pass: each policy's spending is the exact
 * sum, its AH-PREV-05 cap and excess computed again on the sum (never per part); the AH-PREV-06 counts
 * add up and the entries they list are the first ten in ledger order, numbered in the whole ledger
 * (`#12` is the 13th entry of all the parts in order). With duplicate detection an entry repeated in
 * two parts is found as one pass finds it, and counted once.
 *
 * @param input - the same jurisdiction, date, policies and `detectDuplicates` the parts were checked
 *   with, and the parts in ledger order (at least one)
 * @returns the check of the whole ledger, frozen
 * @throws {ValidationError} no parts; a part checked with another jurisdiction, date, policies or
 *   duplicate setting; a part whose data is not a part's (a count, amount, date or category)
 * @example
 * ```ts
 * mergeLedgerParts({ jurisdiction: 'anhui', asOf: '2026-12-31', policies, parts });
 * ```
 */
export function mergeLedgerParts(
  input: Omit<LedgerInput, 'entries'> & { readonly parts: readonly LedgerPart[] },
): LedgerCheck {
  const raw: unknown = input;
  if (typeof raw !== 'object' || raw === null)
    fail([], 'invalid_type', { expected: 'object' }, 'object');
  const { parts: given, ...rest } = raw as { parts?: unknown };
  // every value of the parts read once into our own copy: a getter cannot pass a check and then change
  const parts: unknown = readOnce(given);
  const { setup } = ledgerSetup(rest, false);
  refuseSorted(setup);
  if (!Array.isArray(parts) || parts.length === 0)
    fail(
      ['parts'],
      'invalid_type',
      { expected: 'a non-empty array of ledger parts' },
      'LedgerPart[]',
    );
  const tally = newTally(setup);
  const policyIds = [...setup.policies.keys()];
  (parts as unknown[]).forEach((p, i) => {
    const path = ['parts', i];
    if (typeof p !== 'object' || p === null)
      fail(path, 'invalid_type', { expected: 'LedgerPart' }, 'LedgerPart');
    const part = p as Record<string, unknown>;
    const differ = (key: string, en: string, zh: string) =>
      fail([...path, key], 'invalid_option', {
        detail: bi(
          `the part was checked with another ${en} (${show(part[key])}): every part needs the merge's own`,
          `该部分所用的${zh}（${show(part[key])}）与合并时不同`,
        ),
      });
    if (part['jurisdiction'] !== setup.profile.id) differ('jurisdiction', 'jurisdiction', '地区');
    if (part['asOf'] !== setup.asOf) differ('asOf', 'date', '日期');
    if (part['detectDuplicates'] !== setup.detect)
      differ('detectDuplicates', 'duplicate setting', '重复检查设置');
    if (JSON.stringify(part['policies']) !== JSON.stringify(policyIds))
      differ('policies', 'list of policies', '保单清单');
    const offset = tally.entries;
    const entries = count(part['entries'], [...path, 'entries']);
    if (setup.detect) replay(setup, tally, part['records'], entries, offset, [...path, 'records']);
    else addTotals(setup, tally, part['totals'], offset, [...path, 'totals']);
    tally.entries = offset + entries;
  });
  return ledgerResult(setup, tally);
}

/** Replays a part's entries into the tally, numbered from `offset` (internal). */
function replay(
  setup: LedgerSetup,
  tally: LedgerTally,
  records: unknown,
  entries: number,
  offset: number,
  path: (string | number)[],
): void {
  if (!Array.isArray(records))
    bad(path, 'the entries of a part checked with duplicate detection', '分片的记账明细', records);
  (records as unknown[]).forEach((r, j) => {
    const at = [...path, j];
    if (!Array.isArray(r) || r.length !== 6)
      bad(at, 'an entry [index, id, policy, date, amount, category]', '记账明细', r);
    const [index, id, policy, date, sum, category] = r as unknown[];
    const local = count(index, [...at, 0]);
    if (local >= entries)
      bad([...at, 0], `an index below ${String(entries)}`, `小于${String(entries)}的序号`, index);
    if (id !== null && (typeof id !== 'string' || id === ''))
      bad([...at, 1], 'an id or null', '编号或null', id);
    if (typeof policy !== 'string' || !setup.policies.has(policy))
      bad([...at, 2], 'one of the policies', '已列保单之一', policy);
    if (typeof date !== 'string' || !isCalendarDate(date))
      bad([...at, 3], 'a date YYYY-MM-DD', '日期YYYY-MM-DD', date);
    if (
      typeof category !== 'string' ||
      !(setup.prevention.has(category) || setup.nonPrevention.has(category))
    )
      bad([...at, 5], 'a category of AH-PREV-01 or outside prevention', '费用类别', category);
    tallyEntry(setup, tally, {
      index: offset + local,
      id: id ?? undefined,
      policy,
      date,
      amount: amount(sum, [...at, 4]),
      category,
    });
  });
}

/** Adds a part's totals (checked without duplicate detection), numbered from `offset` (internal). */
function addTotals(
  setup: LedgerSetup,
  tally: LedgerTally,
  totals: unknown,
  offset: number,
  path: (string | number)[],
): void {
  if (typeof totals !== 'object' || totals === null)
    bad(path, 'the totals of a part checked without duplicate detection', '分片的合计', totals);
  const t = totals as Record<string, unknown>;
  const rows = (key: string): unknown[][] => {
    const v = t[key];
    if (!Array.isArray(v) || !v.every((r) => Array.isArray(r) && r.length === 3))
      bad([...path, key], 'a list of [key, amount, entries]', '合计列表', v);
    return v as unknown[][];
  };
  rows('spent').forEach(([policy, sum, n], j) => {
    const into = typeof policy === 'string' ? tally.spent.get(policy) : undefined;
    if (into === undefined)
      bad([...path, 'spent', j, 0], 'one of the policies', '已列保单之一', policy);
    into.spent = into.spent.plus(amount(sum, [...path, 'spent', j, 1]));
    into.entries += count(n, [...path, 'spent', j, 2]);
  });
  rows('years').forEach(([year, sum, n], j) => {
    const y = count(year, [...path, 'years', j, 0]);
    const into = tally.years.get(y) ?? { spent: new Dec(0), entries: 0 };
    into.spent = into.spent.plus(amount(sum, [...path, 'years', j, 1]));
    into.entries += count(n, [...path, 'years', j, 2]);
    tally.years.set(y, into);
  });
  for (const key of ['outside', 'offPeriod'] as const) {
    const v = t[key] as { count?: unknown; listed?: unknown } | null | undefined;
    if (typeof v !== 'object' || v === null || !Array.isArray(v.listed))
      bad([...path, key], '{ count, listed }', '{ count, listed }', v);
    const n = count(v.count, [...path, key, 'count']);
    const list = key === 'outside' ? tally.outside : tally.offPeriod;
    for (const item of v.listed as unknown[]) {
      if (!Array.isArray(item) || item.length !== 3 || typeof item[2] !== 'string')
        bad([...path, key, 'listed'], 'a listed entry [index, id, text]', '列出的明细', item);
      const [i, id, suffix] = item as [unknown, unknown, string];
      if (list.length < MAX_LISTED)
        list.push([
          offset + count(i, [...path, key, 'listed']),
          typeof id === 'string' ? id : undefined,
          suffix,
        ]);
    }
    if (key === 'outside') tally.outsideCount += n;
    else tally.offPeriodCount += n;
  }
}
