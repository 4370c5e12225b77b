import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { readOnce } from '../_lib/plain.js';
import { ValidationError } from '../errors/errors.js';
import { localIn } from '../jurisdictions/local-rules.js';
import { SCOPE } from '../jurisdictions/hooks/scope.js';
import { parseWith } from '../errors/zod.js';
import { ensureProfile } from '../profiles/ensure.js';
import { governingRule } from '../profiles/national.js';
import { activityTest, sectorTest, unknownActivityIssue, unknownSectorIssue } from '../profiles/sectors.js';
import { assertInForce, profileFor } from '../profiles/profile-for.js';
import { JurisdictionInputSchema, type Profile } from '../profiles/schema.js';
import { CalendarDateSchema, compareValid, parseDate, type CalendarDate } from '../time/calendar-date.js';
import { outcome, type Classification, type Classifier } from './classification.js';
import { UnitSchema, type Unit } from './unit.js';

export { isNotYetDue, type Classification, type Classifier } from './classification.js';

/**
 * The shared scope: enterprises of the sectors the profile makes mandatory (from each sector's `from`
 * date) must insure; the rest are out. Cited by the governing mandatory-scope rule (the profile's own,
 * else the national measure's, NAT25-SCOPE-01), or the document of a measure that has none (NAT17-DOC).
 */
function sharedClassifier(profile: Profile, asOf: CalendarDate): Classifier {
  const status = new Map(profile.scope.sectors.map((s) => [s.code, s] as const));
  const id = governingRule(profile, 'mandatory-scope', asOf)?.id ?? profile.rules[0]?.id ?? profile.id;
  const mandatory = outcome('mandatory', 'high-risk', [id], 'a sector that must insure', '应当投保的行业');
  const out = outcome('out', null, [id], 'outside the sectors that must insure', '不属于应当投保的行业');
  return (u) => {
    if (u.kind !== 'enterprise') return out;
    const s = status.get(u.sector);
    return s?.status === 'mandatory' && (s.from === undefined || compareValid(asOf, s.from) >= 0) ? mandatory : out;
  };
}

/** Builds the classifier for a profile already checked to be in force on `asOf` (internal): the jurisdiction's own scope, else the shared one. */
export function classifierFor(profile: Profile, asOf: CalendarDate): Classifier {
  return localIn(SCOPE, profile).classifier?.(profile, asOf) ?? sharedClassifier(profile, asOf);
}

/**
 * Is this enterprise or project in scope — mandatory, encouraged or out — and in which of the
 * profile's target categories (Jingzhou: enterprises in / not in the statistics, new housing / municipal
 * projects; Anhua: the eight high-risk sectors vs other above-scale industrial and trade enterprises;
 * Zhoushan: its sectors; Anhui and Xinzhou: projects needing a permit)? Always with the rule IDs.
 * @throws {ValidationError} a bad unit, or a sector code the profile does not know
 * @throws {ProfileNotInForceError} when the profile does not apply on `asOf`
 * @example classifyUnit(anhua, { kind: 'enterprise', id: 'E1', sector: 'fireworks' }, '2022-01-01').category //=> 'high-risk'
 */
export function classifyUnit(input: ClassifyUnitInput): Classification;
/** The positional form, kept for existing callers: a profile object in force on `asOf`, the unit, the day. */
export function classifyUnit(profile: Profile, unit: Unit, asOf: CalendarDate | string): Classification;
export function classifyUnit(
  first: Profile | ClassifyUnitInput,
  unit?: Unit,
  asOf?: CalendarDate | string,
): Classification {
  // a caller's value may be anything at run time, whatever its type says
  const value: unknown = first;
  if (unit === undefined && asOf === undefined && typeof value === 'object' && value !== null && 'jurisdiction' in value) {
    const q = parseWith(ClassifyUnitInputSchema, readOnce(value));
    return classify(profileFor(q.jurisdiction, q.asOf).profile, q.unit, q.asOf);
  }
  const p = ensureProfile(first);
  const date = parseDate(asOf, ['asOf']);
  assertInForce(p, date);
  return classify(p, parseWith(UnitSchema, unit, ['unit']), date);
}

/**
 * The input of {@link classifyUnit} in the one shape every capability takes: the jurisdiction (a
 * shipped id, a `defineJurisdiction` value or a profile), the as-of day that picks its version in
 * force, and the unit (an enterprise or a project, as in a roster).
 */
export const ClassifyUnitInputSchema = /* @__PURE__ */ lazySchema(() => z.strictObject({
  jurisdiction: JurisdictionInputSchema,
  asOf: CalendarDateSchema,
  unit: UnitSchema,
}));
/** The input of {@link classifyUnit} (see {@link ClassifyUnitInputSchema}). */
export type ClassifyUnitInput = z.input<typeof ClassifyUnitInputSchema>;

function classify(p: Profile, u: z.output<typeof UnitSchema>, date: CalendarDate): Classification {
  if (u.kind === 'enterprise' && !sectorTest(p)(u.sector)) throw new ValidationError([unknownSectorIssue(['unit', 'sector'], p, u.sector)]);
  if (u.kind === 'enterprise' && activityTest(p)(u.sector, u.activity) === 'invalid') throw new ValidationError([unknownActivityIssue(['unit', 'activity'], p, u.sector, String(u.activity))]);
  return classifierFor(p, date)(u);
}
