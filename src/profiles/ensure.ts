import { deepFreeze } from '../_lib/freeze.js';
import type { IssuePath } from '../errors/errors.js';
import { parseWith } from '../errors/zod.js';
import { PROFILES } from './shipped.js';
import { ProfileSchema, type Profile } from './schema.js';

/**
 * Accepts a profile object passed by a caller. The shipped profiles are trusted as they are (they
 * are frozen and checked by the tests); any other object — a derived or hand-made profile — is
 * validated against the schema, so a wrong profile is a ValidationError, never a wrong answer.
 */
export function ensureProfile(value: unknown, path: IssuePath = ['profile']): Profile {
  if (PROFILES.includes(value as Profile)) return value as Profile;
  return deepFreeze(parseWith(ProfileSchema, value, path));
}
