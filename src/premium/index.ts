export { quotePremium, type PremiumCap, type Quote, type WorksheetStep } from './quote.js';
export {
  checkQuote,
  CheckQuoteInputSchema,
  type CheckQuoteInput,
  type QuoteCheck,
} from './check-quote.js';
export {
  splitPremium,
  SplitInputSchema,
  PAYER_ROLES,
  type PremiumShare,
  type PremiumSplit,
  type SplitInput,
} from './split.js';
export {
  AdjustmentSchema,
  QuoteInputSchema,
  RateSourceSchema,
  type Adjustment,
  type QuoteInput,
} from './schema.js';
export { FLOAT_REASONS, FLOAT_REASON_CODES, type FloatReason } from './reasons.js';
