import { readOnce } from '../_lib/plain.js';
import { isCalendarDate } from '../time/calendar-date.js';
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

/**
 * Reads a unit once: `copy` is the library's own copy (each property read once, nested lists copied
 * by readOnce), and `valid` the unit as `UnitSchema` would output it when the fast check accepts
 * the copy, else null — the caller then gives the same copy to the schema (internal).
 */
export function readUnit(u: unknown): { copy: unknown; valid: ValidUnit | null } {
  if (!plain(u)) {
    const copy = readOnce(u);
    return { copy, valid: null };
  }
  const keys = Object.keys(u);
  const r: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? '';
    const v = u[k];
    const c = typeof v === 'object' && v !== null ? readOnce(v) : v;
    if (k === '__proto__')
      Object.defineProperty(r, k, { value: c, enumerable: true, writable: true, configurable: true });
    else r[k] = c;
  }
  // an inherited enumerable key would be read by the schema: leave such objects to it
  for (const k in u) if (!Object.hasOwn(u, k)) return { copy: r, valid: null };
  return { copy: r, valid: fastUnitCopy(r) };
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
