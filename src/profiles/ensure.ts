import { deepFreeze } from '../_lib/freeze.js';
import { ValidationError, type IssuePath } from '../errors/errors.js';
import { parseWith } from '../errors/zod.js';
import { contractProblems } from './contract.js';
import { assertCarried } from './entry.js';
import { PROFILES } from './shipped.js';
import { ProfileSchema, type Profile } from './schema.js';

// Profiles this module has itself validated and frozen: plain data it made, so passing one again is
// not validated again. A WeakSet of our own outputs is a memo, not state a result can depend on.
const VALIDATED = new WeakSet<Profile>();

/**
 * Validates a profile in full — its shape (`ProfileSchema`), its consistency (dates and periods in
 * order, targets ≤ 100%, a band that agrees with itself and with every rule that repeats it) and the
 * parameter contract of every rule anzexian computes (see `contractProblems`) — and returns a deeply
 * frozen copy. Internal: the public doors are {@link ensureProfile}, `defineProfile` and `deriveProfile`.
 * @throws {ValidationError} every problem found, each with its path
 */
export function validateProfile(value: unknown, path: IssuePath): Profile {
  const parsed = parseWith(ProfileSchema, value, path);
  assertCarried(parsed.id, [...path, 'id']);
  const problems = contractProblems(parsed, path);
  if (problems.length > 0) throw new ValidationError(problems);
  const profile = deepFreeze(parsed);
  VALIDATED.add(profile);
  return profile;
}

/**
 * Accepts a profile object passed by a caller. The shipped profiles are trusted as they are (they
 * are frozen and checked by the tests), and so is a profile this library validated before; any other
 * object — a hand-made profile — is validated in full, so a wrong profile is a ValidationError, never a
 * wrong answer.
 */
export function ensureProfile(value: unknown, path: IssuePath = ['profile']): Profile {
  if (PROFILES.includes(value as Profile) || VALIDATED.has(value as Profile))
    return value as Profile;
  return validateProfile(value, path);
}

/**
 * Defines a profile — a version of a jurisdiction's law written by hand or loaded from JSON — and checks
 * it now, not when a function first reads it: the schema; dates, periods and targets that can be true;
 * a rate band that agrees with itself and with every rule that repeats it; and, for every rule anzexian
 * computes, each parameter the computation reads, of the kind it reads, and no parameter it would
 * ignore. Returns a deeply frozen copy; the value passed is never changed. Capabilities accept the
 * result as `jurisdiction` without checking it again.
 *
 * @throws {ValidationError} every problem found, each with its path: `profile_parameter` (a parameter
 *   missing or of the wrong kind), `profile_inconsistent` (a contradiction), `invalid_date`, `schema`…
 * @example
 * defineProfile({ ...anhui, rules: anhui.rules.filter((r) => r.id !== 'AH-RATE-02') })
 * //=> throws ValidationError: pricing.referenceRateRule: no rule AH-RATE-02 in this profile
 */
export const defineProfile = (value: unknown): Profile => validateProfile(value, ['profile']);
