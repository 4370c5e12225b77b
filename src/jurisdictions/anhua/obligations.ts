import { bi } from '../../errors/errors.js';
import { criterion, rule } from '../../eligibility/criteria.js';
import { scopeCriterion, type EnterpriseFacts } from '../../eligibility/obligations.js';
import type { Profile, Rule } from '../../profiles/schema.js';
import type { CalendarDate } from '../../time/calendar-date.js';
import type { Criterion } from '../../verdict/verdict.js';
import type { EnterpriseObligations } from '../local-rules.js';

/** AN-ENF-01 (三(四)): the consequence each violation carries. */
function enforcement(
  r: Rule,
  f: EnterpriseFacts,
  inScope: Criterion,
): { criterion: Criterion; consequences: NonNullable<EnterpriseObligations['consequences']> } {
  const list = r.params['consequences'];
  const named = new Map(list?.type === 'list' ? list.value.map((i) => [i.code, i.name]) : []);
  const found = conductFound(f, inScope);
  const closureUnknown =
    f.surrenderedOrRenewedLate === true && f.closedByLawOrFullyStopped === undefined;
  // only the conduct the version lists has a consequence (AN-ENF-01 `consequences`, src/profiles/codes.ts)
  const consequences = found.flatMap((code) => {
    const name = named.get(code);
    return name === undefined ? [] : [Object.freeze({ code, name })];
  });
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

/** An enterprise's obligations under the Anhua plan: AN-SCOPE-01, the shared criteria and AN-ENF-01's consequences. */
export function anhuaEnterpriseObligations(
  p: Profile,
  f: EnterpriseFacts,
  asOf: CalendarDate,
  shared: readonly Criterion[],
): EnterpriseObligations {
  const scope = scopeCriterion(p, rule(p, 'AN-SCOPE-01'), f, asOf, false);
  const enf = enforcement(rule(p, 'AN-ENF-01'), f, scope);
  const criteria = [scope, ...shared, enf.criterion];
  return { criteria, consequences: enf.consequences };
}

/** The conduct AN-ENF-01 attaches a consequence to, by code, as the facts show it. */
function conductFound(f: EnterpriseFacts, inScope: Criterion): string[] {
  const found: string[] = [];
  // "未按规定投保或续保": not insured, or surrendered / renewed late while still operating.
  // "未按规定" read with NAT25-COVER-02 (第十六条): a surrender while closed by law or fully stopped is
  // lawful, so closure not shown is unknown, not a penalty (before 2025-03-29 this is a reading).
  const notRenewed = f.surrenderedOrRenewedLate === true && f.closedByLawOrFullyStopped === false;
  if (inScope.status === 'fail' || notRenewed) found.push('not-insured');
  if (f.premiumPassedToWorkers === true) found.push('premium-passed-on');
  if (f.compensationUnpaid === true) found.push('compensation-unpaid');
  // The blacklist follows a refused rectification, and a rectification is ordered only for those two.
  if (
    f.refusedRectification === true &&
    (f.premiumPassedToWorkers === true || f.compensationUnpaid === true)
  )
    found.push('refuses-rectification');
  return found;
}
