import { fail } from '../errors/errors.js';
import { readOptions } from '../_lib/options.js';
import { readOnce } from '../_lib/plain.js';
import { isCny, type Cny } from './cny.js';

/** Options of {@link formatCny}. */
export interface FormatCnyOptions {
  /** Prefix `¥` (default `true`). */
  readonly symbol?: boolean;
}

/**
 * Formats an amount for people: `¥1,234,567.89`, `-¥0.50`. {@link parseCny} reads it back exactly.
 * @throws {ValidationError} `invalid_type` when `value` is not a {@link Cny}
 * @example formatCny(parseCny('1234567.89')) //=> '¥1,234,567.89'
 */
export function formatCny(value: Cny, options: FormatCnyOptions = {}): string {
  const cny = readOnce(value);
  if (!isCny(cny)) fail([], 'invalid_type', { expected: 'Cny' }, 'Cny');
  const o = readOptions(options, ['symbol']);
  const negative = cny.amount.startsWith('-');
  const [int = '0', frac = '00'] = (negative ? cny.amount.slice(1) : cny.amount).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${o['symbol'] === false ? '' : '¥'}${grouped}.${frac}`;
}
