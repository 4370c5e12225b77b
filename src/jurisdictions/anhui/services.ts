import {
  majorHazards,
  planCriteria,
  servicePlanCriterion,
  type DeliveryCheck,
} from '../../prevention/services.js';
import { ruleById } from '../../profiles/find-rule.js';
import type { Profile } from '../../profiles/schema.js';
import type { CalendarDate } from '../../time/calendar-date.js';
import type { Criterion } from '../../verdict/verdict.js';

/**
 * The Anhui notice's service delivery: the project's service plan and scheme (AH-PREV-02), the minimum
 * visits of each policy year (AH-PREV-02/03) and the major hazards reported and escalated (AH-PREV-07).
 */
export const anhuiServiceDelivery = (
  p: Profile,
  q: DeliveryCheck,
  asOf: CalendarDate,
): Criterion[] => [
  servicePlanCriterion(ruleById(p, 'AH-PREV-02'), q.project),
  ...planCriteria(p, q.project, q.visits, asOf),
  majorHazards(ruleById(p, 'AH-PREV-07'), q.visits, asOf),
];
