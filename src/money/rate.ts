import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { bi, fail, type IssuePath } from '../errors/errors.js';
import { readOptions } from '../_lib/options.js';
import { hasExactlyOwnKeys, readOnce } from '../_lib/plain.js';
import { describe } from '../_lib/describe.js';
import { Dec } from './decimal.js';
import { decimalFrom, type DecimalInput } from './decimal-input.js';

/** The unit a rate is written in by its source, kept so it can be shown back the same way (MONEY-06). */
export type RateUnit = 'permille' | 'percent' | 'decimal';

/**
 * An exact rate (MONEY-06): `value` is the plain decimal (1.65‰ → `"0.00165"`, 20% → `"0.2"`),
 * `unit` is how the source writes it. Frozen, JSON-friendly; never a binary float.
 */
export interface Rate {
  readonly value: string;
  readonly unit: RateUnit;
}

// At most 20 integer digits and 30 places: a rate built from 20 places in ‰ has 23.
const RATE_VALUE = /^-?\d{1,20}(?:\.\d{1,30})?$/;

/** zod schema of a {@link Rate} object. */
export const RateSchema = /* @__PURE__ */ lazySchema(() =>
  z.readonly(
    z.strictObject({
      value: z.string().check(z.regex(RATE_VALUE)),
      unit: z.enum(['permille', 'percent', 'decimal']),
    }),
  ),
);

const SCALE: Record<RateUnit, number> = { permille: 3, percent: 2, decimal: 0 };

/** Options of the rate constructors. */
export interface RateOptions {
  /** Accept a negative rate (default `false`; a float adjustment such as −20% sets it). */
  readonly allowNegative?: boolean;
  /** Where this value sits in a larger input, for error paths. */
  readonly path?: IssuePath;
}

function makeRate(input: DecimalInput, unit: RateUnit, options: RateOptions): Rate {
  const o = readOptions(options, ['allowNegative', 'path']);
  const path = Array.isArray(o['path']) ? (o['path'] as IssuePath) : [];
  const written = decimalFrom(input, path, 'invalid_rate');
  if (written.isNegative() && !written.isZero() && o['allowNegative'] !== true) {
    fail(
      path,
      'invalid_rate',
      { detail: bi(`negative: ${written.toString()}`, `费率不得为负`) },
      'a rate ≥ 0',
    );
  }
  const value = written.isZero() ? new Dec(0) : written.div(new Dec(10).pow(SCALE[unit]));
  return Object.freeze({ value: value.toFixed(), unit });
}

/**
 * A rate written in ‰ (per mille): `permille('1.65')` is 0.00165 (AH-RATE-02's reference rate).
 * @throws {ValidationError} `invalid_rate` for anything but a plain, finite decimal ≥ 0
 * @example permille('1.65') //=> { value: '0.00165', unit: 'permille' }
 */
export const permille = (input: DecimalInput, options: RateOptions = {}): Rate =>
  makeRate(input, 'permille', options);

/**
 * A rate written in % : `percent(20)` is 0.2 (AH-PREV-05's 20%).
 * @throws {ValidationError} `invalid_rate` for anything but a plain, finite decimal ≥ 0
 * @example percent('20') //=> { value: '0.2', unit: 'percent' }
 */
export const percent = (input: DecimalInput, options: RateOptions = {}): Rate =>
  makeRate(input, 'percent', options);

/**
 * A rate given as a plain decimal or factor: `ratio('1.2')` is a float factor of 1.2.
 * @throws {ValidationError} `invalid_rate` for anything but a plain, finite decimal ≥ 0
 * @example ratio('1.2') //=> { value: '1.2', unit: 'decimal' }
 */
export const ratio = (input: DecimalInput, options: RateOptions = {}): Rate =>
  makeRate(input, 'decimal', options);

/** True when `value` is a well-formed {@link Rate}. */
export const isRate = (value: unknown): value is Rate =>
  hasExactlyOwnKeys(value, ['value', 'unit']) &&
  typeof value['value'] === 'string' &&
  RATE_VALUE.test(value['value']) &&
  (value['unit'] === 'permille' || value['unit'] === 'percent' || value['unit'] === 'decimal');

/**
 * A frozen copy of a well-formed {@link Rate} given as a plain object, each property read once; null
 * for anything else (internal: the quick reading of quote inputs, before the schema).
 */
export function plainRate(value: unknown): Rate | null {
  if (typeof value !== 'object' || value === null) return null;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return null;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !keys.includes('value') || !keys.includes('unit')) return null;
  const { value: text, unit } = value as Record<string, unknown>;
  if (typeof text !== 'string' || !RATE_VALUE.test(text)) return null;
  if (unit !== 'permille' && unit !== 'percent' && unit !== 'decimal') return null;
  return Object.freeze({ value: text, unit });
}

/** The exact decimal value of a rate, for arithmetic inside the library. */
export const rateToDecimal = (rate: Rate): Dec => new Dec(rate.value);

/** Builds a {@link Rate} from an exact decimal already computed inside the library. */
export const rateFromDecimal = (value: Dec, unit: RateUnit): Rate =>
  Object.freeze({ value: value.isZero() ? '0' : value.toFixed(), unit });

/** Options of {@link formatRate}. */
export interface FormatRateOptions {
  /** Show in this unit instead of the rate's own. */
  readonly unit?: RateUnit;
  /** Fixed number of decimals (rounded half-up); default: as many as the exact value needs. */
  readonly decimals?: number;
}

const SUFFIX: Record<RateUnit, string> = { permille: '‰', percent: '%', decimal: '' };

/**
 * Formats a rate in the unit its source uses (MONEY-06): `1.65‰`, `20%`, `1.2`.
 * Exact by default: no digits are dropped unless `decimals` asks for it.
 * @throws {ValidationError} `invalid_rate` when `rate` is not a {@link Rate}; `invalid_option` for bad `decimals`
 * @example formatRate(permille('1.65')) //=> '1.65‰'
 */
export function formatRate(rate: Rate, options: FormatRateOptions = {}): string {
  const r = readOnce(rate);
  if (!isRate(r))
    fail([], 'invalid_rate', { detail: bi('not a Rate object', '不是费率对象') }, 'Rate');
  const o = readOptions(options, ['unit', 'decimals']);
  const unit = o['unit'] ?? r.unit;
  if (unit !== 'permille' && unit !== 'percent' && unit !== 'decimal')
    fail(
      ['unit'],
      'unknown_option',
      { detail: bi(`unknown unit ${describe(unit)}`, `未知的单位 ${describe(unit)}`) },
      'permille | percent | decimal',
    );
  const shown = rateToDecimal(r).times(new Dec(10).pow(SCALE[unit]));
  const decimals = o['decimals'];
  if (
    decimals !== undefined &&
    !(typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0 && decimals <= 20)
  ) {
    fail(
      ['decimals'],
      'invalid_option',
      { detail: bi(`decimals must be an integer 0–20`, `小数位数应为0–20的整数`) },
      'integer 0–20',
    );
  }
  const text = typeof decimals === 'number' ? shown.toFixed(decimals) : shown.toString();
  return `${text}${SUFFIX[unit]}`;
}
