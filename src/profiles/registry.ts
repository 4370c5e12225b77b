import { bi, fail, issue, ValidationError, type Issue } from '../errors/errors.js';
import { describe } from '../_lib/describe.js';
import { compareValid, parseDate, type CalendarDate } from '../time/calendar-date.js';
import { assertCarried, carriedIds } from './entry.js';
import { PROFILES } from './shipped.js';
import { warningsOn } from './trial.js';
import {
  JURISDICTION_IDS,
  type JurisdictionId,
  type Profile,
  type ProfileWarning,
} from './schema.js';

export { PROFILES };

/**
 * Thrown when no version of a jurisdiction applies on the requested date: a `ValidationError` of the
 * `asOf` input, with the code `NOT_IN_FORCE`.
 */
export class ProfileNotInForceError extends ValidationError {
  constructor(issues: readonly Issue[]) {
    super(issues, { code: 'NOT_IN_FORCE' });
    this.name = 'ProfileNotInForceError';
  }
}

/** Options of a profile lookup: the date that decides which version applies (TIME-01). */
export interface LookupOptions {
  readonly asOf: CalendarDate | string;
}

/** A profile found for a date, with the warnings a caller must pass on. */
export interface ProfileLookup {
  readonly profile: Profile;
  readonly asOf: CalendarDate;
  readonly warnings: readonly ProfileWarning[];
}

const documentName = (p: Profile): string => p.document.number ?? p.document.title.zh;

// The versions of each jurisdiction, oldest first: a constant built once from the constant list above.
const VERSIONS: ReadonlyMap<string, readonly Profile[]> = new Map(
  JURISDICTION_IDS.map((id) => [id, PROFILES.filter((p) => p.id === id)]),
);

function versionsOf(id: unknown): readonly Profile[] {
  assertCarried(id, ['id']);
  const versions = typeof id === 'string' ? VERSIONS.get(id) : undefined;
  if (versions === undefined) {
    fail(
      ['id'],
      'unknown_jurisdiction',
      {
        value: describe(id),
        known: JURISDICTION_IDS.join(', '),
      },
      JURISDICTION_IDS.join(' | '),
    );
  }
  return versions;
}

/**
 * Which version of a profile applies on a date, with its warnings: the newest version whose
 * `validFrom` is on or before `asOf`. The first day counts (a notice "自发布之日起实施" applies on its
 * issue day), and so does the last day of `validUntil`.
 *
 * After a version's `validUntil` (only the 2017 national measure has one) the lookup fails and names
 * the successor: a repealed measure never silently keeps applying. A local document with no end date
 * keeps applying after its own plan's phases end (its targets stay the last ones set).
 *
 * @throws {ValidationError} `unknown_jurisdiction`, `invalid_date`
 * @throws {ProfileNotInForceError} before the first version (naming its date and document), or after a repeal
 * @example lookupProfile('xinzhou', { asOf: '2025-01-01' }).warnings[0].code //=> 'issue-date-not-stated'
 */
export function lookupProfile(id: JurisdictionId, options: LookupOptions): ProfileLookup {
  return lookupValid(
    id,
    parseDate((options as Partial<LookupOptions> | undefined)?.asOf, ['asOf']),
  );
}

/** {@link lookupProfile} for a date already validated (internal). */
export function lookupValid(id: JurisdictionId, asOf: CalendarDate): ProfileLookup {
  return versionIn(id, versionsOf(id), asOf, PROFILES);
}

/**
 * The version of a chain (oldest first) in force on `asOf`, with its warnings (internal): the newest
 * whose `validFrom` is on or before `asOf`, unless it ceased before `asOf`; `successors` are searched
 * for the document that superseded a repealed one.
 * @throws {ProfileNotInForceError}
 */
export function versionIn(
  id: string,
  versions: readonly Profile[],
  asOf: CalendarDate,
  successors: readonly Profile[],
): ProfileLookup {
  const applicable = versions.filter((p) => compareValid(p.validFrom, asOf) <= 0);
  const profile = applicable[applicable.length - 1];
  if (profile === undefined) {
    const earliest = versions[0];
    // unreachable: every id carried has a version, and a jurisdiction value at least one
    if (earliest === undefined)
      fail(['id'], 'unknown_jurisdiction', { value: describe(id), known: carriedIds().join(', ') });
    throw new ProfileNotInForceError([
      issue(['asOf'], 'not_in_force', {
        jurisdiction: id,
        asOf,
        document: documentName(earliest),
        earliest: earliest.validFrom,
        detail:
          earliest.document.issued === null
            ? bi(
                ' (the earliest possible date: the source does not state its issue date)',
                '（最早可能日期：原文未载明印发日期）',
              )
            : '',
      }),
    ]);
  }
  if (profile.validUntil !== null && compareValid(asOf, profile.validUntil) > 0) {
    const successor = successors.find((p) =>
      p.document.supersedes.includes(profile.document.number ?? ''),
    );
    throw new ProfileNotInForceError([
      issue(['asOf'], 'repealed', {
        jurisdiction: id,
        document: documentName(profile),
        until: profile.validUntil,
        detail: successor
          ? bi(
              `; use ${successor.id} (${documentName(successor)})`,
              `；请使用${successor.id}（${documentName(successor)}）`,
            )
          : '',
      }),
    ]);
  }
  return Object.freeze({ profile, asOf, warnings: warningsOn(profile, asOf) });
}

/**
 * The version of a jurisdiction's profile in force on `asOf` (TIME-01). Profiles are deeply frozen.
 * A profile whose source leaves something open (Xinzhou's issue date) carries it in `warnings`.
 * @throws {ValidationError} `unknown_jurisdiction`, `invalid_date`
 * @throws {ProfileNotInForceError} before the first version, or after a repeal
 * @example getProfile('anhui', { asOf: '2026-01-01' }).document.number //=> '建质规〔2025〕6号'
 */
export const getProfile = (id: JurisdictionId, options: LookupOptions): Profile =>
  lookupProfile(id, options).profile;

/** One line of {@link listProfiles}. */
export interface ProfileListing {
  readonly id: JurisdictionId;
  readonly name: Profile['name'];
  readonly level: Profile['level'];
  readonly versions: readonly {
    readonly version: string;
    readonly document: string;
    readonly validFrom: CalendarDate;
    readonly validUntil: CalendarDate | null;
  }[];
}

/**
 * Every jurisdiction with its names and versions.
 * @example listProfiles().map((p) => p.id) //=> ['anhui', 'xinzhou', 'jingzhou', 'anhua', 'zhoushan', 'national-2017', 'national-2025']
 */
export function listProfiles(): readonly ProfileListing[] {
  return Object.freeze(
    carriedIds().flatMap((id) => {
      const versions = PROFILES.filter((p) => p.id === id);
      const latest = versions[versions.length - 1];
      if (latest === undefined) return [];
      return Object.freeze({
        id,
        name: latest.name,
        level: latest.level,
        versions: Object.freeze(
          versions.map((p) =>
            Object.freeze({
              version: p.version,
              document: documentName(p),
              validFrom: p.validFrom,
              validUntil: p.validUntil,
            }),
          ),
        ),
      });
    }),
  );
}
