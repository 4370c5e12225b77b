import { fail, type IssuePath } from '../errors/errors.js';
import { describe } from '../_lib/describe.js';
import { PROFILES } from './shipped.js';
import { JURISDICTION_IDS, type JurisdictionId } from './schema.js';

// The shipped jurisdictions this build carries: every one in the main entry, one (and the national
// measures) in a standalone entry (`anzexian/standalone/<id>`, see scripts/standalone-plugin.ts).
const CARRIED: readonly JurisdictionId[] = /* @__PURE__ */ (() =>
  JURISDICTION_IDS.filter((id) => PROFILES.some((p) => p.id === id)))();

/** The shipped jurisdiction ids this entry carries (internal). */
export const carriedIds = (): readonly JurisdictionId[] => CARRIED;

/**
 * Refuses a shipped jurisdiction this entry does not carry (internal): its own rules are not in the
 * build, so computing it with the shared rules alone would be a wrong answer. Never fires in the main
 * entry, which carries them all; a caller's own jurisdiction (an id anzexian does not ship) passes.
 * @throws {ValidationError} `jurisdiction_not_in_entry`
 */
export function assertCarried(id: unknown, path: IssuePath): void {
  if (
    typeof id === 'string' &&
    (JURISDICTION_IDS as readonly string[]).includes(id) &&
    !(CARRIED as readonly string[]).includes(id)
  )
    fail(
      path,
      'jurisdiction_not_in_entry',
      { value: describe(id), known: CARRIED.join(', ') },
      CARRIED.join(' | '),
    );
}
