import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  capAmount,
  floorAmount,
  multiplyAndRound,
  percent,
  permille,
  ratio,
  toChineseUppercase,
  type Rate,
} from '../src/index.js';
import {
  allocateOracle,
  fenText,
  fractionOf,
  MODES,
  multiplyOracle,
  roundFraction,
  type Fraction,
} from './helpers/money-oracle.js';
import { uppercaseOracle } from './helpers/uppercase-oracle.js';

// The money core against independent bigint oracles (test/helpers/money-oracle.ts, and the
// 人民币大写 writer in test/helpers/uppercase-oracle.ts). At least 1,000 cases each in every run;
// the fuzz command (docs/testing.md) raises them to FUZZ_RUNS (20,000 passes).
const RUNS = Math.max(1000, Number(process.env['FUZZ_RUNS'] ?? 0));
const TIMEOUT = 10_000 + RUNS * 3;

/** A decimal text with up to `digits` significant digits and up to `places` decimals. */
const decimalText = (digits: number, places: number, signed = false) =>
  fc
    .record({
      n: fc.bigInt({ min: 0n, max: 10n ** BigInt(digits) - 1n }),
      p: fc.integer({ min: 0, max: places }),
      neg: signed ? fc.boolean() : fc.constant(false),
    })
    .map(({ n, p, neg }) => {
      const s = n.toString().padStart(p + 1, '0');
      const text = p === 0 ? s : `${s.slice(0, s.length - p)}.${s.slice(s.length - p)}`;
      return `${neg && n !== 0n ? '-' : ''}${text}`;
    });

const fenArb = (max: bigint, signed: boolean) =>
  fc.oneof(
    fc.bigInt({ min: signed ? -max : 0n, max }),
    fc.constantFrom(
      0n,
      1n,
      5n,
      50n,
      99n,
      100n,
      149n,
      150n,
      250n,
      ...(signed ? [-1n, -5n, -150n] : []),
    ),
  );

/** A Rate made through a public constructor, and its exact fraction. */
const rateArb: fc.Arbitrary<{ rate: Rate; exact: Fraction }> = fc.oneof(
  decimalText(20, 20).map((t) => ({ rate: ratio(t), exact: fractionOf(t) })),
  decimalText(8, 4).map((t) => {
    const f = fractionOf(t);
    return { rate: permille(t), exact: { num: f.num, den: f.den * 1000n } };
  }),
  decimalText(6, 3).map((t) => {
    const f = fractionOf(t);
    return { rate: percent(t), exact: { num: f.num, den: f.den * 100n } };
  }),
);

describe('the money core against independent bigint oracles', () => {
  it(
    'MONEY-02 multiplyAndRound equals the bigint product rounded once, in every mode and unit, any sign',
    () => {
      fc.assert(
        fc.property(
          fenArb(10n ** 17n, true),
          fc.array(rateArb, { maxLength: 4 }),
          fc.constantFrom(...MODES),
          fc.constantFrom('fen' as const, 'yuan' as const),
          (fen, rates, mode, unit) => {
            const got = multiplyAndRound(
              fenText(fen),
              rates.map((r) => r.rate),
              { mode, unit },
            );
            const want = multiplyOracle(
              fen,
              rates.map((r) => r.exact),
              mode,
              unit,
            );
            expect(got.amount).toBe(fenText(want === 0n ? 0n : want));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'MONEY-03 capAmount rounds base × rate down and floorAmount up, exactly',
    () => {
      fc.assert(
        fc.property(fenArb(10n ** 17n, false), rateArb, (fen, { rate, exact }) => {
          const num = fen * exact.num;
          expect(capAmount(fenText(fen), rate).amount).toBe(
            fenText(roundFraction(num, exact.den, 'floor')),
          );
          expect(floorAmount(fenText(fen), rate).amount).toBe(
            fenText(roundFraction(num, exact.den, 'ceil')),
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'MONEY-04 allocate equals largest remainder with ties to the earlier payer, for any sign',
    () => {
      fc.assert(
        fc.property(
          fenArb(10n ** 15n, true),
          fc.array(
            fc
              .oneof(decimalText(6, 3), fc.constantFrom('1', '2', '3', '0.5', '33.3'))
              .filter((t) => fractionOf(t).num > 0n),
            { minLength: 1, maxLength: 12 },
          ),
          (fen, weights) => {
            const fr = weights.map(fractionOf);
            const common = fr.reduce((d, f) => (d > f.den ? d : f.den), 1n);
            const ints = fr.map((f) => (f.num * common) / f.den);
            expect(allocate(fenText(fen), weights).map((c) => c.amount)).toEqual(
              allocateOracle(fen, ints).map((f) => fenText(f === 0n ? 0n : f)),
            );
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'MONEY-07 toChineseUppercase equals the independent 人民币大写 writer up to 10^13 yuan',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.bigInt({ min: 0n, max: 10n ** 15n }),
            fc.bigInt({ min: 0n, max: 100_000_000n }),
            fc.constantFrom(0n, 1n, 10n, 100n, 1000n, 100_000n, 10_000_000_000n, 10n ** 15n),
          ),
          (fen) => {
            expect(toChineseUppercase(fenText(fen))).toBe(uppercaseOracle(fen));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('MONEY-02 the oracle itself, by hand: the seven modes on ±2.5 and ±2.4 fen', () => {
    const at = (num: bigint) => MODES.map((m) => roundFraction(num, 10n, m));
    // modes: half-up, half-even, half-down, up, down, ceil, floor
    expect(at(25n)).toEqual([3n, 2n, 2n, 3n, 2n, 3n, 2n]);
    expect(at(-25n)).toEqual([-3n, -2n, -2n, -3n, -2n, -2n, -3n]);
    expect(at(24n)).toEqual([2n, 2n, 2n, 3n, 2n, 3n, 2n]);
    expect(at(35n)).toEqual([4n, 4n, 3n, 4n, 3n, 4n, 3n]);
    expect(allocateOracle(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(allocateOracle(-100n, [1n, 1n, 1n])).toEqual([-34n, -33n, -33n]);
    expect(allocateOracle(5n, [1n, 3n])).toEqual([1n, 4n]);
  });
});
