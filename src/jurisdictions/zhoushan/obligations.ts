import { bi } from '../../errors/errors.js';
import { criterion, rule } from '../../eligibility/criteria.js';
import { scopeCriterion, type EnterpriseFacts } from '../../eligibility/obligations.js';
import type { Profile, Rule } from '../../profiles/schema.js';
import type { CalendarDate } from '../../time/calendar-date.js';
import type { Criterion } from '../../verdict/verdict.js';
import type { EnterpriseObligations } from '../local-rules.js';
import { zhoushanEquivalentCounts } from './scope.js';

/**
 * ZS-SCOPE-02 (三): "已按有关法律法规要求，实施与安全生产责任保险属性相同的责任保险的，从其规定". A unit is
 * covered by 安责险 itself or by a statutory liability insurance of the same nature; neither fails.
 */
function equivalence(r: Rule, f: EnterpriseFacts, scope: Criterion, counts: boolean): Criterion {
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
  // A version of the law in which an equivalent insurance does not count (`equivalentInsuranceCounts`
  // false): only 安责险 itself covers the unit.
  if (!counts)
    return f.insured === false
      ? criterion(
          r,
          'fail',
          bi(
            'not insured with 安责险; an equivalent insurance does not count under this version',
            '未投保安责险；本版本中同属性保险不视同投保',
          ),
          ['insured'],
        )
      : criterion(r, 'unknown', bi('not shown whether insured', '未说明是否投保'), [], ['insured']);
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

/** An enterprise's obligations under the Zhoushan measures: ZS-SCOPE-01 with ZS-SCOPE-02, and the shared criteria. */
export function zhoushanEnterpriseObligations(
  p: Profile,
  f: EnterpriseFacts,
  asOf: CalendarDate,
  shared: readonly Criterion[],
): EnterpriseObligations {
  const scope = scopeCriterion(p, rule(p, 'ZS-SCOPE-01'), f, asOf, zhoushanEquivalentCounts(p));
  const criteria = [
    scope,
    equivalence(rule(p, 'ZS-SCOPE-02'), f, scope, zhoushanEquivalentCounts(p)),
    ...shared,
  ];
  return { criteria };
}
