import { isCalendarDate } from '../time/calendar-date.js';
import type { ValidUnit } from './unit.js';

// A fast path for rosters of millions of units: a hand-written check that accepts only what
// `UnitSchema` accepts (a property test holds it to that), and reads the unit in place instead of
// copying it. Anything it does not accept goes to the zod schema, which accepts or explains.

const ENTERPRISE_KEYS = new Set(['kind', 'id', 'sector', 'inStatistics', 'aboveScaleIndustryTrade', 'activity', 'policies', 'equivalentInsurance']);
const PROJECT_KEYS = new Set(['kind', 'id', 'projectKind', 'needsConstructionPermit', 'startDate', 'policies']);
const PROJECT_KINDS = new Set(['housing', 'municipal', 'other']);

const plain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

function onlyKeys(v: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) if (!allowed.has(keys[i] ?? '')) return false;
  // an inherited enumerable key would be read by the schema: leave such objects to it
  for (const k in v) if (!Object.hasOwn(v, k)) return false;
  return true;
}

const optionalBoolean = (v: unknown) => v === undefined || typeof v === 'boolean';
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function periods(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  const list = v as unknown[];
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (!plain(p) || !isCalendarDate(p['from']) || !isCalendarDate(p['to'])) return false;
    // exactly the two own keys
    const keys = Object.keys(p);
    if (keys.length !== 2 || !Object.hasOwn(p, 'from') || !Object.hasOwn(p, 'to')) return false;
  }
  return true;
}

/** True only for units `UnitSchema` accepts as they are (internal). */
export function isValidUnitFast(u: unknown): u is ValidUnit {
  if (!plain(u) || !nonEmpty(u['id'])) return false;
  if (u['kind'] === 'enterprise') {
    return onlyKeys(u, ENTERPRISE_KEYS) && nonEmpty(u['sector']) && (u['activity'] === undefined || nonEmpty(u['activity'])) && optionalBoolean(u['inStatistics']) && optionalBoolean(u['aboveScaleIndustryTrade']) && periods(u['policies']) && periods(u['equivalentInsurance']);
  }
  if (u['kind'] === 'project') {
    return (
      onlyKeys(u, PROJECT_KEYS) &&
      typeof u['projectKind'] === 'string' &&
      PROJECT_KINDS.has(u['projectKind']) &&
      optionalBoolean(u['needsConstructionPermit']) &&
      (u['startDate'] === undefined || isCalendarDate(u['startDate'])) &&
      periods(u['policies'])
    );
  }
  return false;
}
