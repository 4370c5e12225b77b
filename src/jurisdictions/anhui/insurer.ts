import { bi } from '../../errors/errors.js';
import { conditions, lookbackText, rule, lookbackConditions } from '../../eligibility/criteria.js';
import type { Facts } from '../../eligibility/insurer.js';
import { solvencyCriterion } from '../../eligibility/solvency.js';
import type { Profile, Rule } from '../../profiles/schema.js';
import type { CalendarDate } from '../../time/calendar-date.js';
import type { Criterion } from '../../verdict/verdict.js';

/** The Anhui notice's insurer conditions: AH-INS-01..05 (AH-INS-03: the last four consecutive quarters' solvency). */
export function anhuiInsurerCriteria(p: Profile, f: Facts, asOf: CalendarDate): Criterion[] {
  return [
    reputation(rule(p, 'AH-INS-01'), f, asOf),
    conditions(rule(p, 'AH-INS-02'), f, [
      [
        'outletsInEveryPrefecture',
        true,
        bi('business outlets in every prefecture-level city', '全省设区市有配套的营业机构网点'),
      ],
    ]),
    solvencyCriterion(rule(p, 'AH-INS-03'), f.solvency, asOf),
    conditions(rule(p, 'AH-INS-04'), f, [
      [
        'hasPreventionManagers',
        true,
        bi('managers who organise prevention services', '配备组织开展事故预防服务的管理人员'),
      ],
    ]),
    // Open-ended: passes only when the caller asserts it.
    conditions(rule(p, 'AH-INS-05'), f, [
      [
        'meetsRegulatorConditions',
        true,
        bi(
          "the insurance regulator's other conditions are met",
          '满足保险监督管理机构规定的其他条件',
        ),
      ],
    ]),
  ];
}

/** AH-INS-01: good reputation, and no major 安责险 violation by the local institution within `lookback`. */
function reputation(r: Rule, f: Facts, asOf: CalendarDate): Criterion {
  const window = lookbackText(r);
  return lookbackConditions(r, f, asOf, 'majorViolationInLast3Years', 'lastMajorViolation', [
    ['goodReputation', true, bi('good commercial reputation', '商业信誉良好')],
    [
      'majorViolationInLast3Years',
      false,
      bi(
        `no major 安责险 violation by the local institution in ${window.en}`,
        `业务开展地营业机构${window.zh}安责险经营无重大违法违规记录`,
      ),
    ],
  ]);
}
