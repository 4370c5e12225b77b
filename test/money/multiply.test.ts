import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  multiplyAndRound,
  parseCny,
  percent,
  permille,
  ratio,
  ValidationError,
} from '../../src/index.js';
import { fenArb, fenToText, halfUp, permilleArb, RUNS, textToFen } from '../helpers/arbitraries.js';

const premium = (base: string, ...rates: Parameters<typeof multiplyAndRound>[1]) =>
  multiplyAndRound(base, rates).amount;

describe('multiplyAndRound', () => {
  it('MONEY-02 Anhui 12,000,000.00 × 1.65‰ = 19,800.00 (hand-worked from 建质规〔2025〕6号 一(八))', () => {
    expect(premium('12000000.00', permille('1.65'))).toBe('19800.00');
    expect(premium('12000000.00', permille('1.65'), ratio('0.8'))).toBe('15840.00');
    expect(premium('12000000.00', permille('1.65'), ratio('1.2'))).toBe('23760.00');
  });

  it('MONEY-02 rounds half-up once, at the end, never in between', () => {
    // 0.005 and 0.015: the classic float traps. 1 × 0.005 is exactly half a fen.
    expect(premium('1.00', ratio('0.005'))).toBe('0.01');
    expect(premium('1.00', ratio('0.015'))).toBe('0.02');
    expect(premium('1.00', ratio('0.0049999'))).toBe('0.00');
    // Rounding in between would differ: 0.01 × 0.5 = 0.005 → 0.01, × 3 = 0.03; exact 0.015 → 0.02.
    expect(premium('0.01', ratio('0.5'), ratio('3'))).toBe('0.02');
    expect(premium('10.50', percent(10))).toBe('1.05');
    expect(premium('10000000000000', permille('1.98'))).toBe('19800000000.00');
  });

  it('MONEY-02 offers other modes and the yuan unit', () => {
    expect(multiplyAndRound('1.00', [ratio('0.015')], { mode: 'half-even' }).amount).toBe('0.02');
    expect(multiplyAndRound('1.00', [ratio('0.025')], { mode: 'half-even' }).amount).toBe('0.02');
    expect(multiplyAndRound('1.00', [ratio('0.025')], { mode: 'half-down' }).amount).toBe('0.02');
    expect(multiplyAndRound('1.00', [ratio('0.021')], { mode: 'up' }).amount).toBe('0.03');
    expect(multiplyAndRound('1.00', [ratio('0.029')], { mode: 'down' }).amount).toBe('0.02');
    expect(multiplyAndRound('-1.00', [ratio('0.021')], { mode: 'floor' }).amount).toBe('-0.03');
    expect(multiplyAndRound('-1.00', [ratio('0.029')], { mode: 'ceil' }).amount).toBe('-0.02');
    expect(multiplyAndRound('12345678', [permille('1.65')], { unit: 'yuan' }).amount).toBe(
      '20370.00',
    );
    expect(multiplyAndRound('303', [ratio('0.5')], { unit: 'yuan' }).amount).toBe('152.00');
  });

  it('MONEY-02 refuses unknown modes and units', () => {
    expect(() => multiplyAndRound('1', [], { mode: 'bankers' as never })).toThrow(ValidationError);
    expect(() => multiplyAndRound('1', [], { unit: 'jiao' as never })).toThrow(ValidationError);
    expect(() => multiplyAndRound('1', [{ value: 'x', unit: 'percent' } as never])).toThrow(
      ValidationError,
    );
    expect(() => multiplyAndRound('1', 'abc' as never)).toThrow(ValidationError);
  });

  it('MONEY-02 equals the exact half-up rounding of base × rate, within half a fen', () => {
    fc.assert(
      fc.property(fenArb(10n ** 15n), permilleArb, (fen, rate) => {
        const got = textToFen(multiplyAndRound(fenToText(fen), [permille(rate.text)]).amount);
        expect(got).toBe(halfUp(fen * rate.num, rate.den));
        // |rounded − exact| ≤ half a fen:  |got·den − fen·num| ≤ den / 2
        const diff = got * rate.den - fen * rate.num;
        expect(2n * (diff < 0n ? -diff : diff) <= rate.den).toBe(true);
      }),
      RUNS,
    );
  });

  it('MONEY-02 rounding is monotone in the base and in the factor', () => {
    fc.assert(
      fc.property(fenArb(10n ** 13n), fenArb(10n ** 13n), permilleArb, (a, b, rate) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const r = permille(rate.text);
        const pLo = textToFen(multiplyAndRound(fenToText(lo), [r]).amount);
        const pHi = textToFen(multiplyAndRound(fenToText(hi), [r]).amount);
        expect(pLo <= pHi).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        fenArb(10n ** 13n),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 4000 }),
        (fen, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const r = permille('1.65');
          const f = (k: number) =>
            textToFen(multiplyAndRound(fenToText(fen), [r, ratio((k / 1000).toFixed(3))]).amount);
          expect(f(lo) <= f(hi)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('MONEY-02 never depends on binary floats: 0.1 × 3 is 0.30', () => {
    expect(multiplyAndRound(parseCny('0.10'), [ratio('3')]).amount).toBe('0.30');
    expect(multiplyAndRound('1.10', [ratio('1.1')]).amount).toBe('1.21');
  });
});
