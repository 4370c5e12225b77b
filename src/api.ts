/**
 * The generic API of anzexian: every capability, with no jurisdiction's own profile or forms. The main
 * entry (`src/index.ts`) adds every shipped jurisdiction to it; each standalone entry
 * (`src/standalone/<id>.ts`, built by `scripts/standalone-plugin.ts`) adds one, so a program that needs
 * one jurisdiction ships that one and the national measures it falls back to.
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './money/index.js';
export * from './time/index.js';
export * from './profiles/index.js';
export * from './verdict/index.js';
export * from './premium/index.js';
export * from './eligibility/index.js';
export * from './prevention/index.js';
export * from './coverage/index.js';
export { mergeCoverageStatus } from './coverage/merge.js';
export * from './calendar/index.js';
export * from './reports/index.js';
export type { MarkdownOptions } from './reports/renderers/markdown.js';
export type { HtmlOptions } from './reports/renderers/html.js';
export type { OfficialOptions, RenderMode, SignOff } from './reports/renderers/official.js';
export {
  QuotePremiumInputSchema,
  SplitPremiumInputSchema,
  CheckPolicyInputSchema,
  CheckQuoteLetterInputSchema,
  CheckApplicationInputSchema,
  RequiredServicesInputSchema,
  CheckServiceDeliveryInputSchema,
  CheckPreventionLedgerInputSchema,
  CoverageStatusInputSchema,
} from './inputs/schemas.js';
export { ProfileSheetInputSchema } from './reports/builders/profile.js';
