// One table of local rules, built from each jurisdiction's `hooks.ts` (its export `scope`). A standalone
// build for one jurisdiction replaces this module with that jurisdiction's entry alone
// (`scripts/standalone-plugin.ts`): keep the shape `export const NAME = new Map([...])`.

import * as anhua from '../anhua/hooks.js';
import * as anhui from '../anhui/hooks.js';
import * as jingzhou from '../jingzhou/hooks.js';
import * as xinzhou from '../xinzhou/hooks.js';
import * as zhoushan from '../zhoushan/hooks.js';
import type { HookTable } from '../local-rules.js';

/** Who is in scope, by jurisdiction (coverage status, classification, enterprise obligations). */
export const SCOPE: HookTable<'classifier' | 'equivalentInsuranceCounts'> = new Map([
  ['anhui', anhui.scope],
  ['xinzhou', xinzhou.scope],
  ['jingzhou', jingzhou.scope],
  ['anhua', anhua.scope],
  ['zhoushan', zhoushan.scope],
]);
