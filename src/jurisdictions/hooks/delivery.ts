import { anhuiServiceDelivery } from '../anhui/services.js';
import type { HookTable } from '../local-rules.js';
import { xinzhouServiceDelivery } from '../xinzhou/services.js';

/** What a prevention service must deliver, by jurisdiction (`checkServiceDelivery`). */
export const DELIVERY: HookTable<'serviceDeliveryCriteria'> = new Map([
  ['anhui', { serviceDeliveryCriteria: anhuiServiceDelivery }],
  ['xinzhou', { serviceDeliveryCriteria: xinzhouServiceDelivery }],
]);
