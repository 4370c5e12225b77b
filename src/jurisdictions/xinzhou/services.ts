import {
  reportCriteria,
  serviceTeamCriterion,
  xinzhouVisitCriteria,
  type DeliveryCheck,
} from '../../prevention/services.js';
import type { Profile } from '../../profiles/schema.js';
import type { CalendarDate } from '../../time/calendar-date.js';
import type { Criterion } from '../../verdict/verdict.js';

/**
 * The Xinzhou notice's service delivery: the firm entrusted and the team registered (XZ-SVC-01), visit
 * staffing, uploads and rectification (XZ-FIRMOPS-01/04), the service reports and no extra charge.
 */
export const xinzhouServiceDelivery = (
  p: Profile,
  q: DeliveryCheck,
  asOf: CalendarDate,
): Criterion[] => [
  serviceTeamCriterion(p, q.project, asOf),
  ...xinzhouVisitCriteria(p, q.visits, asOf),
  ...reportCriteria(p, q.visits, q.blockedServices),
];
