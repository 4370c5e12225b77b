/**
 * anzexian — China's work-safety liability insurance (安全生产责任保险, 安责险) rules as exact,
 * pure, tested functions. Every figure says which clause it rests on.
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
