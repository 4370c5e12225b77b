// One table of local rules, built from each jurisdiction's `hooks.ts` (its export `parties`). A standalone
// build for one jurisdiction replaces this module with that jurisdiction's entry alone
// (`scripts/standalone-plugin.ts`): keep the shape `export const NAME = new Map([...])`.

import * as anhui from '../anhui/hooks.js';
import * as xinzhou from '../xinzhou/hooks.js';
import type { HookTable } from '../local-rules.js';

/** The conditions for insurers and service firms, by jurisdiction (`checkInsurer`, `checkServiceFirm`). */
export const PARTIES: HookTable<'insurerCriteria' | 'serviceFirmCriteria'> = new Map([
  ['anhui', anhui.parties],
  ['xinzhou', xinzhou.parties],
]);
