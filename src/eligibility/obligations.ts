import * as z from 'zod/mini';
import { bi, fail, ValidationError } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { parseWith } from '../errors/zod.js';
import { CnySchema } from '../money/cny.js';
import { resolveFamily } from '../profiles/national.js';
import { profileFor } from '../profiles/profile-for.js';
import {
  activityTest,
  sectorTest,
  unknownActivityIssue,
  unknownSectorIssue,
} from '../profiles/sectors.js';
import {
  JurisdictionInputSchema,
  type Profile,
  type Rule,
  type RuleFamily,
} from '../profiles/schema.js';
import { CalendarDateSchema, compareValid, type CalendarDate } from '../time/calendar-date.js';
import { verdict, type Criterion } from '../verdict/verdict.js';
import { conditions, criterion, rule, type Condition } from './criteria.js';
import type { PartyVerdict } from './insurer.js';
import { perPersonLimitCriteria } from '../verdict/per-person-limit.js';
import {
  chain,
  checkPolicyTermFacts,
  PolicyPeriodFactSchema,
  policyTermCriterion,
} from './policy-term.js';

const yes = z.optional(z.boolean());

/** Facts shared by projects and enterprises: cover, premium, renewal, claims, limit. */
const common = {
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
};

/** What is known about a project. Every fact is optional: a missing one makes its criterion unknown. */
export const ProjectFactsSchema = z.strictObject({
  ...common,
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
});

/** What is known about an enterprise. */
export const EnterpriseFactsSchema = z.strictObject({
  ...common,
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
});

const base = {
  jurisdiction: JurisdictionInputSchema,
  asOf: CalendarDateSchema,
};
export const CheckProjectInputSchema = z.strictObject({ ...base, facts: ProjectFactsSchema });
export const CheckEnterpriseInputSchema = z.strictObject({ ...base, facts: EnterpriseFactsSchema });
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
const NO_FORCED_INSURANCE: Condition = [
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
function familyCriteria(
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
  if (family === 'all-workers-covered') {
    list.push(...COVER);
    const inc = r.params['includes'];
    if (inc?.type === 'list')
      inc.value.forEach((i) => {
        const c = INCLUDES[i.code];
        if (c) list.push(c);
      });
  } else {
    list.push(NOT_PASSED_ON);
    if (r.id === 'AH-COST-02') {
      if (notBeforeStart === null)
        list.push([
          'ownerPaidInFullBeforeStart',
          true,
          bi('the owner paid it in full before work started', '建设单位开工前足额支付'),
        ]);
      list.push(['paidInOnePayment', true, bi('in one payment', '一次性支付')]);
    }
  }
  const checked = conditions(r, facts, list);
  const main =
    notBeforeStart === null || r.id !== 'AH-COST-02'
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
function nationalRenewal(
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

function renewal(r: Rule, f: Readonly<Record<string, unknown>>): Criterion {
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
interface Held {
  readonly status: 'yes' | 'no' | 'unknown';
  /** The day the project was first insured, when the facts show it. */
  readonly since?: CalendarDate;
  readonly used: readonly string[];
}
function heldOn(f: z.output<typeof ProjectFactsSchema>, asOf: CalendarDate): Held {
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
function notHeldText(f: z.output<typeof ProjectFactsSchema>, asOf: CalendarDate): Bilingual {
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
function heldSinceNotice(
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

function beforeTrigger(
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
function insuredBy(
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

const BEFORE_START = bi('before work starts', '开工前');

/**
 * AH-SCOPE-01 (一(一)): "全省行政区域内依法需要申请施工许可证的房屋市政工程，在开工前依法投保安责险，实现
 * 应保尽保". A project started before the notice took effect cannot have insured "before the start"; 一(五)
 * "已开工的工程项目，可按照剩余工程量与保险机构签订安责险保险合同" sets the premium base for such a project
 * (AH-COST-03) — it is not an exemption: 应保尽保 asks it to hold 安责险 from the day the notice took effect.
 */
function anhuiScope(
  p: Profile,
  f: z.output<typeof ProjectFactsSchema>,
  asOf: CalendarDate,
): Criterion {
  const scope = rule(p, 'AH-SCOPE-01');
  if (f.needsConstructionPermit === false)
    return criterion(
      scope,
      'pass',
      bi(
        'needs no construction permit: outside the mandatory scope',
        '无需施工许可证：不在强制范围内',
      ),
      ['needsConstructionPermit'],
    );
  if (f.needsConstructionPermit === undefined)
    return criterion(
      scope,
      'unknown',
      bi('not shown whether the project needs a construction permit', '未说明是否需要施工许可证'),
      [],
      ['needsConstructionPermit'],
    );
  if (f.kind === 'other')
    return criterion(
      scope,
      'pass',
      bi('not a housing or municipal work: outside the scope', '非房屋市政工程：不在适用范围内'),
      ['kind'],
    );
  if (f.startDate === undefined || compareValid(f.startDate, p.validFrom) >= 0)
    return insuredBy(scope, f, asOf, 'startDate', BEFORE_START);
  const started = bi(
    `started ${f.startDate}, before the notice took effect (${p.validFrom})`,
    `${f.startDate}开工，早于通知施行（${p.validFrom}）`,
  );
  const late = heldSinceNotice(
    scope,
    f,
    asOf,
    p,
    ['startDate'],
    started,
    bi(
      `${started.en}, not insured on ${asOf}: 应保尽保 asks every such project to hold 安责险 from the notice on; the remaining work (AH-COST-03) is its premium base, not an exemption`,
      `${started.zh}，${asOf}未投保：应保尽保，已开工项目应自通知施行起投保；剩余工程量（AH-COST-03）是计费基数，不是豁免`,
    ),
  );
  if (late !== null) return late;
  const h = heldOn(f, asOf);
  return criterion(
    scope,
    'pass',
    bi(
      `${started.en}: insured from ${String(h.since)}, no later than the notice day, and held on ${asOf} (its remaining work may be the base, AH-COST-03)`,
      `${started.zh}：${String(h.since)}起投保，不晚于通知施行之日，${asOf}仍在保（可按剩余工程量投保，AH-COST-03）`,
    ),
    ['startDate', ...h.used],
  );
}

/** JZ-SCOPE-01 once a newly started project has started: 安责险 held on `asOf` ({@link heldOn}). */
function jingzhouHeld(
  r: Rule,
  f: z.output<typeof ProjectFactsSchema>,
  asOf: CalendarDate,
  newFrom: string,
): Criterion {
  const h = heldOn(f, asOf);
  const started = String(f.startDate);
  if (h.status === 'yes')
    return criterion(
      r,
      'pass',
      bi(
        `newly started (from ${newFrom}) and insured on ${asOf}`,
        `新开工项目（${newFrom}起），${asOf}已投保`,
      ),
      ['startDate', ...h.used],
    );
  if (h.status === 'no')
    return criterion(
      r,
      'fail',
      bi(
        `newly started ${started} (from ${newFrom}) and not insured on ${asOf}${f.policies === undefined && f.insuredOn === undefined ? '' : `: ${notHeldText(f, asOf).en}`}`,
        `${started}新开工（${newFrom}起）且${asOf}未投保${f.policies === undefined && f.insuredOn === undefined ? '' : `：${notHeldText(f, asOf).zh}`}`,
      ),
      ['startDate', ...h.used],
    );
  return criterion(
    r,
    'unknown',
    bi(`newly started ${started}: not shown whether insured`, `${started}新开工：未说明是否投保`),
    ['startDate'],
    ['insured'],
  );
}

/** Out of the Xinzhou scope (一: 房屋建筑和市政基础设施工程, insured before the permit): the reason, or null. */
function xinzhouOut(f: z.output<typeof ProjectFactsSchema>): [Bilingual, string] | null {
  if (f.kind === 'other')
    return [
      bi('not a housing or municipal work: outside the scope', '非房屋市政工程：不在适用范围内'),
      'kind',
    ];
  if (f.needsConstructionPermit === false)
    return [
      bi('needs no construction permit: outside the scope', '无需施工许可证：不在适用范围内'),
      'needsConstructionPermit',
    ];
  return null;
}

/**
 * XZ-SCOPE-02 (一): ¶1 "本通知印发前，已取得施工许可证的项目，已投保与安全生产相关的其他险种的，应当增加或将
 * 其调整为安责险"; ¶2 "自实施之日起，本市行政区域内所有未购买安责险的新建和在建项目均须按照本通知执行，已购买
 * 安责险的在建项目应满足本通知中关于事故预防技术服务和理赔的相关要求". Read with ¶2 (wider than the rules
 * catalogue's first text): every project permitted before the notice must hold 安责险 — one holding another
 * safety insurance adds or converts it, one holding none insures; one already holding 安责险 passes, and the
 * notice's prevention-service and claims rules apply to it as to any other.
 */
function xinzhouConversion(
  p: Profile,
  f: z.output<typeof ProjectFactsSchema>,
  asOf: CalendarDate,
): Criterion {
  const r = rule(p, 'XZ-SCOPE-02');
  const out = xinzhouOut(f);
  if (out !== null) return criterion(r, 'pass', out[0], [out[1]]);
  if (f.permittedBeforeNotice === false)
    return criterion(
      r,
      'pass',
      bi(
        'permitted after the notice: a new project, insured before the permit (XZ-SCOPE-01)',
        '通知印发后取得施工许可证：新建项目，按办理施工许可证前投保（XZ-SCOPE-01）',
      ),
      ['permittedBeforeNotice'],
    );
  const services = r.params['alreadyInsuredMeet'];
  const ids =
    services?.type === 'list'
      ? services.value.map((i) => i.name.en).join('; ')
      : 'XZ-FIRMOPS-01…04';
  const idsZh =
    services?.type === 'list'
      ? services.value.map((i) => i.name.zh).join('；')
      : 'XZ-FIRMOPS-01…04';
  // Having added or converted to 安责险 is holding it (since when, insuredOn or policies tell).
  const g =
    f.addedOrConvertedToAnzexian === true && f.insured === undefined ? { ...f, insured: true } : f;
  const pass = (used: readonly string[]) =>
    criterion(
      r,
      'pass',
      bi(
        `holds 安责险: the notice's prevention-service and claims requirements apply (${ids})`,
        `已购买安责险：应满足本通知事故预防技术服务和理赔要求（${idsZh}）`,
      ),
      used,
    );
  const h = heldOn(g, asOf);
  if (f.permittedBeforeNotice === true) {
    const who = bi(
      'an in-progress project permitted before the notice',
      '通知印发前已取得许可的在建项目',
    );
    const context = [
      'permittedBeforeNotice',
      ...(f.addedOrConvertedToAnzexian === undefined ? [] : ['addedOrConvertedToAnzexian']),
    ];
    if (
      h.status !== 'yes' &&
      f.otherSafetyInsurance === true &&
      f.addedOrConvertedToAnzexian === false
    )
      return criterion(
        r,
        'fail',
        bi(
          `permitted before the notice, holds another safety insurance, and has neither added 安责险 nor converted to it (on ${asOf})`,
          `通知印发前已取得许可，投保了其他安全相关险种，${asOf}仍未增加或调整为安责险`,
        ),
        [...context, 'otherSafetyInsurance', ...h.used],
      );
    const late = heldSinceNotice(
      r,
      g,
      asOf,
      p,
      context,
      who,
      bi(
        `permitted before the notice and not insured with 安责险 on ${asOf}: every in-progress project without 安责险 must follow the notice and insure (一, ¶2)`,
        `通知印发前已取得许可，${asOf}未购买安责险：所有未购买安责险的在建项目均须按本通知执行（一、第二段）`,
      ),
    );
    if (
      late !== null &&
      late.status === 'unknown' &&
      f.otherSafetyInsurance === true &&
      f.addedOrConvertedToAnzexian === undefined
    )
      return criterion(r, 'unknown', late.reason, late.factsUsed, [
        ...late.factsMissing,
        'addedOrConvertedToAnzexian',
      ]);
    if (late !== null) return late;
    return criterion(
      r,
      'pass',
      bi(
        `${who.en} holds 安责险 from ${String(h.since)}, no later than the notice: the notice's prevention-service and claims requirements apply to it (${ids})`,
        `${who.zh}自${String(h.since)}起持有安责险，不晚于通知：应满足本通知事故预防技术服务和理赔要求（${idsZh}）`,
      ),
      [...context, ...h.used],
    );
  }
  // Permitted before or after the notice is not shown. Cover held since a day no later than the
  // notice's first possible day passes either way.
  if (h.status === 'yes' && h.since !== undefined && compareValid(h.since, p.validFrom) <= 0)
    return pass(h.used);
  const notHeld =
    h.status === 'no' ||
    (f.otherSafetyInsurance === true && f.addedOrConvertedToAnzexian === false);
  return criterion(
    r,
    'unknown',
    notHeld
      ? bi(
          'not holding 安责险: not shown whether permitted before the notice (XZ-SCOPE-02) or after (XZ-SCOPE-01)',
          '未购买安责险：未说明于通知印发前（XZ-SCOPE-02）还是印发后（XZ-SCOPE-01）取得施工许可证',
        )
      : h.status === 'yes'
        ? bi(
            'holds 安责险, but not shown whether permitted before the notice (then it must hold it from the notice day on)',
            '已购买安责险，但未说明是否于通知印发前取得施工许可证（若是，应自通知施行之日起持有）',
          )
        : bi(
            'not shown whether the project was permitted before the notice, nor whether it holds 安责险 now',
            '未说明是否于通知印发前取得施工许可证，也未说明现在是否已购买安责险',
          ),
    [
      ...h.used,
      ...(['otherSafetyInsurance', 'addedOrConvertedToAnzexian'] as const).filter(
        (k) => f[k] !== undefined,
      ),
    ],
    ['permittedBeforeNotice', ...(h.status === 'unknown' ? ['insured'] : [])],
  );
}

function projectCriteria(
  p: Profile,
  f: z.output<typeof ProjectFactsSchema>,
  asOf: CalendarDate,
): Criterion[] {
  checkPolicyTermFacts(f, ['facts']);
  // AH-COST-02 "开工前一次性足额支付" asks nothing before work starts, nor of a project started before the notice.
  const start = f.startDate;
  const notBeforeStart =
    p.id !== 'anhui' || start === undefined
      ? null
      : compareValid(start, asOf) > 0
        ? bi(
            `payment before the start not yet due: work starts ${start}`,
            `开工前支付尚未到期：${start}开工`,
          )
        : compareValid(start, p.validFrom) < 0
          ? bi(
              `started ${start}, before the notice: payment before the start cannot apply`,
              `${start}开工，早于通知施行：不适用开工前支付`,
            )
          : null;
  const shared = [
    ...familyCriteria(p, 'all-workers-covered', asOf, f),
    // Anhui's own AH-TERM-02 covers surrender (below); elsewhere the national rule does where it is silent.
    ...(p.id === 'anhui' ? [] : nationalRenewal(p, asOf, f)),
    ...familyCriteria(p, 'premium-paid-by-unit', asOf, f, notBeforeStart),
    ...perPersonLimitCriteria(p, asOf, f.perPersonLimit, ['facts', 'perPersonLimit']),
  ];
  if (p.id === 'anhui') {
    return [
      anhuiScope(p, f, asOf),
      f.needsConstructionPermit === false || f.kind === 'other'
        ? criterion(
            rule(p, 'AH-TERM-01'),
            'pass',
            bi(
              'outside the mandatory scope (AH-SCOPE-01): no policy term is asked',
              '不在强制投保范围内（AH-SCOPE-01）：不要求保险期限',
            ),
            [f.kind === 'other' ? 'kind' : 'needsConstructionPermit'],
          )
        : policyTermCriterion(rule(p, 'AH-TERM-01'), p.validFrom, f, asOf),
      ...shared,
      renewal(rule(p, 'AH-TERM-02'), f),
      conditions(rule(p, 'AH-CLAIM-02'), f, [
        [
          'insurerPaidInsuredBeforeVictims',
          false,
          bi(
            'no payment to the insured for damage it has not compensated',
            '未向尚未赔偿受害者的被保险人支付保险金',
          ),
        ],
      ]),
    ];
  }
  if (p.id === 'xinzhou') {
    const scope01 = rule(p, 'XZ-SCOPE-01');
    const out = xinzhouOut(f);
    return [
      out !== null
        ? criterion(scope01, 'pass', out[0], [out[1]])
        : f.permittedBeforeNotice === true
          ? criterion(
              scope01,
              'pass',
              bi(
                'permitted before the notice: insurance before the permit cannot apply; XZ-SCOPE-02 governs',
                '通知印发前已取得施工许可证：不适用许可前投保，按XZ-SCOPE-02办理',
              ),
              ['permittedBeforeNotice'],
            )
          : insuredBy(
              scope01,
              f,
              asOf,
              'permitApplicationDate',
              bi('before the construction permit is applied for', '办理施工许可证前'),
            ),
      xinzhouConversion(p, f, asOf),
      conditions(rule(p, 'XZ-PARTY-02'), f, [
        [
          'reportedToHousingAuthority',
          true,
          bi(
            'the contract reported to the local housing authority',
            '已报告所在地住房城乡建设主管部门',
          ),
        ],
      ]),
      ...shared,
    ];
  }
  if (p.id === 'jingzhou') {
    const r = rule(p, 'JZ-SCOPE-01');
    const from = r.params['startedOnOrAfter'];
    const newFrom = from?.type === 'date' ? from.value : r.effectiveFrom;
    const early = beforeTrigger(r, f, asOf, 'startDate', false);
    const scope =
      early !== null
        ? early
        : newFrom !== undefined && compareValid(f.startDate as CalendarDate, newFrom) < 0
          ? criterion(
              r,
              'pass',
              bi(
                `started ${String(f.startDate)}, before ${newFrom}: not a newly started project`,
                `${String(f.startDate)}开工，早于${newFrom}：非新开工项目`,
              ),
              ['startDate'],
            )
          : jingzhouHeld(r, f, asOf, String(newFrom));
    return [scope, ...shared, conditions(rule(p, 'JZ-INS-01'), f, [NO_FORCED_INSURANCE])];
  }
  fail(
    ['jurisdiction'],
    'invalid_option',
    {
      detail: bi(
        `${p.id} sets obligations by sector: use checkEnterprise`,
        `${p.id}按行业规定义务：请使用 checkEnterprise`,
      ),
    },
    "'anhui' | 'xinzhou' | 'jingzhou'",
  );
}

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
  return Object.freeze({
    ...verdict(projectCriteria(profile, q.facts, asOf)),
    jurisdiction: profile.id,
    asOf,
    subject: q.facts.name ?? null,
    warnings,
  });
}

function scopeCriterion(
  p: Profile,
  r: Rule,
  f: z.output<typeof EnterpriseFactsSchema>,
  asOf: CalendarDate,
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
  const counts = p.id === 'zhoushan' && f.equivalentLiabilityInsurance === true;
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
  if (f.insured === false && (p.id !== 'zhoushan' || f.equivalentLiabilityInsurance === false)) {
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

/**
 * ZS-SCOPE-02 (三): "已按有关法律法规要求，实施与安全生产责任保险属性相同的责任保险的，从其规定". A unit is
 * covered by 安责险 itself or by a statutory liability insurance of the same nature; neither fails.
 */
function equivalence(
  r: Rule,
  f: z.output<typeof EnterpriseFactsSchema>,
  scope: Criterion,
): Criterion {
  // Outside the mandatory scope (an encouraged sector, or an activity 三 does not list) nothing has to be held.
  if (scope.status === 'pass' && !scope.factsUsed.includes('insured'))
    return criterion(
      r,
      'pass',
      bi('outside the mandatory scope: no insurance is required', '不属强制投保范围：无须投保'),
      scope.factsUsed,
    );
  if (f.insured === true)
    return criterion(r, 'pass', bi('insured with 安责险 itself', '已投保安责险'), ['insured']);
  if (f.equivalentLiabilityInsurance === true)
    return criterion(
      r,
      'pass',
      bi(
        'an equivalent statutory liability insurance counts as 安责险',
        '同属性法定责任保险视同安责险',
      ),
      ['equivalentLiabilityInsurance'],
    );
  if (
    f.insured === false &&
    f.equivalentLiabilityInsurance === false &&
    scope.factsMissing.includes('activity')
  )
    return criterion(
      r,
      'unknown',
      bi(
        'neither 安责险 nor an equivalent insurance, but not shown whether the unit’s activity is in scope',
        '既未投保安责险，也无同属性法定责任保险，但未说明该单位的活动是否属于范围',
      ),
      ['insured', 'equivalentLiabilityInsurance'],
      ['activity'],
    );
  if (f.insured === false && f.equivalentLiabilityInsurance === false)
    return criterion(
      r,
      'fail',
      bi(
        'neither 安责险 nor an equivalent statutory liability insurance',
        '既未投保安责险，也无同属性法定责任保险',
      ),
      ['insured', 'equivalentLiabilityInsurance'],
    );
  return criterion(
    r,
    'unknown',
    bi(
      'not shown whether 安责险 or an equivalent statutory liability insurance is held',
      '未说明是否投保安责险或同属性法定责任保险',
    ),
    [],
    [
      ...(f.insured === undefined ? ['insured'] : []),
      ...(f.equivalentLiabilityInsurance === undefined ? ['equivalentLiabilityInsurance'] : []),
    ],
  );
}

/** AN-ENF-01 (三(四)): the consequence each violation carries. */
function enforcement(
  r: Rule,
  f: z.output<typeof EnterpriseFactsSchema>,
  inScope: Criterion,
): { criterion: Criterion; consequences: EnterpriseVerdict['consequences'] } {
  const list = r.params['consequences'];
  const named = new Map(list?.type === 'list' ? list.value.map((i) => [i.code, i.name]) : []);
  const found: string[] = [];
  // "未按规定投保或续保": not insured, or surrendered / renewed late while still operating.
  // "未按规定" read with NAT25-COVER-02 (第十六条): a surrender while closed by law or fully stopped is
  // lawful, so closure not shown is unknown, not a penalty (before 2025-03-29 this is a reading).
  const notRenewed = f.surrenderedOrRenewedLate === true && f.closedByLawOrFullyStopped === false;
  const closureUnknown =
    f.surrenderedOrRenewedLate === true && f.closedByLawOrFullyStopped === undefined;
  if (inScope.status === 'fail' || notRenewed) found.push('not-insured');
  if (f.premiumPassedToWorkers === true) found.push('premium-passed-on');
  if (f.compensationUnpaid === true) found.push('compensation-unpaid');
  // The blacklist follows a refused rectification, and a rectification is ordered only for those two.
  if (
    f.refusedRectification === true &&
    (f.premiumPassedToWorkers === true || f.compensationUnpaid === true)
  )
    found.push('refuses-rectification');
  const consequences = found.map((code) =>
    Object.freeze({ code, name: named.get(code) ?? bi(code, code) }),
  );
  const used = [
    'insured',
    'surrenderedOrRenewedLate',
    ...(f.surrenderedOrRenewedLate === true ? ['closedByLawOrFullyStopped'] : []),
    'premiumPassedToWorkers',
    'compensationUnpaid',
    'refusedRectification',
  ];
  if (consequences.length > 0) {
    return {
      consequences,
      criterion: criterion(
        r,
        'fail',
        bi(
          consequences.map((c) => c.name.en).join('; '),
          consequences.map((c) => c.name.zh).join('；'),
        ),
        used,
      ),
    };
  }
  const missing = [
    ...(inScope.status === 'unknown' ? ['insured'] : []),
    ...(closureUnknown ? ['closedByLawOrFullyStopped'] : []),
    ...(['premiumPassedToWorkers', 'compensationUnpaid'] as const).filter(
      (k) => f[k] === undefined,
    ),
  ];
  return {
    consequences: [],
    criterion:
      missing.length > 0
        ? criterion(
            r,
            'unknown',
            bi(
              'not shown whether a violation carries a consequence',
              '未能确定是否存在应予处罚或整改的情形',
            ),
            used,
            missing,
          )
        : criterion(
            r,
            'pass',
            bi(
              'no violation that carries a penalty, a rectification order or the blacklist',
              '无应予处罚、责令整改或纳入黑名单的情形',
            ),
            used,
          ),
  };
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
  const shared = [
    ...familyCriteria(p, 'all-workers-covered', asOf, f),
    ...nationalRenewal(p, asOf, f),
    ...familyCriteria(p, 'premium-paid-by-unit', asOf, f),
    ...perPersonLimitCriteria(p, asOf, f.perPersonLimit, ['facts', 'perPersonLimit']),
  ];
  let criteria: Criterion[];
  let consequences: EnterpriseVerdict['consequences'] = [];
  if (p.id === 'anhua') {
    const scope = scopeCriterion(p, rule(p, 'AN-SCOPE-01'), f, asOf);
    const enf = enforcement(rule(p, 'AN-ENF-01'), f, scope);
    consequences = enf.consequences;
    criteria = [scope, ...shared, enf.criterion];
  } else if (p.id === 'zhoushan') {
    const scope = scopeCriterion(p, rule(p, 'ZS-SCOPE-01'), f, asOf);
    criteria = [scope, equivalence(rule(p, 'ZS-SCOPE-02'), f, scope), ...shared];
  } else if (p.id === 'jingzhou') {
    const r = rule(p, 'JZ-SCOPE-02');
    const by = r.params['fullCoverageBy'];
    // 一 "全市建筑施工企业分年度、按计划稳步推行，到2022年底实现全覆盖": before the end of 2022 no single
    // enterprise is individually due — progress is measured by the yearly targets (JZ-TGT-01) — and on
    // the year-end day itself ("到…底", as coverageStatus counts the target missed on its deadline day)
    // every qualified construction enterprise must be insured (四(二) "必须购买安责险").
    const phasing = by?.type === 'date' && compareValid(asOf, by.value) < 0;
    const scope =
      f.qualifiedConstructionEnterprise === false
        ? criterion(
            r,
            'pass',
            bi('not a qualified construction enterprise', '非资质建筑施工企业'),
            ['qualifiedConstructionEnterprise'],
          )
        : f.insured === true
          ? criterion(r, 'pass', bi('insured', '已投保'), [
              'insured',
              ...(f.qualifiedConstructionEnterprise === undefined
                ? []
                : ['qualifiedConstructionEnterprise']),
            ])
          : phasing
            ? criterion(
                r,
                'pass',
                bi(
                  `not individually due before ${by.value}: enterprises are phased in by year and counted toward the yearly targets (JZ-TGT-01); due on ${by.value}`,
                  `${by.value}前分年度推行，单个企业尚未到期，计入年度目标（JZ-TGT-01）考核；${by.value}到期`,
                ),
                [
                  ...(f.qualifiedConstructionEnterprise === undefined
                    ? []
                    : ['qualifiedConstructionEnterprise']),
                  ...(f.insured === undefined ? [] : ['insured']),
                ],
              )
            : f.qualifiedConstructionEnterprise === undefined && f.insured === false
              ? criterion(
                  r,
                  'unknown',
                  bi(
                    'not insured; not shown whether a qualified construction enterprise (四(二): those must be insured)',
                    '未投保；未说明是否为资质建筑施工企业（四(二)：此类企业必须购买安责险）',
                  ),
                  ['insured'],
                  ['qualifiedConstructionEnterprise'],
                )
              : conditions(r, f, [
                  [
                    'qualifiedConstructionEnterprise',
                    true,
                    bi('a qualified construction enterprise', '资质建筑施工企业'),
                  ],
                  ['insured', true, bi('insured', '已投保')],
                ]);
    criteria = [scope, ...shared, conditions(rule(p, 'JZ-INS-01'), f, [NO_FORCED_INSURANCE])];
  } else {
    fail(
      ['jurisdiction'],
      'invalid_option',
      {
        detail: bi(
          `${p.id} sets obligations per project: use checkProject`,
          `${p.id}按项目规定义务：请使用 checkProject`,
        ),
      },
      "'anhua' | 'zhoushan' | 'jingzhou'",
    );
  }
  return Object.freeze({
    ...verdict(criteria),
    jurisdiction: p.id,
    asOf,
    subject: f.name ?? null,
    warnings,
    consequences: Object.freeze(consequences),
  });
}
