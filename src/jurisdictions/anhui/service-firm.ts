import { bi } from '../../errors/errors.js';
import { conditions, rule } from '../../eligibility/criteria.js';
import type { ServiceFirmCheck } from '../../eligibility/service-firm.js';
import type { Profile } from '../../profiles/schema.js';
import type { Criterion } from '../../verdict/verdict.js';

/** AH-PREV-04: the technical capability an insurer must entrust the prevention service to. */
export function anhuiServiceFirmCriteria(p: Profile, q: ServiceFirmCheck): Criterion[] {
  return [
    conditions(rule(p, 'AH-PREV-04'), q.facts, [
      [
        'technicalServiceCapability',
        true,
        bi('the technical capability to deliver the prevention services', '具有相应技术服务能力'),
      ],
    ]),
  ];
}
