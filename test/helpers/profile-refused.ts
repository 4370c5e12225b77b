import { expect } from 'vitest';
import { defineProfile, type Profile } from '../../src/index.js';
import { refused } from './refused.js';

/**
 * Expects a profile to be refused when it is derived or defined (issue 18): a parameter a capability
 * reads that is missing or of the wrong kind is a `profile_parameter` error naming the rule and the
 * parameter, so no capability can ever run on it. `make` derives (`deriveProfile`) or builds the
 * profile; what it returns is then defined (`defineProfile`).
 */
export function refusedProfile(make: () => Profile, rule: string, name: string): void {
  const e = refused(() => defineProfile(make()));
  expect(
    e.issues.some(
      (i) =>
        i.code === 'profile_parameter' &&
        i.message.en.includes(`${rule} parameter ${name} must be`),
    ),
  ).toBe(true);
}
