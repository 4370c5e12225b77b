import { lazy } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { localIn } from '../jurisdictions/local-rules.js';
import { SCOPE } from '../jurisdictions/hooks/scope.js';
import { bi, fail, issue, ValidationError, type Issue } from '../errors/errors.js';
import { fromZodIssues, parseWith } from '../errors/zod.js';
import { coverageRate, type CoverageRate } from '../money/coverage.js';
import { Dec } from '../money/decimal.js';
import { ensureProfile } from '../profiles/ensure.js';
import type { Jurisdiction } from '../profiles/jurisdiction.js';
import { assertInForce, profileFor } from '../profiles/profile-for.js';
import {
  JurisdictionInputSchema,
  type JurisdictionId,
  type Profile,
  type ProfileWarning,
} from '../profiles/schema.js';
import { activityTest, sectorTest, unknownActivityIssue, unknownSectorIssue } from '../profiles/sectors.js';
import { warningsOn } from '../profiles/trial.js';
import { compareValid, parseDate, type CalendarDate } from '../time/calendar-date.js';
import { classifierFor, isNotYetDue } from './classify.js';
import type { ClassifiedUnit } from './classification.js';
import { targetInForce, targetsByCategory, type TargetInForce } from './targets.js';
import { newScan, scanUnit } from './fast-unit.js';
import { readOnce } from '../_lib/plain.js';
import { coversDate } from './roster.js';
import { UnitSchema, type ValidUnit } from './unit.js';

const UNIT = lazy(() => z.compile(UnitSchema));
const MAX_ISSUES = 100;

/** Where a category stands against its target on `asOf`. */
export type TargetStatus = 'met' | 'behind' | 'missed' | 'no-target' | 'not-applicable';

/** One category of a coverage status. */
export interface CategoryStatus {
  readonly category: string;
  readonly total: number;
  readonly insured: number;
  /** MONEY-05: insured / total, 2 decimals; not applicable when the category has no units. */
  readonly rate: CoverageRate;
  readonly target: TargetInForce | null;
  readonly status: TargetStatus;
  /** Additional insured units needed to reach the target (rounded up, never negative). */
  readonly needed: number;
}

/** The result of {@link coverageStatus}. */
export interface CoverageStatus {
  readonly jurisdiction: Profile['id'];
  readonly asOf: CalendarDate;
  readonly categories: readonly CategoryStatus[];
  /** Units in scope but in no target category (e.g. a Jingzhou enterprise whose statistics status is unknown). */
  readonly uncategorised: number;
  /** Projects whose start is after `asOf` (Anhui, Jingzhou): nothing is due yet, so they are in no category. */
  readonly notYetDue: number;
  readonly outOfScope: number;
  readonly units: number;
  readonly warnings: readonly ProfileWarning[];
}

/**
 * The input of {@link coverageStatus}: `units` may be any iterable, read once. The jurisdiction is given
 * as every capability takes it — `jurisdiction`, a shipped id, a `defineJurisdiction` value or a
 * profile, whose version in force on `asOf` applies — or, as before, as `profile`, a profile object that
 * must itself apply on `asOf`. One of the two, not both.
 */
export type CoverageInput =
  | {
      readonly jurisdiction: JurisdictionId | Profile | Jurisdiction;
      readonly asOf: CalendarDate | string;
      readonly units: Iterable<unknown>;
    }
  | {
      readonly profile: Profile;
      readonly asOf: CalendarDate | string;
      readonly units: Iterable<unknown>;
    };

type Period = { readonly from: CalendarDate; readonly to: CalendarDate };
// the roster module's one "insured on this date" test, shared with every report builder
const covers = coversDate;
const badPeriod = (periods: readonly Period[] | undefined) => periods?.findIndex((p) => compareValid(p.from, p.to) > 0) ?? -1;

/** A category's status against its target in force, and the units still needed (internal; also used to merge shards). */
export function statusOf(total: number, insured: number, target: TargetInForce | null, asOf: CalendarDate): { status: TargetStatus; needed: number } {
  if (total === 0) return { status: 'not-applicable', needed: 0 };
  if (target === null) return { status: 'no-target', needed: 0 };
  // needed = ⌈target% × total⌉ − insured, exactly, never negative; met ⇔ insured ≥ target% × total.
  const required = new Dec(target.percent).times(total).div(100).ceil().toNumber();
  const needed = Math.max(0, required - insured);
  if (needed === 0) return { status: 'met', needed: 0 };
  // The deadline day itself is too late to still be "behind": on or after it, the target is missed.
  return { status: compareValid(asOf, target.deadline) < 0 ? 'behind' : 'missed', needed };
}

/**
 * Coverage against the targets in force, per category, in one pass over a roster (any iterable: an array,
 * a generator reading a CSV). A unit is insured on `asOf` if one of its policies covers that day (both
 * ends included) — in Zhoushan a statutory liability insurance of the same nature counts (ZS-SCOPE-02).
 * Per category: total, insured, the coverage rate (MONEY-05), the target in force (see
 * the first target whose deadline is on or after `asOf`, else the last one), a status — `met`, `behind` (deadline still ahead), `missed` (on or after the
 * deadline day), `no-target`, `not-applicable` (no units) — and the additional insured units needed.
 * An Anhui or Jingzhou project whose start is after `asOf` owes nothing yet: it is counted in `notYetDue`.
 * Only counts are kept, never the units.
 *
 * @throws {ValidationError} bad units (up to 100, each with its row index), unknown sectors, policies
 *   ending before they start
 * @throws {ProfileNotInForceError} when the profile does not apply on `asOf`
 */
export function coverageStatus(input: CoverageInput): CoverageStatus {
  const { profile, asOf, warnings, units } = readInput(input);

  const classify = classifierFor(profile, asOf);
  const targets = targetsByCategory(profile);
  const counts = new Map<string, { total: number; insured: number }>();
  for (const category of targets.keys()) counts.set(category, { total: 0, insured: 0 });
  const equivalentCounts = localIn(SCOPE, profile).equivalentInsuranceCounts?.(profile) ?? false;
  const sectorOk = sectorTest(profile);
  const activityOf = activityTest(profile);
  const problems: Issue[] = [];
  let index = 0;
  let uncategorised = 0;
  let notYetDue = 0;
  let outOfScope = 0;
  const scan = newScan();
  let lastOutcome: unknown = null;
  let lastCounter: { total: number; insured: number } | undefined;
  for (const givenUnit of units) {
    const i = index++;
    // Each unit is read once. The fast path checks it and finds its reversed periods and whether it is
    // insured in the same pass; a unit it does not accept is copied and given to the zod schema.
    let u: ClassifiedUnit;
    let bad: number;
    let badEq: number;
    let insured: boolean;
    if (scanUnit(givenUnit, asOf, scan)) {
      u = scan.unit;
      bad = scan.bad;
      badEq = scan.badEq;
      insured = scan.insured || (equivalentCounts && scan.equivalentInsured);
    } else {
      const v = slowUnit(givenUnit, i, problems);
      if (v === null) continue;
      u = v;
      bad = badPeriod(v.policies);
      badEq = v.kind === 'enterprise' ? badPeriod(v.equivalentInsurance) : -1;
      insured = covers(v.policies, asOf) || (equivalentCounts && v.kind === 'enterprise' && covers(v.equivalentInsurance, asOf));
    }
    const sectorKnown = u.kind !== 'enterprise' || sectorOk(u.sector);
    const activityKnown = u.kind !== 'enterprise' || !sectorKnown || activityOf(u.sector, u.activity) !== 'invalid';
    if (!sectorKnown || !activityKnown || bad >= 0 || badEq >= 0) {
      if (problems.length < MAX_ISSUES) problems.push(unitIssue(u, i, profile, sectorKnown, activityKnown, bad, badEq));
      continue;
    }
    if (problems.length > 0) continue; // once the roster is bad, only look for more bad rows
    const k = classify(u);
    if (k.category === null) {
      if (k.scope === 'out') outOfScope++;
      else if (isNotYetDue(k)) notYetDue++;
      else uncategorised++;
      continue;
    }
    // outcomes are constants: the counter of the last one is kept at hand (no map lookup per unit)
    let c = k === lastOutcome ? lastCounter : counts.get(k.category);
    if (c === undefined) {
      c = { total: 0, insured: 0 };
      counts.set(k.category, c);
    }
    lastOutcome = k;
    lastCounter = c;
    c.total++;
    if (insured) c.insured++;
  }
  if (problems.length > 0) throw new ValidationError(problems);

  const categories = [...counts].map(([category, { total, insured }]) => categoryStatus(category, total, insured, targetInForce(targets.get(category) ?? [], asOf), asOf));
  return Object.freeze({
    jurisdiction: profile.id,
    asOf,
    categories: Object.freeze(categories),
    uncategorised,
    notYetDue,
    outOfScope,
    units: index,
    warnings,
  });
}

/** One category's frozen status against its target in force (internal). */
function categoryStatus(category: string, total: number, insured: number, target: TargetInForce | null, asOf: CalendarDate): CategoryStatus {
  const { status, needed } = statusOf(total, insured, target, asOf);
  return Object.freeze({ category, total, insured, rate: coverageRate(insured, total), target: target === null ? null : Object.freeze(target), status, needed });
}

/** The input of {@link coverageStatus}, each key read once: the version asked about and the units (internal). */
function readInput(input: CoverageInput): {
  profile: Profile;
  asOf: CalendarDate;
  warnings: readonly ProfileWarning[];
  units: Iterable<unknown>;
} {
  const raw: unknown = input;
  if (typeof raw !== 'object' || raw === null) fail([], 'invalid_type', { expected: 'object' }, 'object');
  // each key read once, into a plain copy; an unknown key is refused as every capability refuses it
  const { units, ...envelope } = raw as Readonly<Record<string, unknown>>;
  parseWith(ENVELOPE(), envelope);
  const version = versionAsked(envelope);
  if (units === null || typeof units !== 'object' || !(Symbol.iterator in units)) fail(['units'], 'invalid_type', { expected: 'Iterable<Unit>' }, 'Iterable<Unit>');
  return { ...version, units: units as Iterable<unknown> };
}

/**
 * A unit the fast check did not accept, read once into our own copy and given to the schema, which
 * accepts it (the same units the fast check accepts, and the others it can) or explains it: then its
 * issues are added to `problems` (up to the cap) and the result is null (internal).
 */
function slowUnit(given: unknown, i: number, problems: Issue[]): ValidUnit | null {
  const parsed = z.safeParse(UNIT(), readOnce(given), { reportInput: true });
  if (parsed.success) return parsed.data;
  if (problems.length < MAX_ISSUES) problems.push(...fromZodIssues(parsed.error.issues, ['units', i]).slice(0, MAX_ISSUES - problems.length));
  return null;
}

/** The issue of a valid unit that cannot be counted: an unknown sector or activity, or a reversed period (internal). */
function unitIssue(u: ClassifiedUnit, i: number, profile: Profile, sectorKnown: boolean, activityKnown: boolean, bad: number, badEq: number): Issue {
  if (!sectorKnown && u.kind === 'enterprise') return unknownSectorIssue(['units', i, 'sector'], profile, u.sector);
  if (!activityKnown && u.kind === 'enterprise') return unknownActivityIssue(['units', i, 'activity'], profile, u.sector, String(u.activity));
  return issue(['units', i, bad >= 0 ? 'policies' : 'equivalentInsurance', bad >= 0 ? bad : badEq], 'dates_out_of_order', { detail: bi('a policy ends before it starts', '保单终止日早于起始日') });
}

/** The version a coverage input asks about: by `jurisdiction` (looked up as of `asOf`), or by `profile`. */
// the keys of the input besides `units` (the values are checked by versionAsked)
const ENVELOPE = lazy(() =>
  z.strictObject({
    jurisdiction: z.optional(z.unknown()),
    profile: z.optional(z.unknown()),
    asOf: z.optional(z.unknown()),
  }),
);

function versionAsked(raw: Readonly<Record<string, unknown>>): {
  profile: Profile;
  asOf: CalendarDate;
  warnings: readonly ProfileWarning[];
} {
  if (raw['jurisdiction'] === undefined) {
    const profile = ensureProfile(raw['profile'], ['profile']);
    const asOf = parseDate(raw['asOf'], ['asOf']);
    assertInForce(profile, asOf);
    return { profile, asOf, warnings: warningsOn(profile, asOf) };
  }
  if (raw['profile'] !== undefined)
    fail(['profile'], 'invalid_option', {
      detail: bi('give jurisdiction or profile, not both', '地区与档案只能给出其一'),
    });
  const asOf = parseDate(raw['asOf'], ['asOf']);
  const jurisdiction = parseWith(JurisdictionInputSchema, raw['jurisdiction'], ['jurisdiction']);
  return profileFor(jurisdiction, asOf);
}
