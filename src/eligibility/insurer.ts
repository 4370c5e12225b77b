import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { JurisdictionInputSchema } from '../profiles/schema.js';
import { CalendarDateSchema } from '../time/calendar-date.js';
import type { DatedVerdict } from '../verdict/verdict.js';

const yes = /* @__PURE__ */ lazySchema(() => z.optional(z.boolean()));
const years = /* @__PURE__ */ lazySchema(() => z.optional(z.number().check(z.gte(0), z.lte(100))));

/** Disclosure items of XZ-DISC-01, as codes. */
export const DISCLOSURE_ITEMS = [
  'basic-information',
  'business-licence',
  'insurance-licence',
  'capability-proofs',
  'insurance-plan',
  'policy-clauses',
  'management-team',
  'claims-service-plan',
  'prevention-service-plan',
] as const;

/** What is known about an insurer. Every fact is optional: a missing one makes its criterion unknown. */
export const InsurerFactsSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    name: z.optional(z.string()),
    // 安徽 一(三)
    goodReputation: yes,
    majorViolationInLast3Years: yes,
    /**
     * The date of the local institution's latest major 安责险 violation (null: none on record): decides
     * AH-INS-01 under any lookback, where `majorViolationInLast3Years` only answers for three years.
     */
    lastMajorViolation: z.optional(z.nullable(CalendarDateSchema)),
    outletsInEveryPrefecture: yes,
    solvency: z.optional(
      z.array(
        z.strictObject({
          quarter: z.string(),
          comprehensive: z.union([z.string(), z.number()]),
          core: z.union([z.string(), z.number()]),
        }),
      ),
    ),
    hasPreventionManagers: yes,
    meetsRegulatorConditions: yes,
    // 忻州 三、四、五
    validBusinessLicence: yes,
    hasStaffEquipmentFunds: yes,
    legalForm: z.optional(z.enum(['independent-legal-person', 'authorised-branch', 'other'])),
    insuranceLicenceFromNfra: yes,
    projectLeadYears: years,
    auditedReport: z.optional(
      z.strictObject({
        fiscalYear: z.int(),
        thirdPartyAudited: z.boolean(),
        includesSolvency: z.boolean(),
      }),
    ),
    onSeriousViolationList: yes,
    onDishonestDebtorList: yes,
    sufficientUnderwritingClaimsExperience: yes,
    sufficientPreventionExperience: yes,
    prefectureBranchesInCity: z.optional(z.int().check(z.gte(0))),
    branchAuthorisedByHeadOffice: yes,
    branchReportedToAuthorities: yes,
    dedicatedManagementTeam: yes,
    collectsFullPremiumBeforeIssuing: yes,
    usesInstalmentsOrSplitPolicies: yes,
    disclosedItems: z.optional(z.array(z.enum(DISCLOSURE_ITEMS))),
  }),
);
export type InsurerFacts = z.input<typeof InsurerFactsSchema>;

/** The input of {@link checkInsurer}. */
export const CheckInsurerInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    facts: InsurerFactsSchema,
  }),
);
export type CheckInsurerInput = z.input<typeof CheckInsurerInputSchema>;

/** A verdict about one party, for one jurisdiction and date. */
export interface PartyVerdict extends DatedVerdict {
  readonly subject: string | null;
}

/** An insurer's facts, validated (internal). */
export type Facts = z.output<typeof InsurerFactsSchema>;
