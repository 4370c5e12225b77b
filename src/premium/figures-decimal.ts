import { capOfDecimal } from '../money/cap.js';
import { cnyFromDecimal } from '../money/cny.js';
import { Dec } from '../money/decimal.js';
import { roundDecimal } from '../money/round.js';
import type { FigureInput, Figures } from './figures.js';

const ONE = new Dec(1);
// ×0.01 rather than ÷100: a multiplication is exact; a division runs to the precision.
const HUNDREDTH = new Dec('0.01');

/**
 * A quote's arithmetic in decimal.js (internal): the reference the exact-integer engine
 * ({@link quoteFigures}) is property-tested against — the computation quotes used until issue 21,
 * step for step: exact products and sums in {@link Dec}, one rounding of the premium (MONEY-02),
 * caps rounded down (MONEY-03), and the applied factor after a clamp as a division shown to 20
 * significant digits.
 */
export function decimalFigures(input: FigureInput): Figures {
  const percents = input.percents.map((p) => new Dec(p));
  const requested = input.additive
    ? percents.reduce((sum, p) => sum.plus(p.times(HUNDREDTH)), ONE)
    : percents.reduce((product, p) => product.times(ONE.plus(p.times(HUNDREDTH))), ONE);
  if (!requested.isPositive() || requested.isZero())
    return { positive: false, requested: requested.toString() };
  const baseRate = new Dec(input.rate);
  const unclamped = baseRate.times(requested);
  let effective = unclamped;
  let clampedTo: 'floor' | 'ceiling' | null = null;
  if (input.band !== null) {
    const floor = new Dec(input.band.floor);
    const ceiling = new Dec(input.band.ceiling);
    if (unclamped.lessThan(floor)) clampedTo = 'floor';
    else if (unclamped.greaterThan(ceiling)) clampedTo = 'ceiling';
    if (clampedTo !== null) effective = clampedTo === 'floor' ? floor : ceiling;
  }
  const base = new Dec(input.base);
  const exact = base.times(effective);
  const premium = roundDecimal(exact, input.rounding);
  const applied = clampedTo === null ? requested : effective.div(baseRate).toSignificantDigits(20);
  return {
    positive: true,
    base: cnyFromDecimal(base).amount,
    percents: percents.map((p) => p.toString()),
    requested: requested.toString(),
    unclamped: unclamped.toString(),
    band:
      input.band === null
        ? null
        : {
            floor: new Dec(input.band.floor).toString(),
            ceiling: new Dec(input.band.ceiling).toString(),
          },
    clampedTo,
    effective: effective.isZero() ? '0' : effective.toFixed(),
    applied: applied.toString(),
    exact: exact.toString(),
    premium: cnyFromDecimal(premium).amount,
    caps: input.capRatios.map((ratio) =>
      ratio === null ? null : capOfDecimal(premium, new Dec(ratio)).amount,
    ),
  };
}
