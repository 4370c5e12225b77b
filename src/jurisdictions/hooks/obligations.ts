import { anhuaEnterpriseObligations } from '../anhua/obligations.js';
import { anhuiProjectObligations } from '../anhui/obligations.js';
import {
  jingzhouEnterpriseObligations,
  jingzhouProjectObligations,
} from '../jingzhou/obligations.js';
import type { HookTable } from '../local-rules.js';
import { xinzhouProjectObligations } from '../xinzhou/obligations.js';
import { zhoushanEnterpriseObligations } from '../zhoushan/obligations.js';

/** Project and enterprise obligations, by jurisdiction (`checkProject`, `checkEnterprise`). */
export const OBLIGATIONS: HookTable<'projectObligations' | 'enterpriseObligations'> = new Map([
  ['anhui', { projectObligations: anhuiProjectObligations }],
  ['xinzhou', { projectObligations: xinzhouProjectObligations }],
  [
    'jingzhou',
    {
      projectObligations: jingzhouProjectObligations,
      enterpriseObligations: jingzhouEnterpriseObligations,
    },
  ],
  ['anhua', { enterpriseObligations: anhuaEnterpriseObligations }],
  ['zhoushan', { enterpriseObligations: zhoushanEnterpriseObligations }],
]);
