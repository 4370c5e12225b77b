import type { LocalRules } from '../local-rules.js';
import { xinzhouServiceDelivery } from './services.js';
import { xinzhouServiceFirmCriteria } from './service-firm.js';
import { xinzhouInsurerCriteria } from './insurer.js';
import { xinzhouProjectObligations } from './obligations.js';
import { xinzhouClassifier } from './scope.js';

/** Where Xinzhou's law differs from the shared rules (see {@link LocalRules}). */
export const xinzhouRules: LocalRules = Object.freeze({
  classifier: xinzhouClassifier,
  projectObligations: xinzhouProjectObligations,
  insurerCriteria: xinzhouInsurerCriteria,
  serviceFirmCriteria: xinzhouServiceFirmCriteria,
  serviceDeliveryCriteria: xinzhouServiceDelivery,
});
