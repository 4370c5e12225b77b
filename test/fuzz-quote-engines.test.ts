import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES } from '../src/money/decimal.js';
import { Dec } from '../src/money/decimal.js';
import {
  canonicalText,
  divToSignificant20,
  fixedFrom,
  fixedToFen,
  fixedToString,
  roundTo,
} from '../src/money/fixed.js';
import { readQuoteInput } from '../src/premium/fast-input.js';
import { decimalFigures } from '../src/premium/figures-decimal.js';
import { quoteFigures, type FigureInput } from '../src/premium/figures.js';
import { FLOAT_REASON_CODES } from '../src/premium/reasons.js';
import { QuoteInputSchema } from '../src/premium/schema.js';
import { BASE_KINDS, JURISDICTION_IDS } from '../src/profiles/schema.js';

// Issue 21: quotes compute in exact scaled integers (src/premium/figures.ts) instead of decimal.js.
// These properties prove the fast paths give what the decimal.js path gives, on every input shape:
// the quote arithmetic against the decimal.js engine kept as the oracle (src/premium/figures-decimal.ts),
// the fixed-point primitives against decimal.js, and the quick input reader against the zod schema.
// At least 1,000 runs each; the fuzz command (FUZZ_RUNS=20000, docs/testing.md) runs 5 × FUZZ_RUNS,
// i.e. 100,000 each.
const RUNS = Math.max(1000, 5 * Number(process.env['FUZZ_RUNS'] ?? 0));
const TIMEOUT = 20_000 + RUNS * 4;

/** Digit text with up to `int` integer digits and `places` decimals, possibly with leading/trailing zeros. */
const decimalText = (int: number, places: number) =>
  fc
    .record({
      whole: fc.bigInt({ min: 0n, max: 10n ** BigInt(int) - 1n }),
      fraction: fc.bigInt({ min: 0n, max: 10n ** BigInt(places) - 1n }),
      p: fc.integer({ min: 0, max: places }),
      lead: fc.constantFrom('', '', '', '0', '00'),
      trail: fc.constantFrom('', '', '', '0', '000'),
    })
    .map(({ whole, fraction, p, lead, trail }) => {
      if (p === 0) return `${lead}${whole.toString()}`;
      const f = (fraction % 10n ** BigInt(p)).toString().padStart(p, '0');
      return `${lead}${whole.toString()}.${f}${trail}`;
    });

const positive = (arb: fc.Arbitrary<string>) => arb.filter((t) => !new Dec(t).isZero());

/** Rates: realistic ‰-sized ones near the Anhui band, and anything a derived profile may hold. */
const rateText = fc.oneof(
  fc.constantFrom('0.00165', '0.0017', '0.00132', '0.00198', '0.0015', '0.002', '0.003'),
  fc.constantFrom('0.005', '0.015', '0.5', '0.25', '0.125'), // ties at the fen and the yuan
  positive(decimalText(1, 8).map((t) => `0.00${t.replace('.', '')}`)),
  positive(decimalText(20, 30)),
);

const percentText = fc
  .record({
    t: decimalText(3, 6),
    sign: fc.constantFrom('', '-', '+'),
  })
  .map(({ t, sign }) => `${sign}${t}`)
  .filter((t) => new Dec(t).abs().lessThanOrEqualTo(1000));

const percents = fc.oneof(
  fc.array(fc.integer({ min: -30, max: 30 }).map(String), { maxLength: 4 }),
  fc.array(percentText, { maxLength: 20 }),
  fc.constantFrom(['-100'], ['-50', '-50'], ['1000'], ['-1000'], ['20'], ['-20'], ['25']),
);

const band = fc.option(
  fc.tuple(rateText, rateText).map(([a, b]) => {
    const [floor, ceiling] = new Dec(a).lessThanOrEqualTo(b) ? [a, b] : [b, a];
    return { floor, ceiling };
  }),
);

const figureInput: fc.Arbitrary<FigureInput> = fc.record({
  base: positive(fc.oneof(decimalText(13, 2), decimalText(4, 2))).map((t) =>
    t.replace(/(\.\d\d)0+$/, '$1'),
  ),
  rate: rateText,
  percents,
  additive: fc.boolean(),
  band: fc.oneof(band, fc.constant({ floor: '0.00132', ceiling: '0.00198' })),
  rounding: fc.record({
    mode: fc.constantFrom(...ROUNDING_MODES),
    unit: fc.constantFrom('fen' as const, 'yuan' as const),
  }),
  capRatios: fc.tuple(
    fc.option<string>(
      fc.oneof(fc.constantFrom('0.2', '0.05', '0.15'), positive(decimalText(2, 20))),
    ),
    fc.option<string>(fc.constantFrom('0.05', '0.1', '0.333333')),
  ),
});

describe('the exact-integer quote engine equals the decimal.js engine', () => {
  it(
    'MONEY-02 every figure of a quote — factor, band clamp, exact and rounded premium, caps, applied factor — is the same text from both engines',
    () => {
      fc.assert(
        fc.property(figureInput, (input) => {
          expect(quoteFigures(input)).toEqual(decimalFigures(input));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('MONEY-02 the engines agree at the band bounds, on a zero factor and on a zero premium', () => {
    const base: FigureInput = {
      base: '12000000',
      rate: '0.00165',
      percents: [],
      additive: false,
      band: { floor: '0.00132', ceiling: '0.00198' },
      rounding: { mode: 'half-up', unit: 'fen' },
      capRatios: ['0.2', '0.05'],
    };
    const cases: FigureInput[] = [
      { ...base, percents: ['20'] }, // exactly the ceiling: not clamped
      { ...base, percents: ['-20'] }, // exactly the floor: not clamped
      { ...base, percents: ['20.000001'] }, // just above: clamped
      { ...base, percents: ['-100'] }, // factor 0: refused
      { ...base, percents: ['-60', '-60'], additive: true }, // factor −0.2: refused
      { ...base, base: '0.01', rounding: { mode: 'down', unit: 'yuan' } }, // premium 0.00
      { ...base, rate: '0.0017', percents: ['-30'] }, // 1.32‰ ÷ 1.7‰: a repeating quotient
    ];
    const got = cases.map(quoteFigures);
    expect(got).toEqual(cases.map(decimalFigures));
    // Worked by hand: 12,000,000 × 0.00165 × 1.2 = 23,760.00 (the ceiling itself, not clamped).
    expect(got[0]).toMatchObject({ clampedTo: null, premium: '23760.00', effective: '0.00198' });
    expect(got[1]).toMatchObject({ clampedTo: null, premium: '15840.00', effective: '0.00132' });
    expect(got[2]).toMatchObject({ clampedTo: 'ceiling', premium: '23760.00', applied: '1.2' });
    expect(got[3]).toEqual({ positive: false, requested: '0' });
    expect(got[4]).toEqual({ positive: false, requested: '-0.2' });
    // 0.01 × 0.00165 = 0.0000165 yuan, rounded down to the yuan: 0.
    expect(got[5]).toMatchObject({ premium: '0.00', caps: ['0.00', '0.00'] });
    // 0.00132 ÷ 0.0017 = 0.776470588235294117647… → 20 significant digits, half-up.
    expect(got[6]).toMatchObject({ clampedTo: 'floor', applied: '0.77647058823529411765' });
  });
});

describe('the fixed-point primitives print and round as decimal.js does', () => {
  const signedText = fc
    .record({
      t: fc.oneof(decimalText(25, 25), decimalText(6, 3), decimalText(3, 1)), // short ones tie often
      sign: fc.constantFrom('', '-', '+'),
    })
    .map(({ t, sign }) => `${sign}${t}`);

  it(
    'MONEY-02 reading, printing and rounding in all seven modes to the fen and the yuan equal decimal.js',
    () => {
      fc.assert(
        fc.property(
          signedText,
          fc.constantFrom(...ROUNDING_MODES),
          fc.constantFrom(0, 2),
          (text, mode, places) => {
            const x = fixedFrom(text);
            if (x === null) throw new Error(`unread: ${text}`);
            const d = new Dec(text);
            expect(fixedToString(x)).toBe(d.toString());
            expect(canonicalText(text, x)).toBe(d.toString());
            const rounding = {
              'half-up': Dec.ROUND_HALF_UP,
              'half-even': Dec.ROUND_HALF_EVEN,
              'half-down': Dec.ROUND_HALF_DOWN,
              up: Dec.ROUND_UP,
              down: Dec.ROUND_DOWN,
              ceil: Dec.ROUND_CEIL,
              floor: Dec.ROUND_FLOOR,
            }[mode];
            const r = d.toDecimalPlaces(places, rounding);
            expect(fixedToFen(roundTo(roundTo(x, places, mode), 2, 'down'))).toBe(
              r.isZero() ? '0.00' : r.toFixed(2),
            );
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'MONEY-02 a quotient to 20 significant digits equals decimal.js’s div().toSignificantDigits(20)',
    () => {
      fc.assert(
        fc.property(
          signedText,
          signedText.filter((t) => !new Dec(t).isZero()),
          (a, b) => {
            const q = divToSignificant20(
              fixedFrom(a) ?? { n: 0n, s: 0 },
              fixedFrom(b) ?? {
                n: 1n,
                s: 0,
              },
            );
            expect(fixedToString(q)).toBe(new Dec(a).div(b).toSignificantDigits(20).toString());
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('MONEY-02 worked by hand: trailing zeros, signs, half-even ties, a carry into a new digit', () => {
    const read = (t: string) => fixedFrom(t) ?? { n: 0n, s: 0 };
    expect(fixedToString(read('-000.1500'))).toBe('-0.15');
    expect(fixedToString(read('-0.000'))).toBe('0');
    expect(fixedToString(read('+1200'))).toBe('1200');
    expect(fixedFrom('1e5')).toBeNull();
    expect(fixedFrom(' 1')).toBeNull();
    expect(fixedToFen(roundTo(read('0.125'), 2, 'half-even'))).toBe('0.12');
    expect(fixedToFen(roundTo(read('0.135'), 2, 'half-even'))).toBe('0.14');
    expect(fixedToFen(roundTo(read('-0.125'), 2, 'half-up'))).toBe('-0.13');
    expect(fixedToFen(roundTo(read('-0.125'), 2, 'half-down'))).toBe('-0.12');
    expect(fixedToFen(roundTo(read('-0.121'), 2, 'ceil'))).toBe('-0.12');
    expect(fixedToFen(roundTo(read('-0.121'), 2, 'floor'))).toBe('-0.13');
    expect(fixedToFen(roundTo(read('9.995'), 2, 'half-up'))).toBe('10.00');
    expect(fixedToString(divToSignificant20(read('2'), read('3')))).toBe('0.66666666666666666667');
    expect(fixedToString(divToSignificant20(read('-1'), read('8')))).toBe('-0.125');
    expect(fixedToString(divToSignificant20(read('1e0'.replace('e0', '')), read('0.0001')))).toBe(
      '10000',
    );
  });
});

// The quick reader of quote inputs against the schema.
const percentValue = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }),
  fc.double({ noDefaultInfinity: false }),
  percentText,
  fc.string({ maxLength: 6 }),
);
const validQuoteInput = fc.record(
  {
    jurisdiction: fc.constantFrom(...JURISDICTION_IDS),
    asOf: fc.constantFrom('2026-01-01', '2024-02-29', '2019-07-01'),
    base: fc.record({
      kind: fc.constantFrom(...BASE_KINDS),
      amount: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.bigInt(), decimalText(13, 2)),
    }),
    rate: fc.oneof(
      fc.constant({ source: 'reference' }),
      fc.record(
        {
          source: fc.constant('filed'),
          rate: fc.option(
            fc.record({
              value: fc.oneof(rateText, fc.constant('-0.1')),
              unit: fc.constantFrom('permille', 'percent', 'decimal'),
            }),
            { nil: undefined },
          ),
          insurer: fc.option(fc.string(), { nil: undefined }),
        },
        { requiredKeys: ['source'] },
      ),
    ),
    adjustments: fc.array(
      fc.record(
        {
          percent: percentValue,
          reason: fc.constantFrom(...FLOAT_REASON_CODES),
          note: fc.option(fc.string(), { nil: undefined }),
        },
        { requiredKeys: ['percent', 'reason'] },
      ),
      { maxLength: 21 },
    ),
    combine: fc.constantFrom('multiplicative', 'additive', undefined),
    outOfBand: fc.constantFrom('clamp', 'reject', undefined),
    rounding: fc.record(
      {
        mode: fc.constantFrom(...ROUNDING_MODES, undefined),
        unit: fc.constantFrom('fen', 'yuan', undefined),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['jurisdiction', 'asOf', 'base'] },
);
const KEYS = ['jurisdiction', 'asOf', 'base', 'rate', 'adjustments', 'combine', 'outOfBand'];
/** Valid inputs, and the same with one top-level or nested value replaced by anything. */
const quoteInput = fc
  .tuple(
    validQuoteInput,
    fc.option(
      fc.record({
        key: fc.constantFrom(...KEYS, 'rounding', 'extra'),
        inner: fc.constantFrom(null, 'kind', 'amount', 'source', 'mode', 0),
        value: fc.anything(),
      }),
      { freq: 2 },
    ),
  )
  .map(([input, change]) => {
    if (change === null) return input;
    const out: Record<string, unknown> = { ...input };
    const target = out[change.key];
    if (change.inner === null || typeof target !== 'object' || target === null)
      out[change.key] = change.value;
    else if (Array.isArray(target)) out[change.key] = [...(target as unknown[]), change.value];
    else out[change.key] = { ...target, [change.inner]: change.value };
    return out;
  });

describe('the quick reader of quote inputs equals the schema', () => {
  it(
    'MONEY-01 whenever the quick reader accepts an input, the zod schema accepts it and gives the same data',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(quoteInput, (input) => {
          const fast = readQuoteInput(input);
          if (fast === null) return;
          accepted += 1;
          const parsed = z.safeParse(QuoteInputSchema, input);
          expect(parsed.error?.issues ?? []).toEqual([]);
          expect(fast).toEqual(parsed.data);
          if (fast.adjustments !== undefined) expect(Object.isFrozen(fast.adjustments)).toBe(true);
          if (fast.rate?.source === 'filed' && fast.rate.rate !== undefined)
            expect(Object.isFrozen(fast.rate.rate)).toBe(true);
        }),
        { numRuns: RUNS },
      );
      expect(accepted).toBeGreaterThan(RUNS / 4); // the property is not vacuous
    },
    TIMEOUT,
  );

  it('MONEY-01 the quick reader leaves every unusual shape to the schema', () => {
    const ok = {
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      base: { kind: 'contract-price', amount: '1' },
    };
    expect(readQuoteInput(ok)).toEqual(ok);
    const refused: unknown[] = [
      null,
      [],
      { ...ok, extra: 1 },
      { ...ok, base: { ...ok.base, amount: { currency: 'CNY', amount: '1.00' } } },
      { ...ok, base: { kind: 'contract-price' } },
      { ...ok, asOf: '2026-02-30' },
      {
        ...ok,
        adjustments: Array.from({ length: 21 }, () => ({ percent: 1, reason: 'accident' })),
      },
      { ...ok, adjustments: [{ percent: NaN, reason: 'accident' }] },
      { ...ok, rate: { source: 'reference', rate: undefined } },
      Object.assign(Object.create({ inherited: 1 }) as object, ok),
    ];
    for (const input of refused) expect(readQuoteInput(input)).toBeNull();
  });
});
