export {
  preventionBudget,
  PreventionBudgetInputSchema,
  type PreventionBudget,
  type PreventionBudgetInput,
} from './budget.js';
export {
  checkPreventionLedger,
  LedgerEntrySchema,
  LedgerInputSchema,
  NON_PREVENTION_CATEGORIES,
  type LedgerCheck,
  type LedgerEntry,
  type LedgerInput,
  type PolicyTotal,
} from './ledger.js';
export { checkServiceDelivery } from './delivery.js';
export {
  checkLedgerPart,
  mergeLedgerParts,
  type LedgerPart,
  type LedgerPartEntry,
  type LedgerPartListed,
  type LedgerPartTotals,
} from './ledger-merge.js';
export {
  requiredServices,
  ServiceProjectSchema,
  VisitSchema,
  VISIT_KINDS,
  type PolicyYearPlan,
  type RequiredServicesInput,
  type ServiceDelivery,
  type ServiceDeliveryInput,
  type ServicePlan,
  type ServiceRequirement,
} from './services.js';
export {
  annualReportDue,
  archiveRetention,
  claimReportDeadline,
  nextFirmEvaluation,
  policyPeriod,
  serviceTeamDeadline,
  PolicyPeriodInputSchema,
  ServiceTeamDeadlineInputSchema,
  ArchiveRetentionInputSchema,
  ClaimReportDeadlineInputSchema,
  NextFirmEvaluationInputSchema,
  AnnualReportDueInputSchema,
  type Deadline,
} from './deadlines.js';
