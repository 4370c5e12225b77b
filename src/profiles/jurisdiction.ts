import { deepFreeze } from '../_lib/freeze.js';
import { readOnce } from '../_lib/plain.js';
import { bi, issue, ValidationError, type Issue } from '../errors/errors.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { ensureProfile } from './ensure.js';
import { versionIn, type ProfileLookup } from './registry.js';
import type { Profile } from './schema.js';

/**
 * A jurisdiction as a value: its profile versions, oldest first. Pass it as `jurisdiction` to any
 * capability and the version in force on the input's `asOf` is used — the shipped versions of a law
 * followed by a caller's own (a new instrument, or a hypothetical reform for a what-if study).
 */
export interface Jurisdiction {
  readonly kind: 'jurisdiction';
  /** The profiles' id: every version has the same one. */
  readonly id: string;
  readonly versions: readonly Profile[];
}

/** The input of {@link defineJurisdiction}. */
export interface JurisdictionDefinition {
  /** The versions, oldest first: each starts (`validFrom`) after the one before it. */
  readonly versions: readonly Profile[];
}

// Jurisdictions this module made: frozen plain data, not validated again when passed back.
const DEFINED = new WeakSet<Jurisdiction>();

const reversed = (path: (string | number)[], value: string, expected: string): Issue =>
  issue(path, 'date_range_reversed', { value, expected }, expected);

/**
 * Puts profile versions in a chain that an `asOf` date walks: each version is validated in full (as
 * `defineProfile`), all must be of one jurisdiction, and each must start after the one before it. The
 * result is deeply frozen.
 *
 * @throws {ValidationError} no versions, a bad version, versions of different jurisdictions, or versions
 *   out of order (`date_range_reversed`)
 * @example
 * const reform = deriveProfile(anhui, { version: '2027', validFrom: '2027-01-01', hypothetical: true, rules: {…} });
 * const study = defineJurisdiction({ versions: [anhui, reform] });
 * quotePremium({ jurisdiction: study, asOf: '2027-03-01', base }).warnings[0].code //=> 'hypothetical-version'
 */
export function defineJurisdiction(definition: JurisdictionDefinition): Jurisdiction {
  const input = readOnce(definition) as { versions?: unknown } | null;
  const list = typeof input === 'object' && input !== null ? input.versions : undefined;
  if (!Array.isArray(list) || list.length === 0)
    throw new ValidationError([
      issue(['versions'], 'invalid_type', { expected: 'a list of profile versions' }, 'Profile[]'),
    ]);
  const versions = list.map((v: unknown, i) => ensureProfile(v, ['versions', i]));
  const problems: Issue[] = [];
  const first = versions[0] as Profile;
  versions.forEach((v, i) => {
    if (v.id !== first.id)
      problems.push(
        issue(['versions', i, 'id'], 'invalid_option', {
          detail: bi(
            `every version must be of ${first.id}, not ${v.id}`,
            `各版本须同属${first.id}，而非${v.id}`,
          ),
        }),
      );
    const before = versions[i - 1];
    if (before !== undefined && v.validFrom <= before.validFrom)
      problems.push(
        reversed(
          ['versions', i, 'validFrom'],
          `${v.validFrom} ≤ ${before.validFrom}`,
          `after ${before.validFrom} (version ${before.version})`,
        ),
      );
  });
  if (problems.length > 0) throw new ValidationError(problems);
  const jurisdiction = deepFreeze({ kind: 'jurisdiction' as const, id: first.id, versions });
  DEFINED.add(jurisdiction);
  return jurisdiction;
}

/** True for a value made by {@link defineJurisdiction}, or shaped like one. */
export const isJurisdictionValue = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'jurisdiction';

/** The version of a jurisdiction value in force on `asOf` (internal; validates a look-alike first). */
export function versionOf(value: unknown, asOf: CalendarDate): ProfileLookup {
  const j = DEFINED.has(value as Jurisdiction)
    ? (value as Jurisdiction)
    : defineJurisdiction(value as JurisdictionDefinition);
  return versionIn(j.id, j.versions, asOf, j.versions);
}
