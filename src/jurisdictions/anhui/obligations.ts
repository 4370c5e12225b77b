import { bi } from '../../errors/errors.js';
import { conditions, criterion, rule } from '../../eligibility/criteria.js';
import {
  heldOn,
  heldSinceNotice,
  insuredBy,
  renewal,
  sharedProjectCriteria,
  type ProjectFacts,
} from '../../eligibility/obligations.js';
import { policyTermCriterion } from '../../eligibility/policy-term.js';
import { codeOf } from '../../profiles/codes.js';
import { param } from '../../profiles/params.js';
import type { Profile } from '../../profiles/schema.js';
import { compareValid, type CalendarDate } from '../../time/calendar-date.js';
import type { Criterion } from '../../verdict/verdict.js';

const BEFORE_START = bi('before work starts', '开工前');

/**
 * AH-SCOPE-01 (一(一)): "全省行政区域内依法需要申请施工许可证的房屋市政工程，在开工前依法投保安责险，实现
 * 应保尽保". A project started before the notice took effect cannot have insured "before the start"; 一(五)
 * "已开工的工程项目，可按照剩余工程量与保险机构签订安责险保险合同" sets the premium base for such a project
 * (AH-COST-03) — it is not an exemption: 应保尽保 asks it to hold 安责险 from the day the notice took effect.
 */
function anhuiScope(p: Profile, f: ProjectFacts, asOf: CalendarDate): Criterion {
  const scope = rule(p, 'AH-SCOPE-01');
  // due at the start of work: the only code computed (src/profiles/codes.ts)
  codeOf(scope, 'insureBy');
  const permitRequired = param(scope, 'needsConstructionPermit', 'boolean').value;
  if (permitRequired && f.needsConstructionPermit === false)
    return criterion(
      scope,
      'pass',
      bi(
        'needs no construction permit: outside the mandatory scope',
        '无需施工许可证：不在强制范围内',
      ),
      ['needsConstructionPermit'],
    );
  if (permitRequired && f.needsConstructionPermit === undefined)
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

/**
 * A project's obligations under the Anhui notice: AH-SCOPE-01 (before work starts), AH-TERM-01 (the
 * policies cover the construction to the completion filing), the shared criteria with AH-COST-02's
 * payment before the start, AH-TERM-02 (no surrender or late renewal) and AH-CLAIM-02 (victims first).
 */
export function anhuiProjectObligations(
  p: Profile,
  f: ProjectFacts,
  asOf: CalendarDate,
): Criterion[] {
  // AH-COST-02 "开工前一次性足额支付" asks nothing before work starts, nor of a project started before the notice.
  const start = f.startDate;
  const notBeforeStart =
    start === undefined
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
  // Anhui's own AH-TERM-02 covers surrender (below), so NAT25-COVER-02's second sentence does not fill in.
  const shared = sharedProjectCriteria(p, f, asOf, {
    paymentNotDue: notBeforeStart,
    ownRenewalRule: true,
  });
  const permitRequired = param(rule(p, 'AH-SCOPE-01'), 'needsConstructionPermit', 'boolean').value;
  const term = rule(p, 'AH-TERM-01');
  // to the completion-acceptance filing: the only end computed (src/profiles/codes.ts)
  codeOf(term, 'defaultEnd');
  return [
    anhuiScope(p, f, asOf),
    (permitRequired && f.needsConstructionPermit === false) || f.kind === 'other'
      ? criterion(
          term,
          'pass',
          bi(
            'outside the mandatory scope (AH-SCOPE-01): no policy term is asked',
            '不在强制投保范围内（AH-SCOPE-01）：不要求保险期限',
          ),
          [f.kind === 'other' ? 'kind' : 'needsConstructionPermit'],
        )
      : policyTermCriterion(term, p.validFrom, f, asOf),
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
