import { requireLocal } from '../jurisdictions/local-rules.js';
import { DELIVERY } from '../jurisdictions/hooks/delivery.js';
import { parseWith } from '../errors/zod.js';
import { profileFor } from '../profiles/profile-for.js';
import { verdict } from '../verdict/verdict.js';
import {
  DeliveryInputSchema,
  type ServiceDelivery,
  type ServiceDeliveryInput,
} from './services.js';

/**
 * Checks the services delivered on an insured project against what is owed: Anhui's minimum plan per
 * policy year (AH-PREV-02/03; only the training may be online, the assessment or inspection is on site;
 * a year still running is `unknown`, not failed) and the handling of major
 * hazards (AH-PREV-07: written notice to the policyholder, reports to the insurer and the housing
 * department, escalation to the regulators when not rectified in time) and the project's service plan
 * and scheme (AH-PREV-02, 二(一)); Xinzhou's third-party firm entrusted and teams registered within a
 * month of the policy (XZ-SVC-01), visit staffing (XZ-FIRMOPS-01), uploads and rectification deadlines
 * (XZ-FIRMOPS-04), the service report to the insurer and the policyholder (八(四)) and the report of a
 * service the project side prevented (八(五)), both under XZ-FIRMOPS-04, and no extra charge (XZ-OPS-06).
 * @throws {ValidationError} bad input; a jurisdiction other than Anhui or Xinzhou
 */
export function checkServiceDelivery(input: ServiceDeliveryInput): ServiceDelivery {
  const q = parseWith(DeliveryInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const own = requireLocal(DELIVERY, profile, 'serviceDeliveryCriteria', {
    en: 'sets no service delivery rules',
    zh: '未规定服务交付规则',
    expected: 'a jurisdiction with service delivery rules',
  });
  return Object.freeze({
    ...verdict(own(profile, q, asOf)),
    jurisdiction: profile.id,
    asOf,
    warnings,
  });
}
