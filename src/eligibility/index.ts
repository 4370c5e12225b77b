export {
  CheckInsurerInputSchema,
  DISCLOSURE_ITEMS,
  InsurerFactsSchema,
  type CheckInsurerInput,
  type InsurerFacts,
  type PartyVerdict,
} from './insurer.js';
export {
  checkInsurerPool,
  CheckInsurerPoolInputSchema,
  type CheckInsurerPoolInput,
} from './insurer-pool.js';
export {
  checkServiceFirm,
  CheckServiceFirmInputSchema,
  CERTIFICATE_KINDS,
  ServiceFirmFactsSchema,
  StaffMemberSchema,
  type CheckServiceFirmInput,
} from './service-firm.js';
export type { StaffMember, TierReading } from './staff-tiers.js';
export {
  checkApplication,
  checkPolicy,
  checkQuoteLetter,
  APPLICATION_DOCUMENTS,
  InsuranceDocumentSchema,
  type CheckApplicationInput,
  type CheckDocumentInput,
  type InsuranceDocument,
} from './documents.js';
export { checkEnterprise, checkInsurer, checkProject } from './check-party.js';
export {
  CheckEnterpriseInputSchema,
  CheckProjectInputSchema,
  EnterpriseFactsSchema,
  ProjectFactsSchema,
  type CheckEnterpriseInput,
  type CheckProjectInput,
  type EnterpriseVerdict,
} from './obligations.js';
