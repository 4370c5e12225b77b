import { bi } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import type { Profile } from '../profiles/schema.js';
import { compareValid, type CalendarDate } from '../time/calendar-date.js';
import type { ValidUnit } from './unit.js';

/** Where a unit stands: in the mandatory scope, encouraged, or out; and its target category, if any. */
export interface Classification {
  readonly scope: 'mandatory' | 'encouraged' | 'out';
  readonly category: string | null;
  readonly ruleIds: readonly string[];
  readonly reason: Bilingual;
}

/**
 * What a classifier may read of a unit: everything but its insurance periods. Scope and category
 * never depend on whether a unit is insured (that is counted apart), so a roster's fast path need not
 * copy the periods for the classifier (internal).
 */
export type ClassifiedUnit = ValidUnit extends infer U
  ? U extends ValidUnit
    ? Omit<U, 'policies' | 'equivalentInsurance'>
    : never
  : never;

/** A unit classifier for one profile and date: the per-profile facts read once (internal). */
export type Classifier = (unit: ClassifiedUnit) => Classification;

/** One frozen outcome (internal): every outcome is a constant, so classifying allocates nothing per unit. */
export const outcome = (
  scope: Classification['scope'],
  category: string | null,
  ruleIds: string[],
  en: string,
  zh: string,
): Classification =>
  Object.freeze({ scope, category, ruleIds: Object.freeze(ruleIds), reason: Object.freeze(bi(en, zh)) });

/** The scope is by project (the unit is an enterprise) or by sector (the unit is a project). */
export const OUT = {
  byProject: (id: string): Classification =>
    outcome('out', null, [id], 'the scope is by project: classify the project', '按项目确定范围：请按项目分类'),
  bySector: (id: string): Classification =>
    outcome('out', null, [id], 'the scope is by sector: classify the enterprise', '按行业确定范围：请按企业分类'),
};

// The outcomes that mean "a project whose start is still ahead of the as-of date: nothing is due yet".
const NOT_YET_DUE = new WeakSet<Classification>();

/** A "nothing due yet" outcome (a project starting after the as-of date), counted apart by `coverageStatus`. */
export function notYetDue(ruleIds: string[], en: string, zh: string): Classification {
  const k = outcome('mandatory', null, ruleIds, en, zh);
  NOT_YET_DUE.add(k);
  return k;
}

/** True for the classification of a project not yet due on the as-of date (internal). */
export const isNotYetDue = (k: Classification): boolean => NOT_YET_DUE.has(k);

/** Builds a jurisdiction's own classifier for a profile in force on `asOf`. */
export type ClassifierFactory = (profile: Profile, asOf: CalendarDate) => Classifier;

/** What a scope by project says: its rule, and when the obligation falls due. */
export interface ProjectScope {
  readonly ruleId: string;
  /** Why a project in scope must insure, and by when. */
  readonly mandatory: readonly [en: string, zh: string];
  /** The outcome for a project whose start is after the as-of date, when the obligation comes with the start; null when it comes earlier (with the permit application) and a roster cannot tell. */
  readonly notYetStarted: Classification | null;
  /** Whether only a project that needs a construction permit is in scope (AH-SCOPE-01's `needsConstructionPermit`). */
  readonly permitRequired: boolean;
}

/**
 * A scope by project (internal): housing and municipal works that need a construction permit must
 * insure; other works and works without a permit are out; enterprises are classified by their projects.
 */
export function projectScope(scope: ProjectScope, asOf: CalendarDate): Classifier {
  const { ruleId: id, notYetStarted } = scope;
  const other = outcome('out', null, [id], 'not a housing or municipal work', '非房屋市政工程');
  const noPermit = outcome('out', null, [id], 'needs no construction permit', '无需施工许可证');
  const mandatory = outcome('mandatory', 'projects', [id], ...scope.mandatory);
  const byProject = OUT.byProject(id);
  return (u) => {
    if (u.kind !== 'project') return byProject;
    if (u.projectKind === 'other') return other;
    if (scope.permitRequired && u.needsConstructionPermit === false) return noPermit;
    if (notYetStarted !== null && u.startDate !== undefined && compareValid(u.startDate, asOf) > 0) return notYetStarted;
    return mandatory;
  };
}
