import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { bi } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { CnySchema } from '../money/cny.js';
import { codeOf } from '../profiles/codes.js';
import { param } from '../profiles/params.js';
import { resolveFamily } from '../profiles/national.js';
import { activityTest } from '../profiles/sectors.js';
import {
  JurisdictionInputSchema,
  type Profile,
  type Rule,
  type RuleFamily,
} from '../profiles/schema.js';
import { CalendarDateSchema, compareValid, type CalendarDate } from '../time/calendar-date.js';
import type { Criterion } from '../verdict/verdict.js';
import { conditions, criterion, type Condition } from './criteria.js';
import type { PartyVerdict } from './insurer.js';
import { perPersonLimitCriteria } from '../verdict/per-person-limit.js';
import { chain, PolicyPeriodFactSchema } from './policy-term.js';

const yes = /* @__PURE__ */ lazySchema(() => z.optional(z.boolean()));

/** Facts shared by projects and enterprises: cover, premium, renewal, claims, limit (built on first use). */
const common = () => ({
  name: z.optional(z.string()),
  insured: yes,
  allWorkersCovered: yes,
  sameAmountForAllWorkers: yes,
  includesDispatchedWorkers: yes,
  includesInterns: yes,
  premiumPassedToWorkers: yes,
  surrenderedOrRenewedLate: yes,
  closedByLawOrFullyStopped: yes,
  forcedOtherInsuranceOrConditions: yes,
  perPersonLimit: z.optional(z.union([z.string(), z.number(), z.bigint(), CnySchema])),
  insurerPaidInsuredBeforeVictims: yes,
});

/** What is known about a project. Every fact is optional: a missing one makes its criterion unknown. */
export const ProjectFactsSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...common(),
    kind: z.optional(z.enum(['housing', 'municipal', 'other'])),
    needsConstructionPermit: yes,
    startDate: z.optional(CalendarDateSchema),
    permitApplicationDate: z.optional(CalendarDateSchema),
    /** When the project's permit was issued (XZ-SCOPE-02 concerns projects permitted before the notice). */
    permittedBeforeNotice: yes,
    /** The day the 安责险 policy took effect. */
    insuredOn: z.optional(CalendarDateSchema),
    /** AH-TERM-01: every 安责险 policy period of the project (renewals included), both ends included. */
    policies: z.optional(z.array(PolicyPeriodFactSchema)),
    /** AH-TERM-01: the completion-acceptance filing date (竣工验收备案之日), the end the cover must reach. */
    completionFilingDate: z.optional(CalendarDateSchema),
    /** AH-TERM-01: the planned completion date, when the filing date is not known yet. */
    plannedCompletionDate: z.optional(CalendarDateSchema),
    otherSafetyInsurance: yes,
    addedOrConvertedToAnzexian: yes,
    ownerPaidInFullBeforeStart: yes,
    paidInOnePayment: yes,
    reportedToHousingAuthority: yes,
  }),
);

/** What is known about an enterprise. */
export const EnterpriseFactsSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...common(),
    /** A sector code of the profile's scope (e.g. `hazardous-chemicals`), or `other`. */
    sector: z.optional(z.string()),
    /**
     * Zhoushan 三: what the unit does in a sector limited by activity — hazardous chemicals `production`,
     * `storage`, `trade-with-storage`, `trade-without-storage`, `use-major-hazard-source`, `use-other`;
     * fireworks `trade`, `production`; civil explosives `production`, `trade`, `use` (ZS-SCOPE-01).
     */
    activity: z.optional(z.string()),
    qualifiedConstructionEnterprise: yes,
    equivalentLiabilityInsurance: yes,
    compensationUnpaid: yes,
    refusedRectification: yes,
  }),
);

const base = {
  jurisdiction: JurisdictionInputSchema,
  asOf: CalendarDateSchema,
};
export const CheckProjectInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({ ...base, facts: ProjectFactsSchema }),
);
export const CheckEnterpriseInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({ ...base, facts: EnterpriseFactsSchema }),
);
export type CheckProjectInput = z.input<typeof CheckProjectInputSchema>;
export type CheckEnterpriseInput = z.input<typeof CheckEnterpriseInputSchema>;
/** An enterprise verdict, with the enforcement consequences a failure carries where the profile names them (AN-ENF-01). */
export interface EnterpriseVerdict extends PartyVerdict {
  readonly consequences: readonly { readonly code: string; readonly name: Bilingual }[];
}

const COVER: readonly Condition[] = [
  ['allWorkersCovered', true, bi('all workers covered', '覆盖全体从业人员')],
  [
    'sameAmountForAllWorkers',
    true,
    bi(
      'one insured amount for all, whatever the employment form or post',
      '保险金额同一标准，不因用工方式、岗位差别对待',
    ),
  ],
];
const INCLUDES: Record<string, Condition> = {
  'dispatched-workers': [
    'includesDispatchedWorkers',
    true,
    bi('dispatched workers included', '含被派遣劳动者'),
  ],
  interns: ['includesInterns', true, bi('interns included', '含实习生')],
};
export const NO_FORCED_INSURANCE: Condition = [
  'forcedOtherInsuranceOrConditions',
  false,
  bi('no forced extra insurance and no added conditions', '未强制购买其他商业保险或提出附加条件'),
];
const NOT_PASSED_ON: Condition = [
  'premiumPassedToWorkers',
  false,
  bi('the premium is not passed on to workers', '保费不摊派给从业人员'),
];

/** The family rule in force (local, else national) checked with the conditions its text names. */
export function familyCriteria(
  p: Profile,
  family: RuleFamily,
  asOf: CalendarDate,
  facts: Readonly<Record<string, unknown>>,
  /** Why "开工前…支付" cannot be asked (work not started yet, or started before the notice), if so. */
  notBeforeStart: Bilingual | null = null,
): Criterion[] {
  const governing = resolveFamily(p, family, asOf).governing;
  if (governing === null) return [];
  const r = governing.rule;
  const list: Condition[] = [];
  const paysBeforeStart =
    family === 'premium-paid-by-unit' &&
    Object.hasOwn(r.params, 'payBy') &&
    codeOf(r, 'payBy') === 'before-work-starts';
  if (family === 'all-workers-covered') {
    list.push(...COVER);
    const inc = r.params['includes'];
    if (inc?.type === 'list')
      inc.value.forEach((i) => {
        const c = INCLUDES[i.code];
        if (c) list.push(c);
      });
  } else {
    // never passed on to workers: every rule of the family says so (AN-COVER-01's "保费由生产经营单位缴纳"
    // beside it is its `premiumPaidByUnit`, shown to people: no fact says who paid)
    list.push(NOT_PASSED_ON);
    // AH-COST-02 `payBy`: the owner pays in full before work starts (the only code computed)
    if (paysBeforeStart && notBeforeStart === null)
      list.push([
        'ownerPaidInFullBeforeStart',
        true,
        bi('the owner paid it in full before work started', '建设单位开工前足额支付'),
      ]);
    // AH-COST-02 `instalments: false`: in one payment
    const instalments = r.params['instalments'];
    if (instalments?.type === 'boolean' && !instalments.value)
      list.push(['paidInOnePayment', true, bi('in one payment', '一次性支付')]);
  }
  const checked = conditions(r, facts, list);
  const main =
    notBeforeStart === null || !paysBeforeStart
      ? checked
      : criterion(
          r,
          checked.status,
          bi(
            `${checked.reason.en} (${notBeforeStart.en})`,
            `${checked.reason.zh}（${notBeforeStart.zh}）`,
          ),
          [...checked.factsUsed, 'startDate'],
          checked.factsMissing,
        );
  // NAT25-COVER-02 also forbids surrender and late renewal.
  return r.id === 'NAT25-COVER-02' ? [main, renewal(r, facts)] : [main];
}

/**
 * NAT25-COVER-02's second sentence — no surrender or late renewal unless closed by law or fully stopped —
 * where a local cover rule governs the family (AN-COVER-01, JZ-COVER-01) and says nothing about it: the
 * national measure applies to what the local document leaves out. Empty where NAT25-COVER-02 itself
 * governs (familyCriteria checks it there) or is not in force.
 */
export function nationalRenewal(
  p: Profile,
  asOf: CalendarDate,
  f: Readonly<Record<string, unknown>>,
): Criterion[] {
  const resolved = resolveFamily(p, 'all-workers-covered', asOf);
  if (resolved.governing === null || resolved.governing.rule.id === 'NAT25-COVER-02') return [];
  const national = resolved.considered.find(
    (c) => c.source === 'national' && c.rule.id === 'NAT25-COVER-02',
  );
  return national === undefined ? [] : [renewal(national.rule, f)];
}

export function renewal(r: Rule, f: Readonly<Record<string, unknown>>): Criterion {
  const late = f['surrenderedOrRenewedLate'];
  const exempt = f['closedByLawOrFullyStopped'];
  if (late === false)
    return criterion(r, 'pass', bi('no surrender and no late renewal', '未退保、未延迟续保'), [
      'surrenderedOrRenewedLate',
    ]);
  if (late === undefined)
    return criterion(
      r,
      'unknown',
      bi(
        'not shown whether the policy was surrendered or renewed late',
        '未说明是否退保或延迟续保',
      ),
      [],
      ['surrenderedOrRenewedLate'],
    );
  // AH-TERM-02 `exceptions` (NAT25-COVER-02 names the same two without a parameter): the fact answers
  // for both at once, so it excuses only where both are exceptions
  const listed = Object.hasOwn(r.params, 'exceptions')
    ? param(r, 'exceptions', 'list').value
    : null;
  const both =
    listed === null ||
    (listed.some((e) => e.code === 'closed-by-law') &&
      listed.some((e) => e.code === 'fully-stopped'));
  if (exempt === true && listed !== null && !both)
    return criterion(
      r,
      listed.length === 0 ? 'fail' : 'unknown',
      listed.length === 0
        ? bi(
            'surrendered or renewed late: this version excuses neither closure nor a full stop',
            '退保或延迟续保：本版本不以依法关闭或完全停产为例外',
          )
        : bi(
            `surrendered or renewed late: only “${listed.map((e) => e.name.en).join('')}” excuses it, and the facts do not say which applies`,
            `退保或延迟续保：仅“${listed.map((e) => e.name.zh).join('')}”可例外，事实未说明属于哪一种`,
          ),
      ['surrenderedOrRenewedLate', 'closedByLawOrFullyStopped'],
    );
  if (exempt === true)
    return criterion(
      r,
      'pass',
      bi(
        'surrendered or renewed late, but closed by law or fully stopped: allowed',
        '退保或延迟续保，但已依法关闭或完全停产：允许',
      ),
      ['surrenderedOrRenewedLate', 'closedByLawOrFullyStopped'],
    );
  if (exempt === false)
    return criterion(
      r,
      'fail',
      bi('surrendered or renewed late while still operating', '仍在生产经营却退保或延迟续保'),
      ['surrenderedOrRenewedLate', 'closedByLawOrFullyStopped'],
    );
  return criterion(
    r,
    'unknown',
    bi(
      'surrendered or renewed late: not shown whether closed by law or fully stopped',
      '退保或延迟续保：未说明是否依法关闭或完全停产',
    ),
    ['surrenderedOrRenewedLate'],
    ['closedByLawOrFullyStopped'],
  );
}

/**
 * Whether a project holds 安责险 on `asOf` — one answer for AH-SCOPE-01, XZ-SCOPE-01/02 and JZ-SCOPE-01,
 * the same as `coverageStatus` counts. Given `policies`, they decide: held when one of them covers
 * `asOf`, both ends included, `since` the first policy's start (a gap between policies is AH-TERM-01's,
 * or NAT25-COVER-02's late renewal, not a late first insurance). Without
 * them: a policy dated after `asOf` is not held yet, whatever `insured` says; `insured: false` is not
 * held, whatever `insuredOn` says; otherwise `insuredOn` on or before `asOf` (or `insured: true`, with no
 * `since`) is held. Nothing shown: `unknown`.
 */
export interface Held {
  readonly status: 'yes' | 'no' | 'unknown';
  /** The day the project was first insured, when the facts show it. */
  readonly since?: CalendarDate;
  readonly used: readonly string[];
}
export function heldOn(f: z.output<typeof ProjectFactsSchema>, asOf: CalendarDate): Held {
  if (f.policies !== undefined) {
    const blocks = chain(f.policies);
    const held = blocks.some(
      (b) => compareValid(b.from, asOf) <= 0 && compareValid(asOf, b.to) <= 0,
    );
    return held
      ? { status: 'yes', since: (blocks[0] as { from: CalendarDate }).from, used: ['policies'] }
      : { status: 'no', used: ['policies'] };
  }
  if (f.insuredOn !== undefined && compareValid(f.insuredOn, asOf) > 0)
    return { status: 'no', used: ['insuredOn'] };
  if (f.insured === false)
    return { status: 'no', used: ['insured', ...(f.insuredOn === undefined ? [] : ['insuredOn'])] };
  if (f.insuredOn !== undefined)
    return {
      status: 'yes',
      since: f.insuredOn,
      used: [...(f.insured === true ? ['insured'] : []), 'insuredOn'],
    };
  if (f.insured === true) return { status: 'yes', used: ['insured'] };
  return { status: 'unknown', used: [] };
}

/** "Not held on `asOf`", said from the facts that show it. */
export function notHeldText(f: z.output<typeof ProjectFactsSchema>, asOf: CalendarDate): Bilingual {
  if (f.policies !== undefined)
    return bi(`no policy given covers ${asOf}`, `所给保单均不覆盖${asOf}`);
  if (f.insuredOn !== undefined && compareValid(f.insuredOn, asOf) > 0)
    return bi(
      `the policy takes effect ${f.insuredOn}, after ${asOf}`,
      `保单${f.insuredOn}生效，晚于${asOf}`,
    );
  return bi(`not insured on ${asOf}`, `${asOf}未投保`);
}

/**
 * A project already in progress when the notice took effect (Anhui started before it, AH-SCOPE-01;
 * Xinzhou permitted before it, XZ-SCOPE-02) must hold 安责险 from the notice day on, without a break, to
 * `asOf`: cover that began later fails, as a project insured after its start fails. `null` when it passes.
 */
export function heldSinceNotice(
  r: Rule,
  f: z.output<typeof ProjectFactsSchema>,
  asOf: CalendarDate,
  p: Profile,
  context: readonly string[],
  who: Bilingual,
  /** The reason when it does not hold 安责险 on `asOf`. */
  notHeld: Bilingual,
): Criterion | null {
  // The notice day: the stated issue date, else the profile's first day — then only a lower bound
  // (Xinzhou states none): cover that began on or before it is in time, later cover is not shown late.
  const stated = p.document.issued !== null || p.document.inForceFrom !== null;
  const noticeFrom = p.validFrom;
  const h = heldOn(f, asOf);
  if (h.status === 'no')
    return criterion(
      r,
      'fail',
      f.policies === undefined && (f.insuredOn === undefined || f.insured === false)
        ? notHeld
        : bi(
            `${who.en}: ${notHeldText(f, asOf).en}; it must hold 安责险 from the notice day (${noticeFrom}) on`,
            `${who.zh}：${notHeldText(f, asOf).zh}；应自通知施行之日（${noticeFrom}）起持有安责险`,
          ),
      [...context, ...h.used],
    );
  if (h.status === 'unknown')
    return criterion(
      r,
      'unknown',
      bi(`${who.en}: not shown whether it holds 安责险 now`, `${who.zh}：未说明现在是否已投保`),
      [...context],
      f.insured === undefined ? ['insured'] : ['insuredOn'],
    );
  if (h.since === undefined)
    return criterion(
      r,
      'unknown',
      bi(
        `${who.en}: insured, but not shown since when (it must hold 安责险 from the notice day, ${noticeFrom})`,
        `${who.zh}：已投保，但未说明自何时起（应自通知施行之日${noticeFrom}起持有）`,
      ),
      [...context, ...h.used],
      ['insuredOn'],
    );
  if (compareValid(h.since, noticeFrom) > 0 && !stated)
    return criterion(
      r,
      'unknown',
      bi(
        `${who.en}: covered from ${h.since}; the notice does not state the day it took effect (not before ${noticeFrom}), so whether that is from the notice day on is not shown — supply the issue date with deriveProfile`,
        `${who.zh}：自${h.since}起有保险；通知未载明施行日期（不早于${noticeFrom}），无法判断是否自通知施行之日起持有——可用 deriveProfile 提供印发日期`,
      ),
      [...context, ...h.used],
    );
  if (compareValid(h.since, noticeFrom) > 0)
    return criterion(
      r,
      'fail',
      bi(
        `${who.en}: covered only from ${h.since}, after the notice day (${noticeFrom}); it must hold 安责险 from that day on`,
        `${who.zh}：自${h.since}起才有保险，晚于通知施行之日（${noticeFrom}）；应自该日起持有安责险`,
      ),
      [...context, ...h.used],
    );
  return null;
}

/**
 * One behaviour for every "insure before the trigger" rule (AH-SCOPE-01 开工前, XZ-SCOPE-01 办理施工许可证前,
 * JZ-SCOPE-01 新开工): nothing is due before the trigger date. A trigger still ahead of `asOf` passes as
 * "not yet due" (or as insured in time when the policy is already dated on or before it); a trigger not
 * given leaves the verdict `unknown`, naming it — never a fail. `null`: the trigger has come, check on.
 */
const TRIGGER = {
  startDate: bi('the start date', '开工日期'),
  permitApplicationDate: bi('the permit application date', '施工许可证申请日期'),
} as const;

export function beforeTrigger(
  r: Rule,
  f: z.output<typeof ProjectFactsSchema>,
  asOf: CalendarDate,
  triggerFact: keyof typeof TRIGGER,
  /** Whether the text sets the trigger as the day to be insured by (开工前, 办理施工许可证前); JZ-SCOPE-01 does not. */
  insureBy = true,
): Criterion | null {
  const trigger = f[triggerFact];
  const name = TRIGGER[triggerFact];
  if (trigger === undefined) {
    const known = f.insured !== undefined || f.insuredOn !== undefined;
    return criterion(
      r,
      'unknown',
      f.insured === false
        ? bi(
            `not insured; ${name.en} is not given, so whether insurance is due yet is not shown`,
            `未投保；未提供${name.zh}，无法判断是否已到投保期限`,
          )
        : bi(
            `${name.en} is not given (nothing is due before it)`,
            `未提供${name.zh}（此前尚无投保义务）`,
          ),
      known ? ['insured', 'insuredOn'].filter((k) => f[k as 'insured'] !== undefined) : [],
      [...(known ? [] : ['insuredOn']), triggerFact],
    );
  }
  if (compareValid(trigger, asOf) <= 0) return null;
  if (
    insureBy &&
    f.policies === undefined &&
    f.insured !== false &&
    f.insuredOn !== undefined &&
    compareValid(f.insuredOn, trigger) <= 0
  )
    return criterion(
      r,
      'pass',
      bi(
        `insured on ${f.insuredOn}, no later than ${name.en} (${trigger})`,
        `${f.insuredOn}投保，不晚于${name.zh}（${trigger}）`,
      ),
      ['insuredOn', triggerFact],
    );
  const late =
    !insureBy || f.insuredOn === undefined
      ? bi('', '')
      : bi(
          `; the policy given takes effect ${f.insuredOn}, after it, and must take effect by ${trigger}`,
          `；所给保单${f.insuredOn}生效，晚于该日，须不晚于${trigger}生效`,
        );
  const due = insureBy
    ? bi(` (insure no later than ${trigger})`, `（须不晚于${trigger}投保）`)
    : bi(' (from then on it must hold 安责险)', '（此后须持有安责险）');
  return criterion(
    r,
    'pass',
    bi(
      `${name.en} is ${trigger}, after ${asOf}: not yet due${due.en}${late.en}`,
      `${name.zh}为${trigger}，晚于${asOf}：尚未到期${due.zh}${late.zh}`,
    ),
    [triggerFact, ...(f.insuredOn === undefined ? [] : ['insuredOn'])],
  );
}

/** "…前投保": insured no later than the day of the trigger, once the trigger has come. */
export function insuredBy(
  r: Rule,
  f: z.output<typeof ProjectFactsSchema>,
  asOf: CalendarDate,
  deadlineFact: keyof typeof TRIGGER,
  what: Bilingual,
): Criterion {
  const early = beforeTrigger(r, f, asOf, deadlineFact);
  if (early !== null) return early;
  const deadline = f[deadlineFact] as CalendarDate;
  const name = TRIGGER[deadlineFact];
  const h = heldOn(f, asOf);
  if (h.status === 'no')
    return criterion(
      r,
      'fail',
      f.policies === undefined && f.insuredOn === undefined
        ? bi(
            `not insured, though ${name.en} (${deadline}) has come: must be insured ${what.en}`,
            `未投保，${name.zh}（${deadline}）已到：应在${what.zh}投保`,
          )
        : bi(
            `${notHeldText(f, asOf).en}, though ${name.en} (${deadline}) has come: must be insured ${what.en}`,
            `${notHeldText(f, asOf).zh}，${name.zh}（${deadline}）已到：应在${what.zh}投保`,
          ),
      [...h.used, deadlineFact],
    );
  if (h.status === 'unknown' || h.since === undefined)
    return criterion(
      r,
      'unknown',
      bi(
        `not shown when the policy took effect (${what.en}: ${deadline})`,
        `未说明保单生效日（${what.zh}：${deadline}）`,
      ),
      [deadlineFact, ...h.used],
      ['insuredOn'],
    );
  // Read "前" as "no later than that day": a policy effective on the start (or application) day covers it.
  return compareValid(h.since, deadline) <= 0
    ? criterion(
        r,
        'pass',
        bi(
          `insured on ${h.since}, ${what.en} (${deadline}), and held on ${asOf}`,
          `${h.since}投保，在${what.zh}（${deadline}），${asOf}仍在保`,
        ),
        [...h.used, deadlineFact],
      )
    : criterion(
        r,
        'fail',
        bi(
          `insured from ${h.since}, after ${deadline}: must be insured ${what.en}`,
          `自${h.since}起投保，晚于${deadline}：应在${what.zh}投保`,
        ),
        [...h.used, deadlineFact],
      );
}

export function scopeCriterion(
  p: Profile,
  r: Rule,
  f: z.output<typeof EnterpriseFactsSchema>,
  asOf: CalendarDate,
  equivalentCounts: boolean,
): Criterion {
  if (f.sector === undefined)
    return criterion(r, 'unknown', bi('the sector is not given', '未提供所属行业'), [], ['sector']);
  const entry = p.scope.sectors.find((s) => s.code === f.sector);
  if (entry === undefined || entry.status === 'encouraged') {
    return criterion(
      r,
      'pass',
      bi(
        `${f.sector}: outside the mandatory sectors (encouraged only)`,
        `${f.sector}：不属于强制投保行业（鼓励投保）`,
      ),
      ['sector'],
    );
  }
  if (entry.from !== undefined && compareValid(asOf, entry.from) < 0) {
    return criterion(
      r,
      'pass',
      bi(
        `${entry.name.en}: mandatory only from ${entry.from}`,
        `${entry.name.zh}：自${entry.from}起强制投保`,
      ),
      ['sector'],
    );
  }
  // Zhoushan 三 limits some sectors by activity: outside the listed activities nothing is mandatory.
  const activity = activityTest(p)(f.sector, f.activity);
  if (activity === 'out')
    return criterion(
      r,
      'pass',
      bi(
        `${f.sector}, ${String(f.activity)}: not among the activities 三 makes mandatory (encouraged only)`,
        `${f.sector}（${String(f.activity)}）：不属于三所列须投保的活动（鼓励投保）`,
      ),
      ['sector', 'activity'],
    );
  const counts = equivalentCounts && f.equivalentLiabilityInsurance === true;
  if (f.insured === true || counts) {
    return criterion(
      r,
      'pass',
      bi(
        `${entry.name.en}: ${counts && f.insured !== true ? 'an equivalent statutory liability insurance counts (ZS-SCOPE-02)' : 'insured'}`,
        `${entry.name.zh}：${counts && f.insured !== true ? '同属性法定责任保险视同投保（ZS-SCOPE-02）' : '已投保'}`,
      ),
      ['sector', 'insured', 'equivalentLiabilityInsurance'],
    );
  }
  if (activity === 'unknown')
    return criterion(
      r,
      'unknown',
      bi(
        `${entry.name.en}: mandatory only for some activities; the unit's activity is not given`,
        `${entry.name.zh}：仅部分活动须投保；未说明该单位的活动`,
      ),
      ['sector'],
      ['activity'],
    );
  if (f.insured === false && (!equivalentCounts || f.equivalentLiabilityInsurance === false)) {
    return criterion(
      r,
      'fail',
      bi(
        `${entry.name.en}: a mandatory sector, not insured`,
        `${entry.name.zh}：属强制投保行业，未投保`,
      ),
      ['sector', 'insured'],
    );
  }
  return criterion(
    r,
    'unknown',
    bi(`${entry.name.en}: not shown whether insured`, `${entry.name.zh}：未说明是否投保`),
    ['sector'],
    ['insured'],
  );
}

/** What the shared project criteria leave to a jurisdiction's own rules. */
export interface SharedProjectOptions {
  /** Why the payment rule (premium-paid-by-unit) is not yet due, if it is not: e.g. AH-COST-02 before the start. */
  readonly paymentNotDue?: Bilingual | null;
  /** The jurisdiction has its own surrender and renewal rule (AH-TERM-02), so NAT25-COVER-02's second sentence does not fill in. */
  readonly ownRenewalRule?: boolean;
}

/**
 * The criteria every project shares, local rule else national: all workers covered, no surrender or late
 * renewal where the local rule is silent, premium paid by the unit and not passed on, the per-person limit.
 */
export function sharedProjectCriteria(
  p: Profile,
  f: z.output<typeof ProjectFactsSchema>,
  asOf: CalendarDate,
  options: SharedProjectOptions = {},
): Criterion[] {
  return [
    ...familyCriteria(p, 'all-workers-covered', asOf, f),
    ...(options.ownRenewalRule === true ? [] : nationalRenewal(p, asOf, f)),
    ...familyCriteria(p, 'premium-paid-by-unit', asOf, f, options.paymentNotDue ?? null),
    ...perPersonLimitCriteria(p, asOf, f.perPersonLimit, ['facts', 'perPersonLimit']),
  ];
}

/** The criteria every enterprise shares, local rule else national (see {@link sharedProjectCriteria}). */
export function sharedEnterpriseCriteria(
  p: Profile,
  f: z.output<typeof EnterpriseFactsSchema>,
  asOf: CalendarDate,
): Criterion[] {
  return [
    ...familyCriteria(p, 'all-workers-covered', asOf, f),
    ...nationalRenewal(p, asOf, f),
    ...familyCriteria(p, 'premium-paid-by-unit', asOf, f),
    ...perPersonLimitCriteria(p, asOf, f.perPersonLimit, ['facts', 'perPersonLimit']),
  ];
}

/** The facts of a project, validated (internal). */
export type ProjectFacts = z.output<typeof ProjectFactsSchema>;
/** The facts of an enterprise, validated (internal). */
export type EnterpriseFacts = z.output<typeof EnterpriseFactsSchema>;
