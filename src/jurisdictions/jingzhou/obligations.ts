import { bi } from '../../errors/errors.js';
import { conditions, criterion, rule } from '../../eligibility/criteria.js';
import {
  beforeTrigger,
  heldOn,
  NO_FORCED_INSURANCE,
  notHeldText,
  sharedProjectCriteria,
  type EnterpriseFacts,
  type ProjectFacts,
} from '../../eligibility/obligations.js';
import type { Rule, Profile } from '../../profiles/schema.js';
import { compareValid, type CalendarDate } from '../../time/calendar-date.js';
import type { Criterion } from '../../verdict/verdict.js';
import type { EnterpriseObligations } from '../local-rules.js';

/** JZ-SCOPE-01 once a newly started project has started: 安责险 held on `asOf` ({@link heldOn}). */
function jingzhouHeld(r: Rule, f: ProjectFacts, asOf: CalendarDate, newFrom: string): Criterion {
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

/**
 * A project's obligations under the Jingzhou plan: JZ-SCOPE-01 (newly started projects from
 * `startedOnOrAfter`, insured once started), the shared criteria and JZ-INS-01 (no forced extra insurance).
 */
export function jingzhouProjectObligations(
  p: Profile,
  f: ProjectFacts,
  asOf: CalendarDate,
): Criterion[] {
  const shared = sharedProjectCriteria(p, f, asOf);
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

/**
 * An enterprise's obligations under the Jingzhou plan: JZ-SCOPE-02 (qualified construction enterprises,
 * phased in until `fullCoverageBy`), the shared criteria and JZ-INS-01.
 */
export function jingzhouEnterpriseObligations(
  p: Profile,
  f: EnterpriseFacts,
  asOf: CalendarDate,
  shared: readonly Criterion[],
): EnterpriseObligations {
  const r = rule(p, 'JZ-SCOPE-02');
  const by = r.params['fullCoverageBy'];
  // 一 "全市建筑施工企业分年度、按计划稳步推行，到2022年底实现全覆盖": before the end of 2022 no single
  // enterprise is individually due — progress is measured by the yearly targets (JZ-TGT-01) — and on
  // the year-end day itself ("到…底", as coverageStatus counts the target missed on its deadline day)
  // every qualified construction enterprise must be insured (四(二) "必须购买安责险").
  const phasing = by?.type === 'date' && compareValid(asOf, by.value) < 0;
  const scope =
    f.qualifiedConstructionEnterprise === false
      ? criterion(r, 'pass', bi('not a qualified construction enterprise', '非资质建筑施工企业'), [
          'qualifiedConstructionEnterprise',
        ])
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
  const criteria = [scope, ...shared, conditions(rule(p, 'JZ-INS-01'), f, [NO_FORCED_INSURANCE])];
  return { criteria };
}
