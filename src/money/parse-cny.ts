import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { bi, fail, type IssuePath } from '../errors/errors.js';
import { cnyFromDecimal, CnySchema, isCny, type Cny } from './cny.js';
import { Dec } from './decimal.js';
import { decimalFrom } from './decimal-input.js';
import { readOptions } from '../_lib/options.js';
import { readOnce } from '../_lib/plain.js';

/** What {@link parseCny} accepts: a string, a bigint (whole yuan), a JS number, or a {@link Cny}. */
export type CnyInput = string | number | bigint | Cny;

/** zod schema of the inputs {@link parseCny} accepts (before it checks the amount itself). */
export const CnyInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.union([z.string(), z.number(), z.bigint(), CnySchema]),
);

/** Options of {@link parseCny}. */
export interface ParseCnyOptions {
  /** Accept negative amounts (default `false`: most amounts in the rules are never negative). */
  readonly allowNegative?: boolean;
  /** Largest magnitude accepted, in yuan (default 10^15: far above any real contract, below float trouble). */
  readonly maxYuan?: string | number | bigint;
  /** Where this value sits in a larger input, for error paths. */
  readonly path?: IssuePath;
}

const DEFAULT_MAX = new Dec('1e15');
const MAX_INPUT_LENGTH = 64;

// Full-width digits and punctuation, as pasted from Chinese spreadsheets and documents: map to ASCII.
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B]/g;
const toHalfWidth = (s: string): string =>
  s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// sign? symbol? number unit? 元?   The number is either plain digits or correctly grouped thousands.
const AMOUNT_TEXT =
  /^(?:人民币)?([+\-\u2212]?)\s*(?:[¥\uFFE5]|RMB|CNY)?\s*((?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(万|亿)?\s*(元)?$/i;

const UNIT_SCALE = { 万: 4, 亿: 8 } as const;

// The common case, a plain amount such as "12000000.00", skips the full grammar.
const PLAIN = /^\d{1,16}(?:\.\d{1,2})?$/;

function fromString(raw: string, path: IssuePath): Dec {
  if (PLAIN.test(raw)) return new Dec(raw);
  // The length is checked before any conversion: a 10^7-character full-width string took 1.8 s.
  if (raw.length > MAX_INPUT_LENGTH * 2)
    fail(
      path,
      'invalid_amount',
      { detail: bi(`longer than ${MAX_INPUT_LENGTH} characters`, `超过${MAX_INPUT_LENGTH}个字符`) },
      'amount',
    );
  const text = toHalfWidth(raw.trim());
  if (text.length === 0) fail(path, 'invalid_amount', { detail: bi('empty', '空值') }, 'amount');
  if (text.length > MAX_INPUT_LENGTH)
    fail(
      path,
      'invalid_amount',
      { detail: bi(`longer than ${MAX_INPUT_LENGTH} characters`, `超过${MAX_INPUT_LENGTH}个字符`) },
      'amount',
    );
  const m = AMOUNT_TEXT.exec(text);
  if (m === null) {
    fail(
      path,
      'invalid_amount',
      { detail: JSON.stringify(raw) },
      'a decimal amount such as "1,200,000.00", "¥120万元" or "1.2亿"',
    );
  }
  const [, sign = '', digits = '', unit] = m;
  let value = new Dec(digits.replace(/,/g, ''));
  if (unit === '万' || unit === '亿') value = value.times(new Dec(10).pow(UNIT_SCALE[unit]));
  return sign === '-' || sign === '\u2212' ? value.negated() : value;
}

function fromNumber(raw: number, path: IssuePath): Dec {
  if (!Number.isFinite(raw))
    fail(path, 'invalid_amount', { detail: String(raw) }, 'a finite number');
  // A number is only trusted where every fen is exactly representable: |x| × 100 a safe integer.
  if (Math.abs(raw) > Number.MAX_SAFE_INTEGER / 100) {
    fail(
      path,
      'out_of_range',
      {
        detail: bi(
          `${raw} is too large for a JS number; pass a string`,
          `数值过大，请以字符串传入`,
        ),
      },
      'a string',
    );
  }
  // String(x) is the shortest text that round-trips: 0.1 + 0.2 shows as 0.30000000000000004 and fails the fen check.
  const text = String(raw);
  if (/e/i.test(text)) fail(path, 'too_many_decimals', { value: text }, 'at most 2 decimals');
  return new Dec(text);
}

/**
 * Parses an amount of 人民币 exact to the fen (MONEY-01).
 *
 * Accepts decimal strings (`"1200000.00"`), thousands separators (`"1,200,000.00"`), `¥`/`￥`/`元`,
 * the units 万 and 亿 (`"120万元"` → 1,200,000.00, `"1.2亿"` → 120,000,000.00), full-width digits
 * (`"１２３"`), bigint (whole yuan), JS numbers that are finite, safe and have at most 2 decimals, and
 * an existing {@link Cny}. Exponents (`"1e5"`), NaN, Infinity, more than 2 decimals after the unit
 * is applied, an empty string, and a negative amount (unless `allowNegative`) are refused.
 *
 * @param input - the amount as users write it
 * @param options - sign, range and error path
 * @returns a frozen {@link Cny}
 * @throws {ValidationError} `invalid_amount`, `too_many_decimals`, `negative_not_allowed`, `out_of_range` or `invalid_type`
 * @example
 * parseCny('¥1,200,000.00').amount //=> '1200000.00'
 * parseCny('1.2亿').amount         //=> '120000000.00'
 * parseCny(10.5).amount            //=> '10.50'
 */
export function parseCny(input: CnyInput, options: ParseCnyOptions = {}): Cny {
  const o = readOptions(options, ['allowNegative', 'maxYuan', 'path']);
  const path = o['path'] === undefined ? [] : issuePathOf(o['path']);
  const max =
    o['maxYuan'] === undefined
      ? DEFAULT_MAX
      : decimalFrom(o['maxYuan'], ['maxYuan'], 'invalid_option');
  return cnyFromDecimal(readAmount(input, path, o['allowNegative'] === true, max));
}

/** A caller's `path` option: keys and indexes only. */
function issuePathOf(value: unknown): IssuePath {
  if (
    !Array.isArray(value) ||
    !value.every((p: unknown) => typeof p === 'string' || typeof p === 'number')
  )
    fail(
      ['path'],
      'invalid_option',
      { detail: bi('a path is a list of keys and indexes', '路径应为键和下标的列表') },
      '(string | number)[]',
    );
  return value;
}

/**
 * {@link parseCny} returning the exact decimal (internal: for callers that go on computing with it,
 * so the amount is read once).
 */
export function readAmount(given: unknown, path: IssuePath, allowNegative: boolean, max: Dec): Dec {
  const input = readOnce(given); // a Cny object is read once: what is checked is what is used
  let value: Dec;
  if (typeof input === 'string') value = fromString(input, path);
  else if (typeof input === 'number') value = fromNumber(input, path);
  else if (typeof input === 'bigint') value = new Dec(input.toString());
  else if (isCny(input)) value = new Dec(input.amount);
  else
    fail(
      path,
      'invalid_type',
      { expected: 'string | number | bigint | Cny' },
      'string | number | bigint | Cny',
    );

  if (value.decimalPlaces() > 2)
    fail(path, 'too_many_decimals', { value: value.toString() }, 'at most 2 decimals');
  if (value.isNegative() && !value.isZero() && !allowNegative) {
    fail(path, 'negative_not_allowed', { value: value.toFixed(2) }, 'an amount ≥ 0');
  }
  if (value.abs().greaterThan(max)) {
    fail(
      path,
      'out_of_range',
      { detail: `|${value.toFixed(2)}| > ${max.toFixed()}` },
      `an amount ≤ ${max.toFixed()}`,
    );
  }
  return value;
}
