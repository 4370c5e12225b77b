import { anhuaClassifier } from '../anhua/scope.js';
import { anhuiClassifier } from '../anhui/scope.js';
import { jingzhouClassifier } from '../jingzhou/scope.js';
import type { HookTable } from '../local-rules.js';
import { xinzhouClassifier } from '../xinzhou/scope.js';
import { zhoushanClassifier, zhoushanEquivalentCounts } from '../zhoushan/scope.js';

/** Who is in scope, by jurisdiction (coverage status, classification, enterprise obligations). */
export const SCOPE: HookTable<'classifier' | 'equivalentInsuranceCounts'> = new Map([
  ['anhui', { classifier: anhuiClassifier }],
  ['xinzhou', { classifier: xinzhouClassifier }],
  ['jingzhou', { classifier: jingzhouClassifier }],
  ['anhua', { classifier: anhuaClassifier }],
  [
    'zhoushan',
    { classifier: zhoushanClassifier, equivalentInsuranceCounts: zhoushanEquivalentCounts },
  ],
]);
