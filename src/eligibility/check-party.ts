import { bi, fail, ValidationError } from '../errors/errors.js';
import { localIn, requireLocal } from '../jurisdictions/local-rules.js';
import { OBLIGATIONS } from '../jurisdictions/hooks/obligations.js';
import { PARTIES } from '../jurisdictions/hooks/parties.js';
import { parseWith } from '../errors/zod.js';
import type { LocalRules } from '../jurisdictions/local-rules.js';
import { governingRule } from '../profiles/national.js';
import { profileFor } from '../profiles/profile-for.js';
import type { Profile } from '../profiles/schema.js';
import {
  activityTest,
  sectorTest,
  unknownActivityIssue,
  unknownSectorIssue,
} from '../profiles/sectors.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { verdict } from '../verdict/verdict.js';
import { CheckInsurerInputSchema, type CheckInsurerInput, type PartyVerdict } from './insurer.js';
import {
  CheckEnterpriseInputSchema,
  CheckProjectInputSchema,
  scopeCriterion,
  sharedEnterpriseCriteria,
  type CheckEnterpriseInput,
  type CheckProjectInput,
  type EnterpriseVerdict,
} from './obligations.js';
import { checkPolicyTermFacts } from './policy-term.js';

/**
 * Where a jurisdiction has no enterprise obligations of its own (a national measure, or a jurisdiction
 * defined by a caller), the shared ones: the unit's sector in the scope of the governing mandatory-scope
 * rule (its own, else the national measure's, NAT25-SCOPE-01) and the shared criteria. None when no
 * rule of that family is in force (the 2017 measure).
 */
function sharedEnterpriseObligations(
  p: Profile,
  asOf: CalendarDate,
): NonNullable<LocalRules['enterpriseObligations']> | undefined {
  const scope = governingRule(p, 'mandatory-scope', asOf);
  if (scope === null) return undefined;
  return (profile, f, date, shared) => ({
    criteria: [scopeCriterion(profile, scope, f, date, false), ...shared],
  });
}

// A jurisdiction without obligations of this kind: its law sets them for the other kind of unit, or
// (no local rule either way) the law in force sets none.
const otherKind = (p: Profile, by: 'project' | 'sector', asOf: CalendarDate): never => {
  const local = localIn(OBLIGATIONS, p);
  const otherExists =
    by === 'sector'
      ? local.enterpriseObligations !== undefined ||
        (local.projectObligations === undefined &&
          governingRule(p, 'mandatory-scope', asOf) !== null)
      : local.projectObligations !== undefined;
  if (!otherExists)
    fail(
      ['jurisdiction'],
      'not_set_by_jurisdiction',
      {
        detail: bi(
          `no ${by === 'sector' ? 'project' : 'enterprise'} obligations under the law of ${p.id} in force on the as-of date`,
          `${p.id}在统计日有效的规定中无${by === 'sector' ? '项目' : '企业'}投保义务`,
        ),
      },
      by === 'sector'
        ? 'a jurisdiction whose obligations are per project'
        : 'a jurisdiction whose obligations are by sector',
    );
  return fail(
    ['jurisdiction'],
    'not_set_by_jurisdiction',
    {
      detail:
        by === 'sector'
          ? bi(
              `${p.id} sets obligations by sector: use checkEnterprise`,
              `${p.id}按行业规定义务：请使用 checkEnterprise`,
            )
          : bi(
              `${p.id} sets obligations per project: use checkProject`,
              `${p.id}按项目规定义务：请使用 checkProject`,
            ),
    },
    by === 'sector'
      ? 'a jurisdiction whose obligations are per project'
      : 'a jurisdiction whose obligations are by sector',
  );
};

/**
 * A project's obligations, criterion by criterion: insured before work starts (AH-SCOPE-01; a project
 * started before the notice holds 安责险 from the notice on) or before the permit is applied for
 * (XZ-SCOPE-01), every in-progress project without 安责险 insured (XZ-SCOPE-02), newly started projects
 * from 2020-08-01 (JZ-SCOPE-01) — nothing due before the trigger date, unknown without it — the policies
 * covering the construction without a gap to the completion filing (AH-TERM-01), all workers covered with one amount (AH-COVER-02, JZ-COVER-01,
 * else NAT25-COVER-02), premium not passed on and paid by the owner in one payment before start
 * (AH-COST-02, JZ-COST-01, else the national rule), no surrender or late renewal (AH-TERM-02), no forced
 * extra insurance (JZ-INS-01), the per-person limit in force, victims paid first (AH-CLAIM-02), the
 * contract reported to the housing authority (XZ-PARTY-02).
 * @throws {ValidationError} bad facts with their path; a jurisdiction whose obligations are by sector
 */
export function checkProject(input: CheckProjectInput): PartyVerdict {
  const q = parseWith(CheckProjectInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  checkPolicyTermFacts(q.facts, ['facts']);
  const own = localIn(OBLIGATIONS, profile).projectObligations;
  const criteria =
    own === undefined ? otherKind(profile, 'sector', asOf) : own(profile, q.facts, asOf);
  return Object.freeze({
    ...verdict(criteria),
    jurisdiction: profile.id,
    asOf,
    subject: q.facts.name ?? null,
    warnings,
  });
}

/**
 * An enterprise's obligations: its sector in scope and insured (AN-SCOPE-01 from 2021-09-01; ZS-SCOPE-01,
 * with an equivalent statutory liability insurance counting, ZS-SCOPE-02; JZ-SCOPE-02 for qualified
 * construction enterprises, individually due from 2023-01-01), all workers covered (JZ-COVER-01, AN-COVER-01, else national), premium not
 * passed on (JZ-COST-01, else national), no forced extra insurance (JZ-INS-01), the per-person limit in
 * force, and for Anhua the enforcement consequence each violation carries (AN-ENF-01).
 * @throws {ValidationError} bad facts; a sector code the profile does not know; a jurisdiction whose obligations are per project
 */
export function checkEnterprise(input: CheckEnterpriseInput): EnterpriseVerdict {
  const q = parseWith(CheckEnterpriseInputSchema, input);
  const { profile: p, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const f = q.facts;
  if (f.sector !== undefined && !sectorTest(p)(f.sector))
    throw new ValidationError([unknownSectorIssue(['facts', 'sector'], p, f.sector)]);
  if (f.sector !== undefined && activityTest(p)(f.sector, f.activity) === 'invalid')
    throw new ValidationError([
      unknownActivityIssue(['facts', 'activity'], p, f.sector, String(f.activity)),
    ]);
  const local = localIn(OBLIGATIONS, p);
  // A jurisdiction whose own rules are per project has no enterprise obligations; one with none of its own has the shared ones.
  const own =
    local.enterpriseObligations ??
    (local.projectObligations === undefined ? sharedEnterpriseObligations(p, asOf) : undefined);
  if (own === undefined) return otherKind(p, 'project', asOf);
  const { criteria, consequences = [] } = own(p, f, asOf, sharedEnterpriseCriteria(p, f, asOf));
  return Object.freeze({
    ...verdict([...criteria]),
    jurisdiction: p.id,
    asOf,
    subject: f.name ?? null,
    warnings,
    consequences: Object.freeze(consequences),
  });
}

/**
 * Screens an insurer against a jurisdiction's conditions, criterion by criterion: Anhui AH-INS-01..05
 * (AH-INS-03: the last four consecutive quarters' solvency) or Xinzhou XZ-INS-01..05, 07..09,
 * XZ-OPS-01..03 and XZ-DISC-01 (XZ-INS-06 concerns a pool of registrants: {@link checkInsurerPool}).
 * A missing fact is `unknown`, never a pass.
 *
 * @throws {ValidationError} bad facts (negative or non-numeric ratios, duplicated quarters, …) with their
 *   path, or a jurisdiction whose document sets no insurer conditions
 * @example
 * checkInsurer({ jurisdiction: 'anhui', asOf: '2026-01-01', facts: { outletsInEveryPrefecture: true } }).status //=> 'unknown'
 */
export function checkInsurer(input: CheckInsurerInput): PartyVerdict {
  const q = parseWith(CheckInsurerInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const own = requireLocal(PARTIES, profile, 'insurerCriteria', {
    en: 'sets no conditions for insurers',
    zh: '未规定承保机构条件',
    expected: 'a jurisdiction that sets conditions for insurers',
  });
  return Object.freeze({
    ...verdict(own(profile, q.facts, asOf)),
    jurisdiction: profile.id,
    asOf,
    subject: q.facts.name ?? null,
    warnings,
  });
}
