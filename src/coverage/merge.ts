// Sharded coverage: a provincial platform splits a roster by county, runs `coverageStatus` on each part
// in parallel (workers, a job engine), and merges the parts here into exactly the result of one pass.
import { deepFreeze } from '../_lib/freeze.js';
import { readOnce } from '../_lib/plain.js';
import { bi, fail } from '../errors/errors.js';
import { coverageRate } from '../money/coverage.js';
import { isCalendarDate, parseDate } from '../time/calendar-date.js';
import { statusOf, type CategoryStatus, type CoverageStatus } from './status.js';
import type { TargetInForce } from './targets.js';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
/** A value as text for a message (a part may come from JSON, whatever its type says). */
function show(v: unknown): string {
  if (typeof v === 'string') return v;
  return v === undefined ? 'undefined' : JSON.stringify(v);
}

/** A count read from a part: a whole number ≥ 0, else a ValidationError naming where (internal). */
function countAt(value: unknown, path: (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    fail(path, 'invalid_count', {
      detail: bi(
        `expected a whole number ≥ 0, got ${show(value)}`,
        `应为不小于0的整数，得到${show(value)}`,
      ),
    });
  return value;
}

// The same definition as coverageStatus's (COV status): needed = ⌈target% × total⌉ − insured, never
// negative; met ⇔ needed = 0; below the target it is `behind` before the deadline day and `missed` on
// or after it. The property test (split, then merge = one pass) holds the two to the same answers.

/**
 * Merges the coverage status of disjoint parts of one roster (each computed by `coverageStatus` with
 * the same profile and the same `asOf`) into exactly the status of the whole roster in one pass:
 * totals, insured, uncategorised, not-yet-due, out-of-scope and unit counts add up; each category's
 * rate, status and units needed are computed again from the sums (never averaged). Categories keep
 * the order of one pass when the parts are given in roster order (a category without a target is
 * listed where it first appears). Parts may come back from workers as JSON: only their data is read.
 *
 * The parts must not share units: a unit counted in two parts is counted twice (split a roster by
 * rows, with every row of one unit — its renewals — in the same part).
 *
 * @param parts - the partial results, at least one
 * @returns the merged status, deeply frozen
 * @throws {ValidationError} no parts; parts of different jurisdictions, dates, targets or warnings
 *   (computed with another profile); a count that is not a whole number ≥ 0, or insured above total
 * @example
 * ```ts
 * const parts = counties.map((units) => coverageStatus({ profile: jingzhou, asOf: '2021-12-31', units }));
 * mergeCoverageStatus(parts); // the same as coverageStatus over all the counties' units at once
 * ```
 */
export function mergeCoverageStatus(parts: readonly CoverageStatus[]): CoverageStatus {
  // every value read once into our own copy: a getter or Proxy cannot pass a check and then change
  const list: unknown = readOnce(parts);
  if (!Array.isArray(list) || list.length === 0)
    fail(['parts'], 'invalid_type', { expected: 'a non-empty array of coverage statuses' }, 'CoverageStatus[]');
  const given = list as unknown[];
  given.forEach((p, i) => {
    if (typeof p !== 'object' || p === null || !Array.isArray((p as { categories?: unknown }).categories))
      fail(['parts', i], 'invalid_type', { expected: 'CoverageStatus' }, 'CoverageStatus');
  });
  const all = given as CoverageStatus[];
  const first = all[0] as CoverageStatus;
  const asOf = parseDate(first.asOf, ['parts', 0, 'asOf']);
  const categories = new Map<string, { total: number; insured: number; target: TargetInForce | null }>();
  const sums = { uncategorised: 0, notYetDue: 0, outOfScope: 0, units: 0 };
  all.forEach((part, i) => {
    if (part.jurisdiction !== first.jurisdiction)
      fail(['parts', i, 'jurisdiction'], 'invalid_option', {
        detail: bi(
          `the parts are of different jurisdictions (${show(first.jurisdiction)} and ${show(part.jurisdiction)})`,
          `各部分的地区不同（${show(first.jurisdiction)}与${show(part.jurisdiction)}）`,
        ),
      });
    if (part.asOf !== asOf)
      fail(['parts', i, 'asOf'], 'invalid_option', {
        detail: bi(
          `the parts are as of different dates (${asOf} and ${show(part.asOf)})`,
          `各部分的统计日期不同（${asOf}与${show(part.asOf)}）`,
        ),
      });
    if (!same(part.warnings, first.warnings))
      fail(['parts', i, 'warnings'], 'invalid_option', {
        detail: bi(
          'the parts carry different warnings: they were computed with different profiles',
          '各部分的提示不同：所用的地区规则版本不同',
        ),
      });
    for (const key of ['uncategorised', 'notYetDue', 'outOfScope', 'units'] as const)
      sums[key] += countAt(part[key], ['parts', i, key]);
    part.categories.forEach((c: CategoryStatus, j) => {
      const path = ['parts', i, 'categories', j];
      if (typeof c !== 'object' || (c as unknown) === null || typeof c.category !== 'string')
        fail(path, 'invalid_type', { expected: 'CategoryStatus' }, 'CategoryStatus');
      const t: unknown = c.target;
      if (
        t !== null &&
        (typeof t !== 'object' ||
          typeof (t as TargetInForce).percent !== 'string' ||
          !/^[0-9]+(\.[0-9]+)?$/.test((t as TargetInForce).percent) ||
          !isCalendarDate((t as TargetInForce).deadline))
      )
        fail([...path, 'target'], 'invalid_type', { expected: 'TargetInForce | null' }, 'TargetInForce | null');
      const total = countAt(c.total, [...path, 'total']);
      const insured = countAt(c.insured, [...path, 'insured']);
      if (insured > total)
        fail([...path, 'insured'], 'invalid_count', {
          detail: bi(`insured ${String(insured)} is above total ${String(total)}`, `已参保${String(insured)}超过总数${String(total)}`),
        });
      const target = c.target;
      const before = categories.get(c.category);
      if (before === undefined) {
        categories.set(c.category, { total, insured, target });
        return;
      }
      if (!same(before.target, target))
        fail([...path, 'target'], 'invalid_option', {
          detail: bi(
            `the parts have different targets for ${c.category}: they were computed with different profiles`,
            `各部分${c.category}的目标不同：所用的地区规则版本不同`,
          ),
        });
      before.total += total;
      before.insured += insured;
    });
  });
  const merged = [...categories].map(([category, { total, insured, target }]) => {
    const t = target === null ? null : { ...target, citation: { ...target.citation } };
    return { category, total, insured, rate: coverageRate(insured, total), target: t, ...statusOf(total, insured, t, asOf) };
  });
  return deepFreeze({
    jurisdiction: first.jurisdiction,
    asOf,
    categories: merged,
    ...sums,
    // our own copy (readOnce): the parts are never frozen or changed by the merge
    warnings: first.warnings,
  });
}
