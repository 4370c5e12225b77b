// The one roster: the unit schema, the details the forms list, the one "insured on this date" test and
// the one reading of a row into its unit. Coverage, the file readers and every report builder use these,
// so an annex can never count a unit differently from `coverageStatus`.
import { lazy, lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import type { CalendarDate } from '../time/calendar-date.js';
import { compareValid } from '../time/calendar-date.js';
import { classifierFor, type Classifier } from './classify.js';
import type { Profile } from '../profiles/schema.js';
import { UnitSchema, type Unit, type ValidUnit } from './unit.js';

export { UnitSchema, type Unit, type ValidUnit } from './unit.js';

/** What a roster row may add to a unit for the forms: names, addresses, contacts, headcount, contractor. */
export const RosterDetailsSchema = /* @__PURE__ */ lazySchema(() => z.object({
  name: z.optional(z.string()),
  address: z.optional(z.string()),
  contact: z.optional(z.string()),
  employees: z.optional(z.int().check(z.gte(0))),
  generalContractor: z.optional(z.string()),
}));
/** A roster row: a unit (see `UnitSchema`) plus the details the statistics forms list. */
export type RosterRow = Unit & z.input<typeof RosterDetailsSchema>;

/** The keys of a row that are details for the forms, not part of the unit. */
export const DETAIL_KEYS: readonly string[] = Object.freeze([
  'name',
  'address',
  'contact',
  'employees',
  'generalContractor',
]);

/**
 * The unit part of a roster row (its details left out), for the coverage count; anything that is not
 * an object is given back as it is, for the unit schema to refuse.
 */
export function unitOfRow(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  const unit: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!DETAIL_KEYS.includes(k)) unit[k] = v;
  return unit;
}

/** The unit part of each roster row, lazily (a stream stays a stream). */
export function* unitsOfRows(rows: Iterable<unknown>): Generator {
  for (const row of rows) yield unitOfRow(row);
}

/** A policy period, both ends included. */
export interface Period {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * The one "insured on this date" test: one of the periods covers `asOf`, both ends included (a policy
 * from 2021-01-01 to 2021-12-31 covers both of those days). No periods: not insured.
 */
export const coversDate = (periods: readonly Period[] | undefined, asOf: CalendarDate): boolean =>
  periods !== undefined &&
  periods.some((p) => compareValid(p.from, asOf) <= 0 && compareValid(asOf, p.to) <= 0);

/**
 * The target category of each unit on `asOf`, as `coverageStatus` counts it (internal): the
 * profile's classification, null for a unit in no category (out of scope, not yet due, or a fact
 * missing). For a profile already checked to be in force on `asOf`.
 */
export function categoryOf(profile: Profile, asOf: CalendarDate): (unit: ValidUnit) => string | null {
  const classify = classifierFor(profile, asOf);
  return (unit) => classify(unit).category;
}

/**
 * The classification of each unit on `asOf`, as `coverageStatus` counts it (internal): scope, target
 * category and the reason, for a profile already checked to be in force on `asOf`.
 */
export function classificationOn(profile: Profile, asOf: CalendarDate): Classifier {
  return classifierFor(profile, asOf);
}

const UNIT = lazy(() => z.compile(UnitSchema));

/** A unit the schema accepts, read from a row (its details left out); null if the schema refuses it. */
export function validUnitOfRow(row: unknown): ValidUnit | null {
  const parsed = z.safeParse(UNIT(), unitOfRow(row));
  return parsed.success ? parsed.data : null;
}
