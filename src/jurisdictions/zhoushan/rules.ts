import type { LocalRules } from '../local-rules.js';
import { zhoushanCalendar } from './calendar.js';
import { zhoushanEnterpriseObligations } from './obligations.js';
import { zhoushanClassifier, zhoushanEquivalentCounts } from './scope.js';

/** Where Zhoushan's law differs from the shared rules (see {@link LocalRules}). */
export const zhoushanRules: LocalRules = Object.freeze({
  classifier: zhoushanClassifier,
  equivalentInsuranceCounts: zhoushanEquivalentCounts,
  enterpriseObligations: zhoushanEnterpriseObligations,
  calendarEvents: zhoushanCalendar,
});
