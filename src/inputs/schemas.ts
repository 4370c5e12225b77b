import * as z from 'zod/mini';
import { lazySchema } from '../_lib/lazy.js';
import { ClassifyUnitInputSchema } from '../coverage/classify.js';
import { UnitSchema } from '../coverage/unit.js';
import { ComplianceCalendarInputSchema } from '../calendar/calendar.js';
import { ApplicationInputSchema, DocInputSchema } from '../eligibility/documents.js';
import { CheckInsurerInputSchema } from '../eligibility/insurer.js';
import { CheckInsurerPoolInputSchema } from '../eligibility/insurer-pool.js';
import { CheckEnterpriseInputSchema, CheckProjectInputSchema } from '../eligibility/obligations.js';
import { CheckServiceFirmInputSchema } from '../eligibility/service-firm.js';
import { CheckQuoteInputSchema } from '../premium/check-quote.js';
import { QuoteInputSchema } from '../premium/schema.js';
import { SplitInputSchema } from '../premium/split.js';
import { PreventionBudgetInputSchema } from '../prevention/budget.js';
import { LedgerEntrySchema, LedgerInputSchema } from '../prevention/ledger.js';
import {
  AnnualReportDueInputSchema,
  ArchiveRetentionInputSchema,
  ClaimReportDeadlineInputSchema,
  NextFirmEvaluationInputSchema,
  PolicyPeriodInputSchema,
  ServiceTeamDeadlineInputSchema,
} from '../prevention/deadlines.js';
import { DeliveryInputSchema, RequiredInputSchema } from '../prevention/services.js';
import { JurisdictionInputSchema } from '../profiles/schema.js';
import { AnhuaAnnualReportInputSchema } from '../jurisdictions/anhua/forms.js';
import { JingzhouAnnex1InputSchema } from '../jurisdictions/jingzhou/forms.js';
import { ProfileSheetInputSchema } from '../reports/builders/profile.js';
import { CalendarDateSchema } from '../time/calendar-date.js';

// One name per capability function, `<function>InputSchema`: the object `{ jurisdiction, asOf, … }` the
// function takes. Most are the very schema the function parses its input with; the ones for a function
// that reads a roster or ledger of any iterable (a generator reading a file) say the JSON shape, an array.

/** The input of `quotePremium`: the schema the function parses with. */
export const QuotePremiumInputSchema = QuoteInputSchema;
/** The input of `splitPremium`: the schema the function parses with. */
export const SplitPremiumInputSchema = SplitInputSchema;
/** The input of `checkPolicy`: the schema the function parses with. */
export const CheckPolicyInputSchema = DocInputSchema;
/** The input of `checkQuoteLetter`: the schema the function parses with. */
export const CheckQuoteLetterInputSchema = DocInputSchema;
/** The input of `checkApplication`: the schema the function parses with. */
export const CheckApplicationInputSchema = ApplicationInputSchema;
/** The input of `requiredServices`: the schema the function parses with. */
export const RequiredServicesInputSchema = RequiredInputSchema;
/** The input of `checkServiceDelivery`: the schema the function parses with. */
export const CheckServiceDeliveryInputSchema = DeliveryInputSchema;

/**
 * The input of `checkPreventionLedger` and `checkLedgerPart` as JSON: the policies and options the
 * function parses with `LedgerInputSchema`, and `entries` as an array. (The functions also take any
 * iterable of entries, read once — a generator reading a file; each entry is checked against
 * `LedgerEntrySchema`.)
 */
export const CheckPreventionLedgerInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.extend(LedgerInputSchema, { entries: z.array(LedgerEntrySchema) }),
);

/**
 * The input of `coverageStatus` as JSON: the jurisdiction, the as-of day and the roster as an array of
 * units (each as `classifyUnit` takes it). The function also takes any iterable of units, read once, and
 * the older form with `profile` in place of `jurisdiction`.
 */
export const CoverageStatusInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    units: z.array(UnitSchema),
  }),
);

/**
 * Every capability's input schema, by function name: the source of the JSON Schema files the package
 * ships (`anzexian/schemas/<function>.input.json`). A new frozen object on each call.
 */
export function inputSchemas(): Readonly<Record<string, z.ZodMiniType>> {
  return Object.freeze({
    quotePremium: QuotePremiumInputSchema,
    checkQuote: CheckQuoteInputSchema,
    splitPremium: SplitPremiumInputSchema,
    checkProject: CheckProjectInputSchema,
    checkEnterprise: CheckEnterpriseInputSchema,
    checkInsurer: CheckInsurerInputSchema,
    checkInsurerPool: CheckInsurerPoolInputSchema,
    checkServiceFirm: CheckServiceFirmInputSchema,
    checkPolicy: CheckPolicyInputSchema,
    checkQuoteLetter: CheckQuoteLetterInputSchema,
    checkApplication: CheckApplicationInputSchema,
    requiredServices: RequiredServicesInputSchema,
    checkServiceDelivery: CheckServiceDeliveryInputSchema,
    preventionBudget: PreventionBudgetInputSchema,
    checkPreventionLedger: CheckPreventionLedgerInputSchema,
    checkLedgerPart: CheckPreventionLedgerInputSchema,
    policyPeriod: PolicyPeriodInputSchema,
    serviceTeamDeadline: ServiceTeamDeadlineInputSchema,
    archiveRetention: ArchiveRetentionInputSchema,
    claimReportDeadline: ClaimReportDeadlineInputSchema,
    nextFirmEvaluation: NextFirmEvaluationInputSchema,
    annualReportDue: AnnualReportDueInputSchema,
    classifyUnit: ClassifyUnitInputSchema,
    coverageStatus: CoverageStatusInputSchema,
    complianceCalendar: ComplianceCalendarInputSchema,
    profileSheet: ProfileSheetInputSchema,
    jingzhouAnnex1: JingzhouAnnex1InputSchema,
    anhuaAnnualReport: AnhuaAnnualReportInputSchema,
  });
}
