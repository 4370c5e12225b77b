import { anhuiInsurerCriteria } from '../anhui/insurer.js';
import { anhuiServiceFirmCriteria } from '../anhui/service-firm.js';
import type { HookTable } from '../local-rules.js';
import { xinzhouInsurerCriteria } from '../xinzhou/insurer.js';
import { xinzhouServiceFirmCriteria } from '../xinzhou/service-firm.js';

/** The conditions for insurers and service firms, by jurisdiction (`checkInsurer`, `checkServiceFirm`). */
export const PARTIES: HookTable<'insurerCriteria' | 'serviceFirmCriteria'> = new Map([
  [
    'anhui',
    { insurerCriteria: anhuiInsurerCriteria, serviceFirmCriteria: anhuiServiceFirmCriteria },
  ],
  [
    'xinzhou',
    { insurerCriteria: xinzhouInsurerCriteria, serviceFirmCriteria: xinzhouServiceFirmCriteria },
  ],
]);
