import { issue } from '../errors/errors.js';
import { compareValid, type CalendarDate } from '../time/calendar-date.js';
import { ensureProfile } from './ensure.js';
import { isJurisdictionValue, versionOf, type Jurisdiction } from './jurisdiction.js';
import { lookupValid, ProfileNotInForceError, type ProfileLookup } from './registry.js';
import type { JurisdictionId, Profile } from './schema.js';
import { warningsOn } from './trial.js';

/**
 * The profile a capability works with: a jurisdiction id looked up as of the date, a jurisdiction value
 * (`defineJurisdiction`) whose version chain the date walks, or a profile object (validated unless it
 * is a shipped or already validated one) that must itself apply on that date.
 * @throws {ValidationError} a bad id or profile
 * @throws {ProfileNotInForceError} when the profile does not apply on `asOf`
 */
export function profileFor(
  jurisdiction: JurisdictionId | Profile | Jurisdiction,
  asOf: CalendarDate,
): ProfileLookup {
  if (typeof jurisdiction === 'string') return lookupValid(jurisdiction, asOf);
  if (isJurisdictionValue(jurisdiction)) return versionOf(jurisdiction, asOf);
  const profile = ensureProfile(jurisdiction, ['jurisdiction']);
  assertInForce(profile, asOf);
  return Object.freeze({ profile, asOf, warnings: warningsOn(profile, asOf) });
}

/**
 * Throws unless a profile object applies on `asOf` (from `validFrom` to `validUntil`, both included).
 * @throws {ProfileNotInForceError}
 */
export function assertInForce(profile: Profile, asOf: CalendarDate): void {
  const before = compareValid(asOf, profile.validFrom) < 0;
  const after = profile.validUntil !== null && compareValid(asOf, profile.validUntil) > 0;
  if (before || after) {
    throw new ProfileNotInForceError([
      issue(['asOf'], 'not_in_force', {
        jurisdiction: profile.id,
        asOf,
        document: profile.document.number ?? profile.document.title.zh,
        earliest: profile.validFrom,
        detail: after
          ? { en: ` until ${String(profile.validUntil)}`, zh: `至${String(profile.validUntil)}` }
          : '',
      }),
    ]);
  }
}
