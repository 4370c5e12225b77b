import { Decimal } from 'decimal.js';
import type { BenchPair, Lib } from '../pair.js';

// The baseline is the same operation written directly with decimal.js, with no validation and no
// explanation: what a careful hand-written implementation would cost.
const D = Decimal.clone({ precision: 60 });
const weights = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];

function bareAllocate(totalFen: Decimal, ws: readonly number[]): Decimal[] {
  const sum = ws.reduce((a, b) => a + b, 0);
  const exact = ws.map((w) => totalFen.times(w).div(sum));
  const floors = exact.map((e) => e.floor());
  let left = totalFen.minus(floors.reduce((a, b) => a.plus(b), new D(0))).toNumber();
  const order = exact
    .map((e, i) => ({ r: e.minus(e.floor()), i }))
    .sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    floors[i] = (floors[i] as Decimal).plus(1);
  }
  return floors.map((f) => f.div(100));
}

export const moneyCases = ({
  allocate,
  multiplyAndRound,
  parseCny,
  permille,
  toChineseUppercase,
}: Lib): BenchPair[] => {
  const rate = permille('1.65');
  return [
    {
      name: 'money.parse',
      subject: () => parseCny('1,234,567.89'),
      baseline: () => new D('1234567.89'),
    },
    {
      name: 'money.multiply-and-round',
      subject: () => multiplyAndRound('12000000.00', [rate]),
      baseline: () =>
        new D('12000000.00').times('0.00165').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    },
    {
      name: 'money.allocate-10',
      subject: () => allocate('19800.01', weights),
      baseline: () => bareAllocate(new D('1980001'), weights),
    },
    {
      name: 'money.uppercase',
      subject: () => toChineseUppercase('1234567890.12'),
      // No decimal.js equivalent exists: the baseline is reading and fixing the amount, the least any writer must do.
      baseline: () => new D('1234567890.12').toFixed(2),
    },
  ];
};
