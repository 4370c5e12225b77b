import { describe, expect, it } from 'vitest';
import { defineProfile, ValidationError } from '../../src/index.js';
import { callsFor } from '../helpers/profile-calls.js';
import { profileVariations } from '../helpers/profile-variations.js';

// Issue 18: every schema-shaped variation of a shipped profile — each parameter up, down, to an edge,
// out of order, of another kind, unstated or removed; the profile's dates out of order; a rule or a
// scope entry taken away — is either refused when it is defined (a ValidationError naming where) or
// accepted, and then every capability given it returns a result or a ValidationError: never a
// TypeError, a RangeError or a plain Error.

const VARIATIONS = profileVariations(2200);

describe('a varied profile is refused when defined, or computes: never a crash', () => {
  it('TIME-01 there are at least 3,000 variations of the shipped profiles', () => {
    expect(VARIATIONS.length).toBeGreaterThanOrEqual(3000);
  });

  it('TIME-01 every variation is refused with a ValidationError or computes without a crash', () => {
    const crashes: string[] = [];
    let refused = 0;
    let accepted = 0;
    for (const v of VARIATIONS) {
      let profile;
      try {
        profile = defineProfile(v.profile);
      } catch (e) {
        if (e instanceof ValidationError) {
          refused++;
          continue;
        }
        crashes.push(`${v.label}: defineProfile threw ${String(e)}`);
        continue;
      }
      accepted++;
      for (const [name, call] of callsFor(profile)) {
        try {
          call();
        } catch (e) {
          if (!(e instanceof ValidationError))
            crashes.push(`${v.label}: ${name} threw ${String(e)}`);
        }
      }
    }
    expect(crashes.slice(0, 20)).toEqual([]);
    // both doors are used: some variations are refused, most are accepted and computed
    expect(refused).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(1000);
  }, 600_000);
});
