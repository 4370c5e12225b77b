import type { LocalRules } from '../local-rules.js';
import { anhuaCalendar } from './calendar.js';
import { anhuaEnterpriseObligations } from './obligations.js';
import { anhuaClassifier } from './scope.js';

/** Where Anhua's law differs from the shared rules (see {@link LocalRules}). */
export const anhuaRules: LocalRules = Object.freeze({
  classifier: anhuaClassifier,
  enterpriseObligations: anhuaEnterpriseObligations,
  calendarEvents: anhuaCalendar,
});
