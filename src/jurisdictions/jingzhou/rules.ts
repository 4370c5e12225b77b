import type { LocalRules } from '../local-rules.js';
import { jingzhouCalendar } from './calendar.js';
import { jingzhouEnterpriseObligations, jingzhouProjectObligations } from './obligations.js';
import { jingzhouClassifier } from './scope.js';

/** Where Jingzhou's law differs from the shared rules (see {@link LocalRules}). */
export const jingzhouRules: LocalRules = Object.freeze({
  classifier: jingzhouClassifier,
  projectObligations: jingzhouProjectObligations,
  enterpriseObligations: jingzhouEnterpriseObligations,
  calendarEvents: jingzhouCalendar,
});
