import { bi } from '../errors/errors.js';
import type { IssuePath } from '../errors/errors.js';
import { cnyFromDecimal } from '../money/cny.js';
import { Dec } from '../money/decimal.js';
import { formatCny } from '../money/format.js';
import { readAmount } from '../money/parse-cny.js';
import { governingRule } from '../profiles/national.js';
import type { Profile } from '../profiles/schema.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { criterion, type Criterion } from './verdict.js';

const MAX = new Dec('1e15');

/**
 * The per-person death/disability limit against the minimum in force (AH-LIMIT-02, else NAT17-LIMIT-01
 * or NAT25-LIMIT-01 by date; a local minimum never undercuts the national one). "不得低于": the minimum
 * itself passes. No criterion when no rule in force sets a minimum.
 */
export function perPersonLimitCriteria(
  profile: Profile,
  asOf: CalendarDate,
  limit: unknown,
  path: IssuePath,
): Criterion[] {
  const rule = governingRule(profile, 'per-person-limit', asOf);
  const m = rule?.params['minimum'];
  if (rule === null || m?.type !== 'money') return [];
  const name = String(path[path.length - 1] ?? 'perPersonLimit');
  if (limit === undefined)
    return [
      criterion(
        rule,
        'unknown',
        bi('the per-person limit is not given', '未提供每人责任限额'),
        [],
        [name],
      ),
    ];
  const offered = readAmount(limit, path, false, MAX);
  const shown = formatCny(cnyFromDecimal(offered));
  return [
    offered.lessThan(m.value.amount)
      ? criterion(
          rule,
          'fail',
          bi(
            `${shown} per person is below the minimum ${formatCny(m.value)}`,
            `每人限额${shown}低于最低标准${formatCny(m.value)}`,
          ),
          [name],
        )
      : criterion(
          rule,
          'pass',
          bi(
            `${shown} per person meets the minimum ${formatCny(m.value)}`,
            `每人限额${shown}不低于最低标准${formatCny(m.value)}`,
          ),
          [name],
        ),
  ];
}
