import type { LocalRules } from '../local-rules.js';
import { anhuiServiceDelivery } from './services.js';
import { anhuiServiceFirmCriteria } from './service-firm.js';
import { anhuiInsurerCriteria } from './insurer.js';
import { anhuiCalendar } from './calendar.js';
import { anhuiProjectObligations } from './obligations.js';
import { anhuiClassifier } from './scope.js';

/** Where Anhui's law differs from the shared rules (see {@link LocalRules}). */
export const anhuiRules: LocalRules = Object.freeze({
  classifier: anhuiClassifier,
  projectObligations: anhuiProjectObligations,
  calendarEvents: anhuiCalendar,
  insurerCriteria: anhuiInsurerCriteria,
  serviceFirmCriteria: anhuiServiceFirmCriteria,
  serviceDeliveryCriteria: anhuiServiceDelivery,
});
