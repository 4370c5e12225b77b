import type { Profile } from '../profiles/schema.js';
import { anhuaRules } from './anhua/rules.js';
import { anhuiRules } from './anhui/rules.js';
import { jingzhouRules } from './jingzhou/rules.js';
import { SHARED_ONLY, type LocalRules } from './local-rules.js';
import { xinzhouRules } from './xinzhou/rules.js';
import { zhoushanRules } from './zhoushan/rules.js';

// The shipped jurisdictions' own rules, by profile id. The national measures have none: they are the
// shared rules.
const LOCAL: ReadonlyMap<string, LocalRules> = new Map([
  ['anhui', anhuiRules],
  ['xinzhou', xinzhouRules],
  ['jingzhou', jingzhouRules],
  ['anhua', anhuaRules],
  ['zhoushan', zhoushanRules],
]);

/**
 * The local rules of the jurisdiction a profile belongs to (internal): a shipped jurisdiction's own,
 * also for a version derived from it (same id); none for the national measures or a jurisdiction
 * anzexian does not ship, whose profiles are computed with the shared rules.
 */
export const localRules = (profile: Profile): LocalRules => LOCAL.get(profile.id) ?? SHARED_ONLY;
