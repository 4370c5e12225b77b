import { Decimal } from 'decimal.js';
import { seeded, type Pair } from '../harness.js';
import type { Lib } from '../pair.js';

// Each baseline is the same operation written directly with decimal.js, with no validation and no
// explanation — what a careful hand-written implementation costs — and gives the library's answers
// (checked before timing). Inputs vary, drawn from a seeded generator.
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

/** `count` amounts in fen between 1.00 and 999,999,999.99, as plain decimal strings. */
export function amounts(count: number, seed: number): string[] {
  const rnd = seeded(seed);
  return Array.from({ length: count }, () => {
    const fen = 100 + Math.floor(rnd() * 99_999_999_900);
    return `${String(Math.floor(fen / 100))}.${String(fen % 100).padStart(2, '0')}`;
  });
}

const withSeparators = (s: string): string => {
  const [yuan = '', fen = ''] = s.split('.');
  return `${yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fen}`;
};

type Cny = { readonly amount: string };

export const moneyPairs = ({
  allocate,
  multiplyAndRound,
  parseCny,
  permille,
}: Lib): Pair<string>[] => {
  const rate = permille('1.65');
  const plain = amounts(1000, 1);
  return [
    {
      name: 'money.parse',
      inputs: plain.map(withSeparators),
      ours: (s) => parseCny(s),
      baseline: (s) => new D(s.replace(/,/g, '')).toFixed(2),
      answerOf: { ours: (r) => (r as Cny).amount, baseline: (r) => r as string },
    },
    {
      name: 'money.multiply-and-round',
      inputs: plain,
      ours: (s) => multiplyAndRound(s, [rate]),
      baseline: (s) =>
        new D(s).times('0.00165').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
      answerOf: { ours: (r) => (r as Cny).amount, baseline: (r) => r as string },
    },
    {
      name: 'money.allocate-10',
      inputs: plain,
      ours: (s) => allocate(s, weights),
      baseline: (s) => bareAllocate(new D(s).times(100), weights),
      answerOf: {
        ours: (r) => (r as Cny[]).map((c) => c.amount).join(' '),
        baseline: (r) => (r as Decimal[]).map((d) => d.toFixed(2)).join(' '),
      },
    },
  ];
};
