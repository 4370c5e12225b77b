import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { countOf, param } from '../profiles/params.js';
import { bi, fail } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { listOf, parseWith } from '../errors/zod.js';
import { ruleApplied, ruleById } from '../profiles/find-rule.js';
import { profileFor } from '../profiles/profile-for.js';
import {
  JurisdictionInputSchema,
  type Profile,
  type ProfileWarning,
  type Rule,
} from '../profiles/schema.js';
import { addDays, addYears } from '../time/arithmetic.js';
import { serviceTeamDeadline, type Deadline } from './deadlines.js';
import {
  CalendarDateSchema,
  compareValid,
  dateParts,
  type CalendarDate,
} from '../time/calendar-date.js';
import { criterion, type Criterion, type DatedVerdict } from '../verdict/verdict.js';

/** Kinds of service visit (AH-PREV-01's categories, as delivered on a project). */
export const VISIT_KINDS = [
  'training',
  'risk-assessment',
  'safety-evaluation',
  'hazard-inspection',
  'emergency-drill',
  'standardisation',
  'other',
] as const;

const Period = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({ from: CalendarDateSchema, to: CalendarDateSchema }),
);

/** An insured project and what raises its service needs (AH-PREV-03). */
export const ServiceProjectSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    name: z.optional(z.string()),
    /** The policy period (AH-TERM-01). */
    policy: Period,
    /** 超过一定规模的危大工程. */
    overSizeDangerousWorks: z.optional(z.boolean()),
    /** 施工现场安全问题突出. */
    prominentSafetyProblems: z.optional(z.boolean()),
    /** Anhui 二(一): the insurer drew up a service plan and scheme for this project (AH-PREV-02). */
    servicePlan: z.optional(z.boolean()),
    /** Xinzhou 六: the day the policy was issued (承保出单), from which XZ-SVC-01's month runs. */
    policyIssuedOn: z.optional(CalendarDateSchema),
    /** Xinzhou 六: the insurer entrusted a third-party technical service firm (XZ-SVC-01). */
    thirdPartyFirmEntrusted: z.optional(z.boolean()),
    /** Xinzhou 六: the day the service teams and the third-party firm were registered (XZ-SVC-01). */
    serviceTeamsRegisteredOn: z.optional(CalendarDateSchema),
  }),
);

export const RequiredInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    project: ServiceProjectSchema,
  }),
);
export type RequiredServicesInput = z.input<typeof RequiredInputSchema>;

/** One line of a service plan: at least `minimum` visits of these kinds in the policy year. */
export interface ServiceRequirement {
  readonly key: 'training' | 'on-site' | 'extra-hazard-inspection';
  readonly kinds: readonly (typeof VISIT_KINDS)[number][];
  readonly minimum: number;
  readonly ruleId: string;
  readonly label: Bilingual;
}

/** The minimum services of one policy year. */
export interface PolicyYearPlan {
  readonly year: number;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly requirements: readonly ServiceRequirement[];
}

/** The result of {@link requiredServices}. */
export interface ServicePlan {
  readonly jurisdiction: Profile['id'];
  readonly asOf: CalendarDate;
  readonly years: readonly PolicyYearPlan[];
  /** Flags the plan depends on but the input left out (each could add a requirement). */
  readonly unknownFlags: readonly string[];
  readonly warnings: readonly ProfileWarning[];
}

/**
 * Policy years, each anchored on the policy start (Civil Code art. 201–202, as the TIME rules), never on
 * the previous year's end: year k ends on the day before the day that corresponds to the start k years
 * later — on that month's last day where there is no such day (art. 202: 29 February in a common year) —
 * and the next year begins the day after. From 2024-02-29: year 1 ends 2025-02-28, year 2 2026-02-28,
 * year 4 2028-02-28, so a policy to 2026-02-28 is two policy years, not two and a one-day third. The last
 * year is cut at the policy end.
 */
function policyYears(
  from: CalendarDate,
  to: CalendarDate,
): { year: number; from: CalendarDate; to: CalendarDate }[] {
  const years: { year: number; from: CalendarDate; to: CalendarDate }[] = [];
  const day = dateParts(from).day;
  let start = from;
  for (let k = 1; compareValid(start, to) <= 0; k++) {
    const same = addYears(from, k); // clamped to the month's end when the day does not exist
    const end = dateParts(same).day === day ? addDays(same, -1) : same;
    years.push({ year: k, from: start, to: compareValid(end, to) < 0 ? end : to });
    start = addDays(end, 1);
  }
  return years;
}

function planFor(
  profile: Profile,
  project: z.output<typeof ServiceProjectSchema>,
): { years: PolicyYearPlan[]; unknownFlags: string[] } {
  ruleApplied(profile, 'AH-PREV-02');
  if (compareValid(project.policy.from, project.policy.to) > 0) {
    fail(['project', 'policy'], 'dates_out_of_order', {
      detail: bi('the policy period ends before it starts', '保险期间终止日早于起始日'),
    });
  }
  const base = ruleById(profile, 'AH-PREV-02');
  const extra = ruleById(profile, 'AH-PREV-03');
  const requirements: ServiceRequirement[] = [
    {
      key: 'training',
      kinds: ['training'],
      minimum: countOf(base, 'trainingPerYear'),
      ruleId: base.id,
      label: bi('training (online or offline)', '线上或线下安全生产宣传教育培训'),
    },
    {
      key: 'on-site',
      kinds: ['risk-assessment', 'safety-evaluation', 'hazard-inspection'],
      minimum: countOf(base, 'onSitePerYear'),
      ruleId: base.id,
      label: bi(
        'on-site risk assessment, safety evaluation or hazard inspection',
        '安全风险辨识、评估和安全评价或隐患排查现场服务',
      ),
    },
  ];
  // AH-PREV-03: "增加提供事故隐患排查服务" — read as at least one more hazard inspection.
  if (project.overSizeDangerousWorks === true || project.prominentSafetyProblems === true) {
    requirements.push({
      key: 'extra-hazard-inspection',
      kinds: ['hazard-inspection'],
      minimum: countOf(extra, 'extraHazardInspections'),
      ruleId: extra.id,
      label: bi('an additional hazard inspection', '增加的事故隐患排查'),
    });
  }
  const unknownFlags = (['overSizeDangerousWorks', 'prominentSafetyProblems'] as const).filter(
    (k) => project[k] === undefined,
  );
  const frozen = Object.freeze(
    requirements.map((r) => Object.freeze({ ...r, kinds: Object.freeze([...r.kinds]) })),
  );
  return {
    years: policyYears(project.policy.from, project.policy.to).map((y) =>
      Object.freeze({ ...y, requirements: frozen }),
    ),
    unknownFlags,
  };
}

/**
 * The minimum prevention services for an insured Anhui project, per policy year (AH-PREV-02: at least
 * one training and one on-site risk assessment, safety evaluation or hazard inspection; AH-PREV-03: one
 * more hazard inspection for over-size dangerous works or prominent site problems). Policy years are
 * anchored on the policy start (Civil Code art. 201–202: 2024-02-29 → 2025-02-28, 2025-03-01 →
 * 2026-02-28); the last one ends with the policy.
 * @throws {ValidationError} bad input, a period ending before it starts, a jurisdiction other than Anhui
 */
export function requiredServices(input: RequiredServicesInput): ServicePlan {
  const q = parseWith(RequiredInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const plan = planFor(profile, q.project);
  return Object.freeze({
    jurisdiction: profile.id,
    asOf,
    years: Object.freeze(plan.years),
    unknownFlags: Object.freeze(plan.unknownFlags),
    warnings,
  });
}

/** A hazard found at a visit (AH-PREV-07, XZ-FIRMOPS-04). */
const HazardSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    level: z.enum(['major', 'general']),
    rectifyBy: z.optional(CalendarDateSchema),
    rectifiedOn: z.optional(CalendarDateSchema),
    uploadedRectification: z.optional(z.boolean()),
    notifiedPolicyholderInWriting: z.optional(z.boolean()),
    reportedToInsurer: z.optional(z.boolean()),
    reportedToHousingDepartment: z.optional(z.boolean()),
    escalatedToRegulators: z.optional(z.boolean()),
  }),
);

/** A service the project side prevented (Xinzhou 八(五)). */
const BlockedServiceSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    date: CalendarDateSchema,
    reportedToInsurer: z.optional(z.boolean()),
    reportedToHousingAuthority: z.optional(z.boolean()),
  }),
);

/** A service visit delivered. */
export const VisitSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    date: CalendarDateSchema,
    kind: z.enum(VISIT_KINDS),
    online: z.optional(z.boolean()),
    projectLeadOnSite: z.optional(z.boolean()),
    technicalStaff: z.optional(z.int().check(z.gte(0))),
    hazardsAndReportUploaded: z.optional(z.boolean()),
    /** Xinzhou 八(四): a service report issued to the insurer and the policyholder after this visit. */
    reportToInsurerAndPolicyholder: z.optional(z.boolean()),
    chargedExtra: z.optional(z.boolean()),
    hazards: z.optional(z.array(HazardSchema)),
  }),
);

export const DeliveryInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    project: ServiceProjectSchema,
    visits: listOf(VisitSchema),
    /**
     * Xinzhou 八(五): each service the project side prevented ("由于项目方原因无法提供"), and whether it was
     * reported to the insurer and the construction authority. `[]`: none; left out: not shown.
     */
    blockedServices: z.optional(listOf(BlockedServiceSchema)),
  }),
);
export type ServiceDeliveryInput = z.input<typeof DeliveryInputSchema>;

/** The result of {@link checkServiceDelivery}. */
export type ServiceDelivery = DatedVerdict;

export type Visit = z.output<typeof VisitSchema>;

type PlanYear = ReturnType<typeof planFor>['years'][number];

/**
 * One requirement of one policy year against the visits of that year (internal): met, failed once the
 * year has ended, or unknown while it runs. 二(一) "1次…现场服务": only the training may be online
 * ("线上或线下"); an online assessment, evaluation or inspection is no on-site service, and the extra
 * inspection (AH-PREV-03) is one too — it comes on top of the base on-site service, so only hazard
 * inspections beyond those the base needs count for it.
 */
function requirementCriterion(
  profile: Profile,
  y: PlanYear,
  req: PlanYear['requirements'][number],
  inYear: readonly Visit[],
  ended: boolean,
): Criterion {
  const rule = ruleById(profile, req.ruleId);
  const counted = req.key === 'training' ? inYear : inYear.filter((v) => v.online !== true);
  const base = y.requirements.find((r) => r.key === 'on-site');
  let delivered = counted.filter((v) => req.kinds.includes(v.kind)).length;
  if (req.key === 'extra-hazard-inspection' && base !== undefined) {
    const onSite = counted.filter((v) => base.kinds.includes(v.kind)).length;
    delivered = Math.min(delivered, Math.max(0, onSite - base.minimum));
  }
  const skipped = inYear.filter((v) => !counted.includes(v) && req.kinds.includes(v.kind)).length;
  const note =
    skipped > 0
      ? {
          en: ` (${skipped} online, not on site: not counted)`,
          zh: `（线上${skipped}次，非现场，不计）`,
        }
      : { en: '', zh: '' };
  const what = `${req.label.en}, policy year ${y.year} (${y.from} – ${y.to})${note.en}`;
  const whatZh = `${req.label.zh}，第${y.year}保险年度（${y.from}至${y.to}）${note.zh}`;
  if (delivered >= req.minimum)
    return criterion(
      rule,
      'pass',
      bi(`${what}: ${delivered} ≥ ${req.minimum}`, `${whatZh}：${delivered} ≥ ${req.minimum}`),
      ['visits'],
    );
  if (ended)
    return criterion(
      rule,
      'fail',
      bi(`${what}: ${delivered} < ${req.minimum}`, `${whatZh}：${delivered} < ${req.minimum}`),
      ['visits'],
    );
  return criterion(
    rule,
    'unknown',
    bi(
      `${what}: ${delivered} of ${req.minimum} so far; the year is still running`,
      `${whatZh}：目前${delivered}次，需${req.minimum}次，年度未结束`,
    ),
    ['visits'],
  );
}

export function planCriteria(
  profile: Profile,
  project: z.output<typeof ServiceProjectSchema>,
  visits: readonly Visit[],
  asOf: CalendarDate,
): Criterion[] {
  const { years, unknownFlags } = planFor(profile, project);
  const out: Criterion[] = [];
  for (const y of years) {
    if (compareValid(y.from, asOf) > 0) continue; // a year not yet begun owes nothing yet
    const ended = compareValid(y.to, asOf) < 0;
    const inYear = visits.filter(
      (v) => compareValid(v.date, y.from) >= 0 && compareValid(v.date, y.to) <= 0,
    );
    for (const req of y.requirements)
      out.push(requirementCriterion(profile, y, req, inYear, ended));
    if (
      unknownFlags.length > 0 &&
      y.requirements.every((r) => r.key !== 'extra-hazard-inspection')
    ) {
      const extra = ruleById(profile, 'AH-PREV-03');
      out.push(
        criterion(
          extra,
          'unknown',
          bi(
            `policy year ${y.year}: not shown whether the project has over-size dangerous works or prominent problems`,
            `第${y.year}保险年度：未说明是否存在超规模危大工程或现场安全问题突出`,
          ),
          [],
          unknownFlags,
        ),
      );
    }
  }
  return out;
}

export function majorHazards(rule: Rule, visits: readonly Visit[], asOf: CalendarDate): Criterion {
  const major = visits.flatMap((v) =>
    (v.hazards ?? []).filter((h) => h.level === 'major').map((h) => ({ ...h, found: v.date })),
  );
  if (major.length === 0)
    return criterion(rule, 'pass', bi('no major hazard found', '未发现重大事故隐患'), ['visits']);
  const failures: string[] = [];
  const missing: string[] = [];
  major.forEach((h, i) => {
    const tag = `#${i + 1} (${h.found})`;
    for (const k of [
      'notifiedPolicyholderInWriting',
      'reportedToInsurer',
      'reportedToHousingDepartment',
    ] as const) {
      if (h[k] === false) failures.push(`${tag} ${k}`);
      if (h[k] === undefined) missing.push(`${tag} ${k}`);
    }
    // Not rectified by its deadline → the insurer reports to housing, emergency and insurance regulators.
    const overdue =
      h.rectifyBy !== undefined &&
      compareValid(asOf, h.rectifyBy) > 0 &&
      (h.rectifiedOn === undefined || compareValid(h.rectifiedOn, h.rectifyBy) > 0);
    if (overdue && h.escalatedToRegulators === false)
      failures.push(`${tag} not escalated though overdue`);
    if (overdue && h.escalatedToRegulators === undefined)
      missing.push(`${tag} escalatedToRegulators`);
    if (h.rectifyBy === undefined && h.rectifiedOn === undefined) missing.push(`${tag} rectifyBy`);
  });
  if (failures.length > 0)
    return criterion(
      rule,
      'fail',
      bi(
        `major hazards not handled as required: ${failures.join('; ')}`,
        `重大事故隐患未按要求处理：${failures.join('；')}`,
      ),
      ['visits'],
    );
  if (missing.length > 0)
    return criterion(
      rule,
      'unknown',
      bi(
        `${major.length} major hazards; not shown: ${missing.join('; ')}`,
        `${major.length}项重大事故隐患；缺少事实：${missing.join('；')}`,
      ),
      ['visits'],
      missing,
    );
  return criterion(
    rule,
    'pass',
    bi(
      `${major.length} major hazards notified, reported and, where overdue, escalated`,
      `${major.length}项重大事故隐患已书面通知、报告，逾期者已上报`,
    ),
    ['visits'],
  );
}

/**
 * AH-PREV-02 (二(一)): "承保机构应根据工程项目特点，科学制定事故预防服务计划和方案" — a plan and scheme for
 * each insured project, besides the minimum services.
 */
export function servicePlanCriterion(
  rule: Rule,
  project: z.output<typeof ServiceProjectSchema>,
): Criterion {
  // AH-PREV-02 `servicePlanPerProject`: a version that asks no plan per project
  if (!param(rule, 'servicePlanPerProject', 'boolean').value)
    return criterion(
      rule,
      'pass',
      bi(
        'this version asks no service plan per project',
        '本版本不要求每个项目制定事故预防服务计划',
      ),
      [],
    );
  if (project.servicePlan === undefined)
    return criterion(
      rule,
      'unknown',
      bi(
        'not shown whether the insurer drew up a service plan and scheme for the project',
        '未说明保险机构是否根据工程项目特点制定事故预防服务计划和方案',
      ),
      [],
      ['project.servicePlan'],
    );
  return project.servicePlan
    ? criterion(
        rule,
        'pass',
        bi(
          'a service plan and scheme for the project',
          '已根据工程项目特点制定事故预防服务计划和方案',
        ),
        ['project.servicePlan'],
      )
    : criterion(
        rule,
        'fail',
        bi(
          'no service plan and scheme for the project',
          '未根据工程项目特点制定事故预防服务计划和方案',
        ),
        ['project.servicePlan'],
      );
}

/**
 * XZ-SVC-01 (六): "保险机构承保后，应委托第三方技术服务机构…提供…事故预防技术服务" and "应在承保出单一个月内，
 * 需确定和登记承保项目的保险服务团队、第三方技术服务机构的公司信息和项目事故预防技术服务团队". The month is
 * {@link serviceTeamDeadline}'s (end-of-month clamped). Registered after it, or no firm entrusted: fail;
 * before the due date nothing is late yet; after it, a registration not shown is unknown.
 */
export function serviceTeamCriterion(
  profile: Profile,
  project: z.output<typeof ServiceProjectSchema>,
  asOf: CalendarDate,
): Criterion {
  const rule = ruleById(profile, 'XZ-SVC-01');
  const used = (['policyIssuedOn', 'thirdPartyFirmEntrusted', 'serviceTeamsRegisteredOn'] as const)
    .filter((k) => project[k] !== undefined)
    .map((k) => `project.${k}`);
  // XZ-SVC-01 `entrustThirdParty` (a firm must be entrusted) and `registers` (what is registered)
  const entrust = param(rule, 'entrustThirdParty', 'boolean').value;
  const early = beforeRegistration(rule, project, entrust, used);
  if (early !== null) return early;
  const issued = project.policyIssuedOn;
  if (issued === undefined)
    return criterion(
      rule,
      'unknown',
      bi('the day the policy was issued is not given', '未提供承保出单日期'),
      used,
      ['project.policyIssuedOn'],
    );
  const deadline = serviceTeamDeadline({ jurisdiction: profile, asOf, policyIssued: issued });
  const due = deadline.due as CalendarDate;
  const registered = project.serviceTeamsRegisteredOn;
  const firm = project.thirdPartyFirmEntrusted;
  if (registered !== undefined && compareValid(registered, due) > 0)
    return lateRegistration(rule, deadline, registered, issued, used);
  if (registered !== undefined)
    return firm === true || !entrust
      ? criterion(
          rule,
          'pass',
          bi(
            `${firm === true ? 'a third-party firm entrusted; ' : ''}teams registered on ${registered}, by ${due}`,
            `${firm === true ? '已委托第三方技术服务机构；' : ''}${registered}登记服务团队，不晚于${due}`,
          ),
          used,
        )
      : criterion(
          rule,
          'unknown',
          bi(
            `teams registered on ${registered}, by ${due}; not shown whether a third-party firm is entrusted`,
            `${registered}登记服务团队，不晚于${due}；未说明是否委托第三方技术服务机构`,
          ),
          used,
          ['project.thirdPartyFirmEntrusted'],
        );
  if (compareValid(asOf, due) <= 0)
    return criterion(
      rule,
      'pass',
      bi(
        `not yet due: the teams and the third-party firm are to be registered by ${due}`,
        `尚未到期：须于${due}前确定并登记服务团队和第三方技术服务机构`,
      ),
      used,
    );
  return criterion(
    rule,
    'unknown',
    bi(
      `due ${due}: not shown when (or whether) the teams were registered`,
      `${due}到期：未说明服务团队的登记日期`,
    ),
    used,
    [
      'project.serviceTeamsRegisteredOn',
      ...(firm === undefined ? ['project.thirdPartyFirmEntrusted'] : []),
    ],
  );
}

/**
 * XZ-SVC-01's verdict before any date is looked at (internal): a firm the version requires but that
 * was not entrusted fails; a version with nothing to register passes (unknown while the entrusting it
 * requires is not shown); otherwise null.
 */
function beforeRegistration(
  rule: Rule,
  project: z.output<typeof ServiceProjectSchema>,
  entrust: boolean,
  used: readonly string[],
): Criterion | null {
  if (entrust && project.thirdPartyFirmEntrusted === false)
    return criterion(
      rule,
      'fail',
      bi(
        'no third-party technical service firm entrusted (六: 承保后应委托第三方技术服务机构)',
        '承保后未委托第三方技术服务机构',
      ),
      used,
    );
  if (param(rule, 'registers', 'list').value.length > 0) return null;
  return entrust && project.thirdPartyFirmEntrusted !== true
    ? criterion(
        rule,
        'unknown',
        bi(
          'nothing to register in this version; not shown whether a third-party firm is entrusted',
          '本版本无须登记；未说明是否委托第三方技术服务机构',
        ),
        used,
        ['project.thirdPartyFirmEntrusted'],
      )
    : criterion(rule, 'pass', bi('nothing to register in this version', '本版本无须登记'), used);
}

/**
 * XZ-SVC-01 failed: the teams were registered after the stated last day (internal). The verdict
 * follows the stated date (never a false pass for a strict reader); where Civil Code art. 203 moves
 * the last day past a rest day and the registration meets it, the reason says so.
 */
function lateRegistration(
  rule: Rule,
  deadline: Deadline,
  registered: CalendarDate,
  issued: CalendarDate,
  used: readonly string[],
): Criterion {
  const due = deadline.due as CalendarDate;
  const ext = deadline.extension;
  const moved =
    ext?.status === 'extended' &&
    ext.due !== null &&
    compareValid(registered, ext.due as CalendarDate) <= 0
      ? bi(
          `; Civil Code art. 203 moves the last day to ${ext.due} (the stated day is a rest day), which it meets`,
          `；依民法典第二百零三条，期间最后一日顺延至${ext.due}（所定之日为法定休假日），按此则未逾期`,
        )
      : bi('', '');
  return criterion(
    rule,
    'fail',
    bi(
      `teams registered on ${registered}, after ${due} (one month from the policy issued ${issued})${moved.en}`,
      `${registered}登记服务团队，晚于${due}（承保出单${issued}后一个月）${moved.zh}`,
    ),
    used,
  );
}

/** The rule cited to one paragraph of its section (XZ-FIRMOPS-04 also checks 八(四) and 八(五)). */
const citedTo = (rule: Rule, section: string): Rule =>
  Object.freeze({
    ...rule,
    citation: Object.freeze({ ...rule.citation, section }),
  });

/**
 * Xinzhou's service reports beside the upload: 八(四) "向保险机构和投保单位出具相关服务报告" after each
 * service; 八(五) "由于项目方原因无法提供事故预防技术服务的，应及时报告保险机构和相关建设行政管理部门". Both
 * verdicts carry XZ-FIRMOPS-04's ID, cited to their own paragraphs. 八(五)'s "定期报送" sets no period:
 * not computed.
 */
export function reportCriteria(
  profile: Profile,
  visits: readonly Visit[],
  blocked: readonly z.output<typeof BlockedServiceSchema>[] | undefined,
): Criterion[] {
  const rule = ruleById(profile, 'XZ-FIRMOPS-04');
  return [
    serviceReports(citedTo(rule, '八(四)'), visits),
    preventedServices(citedTo(rule, '八(五)'), blocked),
  ];
}

/** XZ-FIRMOPS-04 八(四): a service report to the insurer and the policyholder after every visit (internal). */
function serviceReports(toParties: Rule, visits: readonly Visit[]): Criterion {
  const noReport = visits
    .filter((v) => v.reportToInsurerAndPolicyholder === false)
    .map((v) => v.date);
  const reportUnknown = visits
    .filter((v) => v.reportToInsurerAndPolicyholder === undefined)
    .map((v) => v.date);
  return noReport.length > 0
    ? criterion(
        toParties,
        'fail',
        bi(
          `no service report to the insurer and the policyholder after the visits on ${noReport.join(', ')}`,
          `以下服务后未向保险机构和投保单位出具服务报告：${noReport.join('、')}`,
        ),
        ['visits'],
      )
    : reportUnknown.length > 0
      ? criterion(
          toParties,
          'unknown',
          bi(
            `service reports not shown for visits on ${reportUnknown.join(', ')}`,
            `未说明是否出具服务报告：${reportUnknown.join('、')}`,
          ),
          ['visits'],
          ['visits.reportToInsurerAndPolicyholder'],
        )
      : criterion(
          toParties,
          'pass',
          visits.length === 0
            ? bi('no visit, so no service report owed yet', '尚无服务，无须出具服务报告')
            : bi(
                `a service report to the insurer and the policyholder after every visit (${visits.length})`,
                `${visits.length}次服务后均已向保险机构和投保单位出具服务报告`,
              ),
          ['visits'],
        );
}

/** XZ-FIRMOPS-04 八(五): a service the project side prevented is reported to the insurer and the construction authority (internal). */
function preventedServices(
  prevented: Rule,
  blocked: readonly z.output<typeof BlockedServiceSchema>[] | undefined,
): Criterion {
  if (blocked === undefined)
    return criterion(
      prevented,
      'unknown',
      bi(
        'not shown whether the project side prevented any service (八(五): such a service is reported)',
        '未说明是否存在因项目方原因无法提供的服务（八(五)：应及时报告）',
      ),
      [],
      ['blockedServices'],
    );
  const keys = ['reportedToInsurer', 'reportedToHousingAuthority'] as const;
  const notReported = blocked.filter((b) => keys.some((k) => b[k] === false)).map((b) => b.date);
  const unsure = blocked.filter((b) => keys.some((k) => b[k] === undefined)).map((b) => b.date);
  return notReported.length > 0
    ? criterion(
        prevented,
        'fail',
        bi(
          `services the project side prevented, not reported to both the insurer and the construction authority: ${notReported.join(', ')}`,
          `因项目方原因无法提供的服务未同时报告保险机构和建设行政管理部门：${notReported.join('、')}`,
        ),
        ['blockedServices'],
      )
    : unsure.length > 0
      ? criterion(
          prevented,
          'unknown',
          bi(
            `not shown whether the prevented services on ${unsure.join(', ')} were reported`,
            `未说明以下无法提供的服务是否已报告：${unsure.join('、')}`,
          ),
          ['blockedServices'],
          ['blockedServices.reportedToInsurer', 'blockedServices.reportedToHousingAuthority'],
        )
      : criterion(
          prevented,
          'pass',
          blocked.length === 0
            ? bi('no service prevented by the project side', '无因项目方原因无法提供的服务')
            : bi(
                `${blocked.length} prevented services reported to the insurer and the construction authority`,
                `${blocked.length}次无法提供的服务均已报告保险机构和建设行政管理部门`,
              ),
          ['blockedServices'],
        );
}

export function xinzhouVisitCriteria(
  profile: Profile,
  visits: readonly Visit[],
  asOf: CalendarDate,
): Criterion[] {
  return [
    staffingCriterion(ruleById(profile, 'XZ-FIRMOPS-01'), visits),
    uploadCriterion(ruleById(profile, 'XZ-FIRMOPS-04'), visits, asOf),
    chargeCriterion(ruleById(profile, 'XZ-OPS-06'), visits),
  ];
}

/** XZ-FIRMOPS-01: the project lead (while the version asks for one) and enough technical staff at each on-site visit. */
function staffingCriterion(staffing: Rule, visits: readonly Visit[]): Criterion {
  const min = countOf(staffing, 'minimumTechnicalStaffPerVisit');
  // XZ-FIRMOPS-01 `projectLeadOnSite`: whether the project lead must be at every visit
  const leadOnSite = param(staffing, 'projectLeadOnSite', 'boolean').value;
  const onSite = visits.filter((v) => v.online !== true);
  const short = onSite
    .filter(
      (v) =>
        (leadOnSite && v.projectLeadOnSite === false) ||
        (v.technicalStaff !== undefined && v.technicalStaff < min),
    )
    .map((v) => v.date);
  const unsure = onSite
    .filter(
      (v) => (leadOnSite && v.projectLeadOnSite === undefined) || v.technicalStaff === undefined,
    )
    .map((v) => v.date);
  return short.length > 0
    ? criterion(
        staffing,
        'fail',
        bi(
          leadOnSite
            ? `visits without the project lead or ≥ ${min} technical staff: ${short.join(', ')}`
            : `visits without ≥ ${min} technical staff: ${short.join(', ')}`,
          leadOnSite
            ? `项目负责人未到场或技术人员不足${min}名：${short.join('、')}`
            : `技术人员不足${min}名：${short.join('、')}`,
        ),
        ['visits'],
      )
    : unsure.length > 0
      ? criterion(
          staffing,
          'unknown',
          bi(
            `staffing not shown for visits on ${unsure.join(', ')}`,
            `未说明服务人员情况：${unsure.join('、')}`,
          ),
          ['visits'],
          leadOnSite
            ? ['visits.projectLeadOnSite', 'visits.technicalStaff']
            : ['visits.technicalStaff'],
        )
      : criterion(
          staffing,
          'pass',
          bi(
            leadOnSite
              ? `the project lead and ≥ ${min} technical staff at all ${onSite.length} on-site visits`
              : `≥ ${min} technical staff at all ${onSite.length} on-site visits`,
            leadOnSite
              ? `全部${onSite.length}次现场服务项目负责人到场且技术人员不少于${min}名`
              : `全部${onSite.length}次现场服务技术人员不少于${min}名`,
          ),
          ['visits'],
        );
}

/** XZ-FIRMOPS-04: each visit's hazards and report uploaded, hazards rectified in time and the rectification uploaded. */
function uploadCriterion(upload: Rule, visits: readonly Visit[], asOf: CalendarDate): Criterion {
  const notUploaded = visits.filter((v) => v.hazardsAndReportUploaded === false).map((v) => v.date);
  const uploadUnknown = visits
    .filter((v) => v.hazardsAndReportUploaded === undefined)
    .map((v) => v.date);
  // Major hazards rectified immediately (read: on the day found), general ones by their deadline, each upload recorded.
  const hazards = visits.flatMap((v) => (v.hazards ?? []).map((h) => ({ ...h, found: v.date })));
  const late = hazards.filter((h) => {
    const due = h.level === 'major' ? h.found : h.rectifyBy;
    if (due === undefined) return false;
    const done = h.rectifiedOn;
    return done === undefined ? compareValid(asOf, due) > 0 : compareValid(done, due) > 0;
  });
  const noUpload = hazards.filter(
    (h) => h.rectifiedOn !== undefined && h.uploadedRectification === false,
  );
  return notUploaded.length > 0 || late.length > 0 || noUpload.length > 0
    ? criterion(
        upload,
        'fail',
        bi(
          `not uploaded: ${notUploaded.join(', ') || '—'}; hazards rectified late or not at all: ${late.length}; rectifications not uploaded: ${noUpload.length}`,
          `未上传：${notUploaded.join('、') || '—'}；隐患逾期或未整改：${late.length}项；整改未上传：${noUpload.length}项`,
        ),
        ['visits'],
      )
    : uploadUnknown.length > 0
      ? criterion(
          upload,
          'unknown',
          bi(
            `uploads not shown for visits on ${uploadUnknown.join(', ')}`,
            `未说明是否上传：${uploadUnknown.join('、')}`,
          ),
          ['visits'],
          ['visits.hazardsAndReportUploaded'],
        )
      : criterion(
          upload,
          'pass',
          bi(
            'every visit’s hazards and report uploaded; hazards rectified in time',
            '每次服务隐患和报告均已上传，隐患按时整改',
          ),
          ['visits'],
        );
}

/** XZ-OPS-06: no service the contract owes charged extra. */
function chargeCriterion(charge: Rule, visits: readonly Visit[]): Criterion {
  const charged = visits.filter((v) => v.chargedExtra === true).map((v) => v.date);
  const chargeUnknown = visits.filter((v) => v.chargedExtra === undefined).length;
  return charged.length > 0
    ? criterion(
        charge,
        'fail',
        bi(
          `owed services charged extra: ${charged.join(', ')}`,
          `合同约定服务另行收费：${charged.join('、')}`,
        ),
        ['visits'],
      )
    : chargeUnknown > 0
      ? criterion(
          charge,
          'unknown',
          bi(
            `${chargeUnknown} visits without word on extra charges`,
            `${chargeUnknown}次服务未说明是否另行收费`,
          ),
          ['visits'],
          ['visits.chargedExtra'],
        )
      : criterion(charge, 'pass', bi('no owed service charged extra', '未对合同约定服务另行收费'), [
          'visits',
        ]);
}

/** A service-delivery check, validated (internal). */
export type DeliveryCheck = z.output<typeof DeliveryInputSchema>;
