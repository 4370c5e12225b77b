import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, ValidationError } from '../../src/index.js';
import { fenArb, fenToText, RUNS, textToFen } from '../helpers/arbitraries.js';

const parts = (total: string, weights: Parameters<typeof allocate>[1]) =>
  allocate(total, weights).map((p) => p.amount);

describe('allocate', () => {
  it('MONEY-04 splits by largest remainder; ties go to the payer listed first', () => {
    expect(parts('100.00', [1, 1, 1])).toEqual(['33.34', '33.33', '33.33']);
    expect(parts('0.02', [1, 1, 1])).toEqual(['0.01', '0.01', '0.00']);
    expect(parts('19800.00', ['70', '30'])).toEqual(['13860.00', '5940.00']);
    // 10.00 by 1:2:3 = 1.666…, 3.333…, 5.00 → floors 1.66, 3.33, 5.00 (0.01 left) → largest remainder is the first.
    expect(parts('10.00', [1, 2, 3])).toEqual(['1.67', '3.33', '5.00']);
    expect(parts('-100.00', [1, 1, 1])).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(parts('0', [1, 2])).toEqual(['0.00', '0.00']);
    expect(parts('1.00', ['0.333', '0.667'])).toEqual(['0.33', '0.67']);
  });

  it('MONEY-04 refuses empty, zero and negative weights with the index in the path', () => {
    expect(() => allocate('1', [])).toThrow(ValidationError);
    expect(() => allocate('1', [0, 0])).toThrow(ValidationError);
    try {
      allocate('1', [1, -1, 'x']);
      expect.unreachable();
    } catch (e) {
      const issues = (e as ValidationError).issues;
      expect(issues.map((i) => i.path)).toEqual([
        ['weights', 1],
        ['weights', 2],
      ]);
    }
  });

  it('MONEY-04 parts sum exactly to the total and each is within one fen of its exact share', () => {
    fc.assert(
      fc.property(
        fenArb(10n ** 13n),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        (fen, weights) => {
          const got = allocate(fenToText(fen), weights).map((p) => textToFen(p.amount));
          expect(got.reduce((a, b) => a + b, 0n)).toBe(fen);
          const W = weights.reduce((a, b) => a + BigInt(b), 0n);
          got.forEach((part, i) => {
            const exactTimesW = fen * BigInt(weights[i] ?? 0);
            const diff = part * W - exactTimesW;
            expect(part >= 0n).toBe(true);
            expect((diff < 0n ? -diff : diff) < W).toBe(true);
          });
        },
      ),
      RUNS,
    );
  });

  it('MONEY-04 does not mutate the weights and returns frozen parts', () => {
    const weights = Object.freeze([1, 2, 3]);
    const result = allocate('10', weights);
    expect(weights).toEqual([1, 2, 3]);
    expect(Object.isFrozen(result)).toBe(true);
    expect(result.every((p) => Object.isFrozen(p))).toBe(true);
  });
});
