import * as z from 'zod/mini';
import { bi, fail, ValidationError } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { parseWith } from '../errors/zod.js';
import { CnySchema } from '../money/cny.js';
import { resolveFamily } from '../profiles/national.js';
import { profileFor } from '../profiles/profile-for.js';
import { sectorTest, unknownSectorIssue } from '../profiles/sectors.js';
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
      list.push([
        'ownerPaidInFullBeforeStart',
        true,
        bi('the owner paid it in full before work started', '建设单位开工前足额支付'),
      ]);
      list.push(['paidInOnePayment', true, bi('in one payment', '一次性支付')]);
    }
  }
  const main = conditions(r, facts, list);
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

/** "…前投保": insured no later than the day of `deadline`. */
function insuredBy(
  r: Rule,
  f: z.output<typeof ProjectFactsSchema>,
  deadlineFact: 'startDate' | 'permitApplicationDate',
  what: Bilingual,
): Criterion {
  const deadline = f[deadlineFact];
  if (f.insuredOn === undefined || deadline === undefined) {
    if (f.insured === false)
      return criterion(
        r,
        'fail',
        bi(`not insured (must be insured ${what.en})`, `未投保（应在${what.zh}投保）`),
        ['insured'],
      );
    return criterion(
      r,
      'unknown',
      bi(
        `not shown when the policy took effect and ${what.en}`,
        `未说明保单生效日或${what.zh}的日期`,
      ),
      [],
      [
        ...(f.insuredOn === undefined ? ['insuredOn'] : []),
        ...(deadline === undefined ? [deadlineFact] : []),
      ],
    );
  }
  // Read "前" as "no later than that day": a policy effective on the start (or application) day covers it.
  return compareValid(f.insuredOn, deadline) <= 0
    ? criterion(
        r,
        'pass',
        bi(
          `insured on ${f.insuredOn}, ${what.en} (${deadline})`,
          `${f.insuredOn}投保，在${what.zh}（${deadline}）`,
        ),
        ['insuredOn', deadlineFact],
      )
    : criterion(
        r,
        'fail',
        bi(
          `insured on ${f.insuredOn}, after ${deadline}: must be insured ${what.en}`,
          `${f.insuredOn}投保，晚于${deadline}：应在${what.zh}投保`,
        ),
        ['insuredOn', deadlineFact],
      );
}

function projectCriteria(
  p: Profile,
  f: z.output<typeof ProjectFactsSchema>,
  asOf: CalendarDate,
): Criterion[] {
  const shared = [
    ...familyCriteria(p, 'all-workers-covered', asOf, f),
    // Anhui's own AH-TERM-02 covers surrender (below); elsewhere the national rule does where it is silent.
    ...(p.id === 'anhui' ? [] : nationalRenewal(p, asOf, f)),
    ...familyCriteria(p, 'premium-paid-by-unit', asOf, f),
    ...perPersonLimitCriteria(p, asOf, f.perPersonLimit, ['facts', 'perPersonLimit']),
  ];
  if (p.id === 'anhui') {
    const scope = rule(p, 'AH-SCOPE-01');
    const scopeCriterion =
      f.needsConstructionPermit === false
        ? criterion(
            scope,
            'pass',
            bi(
              'needs no construction permit: outside the mandatory scope',
              '无需施工许可证：不在强制范围内',
            ),
            ['needsConstructionPermit'],
          )
        : f.needsConstructionPermit === undefined
          ? criterion(
              scope,
              'unknown',
              bi(
                'not shown whether the project needs a construction permit',
                '未说明是否需要施工许可证',
              ),
              [],
              ['needsConstructionPermit'],
            )
          : f.kind === 'other'
            ? criterion(
                scope,
                'pass',
                bi(
                  'not a housing or municipal work: outside the scope',
                  '非房屋市政工程：不在适用范围内',
                ),
                ['kind'],
              )
            : f.startDate !== undefined && compareValid(f.startDate, p.validFrom) < 0
              ? // 一(五): "已开工的工程项目可按照剩余工程量…签订" — a project started before the notice may be
                // insured on its remaining work (AH-COST-03) whenever it insures: "before start" cannot apply.
                criterion(
                  scope,
                  'pass',
                  bi(
                    `started ${f.startDate}, before the notice took effect (${p.validFrom}): it may insure the remaining work (AH-COST-03)`,
                    `${f.startDate}开工，早于通知施行（${p.validFrom}）：可按剩余工程量投保（AH-COST-03）`,
                  ),
                  ['startDate'],
                )
              : insuredBy(scope, f, 'startDate', bi('before work starts', '开工前'));
    return [
      scopeCriterion,
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
    const scope02 = rule(p, 'XZ-SCOPE-02');
    const conversion =
      f.permittedBeforeNotice === false || f.otherSafetyInsurance === false
        ? criterion(
            scope02,
            'pass',
            bi(
              'not a project permitted before the notice with another safety insurance',
              '非通知印发前已取得许可且投保其他险种的项目',
            ),
            ['permittedBeforeNotice', 'otherSafetyInsurance'],
          )
        : conditions(scope02, f, [
            [
              'permittedBeforeNotice',
              true,
              bi('permitted before the notice', '通知印发前已取得施工许可证'),
            ],
            [
              'otherSafetyInsurance',
              true,
              bi('holds another safety-related insurance', '已投保其他安全相关险种'),
            ],
            [
              'addedOrConvertedToAnzexian',
              true,
              bi('has added 安责险 or converted to it', '已增加或调整为安责险'),
            ],
          ]);
    const scope01 = rule(p, 'XZ-SCOPE-01');
    return [
      f.permittedBeforeNotice === true
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
            'permitApplicationDate',
            bi('before the construction permit is applied for', '办理施工许可证前'),
          ),
      conversion,
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
    const start = from?.type === 'date' ? from.value : r.effectiveFrom;
    const scope =
      f.startDate === undefined
        ? criterion(
            r,
            'unknown',
            bi('the start date is not given', '未提供开工日期'),
            [],
            ['startDate'],
          )
        : compareValid(f.startDate, asOf) > 0
          ? criterion(
              r,
              'pass',
              bi(
                `starts ${f.startDate}, after ${asOf}: nothing is due yet`,
                `${f.startDate}开工，晚于${asOf}：尚无投保义务`,
              ),
              ['startDate'],
            )
          : start !== undefined && compareValid(f.startDate, start) < 0
            ? criterion(
                r,
                'pass',
                bi(
                  `started ${f.startDate}, before ${start}: not a newly started project`,
                  `${f.startDate}开工，早于${start}：非新开工项目`,
                ),
                ['startDate'],
              )
            : conditions(r, f, [
                [
                  'insured',
                  true,
                  bi(
                    `newly started (from ${String(start)}) and insured`,
                    `新开工项目（${String(start)}起）已投保`,
                  ),
                ],
              ]);
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
 * A project's obligations, criterion by criterion: insured before work starts (AH-SCOPE-01) or before
 * the permit is applied for (XZ-SCOPE-01), conversion of older insurance (XZ-SCOPE-02), newly started
 * projects from 2020-08-01 (JZ-SCOPE-01), all workers covered with one amount (AH-COVER-02, JZ-COVER-01,
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
function equivalence(r: Rule, f: z.output<typeof EnterpriseFactsSchema>): Criterion {
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
 * construction enterprises), all workers covered (JZ-COVER-01, AN-COVER-01, else national), premium not
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
    criteria = [
      scopeCriterion(p, rule(p, 'ZS-SCOPE-01'), f, asOf),
      equivalence(rule(p, 'ZS-SCOPE-02'), f),
      ...shared,
    ];
  } else if (p.id === 'jingzhou') {
    const r = rule(p, 'JZ-SCOPE-02');
    const by = r.params['fullCoverageBy'];
    const phasing = by?.type === 'date' && compareValid(asOf, by.value) <= 0;
    const scope =
      phasing && f.qualifiedConstructionEnterprise !== false && f.insured !== true
        ? // Until the end of 2022 enterprises were phased in by yearly targets (JZ-TGT-01): whether this
          // one was due yet is not a fact the source gives.
          criterion(
            r,
            'unknown',
            bi(
              `phased in until ${by.value}: progress is measured by the yearly targets (JZ-TGT-01)`,
              `${by.value}前分年度推行：以年度目标（JZ-TGT-01）考核`,
            ),
            ['insured'],
            ['phase-in plan'],
          )
        : f.qualifiedConstructionEnterprise === false
          ? criterion(
              r,
              'pass',
              bi('not a qualified construction enterprise', '非资质建筑施工企业'),
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
