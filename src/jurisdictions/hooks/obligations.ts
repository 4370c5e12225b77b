// One table of local rules, built from each jurisdiction's `hooks.ts` (its export `obligations`). A standalone
// build for one jurisdiction replaces this module with that jurisdiction's entry alone
// (`scripts/standalone-plugin.ts`): keep the shape `export const NAME = new Map([...])`.

import * as anhua from '../anhua/hooks.js';
import * as anhui from '../anhui/hooks.js';
import * as jingzhou from '../jingzhou/hooks.js';
import * as xinzhou from '../xinzhou/hooks.js';
import * as zhoushan from '../zhoushan/hooks.js';
import type { HookTable } from '../local-rules.js';

/** Project and enterprise obligations, by jurisdiction (`checkProject`, `checkEnterprise`). */
export const OBLIGATIONS: HookTable<'projectObligations' | 'enterpriseObligations'> = new Map([
  ['anhui', anhui.obligations],
  ['xinzhou', xinzhou.obligations],
  ['jingzhou', jingzhou.obligations],
  ['anhua', anhua.obligations],
  ['zhoushan', zhoushan.obligations],
]);
