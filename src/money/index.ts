export { CnySchema, isCny, type Cny } from './cny.js';
export { ROUNDING_MODES, type RoundingMode } from './decimal.js';
export type { DecimalInput } from './decimal-input.js';
export { CnyInputSchema, parseCny, type CnyInput, type ParseCnyOptions } from './parse-cny.js';
export {
  formatRate,
  isRate,
  percent,
  permille,
  ratio,
  RateSchema,
  type FormatRateOptions,
  type Rate,
  type RateOptions,
  type RateUnit,
} from './rate.js';
export type { RoundingOptions, RoundingUnit } from './round.js';
export { multiplyAndRound } from './multiply.js';
export { capAmount, floorAmount } from './cap.js';
export { allocate } from './allocate.js';
export { coverageRate, type CoverageRate, type CoverageRateOptions } from './coverage.js';
export { formatCny, type FormatCnyOptions } from './format.js';
export { toChineseUppercase } from './uppercase.js';
export { compareCny, subtractCny, sumCny } from './arithmetic.js';
