import { cnyToDecimal, type Cny } from './cny.js';
import type { Dec } from './decimal.js';
import { bi, fail } from '../errors/errors.js';
import { readOnce } from '../_lib/plain.js';
import { parseCny, type CnyInput } from './parse-cny.js';
import { isRate, rateToDecimal, type Rate } from './rate.js';
import { roundToCny } from './round.js';

function share(base: CnyInput, given: Rate) {
  const amount = parseCny(base, { path: ['base'] });
  const rate = readOnce(given);
  if (!isRate(rate))
    fail(['rate'], 'invalid_rate', { detail: bi('not a Rate object', '不是费率对象') }, 'Rate');
  return cnyToDecimal(amount).times(rateToDecimal(rate));
}

/** A cap of an exact amount at an exact ratio, rounded down (internal: inputs already validated). */
export const capOfDecimal = (amount: Dec, ratio: Dec): Cny =>
  roundToCny(amount.times(ratio), { mode: 'floor', unit: 'fen' });

/**
 * The largest amount a "不高于 X%" cap allows (MONEY-03): `base × rate`, rounded **down** to the fen,
 * so the figure never exceeds the legal limit. Example: AH-PREV-05, prevention spending ≤ 20% of the
 * premium actually collected.
 * @throws {ValidationError} on a bad or negative base, or a rate that is not a {@link Rate}
 * @example capAmount('19800.03', percent(20)).amount //=> '3960.00'
 */
export const capAmount = (base: CnyInput, rate: Rate): Cny =>
  roundToCny(share(base, rate), { mode: 'floor', unit: 'fen' });

/**
 * The smallest amount a "不低于 X%" floor allows (MONEY-03): `base × rate`, rounded **up** to the fen,
 * so the figure never falls below the legal minimum.
 * @throws {ValidationError} on a bad or negative base, or a rate that is not a {@link Rate}
 * @example floorAmount('19800.03', percent(20)).amount //=> '3960.01'
 */
export const floorAmount = (base: CnyInput, rate: Rate): Cny =>
  roundToCny(share(base, rate), { mode: 'ceil', unit: 'fen' });
