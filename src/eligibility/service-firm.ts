import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { requireLocal } from '../jurisdictions/local-rules.js';
import { PARTIES } from '../jurisdictions/hooks/parties.js';
import { bi, fail, issue, ValidationError, type Issue } from '../errors/errors.js';
import { listOf, parseWith } from '../errors/zod.js';
import { profileFor } from '../profiles/profile-for.js';
import { JurisdictionInputSchema } from '../profiles/schema.js';
import { CalendarDateSchema, compareValid } from '../time/calendar-date.js';
import { verdict } from '../verdict/verdict.js';
import type { PartyVerdict } from './insurer.js';

const yes = /* @__PURE__ */ lazySchema(() => z.optional(z.boolean()));

/** Registered practice certificates XZ-FIRM-05 accepts (注：工程建设类相关专业注册执业证书). */
export const CERTIFICATE_KINDS = [
  'registered-safety-engineer',
  'first-class-constructor',
  'first-class-architect',
  'first-class-structural-engineer',
  'supervision-engineer',
  'fire-engineer',
  'civil-engineer',
] as const;

export const StaffMemberSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    name: z.string().check(z.minLength(1)),
    title: z.enum(['none', 'junior', 'intermediate', 'senior', 'full-senior']),
    certificates: z.array(z.enum(CERTIFICATE_KINDS)),
    /** Years of construction safety management (从事建筑行业领域安全管理工作经验). */
    safetyYears: z.number().check(z.gte(0), z.lte(80)),
  }),
);

/** What is known about a service firm. Every fact is optional: a missing one makes its criterion unknown. */
export const ServiceFirmFactsSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    name: z.optional(z.string()),
    // 七(一)–(四)
    constructionSafetyCapability: yes,
    qualityControlSystem: yes,
    /** 工程监理 qualification for similar works: comprehensive (综合), A (甲), B (乙), C (丙), or none. */
    supervisionGrade: z.optional(
      z.enum(['comprehensive', 'grade-a', 'grade-b', 'grade-c', 'none']),
    ),
    /** Years of risk-management service commissioned by insurers, owners or construction authorities. */
    commissionedRiskServiceYears: z.optional(z.number().check(z.gte(0), z.lte(100))),
    goodReputation: yes,
    enforcementOrBadConductInLast3Years: yes,
    /**
     * The date of the latest enforcement or bad-conduct record (null: none on record): decides XZ-FIRM-03
     * under any lookback, where `enforcementOrBadConductInLast3Years` only answers for three years.
     */
    lastEnforcementOrBadConduct: z.optional(z.nullable(CalendarDateSchema)),
    fixedPreventionTeam: yes,
    // 八(一)(二)(三)(六)
    fixedProjectTeams: yes,
    visits: z.optional(
      z.array(
        z.strictObject({
          date: CalendarDateSchema,
          projectLeadOnSite: z.boolean(),
          technicalStaff: z.int().check(z.gte(0)),
        }),
      ),
    ),
    interestInProjectParties: yes,
    otherRolesOnServedProjects: z.optional(
      z.array(z.enum(['survey', 'design', 'construction', 'supervision', 'material-supply'])),
    ),
    subcontractsOrTransfersService: yes,
    // 安徽 二(三)
    technicalServiceCapability: yes,
  }),
);

/** The input of {@link checkServiceFirm}. */
export const CheckServiceFirmInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    facts: ServiceFirmFactsSchema,
    staff: z.optional(listOf(StaffMemberSchema)),
    /** XZ-FIRM-05: count each person once or in every tier they qualify for (default: the profile's `defaultReading`). */
    tierReading: z.optional(z.enum(['distinct', 'overlapping'])),
  }),
);
export type CheckServiceFirmInput = z.input<typeof CheckServiceFirmInputSchema>;
/** A service-firm check, validated (internal). */
export type ServiceFirmCheck = z.output<typeof CheckServiceFirmInputSchema>;

/**
 * Screens an accident-prevention service firm: Xinzhou XZ-FIRM-01..05 and XZ-FIRMOPS-01..03 from its
 * facts and staff list, or Anhui AH-PREV-04 (the capability an insurer must entrust the service to).
 * XZ-FIRM-05 counts staff by tier under the `tierReading` given, else the profile's `defaultReading`
 * (`distinct-persons` in the shipped profile: each person once; `overlapping-persons`: in every tier);
 * the verdict states the reading and names the people counted.
 *
 * @throws {ValidationError} bad facts (negative years, unknown certificate kinds, duplicate staff names)
 * @example
 * checkServiceFirm({ jurisdiction: 'xinzhou', asOf: '2025-06-01', facts: {}, staff: [] }).status //=> 'fail'

/** The Xinzhou notice's service-firm conditions: XZ-FIRM-01..05 and XZ-FIRMOPS-01..03. */
export function checkServiceFirm(input: CheckServiceFirmInput): PartyVerdict {
  const q = parseWith(CheckServiceFirmInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const names = new Set<string>();
  const dupes: Issue[] = [];
  (q.staff ?? []).forEach((s, i) => {
    if (names.has(s.name))
      dupes.push(
        issue(['staff', i, 'name'], 'duplicate_entry', {
          detail: bi(`duplicate staff name ${s.name}`, `人员姓名重复：${s.name}`),
        }),
      );
    names.add(s.name);
  });
  if (dupes.length > 0) throw new ValidationError(dupes);
  // A visit dated after the as-of date cannot be a fact of that date.
  (q.facts.visits ?? []).forEach((v, i) => {
    if (compareValid(v.date, q.asOf) > 0)
      fail(['facts', 'visits', i, 'date'], 'dates_out_of_order', {
        detail: bi(`a visit on ${v.date} is after ${q.asOf}`, `服务日期${v.date}晚于${q.asOf}`),
      });
  });
  const f = q.facts;
  const own = requireLocal(PARTIES, profile, 'serviceFirmCriteria', {
    en: 'sets no conditions for service firms',
    zh: '未规定技术服务机构条件',
    expected: 'a jurisdiction that sets conditions for service firms',
  });
  const criteria = own(profile, q);
  return Object.freeze({
    ...verdict(criteria),
    jurisdiction: profile.id,
    asOf,
    subject: f.name ?? null,
    warnings,
  });
}
