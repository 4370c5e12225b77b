// One table of local rules, built from each jurisdiction's `hooks.ts` (its export `codes`). A standalone
// build for one jurisdiction replaces this module with that jurisdiction's entry alone
// (`scripts/standalone-plugin.ts`): keep the shape `export const NAME = new Map([...])`.

import * as anhua from '../anhua/hooks.js';
import * as anhui from '../anhui/hooks.js';
import * as xinzhou from '../xinzhou/hooks.js';
import type { HookTable } from '../local-rules.js';

/** The codes each jurisdiction's computations implement (`implementedCodes`). */
export const CODES: HookTable<'implementedCodes'> = new Map([
  ['anhui', anhui.codes],
  ['xinzhou', xinzhou.codes],
  ['anhua', anhua.codes],
]);
