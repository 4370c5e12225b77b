// One table of local rules, built from each jurisdiction's `hooks.ts` (its export `delivery`). A standalone
// build for one jurisdiction replaces this module with that jurisdiction's entry alone
// (`scripts/standalone-plugin.ts`): keep the shape `export const NAME = new Map([...])`.

import * as anhui from '../anhui/hooks.js';
import * as xinzhou from '../xinzhou/hooks.js';
import type { HookTable } from '../local-rules.js';

/** What a prevention service must deliver, by jurisdiction (`checkServiceDelivery`). */
export const DELIVERY: HookTable<'serviceDeliveryCriteria'> = new Map([
  ['anhui', anhui.delivery],
  ['xinzhou', xinzhou.delivery],
]);
