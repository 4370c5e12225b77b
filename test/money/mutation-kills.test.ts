import { describe, expect, it } from 'vitest';
import {
  allocate,
  coverageRate,
  formatCny,
  formatRate,
  isCny,
  isRate,
  multiplyAndRound,
  parseCny,
  permille,
  ratio,
  sumCny,
} from '../../src/index.js';
import { issueSummariesOf, issuesOf } from '../helpers/issues.js';

// Examples that pin behaviour the property tests did not: each was a mutant Stryker reported as
// surviving (`npm run mutation`), checked by hand against the rule.

describe('money edges the mutants found', () => {
  it('MONEY-04 fractional weights keep every decimal: 1 : 1.5 splits 100.00 as 40.00 / 60.00', () => {
    // Scaling by the fewest decimals would turn 1.5 into 2 and split 33.34 / 66.66.
    expect(allocate('100.00', [1, '1.5']).map((c) => c.amount)).toEqual(['40.00', '60.00']);
    expect(allocate('100.00', ['0.25', '0.5', 1]).map((c) => c.amount)).toEqual([
      '14.29',
      '28.57',
      '57.14',
    ]);
  });

  it('MONEY-04 at most 100,000 parts: exactly the limit works, one more is refused', () => {
    const parts = allocate('1000.00', Array<number>(100_000).fill(1));
    expect(parts).toHaveLength(100_000);
    expect(parts[0]?.amount).toBe('0.01');
    expect(issuesOf(() => allocate('1.00', Array<number>(100_001).fill(1)))[0]?.path).toEqual([
      'weights',
    ]);
  });

  it('MONEY-04 every bad weight is reported at once, each with its index', () => {
    const issues = issuesOf(() => allocate('1.00', [1, 0, 'x', -2]));
    expect(issues.map((i) => i.path)).toEqual([
      ['weights', 1],
      ['weights', 2],
      ['weights', 3],
    ]);
  });

  it('MONEY-01 sumCny accepts negative amounts and names the bad item by its index', () => {
    expect(sumCny(['-1.00', '2.50']).amount).toBe('1.50');
    expect(issuesOf(() => sumCny(['1.00', '2.00', 'x']))[0]?.path).toEqual([2]);
  });

  it('MONEY-05 coverage counts must be whole numbers ≥ 0 and decimals 0–10', () => {
    expect(issuesOf(() => coverageRate(-1, 3))[0]?.path).toEqual(['insured']);
    expect(issuesOf(() => coverageRate(1.5, 3))[0]?.path).toEqual(['insured']);
    expect(issuesOf(() => coverageRate(1, Number.NaN))[0]?.path).toEqual(['total']);
    expect(coverageRate(1, 3, { decimals: 10 }).percent).toBe('33.3333333333');
    expect(coverageRate(1, 3, { decimals: 0 }).percent).toBe('33');
    expect(issuesOf(() => coverageRate(1, 3, { decimals: 11 }))[0]?.path).toEqual(['decimals']);
    expect(issuesOf(() => coverageRate(1, 3, { decimals: -1 }))[0]?.path).toEqual(['decimals']);
    expect(issuesOf(() => coverageRate(1, 3, { decimals: 1.5 }))[0]?.path).toEqual(['decimals']);
  });

  it('MONEY-01 formatCny shows ¥ unless asked not to', () => {
    expect(formatCny(parseCny('1234.5'))).toBe('¥1,234.50');
    expect(formatCny(parseCny('1234.5'), { symbol: false })).toBe('1,234.50');
    expect(formatCny(parseCny('-0.5', { allowNegative: true }), { symbol: false })).toBe('-0.50');
  });

  it('MONEY-06 formatRate decimals are whole numbers 0–20', () => {
    expect(formatRate(permille('1.65'), { decimals: 0 })).toBe('2‰');
    expect(formatRate(permille('1.65'), { decimals: 20 })).toBe('1.65000000000000000000‰');
    for (const decimals of [-1, 21, 1.5])
      expect(issuesOf(() => formatRate(permille('1.65'), { decimals }))[0]?.path).toEqual([
        'decimals',
      ]);
  });

  it('MONEY-01 a JS number is trusted only while every fen is exact; exponents are refused', () => {
    expect(parseCny(90_071_992_547_409).amount).toBe('90071992547409.00');
    expect(issuesOf(() => parseCny(100_000_000_000_000))[0]?.code).toBe('out_of_range');
    expect(issuesOf(() => parseCny(1e-7))[0]?.code).toBe('too_many_decimals');
  });

  it('MONEY-01 the predicates refuse numbers where strings belong and unknown units', () => {
    expect(isCny({ currency: 'CNY', amount: 100.25 })).toBe(false);
    expect(isCny({ currency: 'CNY', amount: '100.25' })).toBe(true);
    expect(isRate({ value: 1.65, unit: 'permille' })).toBe(false);
    expect(isRate({ value: '1.65', unit: 'basis-point' })).toBe(false);
    expect(isRate({ value: '1.65', unit: 'permille' })).toBe(true);
  });

  it('MONEY-06 rates read strings (trimmed), safe JS numbers and bigints; noisy numbers are refused', () => {
    expect(ratio(' 1.65 ').value).toBe('1.65');
    expect(ratio(2n).value).toBe('2');
    expect(ratio(0.123456789012345).value).toBe('0.123456789012345'); // 15 digits: exact
    expect(issuesOf(() => ratio(0.1 + 0.2))[0]?.expected).toBe('a decimal string');
  });

  it('MONEY-06 rate digits are bounded at their edges: 10^20, 20 places, 20 significant digits', () => {
    expect(ratio('100000000000000000000').value).toBe('100000000000000000000');
    expect(ratio(`0.${'0'.repeat(19)}1`).value).toBe(`0.${'0'.repeat(19)}1`);
    expect(ratio('1234567890.123456789').value).toBe('1234567890.123456789');
    expect(issuesOf(() => ratio('100000000000000000001'))[0]?.expected).toBe('at most 20 digits');
    expect(issuesOf(() => ratio(`0.${'0'.repeat(20)}1`))[0]?.expected).toBe(
      'at most 20 decimal places',
    );
    expect(issuesOf(() => ratio('1234567890.12345678901'))[0]?.expected).toBe(
      'at most 20 significant digits',
    );
  });

  it('MONEY-01 sumCny refuses a string (it would sum its characters)', () => {
    expect(issuesOf(() => sumCny('12' as never))[0]?.code).toBe('invalid_type');
  });

  // What a caller sees for each edge: path, code, expected value and both messages, pinned.
  it('the edge errors keep their paths and messages', () => {
    const cases: Record<string, () => unknown> = {
      'noisy number': () => permille(0.1 + 0.2),
      'too large': () => permille('100000000000000000001'),
      'too many places': () => permille(`0.${'0'.repeat(20)}1`),
      'too many digits': () => permille('1234567890.12345678901'),
      'unknown rounding key': () => multiplyAndRound('1.00', [], { modee: 'down' } as never),
      'unknown rounding unit': () => multiplyAndRound('1.00', [], { unit: 'jiao' } as never),
      'rounding not an object': () => multiplyAndRound('1.00', [], 'down' as never),
      'too many parts': () => allocate('1.00', Array<number>(100_001).fill(1)),
      'weight zero': () => allocate('1.00', [1, 0]),
      'coverage decimals': () => coverageRate(1, 2, { decimals: 11 }),
      'insured above total': () => coverageRate(3, 2),
      'sum of a string': () => sumCny('12' as never),
    };
    const seen = Object.fromEntries(
      Object.entries(cases).map(([name, f]) => [name, issueSummariesOf(f)]),
    );
    expect(seen).toMatchSnapshot();
  });

  it('MONEY-01 a pasted amount keeps its sign, whichever minus it uses', () => {
    expect(parseCny('-5', { allowNegative: true }).amount).toBe('-5.00');
    expect(parseCny('\u22125', { allowNegative: true }).amount).toBe('-5.00'); // U+2212 MINUS SIGN
    expect(parseCny(' ¥1,000.00 ').amount).toBe('1000.00');
    expect(issuesOf(() => parseCny('\u22125'))[0]?.code).toBe('negative_not_allowed');
  });
});
