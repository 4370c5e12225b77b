import { isCalendarDate } from '../time/calendar-date.js';
import type { CalendarDate } from '../time/calendar-date.js';
import type { ClassifiedUnit } from './classification.js';
import type { ValidUnit } from './unit.js';

// A fast path for rosters of millions of units: a hand-written check that accepts only what
// `UnitSchema` accepts (a property test holds it to that). It reads each property of the unit once
// into its own small copy and checks the copy, so a getter or Proxy cannot pass the check and then
// change (issue 17). Anything it does not accept goes to the zod schema, which accepts or explains.

const ENTERPRISE_KEYS = new Set(['kind', 'id', 'sector', 'inStatistics', 'aboveScaleIndustryTrade', 'activity', 'policies', 'equivalentInsurance']);
const PROJECT_KEYS = new Set(['kind', 'id', 'projectKind', 'needsConstructionPermit', 'startDate', 'policies']);
const PROJECT_KINDS = new Set(['housing', 'municipal', 'other']);

const plain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

function onlyKeys(keys: readonly string[], allowed: ReadonlySet<string>): boolean {
  for (let i = 0; i < keys.length; i++) if (!allowed.has(keys[i] ?? '')) return false;
  return true;
}

const optionalBoolean = (v: unknown) => v === undefined || typeof v === 'boolean';
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** A copy of a list of `{ from, to }` periods, each read once, or null when it is not one. */
function periods(v: unknown): { from: string; to: string }[] | undefined | null {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return null;
  const list = v as unknown[];
  const n = list.length;
  const out: { from: string; to: string }[] = new Array<{ from: string; to: string }>(n);
  for (let i = 0; i < n; i++) {
    const p = list[i];
    if (!plain(p)) return null;
    // exactly the two own keys
    const keys = Object.keys(p);
    if (keys.length !== 2 || !Object.hasOwn(p, 'from') || !Object.hasOwn(p, 'to')) return null;
    const from = p['from'];
    const to = p['to'];
    if (!isCalendarDate(from) || !isCalendarDate(to)) return null;
    out[i] = { from, to };
  }
  return out;
}

/** The unit as `UnitSchema` would output it, in a fresh object, or null (internal). */
export function fastUnitCopy(u: unknown): ValidUnit | null {
  if (!plain(u)) return null;
  const keys = Object.keys(u);
  // an inherited enumerable key would be read by the schema: leave such objects to it
  for (const k in u) if (!Object.hasOwn(u, k)) return null;
  const r: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? '';
    if (k === '__proto__') return null;
    r[k] = u[k];
  }
  if (!nonEmpty(r['id'])) return null;
  if (r['kind'] === 'enterprise') {
    if (
      !onlyKeys(keys, ENTERPRISE_KEYS) ||
      !nonEmpty(r['sector']) ||
      !(r['activity'] === undefined || nonEmpty(r['activity'])) ||
      !optionalBoolean(r['inStatistics']) ||
      !optionalBoolean(r['aboveScaleIndustryTrade'])
    )
      return null;
    return withPeriods(r, ['policies', 'equivalentInsurance']);
  }
  if (r['kind'] === 'project') {
    if (
      !onlyKeys(keys, PROJECT_KEYS) ||
      typeof r['projectKind'] !== 'string' ||
      !PROJECT_KINDS.has(r['projectKind']) ||
      !optionalBoolean(r['needsConstructionPermit']) ||
      !(r['startDate'] === undefined || isCalendarDate(r['startDate']))
    )
      return null;
    return withPeriods(r, ['policies']);
  }
  return null;
}

function withPeriods(r: Record<string, unknown>, names: readonly string[]): ValidUnit | null {
  for (const name of names) {
    if (!Object.hasOwn(r, name)) continue;
    const list = periods(r[name]);
    if (list === null) return null;
    r[name] = list;
  }
  return r as unknown as ValidUnit;
}

/** True only for units `UnitSchema` accepts as they are (internal). */
export const isValidUnitFast = (u: unknown): boolean => fastUnitCopy(u) !== null;

/**
 * What one pass over a unit found (internal; one object per roster, filled again for each unit):
 * the unit as the classifier reads it, the first period that ends before it starts (−1 for none) in
 * `policies` and in `equivalentInsurance`, and whether either list covers the as-of day.
 */
export interface UnitScan {
  unit: ClassifiedUnit;
  bad: number;
  badEq: number;
  insured: boolean;
  equivalentInsured: boolean;
  /**
   * The two objects `unit` is, refilled for each unit (no object per unit): a fact not given is
   * `undefined`. A classifier reads the unit's facts during its call and keeps nothing of it (every
   * outcome is a constant), so one object per kind serves the whole roster.
   */
  readonly enterprise: Record<string, unknown>;
  readonly project: Record<string, unknown>;
  /** The dates already found valid in this roster: each distinct string is checked once. */
  readonly dates: Set<string>;
}

// A roster names a few thousand distinct days at most; past this many, dates are checked each time.
const MAX_DATES = 100_000;

/** True for a valid `YYYY-MM-DD` date, checking each distinct string once per roster. */
function validDate(v: unknown, dates: Set<string>): v is CalendarDate {
  if (typeof v !== 'string') return false;
  if (dates.has(v)) return true;
  if (!isCalendarDate(v)) return false;
  if (dates.size < MAX_DATES) dates.add(v);
  return true;
}

/** A fresh scan record for {@link scanUnit} (internal). */
export const newScan = (): UnitScan => ({
  unit: { kind: 'project', id: '', projectKind: 'other' },
  enterprise: { kind: 'enterprise', id: '', sector: '', inStatistics: undefined, aboveScaleIndustryTrade: undefined, activity: undefined },
  project: { kind: 'project', id: '', projectKind: 'other', needsConstructionPermit: undefined, startDate: undefined },
  bad: -1,
  badEq: -1,
  insured: false,
  equivalentInsured: false,
  dates: new Set(),
});

// What scanPeriods found, in one number (no object per list): REFUSED, or 2 × (the first reversed
// period's index + 1) + (1 when a period covers the day).
const REFUSED = -1;
const firstReversed = (found: number) => (found >> 1) - 1;
const coversDay = (found: number) => (found & 1) === 1;

/**
 * One pass over a list of `{ from, to }` periods: every date checked, the first reversed period and
 * whether one covers `asOf` (both ends included, as `coversDate`), nothing copied. REFUSED when the
 * list is not one the fast check accepts.
 */
function scanPeriods(v: unknown, asOf: CalendarDate, dates: Set<string>): number {
  if (v === undefined) return 0;
  if (!Array.isArray(v)) return REFUSED;
  const list = v as unknown[];
  const n = list.length;
  let bad = -1;
  let covers = 0;
  for (let i = 0; i < n; i++) {
    const p = list[i];
    if (!plain(p)) return REFUSED;
    // exactly the two own keys, listed without an array per period: for…in lists own enumerable keys
    // here (the caller has checked that Object.prototype has none, and `p` inherits from it or nothing)
    let n = 0;
    for (const k in p) {
      if (k !== 'from' && k !== 'to') return REFUSED;
      n++;
    }
    if (n !== 2) return REFUSED;
    const from = p['from'];
    const to = p['to'];
    if (!validDate(from, dates) || !validDate(to, dates)) return REFUSED;
    if (from > to) {
      if (bad < 0) bad = i;
    } else if (from <= asOf && asOf <= to) covers = 1;
  }
  return 2 * (bad + 1) + covers;
}

/** True when for…in finds a key on the object (its own enumerable keys or inherited ones). */
function hasEnumerableKey(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/**
 * The fast path of `coverageStatus` (internal): one pass that checks a unit exactly as
 * {@link fastUnitCopy} would on a copy read once (the same units accepted), reads each property once,
 * and fills `out` with what the count needs — the classifier's unit (its facts, no periods), the first
 * reversed period of each list and whether a period covers `asOf` — without copying the periods.
 * False when the fast check does not accept the unit: the caller then copies it with `readOnce` and
 * gives the copy to the schema. A reversed period is reported, as by the slow path, and never counted as covering.
 */
export function scanUnit(u: unknown, asOf: CalendarDate, out: UnitScan): boolean {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return false;
  const proto: unknown = Object.getPrototypeOf(u);
  // an inherited enumerable key would be read by the schema: leave such objects to it. A plain
  // object inherits only from Object.prototype, so it is that object that is looked at.
  if (proto === Object.prototype) {
    if (hasEnumerableKey(Object.prototype)) return false;
  } else if (proto !== null) return false;
  let kind: unknown;
  let id: unknown;
  let sector: unknown;
  let inStatistics: unknown;
  let aboveScaleIndustryTrade: unknown;
  let activity: unknown;
  let policies: unknown;
  let equivalentInsurance: unknown;
  let projectKind: unknown;
  let needsConstructionPermit: unknown;
  let startDate: unknown;
  let enterpriseOnly = false;
  let projectOnly = false;
  // for…in lists the unit's own enumerable keys here (its prototype has none, checked above), without
  // an array per unit
  for (const k in u) {
    const v = (u as Record<string, unknown>)[k];
    switch (k) {
      case 'kind': kind = v; break;
      case 'id': id = v; break;
      case 'policies': policies = v; break;
      case 'sector': sector = v; enterpriseOnly = true; break;
      case 'inStatistics': inStatistics = v; enterpriseOnly = true; break;
      case 'aboveScaleIndustryTrade': aboveScaleIndustryTrade = v; enterpriseOnly = true; break;
      case 'activity': activity = v; enterpriseOnly = true; break;
      case 'equivalentInsurance': equivalentInsurance = v; enterpriseOnly = true; break;
      case 'projectKind': projectKind = v; projectOnly = true; break;
      case 'needsConstructionPermit': needsConstructionPermit = v; projectOnly = true; break;
      case 'startDate': startDate = v; projectOnly = true; break;
      default: return false; // not a key of either kind of unit (this includes __proto__)
    }
  }
  if (!nonEmpty(id)) return false;
  if (kind === 'enterprise') {
    if (
      projectOnly ||
      !nonEmpty(sector) ||
      !(activity === undefined || nonEmpty(activity)) ||
      !optionalBoolean(inStatistics) ||
      !optionalBoolean(aboveScaleIndustryTrade)
    )
      return false;
    const found = scanPeriods(policies, asOf, out.dates);
    if (found === REFUSED) return false;
    const foundEq = scanPeriods(equivalentInsurance, asOf, out.dates);
    if (foundEq === REFUSED) return false;
    out.bad = firstReversed(found);
    out.insured = coversDay(found);
    out.badEq = firstReversed(foundEq);
    out.equivalentInsured = coversDay(foundEq);
    const unit = out.enterprise;
    unit.id = id;
    unit.sector = sector;
    unit.inStatistics = inStatistics;
    unit.aboveScaleIndustryTrade = aboveScaleIndustryTrade;
    unit.activity = activity;
    out.unit = unit as unknown as ClassifiedUnit;
    return true;
  }
  if (kind === 'project') {
    if (
      enterpriseOnly ||
      typeof projectKind !== 'string' ||
      !PROJECT_KINDS.has(projectKind) ||
      !optionalBoolean(needsConstructionPermit) ||
      !(startDate === undefined || validDate(startDate, out.dates))
    )
      return false;
    const found = scanPeriods(policies, asOf, out.dates);
    if (found === REFUSED) return false;
    out.bad = firstReversed(found);
    out.insured = coversDay(found);
    out.badEq = -1;
    out.equivalentInsured = false;
    const unit = out.project;
    unit.id = id;
    unit.projectKind = projectKind;
    unit.needsConstructionPermit = needsConstructionPermit;
    unit.startDate = startDate;
    out.unit = unit as unknown as ClassifiedUnit;
    return true;
  }
  return false;
}
