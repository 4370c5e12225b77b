export {
  BilingualSchema,
  CitationSchema,
  DocumentSchema,
  FiledRateSchema,
  InstrumentSchema,
  JURISDICTION_IDS,
  JurisdictionIdSchema,
  ParameterSchema,
  ProfileIdSchema,
  ProfileSchema,
  RulePrefixSchema,
  RULE_FAMILIES,
  RuleFamilySchema,
  RuleSchema,
  RuleTagSchema,
  TargetSchema,
  type Citation,
  type FiledRate,
  type GoverningDocument,
  type Instrument,
  type JurisdictionId,
  type Parameter,
  type Profile,
  type ProfileWarning,
  type Rule,
  type RuleFamily,
  type RuleTag,
  type Target,
} from './schema.js';
export {
  getProfile,
  listProfiles,
  lookupProfile,
  PROFILES,
  ProfileNotInForceError,
  type LookupOptions,
  type ProfileListing,
  type ProfileLookup,
} from './registry.js';
export {
  nationalMeasureOn,
  resolveRule,
  type RuleResolution,
  type RuleSource,
} from './national.js';
export { deriveProfile, ProfilePatchSchema, type ProfilePatch } from './derive.js';
export { defineProfile } from './ensure.js';
export {
  defineJurisdiction,
  type Jurisdiction,
  type JurisdictionDefinition,
} from './jurisdiction.js';
export type { ParameterOf, ParameterType } from './params.js';
export { findRule } from './find-rule.js';
export { trialPeriod, type TrialPeriod } from './trial.js';
