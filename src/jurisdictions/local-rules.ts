import { bi, fail } from '../errors/errors.js';
import type { Draft } from '../calendar/events.js';
import type { ClassifierFactory } from '../coverage/classification.js';
import type { Facts as InsurerFacts } from '../eligibility/insurer.js';
import type {
  EnterpriseFacts,
  EnterpriseVerdict,
  ProjectFacts,
} from '../eligibility/obligations.js';
import type { ServiceFirmCheck } from '../eligibility/service-firm.js';
import type { DeliveryCheck } from '../prevention/services.js';
import type { Profile, Rule } from '../profiles/schema.js';
import type { CalendarDate } from '../time/calendar-date.js';
import type { Criterion } from '../verdict/verdict.js';

/** An enterprise's criteria under a jurisdiction's own rules, with the consequences a failure carries. */
export interface EnterpriseObligations {
  readonly criteria: readonly Criterion[];
  readonly consequences?: EnterpriseVerdict['consequences'];
}

/**
 * What a jurisdiction's law does differently from the shared rules, as small functions the generic
 * capabilities call. Every hook is optional: where a jurisdiction has none, the shared rule (the national
 * measure in force, through `resolveRule`) applies, or the capability says it does not apply there.
 * The hooks read their figures from the profile version they are given, never from constants.
 */
export interface LocalRules {
  /** Who is in scope and in which target category (coverage, classification). */
  readonly classifier?: ClassifierFactory;
  /** Whether an equivalent statutory liability insurance counts as 安责险 (ZS-SCOPE-02). */
  readonly equivalentInsuranceCounts?: (profile: Profile) => boolean;
  /** A project's obligations (`checkProject`); none where the obligations are by sector. */
  readonly projectObligations?: (
    profile: Profile,
    facts: ProjectFacts,
    asOf: CalendarDate,
  ) => Criterion[];
  /** An enterprise's obligations (`checkEnterprise`), given the criteria every enterprise shares; none where the obligations are per project. */
  readonly enterpriseObligations?: (
    profile: Profile,
    facts: EnterpriseFacts,
    asOf: CalendarDate,
    shared: readonly Criterion[],
  ) => EnterpriseObligations;
  /** The conditions an insurer must meet (`checkInsurer`); none where the document sets none. */
  readonly insurerCriteria?: (
    profile: Profile,
    facts: InsurerFacts,
    asOf: CalendarDate,
  ) => Criterion[];
  /** The conditions a prevention-service firm must meet (`checkServiceFirm`); none where the document sets none. */
  readonly serviceFirmCriteria?: (profile: Profile, check: ServiceFirmCheck) => Criterion[];
  /** What a project's prevention service must deliver (`checkServiceDelivery`); none where the document sets nothing. */
  readonly serviceDeliveryCriteria?: (
    profile: Profile,
    check: DeliveryCheck,
    asOf: CalendarDate,
  ) => Criterion[];
  /** The rule cited with a rate an insurer files where the document states none (Xinzhou XZ-OPS-04). */
  readonly filedRateRule?: (profile: Profile) => Rule;
  /** The jurisdiction's rule on sharing one premium between a project's parties (Xinzhou XZ-PARTY-01). */
  readonly premiumSharingRule?: (profile: Profile | null) => Rule;
  /**
   * The codes the jurisdiction's computations implement, by `<rule>.<parameter>`: a profile that gives
   * another is refused when it is defined (`implementedCodes`, `contractProblems`).
   */
  readonly implementedCodes?: Readonly<Record<string, readonly string[]>>;
  /** The dated obligations of the jurisdiction's own document up to `to` (`complianceCalendar`). */
  readonly calendarEvents?: (profile: Profile, to: CalendarDate) => Draft[];
}

/** No local rule: the shared rules apply throughout. */
export const SHARED_ONLY: LocalRules = Object.freeze({});

/** Which jurisdictions implement some hooks of {@link LocalRules}, by profile id (internal). */
export type HookTable<K extends keyof LocalRules> = ReadonlyMap<string, Pick<LocalRules, K>>;

/**
 * The local rules a profile's jurisdiction has among the hooks of one table (internal): a shipped
 * jurisdiction's own, also for a version derived from it (same id); none for the national measures or
 * a jurisdiction anzexian does not ship, whose profiles are computed with the shared rules. Each
 * capability looks in the table of its own hooks only, so a program that quotes does not load the
 * eligibility rules of every jurisdiction.
 */
export const localIn = <K extends keyof LocalRules>(
  table: HookTable<K>,
  profile: { readonly id: string },
): Pick<LocalRules, K> => table.get(profile.id) ?? SHARED_ONLY;

/**
 * A jurisdiction's own rule for a capability that only local law sets (internal), or a refusal on
 * `jurisdiction` saying the law in force sets none — one message shape for every such capability.
 * @throws {ValidationError} `not_set_by_jurisdiction` when the profile's jurisdiction has no such rule
 */
export function requireLocal<K extends keyof LocalRules>(
  table: HookTable<K>,
  profile: { readonly id: string },
  hook: K,
  none: { readonly en: string; readonly zh: string; readonly expected: string },
): NonNullable<LocalRules[K]> {
  const own = localIn(table, profile)[hook];
  if (own === undefined)
    fail(
      ['jurisdiction'],
      'not_set_by_jurisdiction',
      { detail: bi(`${profile.id} ${none.en}`, `${profile.id}${none.zh}`) },
      none.expected,
    );
  return own;
}
