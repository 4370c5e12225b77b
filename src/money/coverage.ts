import { readOptions } from '../_lib/options.js';
import { bi, fail, type IssuePath } from '../errors/errors.js';
import { describe } from '../_lib/describe.js';
import { hasExactlyOwnKeys } from '../_lib/plain.js';
import { Dec } from './decimal.js';

/**
 * A rate of coverage (MONEY-05). When nothing is to be insured (`total` 0) the rate is *not
 * applicable* — never NaN and never 100%.
 */
export type CoverageRate =
  | {
      readonly applicable: true;
      readonly insured: number;
      readonly total: number;
      /** insured / total × 100, rounded half-up to `decimals` (default 2), e.g. `"66.67"`. */
      readonly percent: string;
    }
  | { readonly applicable: false; readonly insured: 0; readonly total: 0; readonly percent: null };

/** Options of {@link coverageRate}. */
export interface CoverageRateOptions {
  /** Decimals of the percentage (default 2, as the Jingzhou forms show 完成率（%）). */
  readonly decimals?: number;
}

function count(value: unknown, path: IssuePath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(
      path,
      'invalid_count',
      { detail: bi(`expected a whole number ≥ 0, got ${describe(value)}`, `应为非负整数`) },
      'integer ≥ 0',
    );
  }
  return value;
}

/**
 * The rate of coverage `insured / total` as a percentage (MONEY-05).
 * @param insured - units insured (a whole number ≥ 0, ≤ total)
 * @param total - units that must be insured (a whole number ≥ 0)
 * @throws {ValidationError} `invalid_count` for a count that is not a whole number ≥ 0 or `insured > total`
 * @example
 * coverageRate(2, 3).percent //=> '66.67'
 * coverageRate(0, 0)         //=> { applicable: false, insured: 0, total: 0, percent: null }
 */
export function coverageRate(
  insured: number,
  total: number,
  options: CoverageRateOptions = {},
): CoverageRate {
  const i = count(insured, ['insured']);
  const t = count(total, ['total']);
  const decimals = readOptions(options, ['decimals'])['decimals'] ?? 2;
  if (
    typeof decimals !== 'number' ||
    !Number.isInteger(decimals) ||
    decimals < 0 ||
    decimals > 10
  ) {
    fail(
      ['decimals'],
      'invalid_option',
      { detail: bi('decimals must be an integer 0–10', '小数位数应为0–10的整数') },
      'integer 0–10',
    );
  }
  if (i > t)
    fail(
      ['insured'],
      'invalid_count',
      { detail: bi(`insured ${i} > total ${t}`, `已投保数大于总数`) },
      'insured ≤ total',
    );
  if (t === 0) return Object.freeze({ applicable: false, insured: 0, total: 0, percent: null });
  const pct = new Dec(i).times(100).div(t).toFixed(decimals, Dec.ROUND_HALF_UP);
  return Object.freeze({ applicable: true, insured: i, total: t, percent: pct });
}

const PERCENT = /^\d+(?:\.\d+)?$/;

/**
 * True for a {@link CoverageRate} as {@link coverageRate} makes it: exactly its own four fields, whole
 * counts with `insured ≤ total`, a decimal percent, or the "not applicable" form. Internal: builders and
 * renderers use it on results that may come back from JSON.
 */
export function isCoverageRate(value: unknown): value is CoverageRate {
  if (!hasExactlyOwnKeys(value, ['applicable', 'insured', 'total', 'percent'])) return false;
  const { applicable, insured, total, percent } = value;
  if (applicable === false) return insured === 0 && total === 0 && percent === null;
  return (
    applicable === true &&
    Number.isSafeInteger(insured) &&
    Number.isSafeInteger(total) &&
    (insured as number) >= 0 &&
    (insured as number) <= (total as number) &&
    typeof percent === 'string' &&
    PERCENT.test(percent)
  );
}
