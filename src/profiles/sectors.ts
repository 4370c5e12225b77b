import { bi, issue, type Issue, type IssuePath } from '../errors/errors.js';
import type { Profile } from './schema.js';

/**
 * The sector codes a profile knows, as a test built once (internal: rosters check millions of units):
 * the profile's own codes and `other`; any code where the profile lists none (the 2017 measure, whose
 * scope is not encoded).
 */
export function sectorTest(profile: Profile): (code: string) => boolean {
  const codes = new Set(profile.scope.sectors.map((s) => s.code));
  return (code) => code === 'other' || codes.size === 0 || codes.has(code);
}

/** The issue for a sector code the profile does not know, listing the codes it does (`other` once). */
export function unknownSectorIssue(path: IssuePath, profile: Profile, code: string): Issue {
  return issue(
    path,
    'invalid_option',
    { detail: bi(`unknown sector ${code}`, `未知行业${code}`) },
    [...new Set([...profile.scope.sectors.map((s) => s.code), 'other'])].join(' | '),
  );
}
