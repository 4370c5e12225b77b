import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCny,
  parseCny,
  sumCny,
  subtractCny,
  compareCny,
  ValidationError,
} from '../../src/index.js';
import { fenArb, fenToText, RUNS, textToFen } from '../helpers/arbitraries.js';
import { issueSummariesOf, issuesOf } from '../helpers/issues.js';

const amount = (x: Parameters<typeof parseCny>[0]) => parseCny(x).amount;

describe('parseCny', () => {
  it.each([
    ['1200000', '1200000.00'],
    ['1,200,000.00', '1200000.00'],
    ['¥1,200,000.00', '1200000.00'],
    ['￥1,200,000', '1200000.00'],
    ['1,200,000.00元', '1200000.00'],
    ['120万元', '1200000.00'],
    ['120万', '1200000.00'],
    ['1.2亿', '120000000.00'],
    ['1.2亿元', '120000000.00'],
    ['1.234567万', '12345.67'],
    ['１２３', '123.00'],
    ['１，２００．５０', '1200.50'],
    ['人民币100元', '100.00'],
    ['  10.5  ', '10.50'],
    ['0.005万', '50.00'],
    ['100,000,000.00', '100000000.00'],
    ['1,000,000.05', '1000000.05'],
    ['-0', '0.00'],
  ])('MONEY-01 reads the spreadsheet form %s as %s', (input, expected) => {
    expect(amount(input)).toBe(expected);
  });

  it('MONEY-01 reads bigint as whole yuan and numbers with at most 2 decimals', () => {
    expect(amount(12n)).toBe('12.00');
    expect(amount(10.5)).toBe('10.50');
    expect(amount(0.01)).toBe('0.01');
    expect(amount(-0)).toBe('0.00');
    expect(amount(19800)).toBe('19800.00');
  });

  it('MONEY-01 keeps negative amounts only when asked', () => {
    expect(() => parseCny('-1')).toThrow(ValidationError);
    expect(parseCny('-1,234.50', { allowNegative: true }).amount).toBe('-1234.50');
    expect(parseCny('-¥0.50', { allowNegative: true }).amount).toBe('-0.50');
  });

  it.each([
    ['1.005'],
    ['0.001'],
    ['1.2345678万'],
    ['1e5'],
    ['1E5'],
    ['abc'],
    [''],
    ['   '],
    ['1,2,3'],
    ['12,34.00'],
    ['1.'],
    ['.5'],
    ['NaN'],
    ['Infinity'],
    ['1 000'],
    ['¥'],
    ['万'],
    ['1'.repeat(70)],
    ['1e999'],
    ['2万亿'],
  ])('MONEY-01 refuses %s with a ValidationError', (input) => {
    expect(() => parseCny(input)).toThrow(ValidationError);
  });

  it.each([
    [NaN],
    [Infinity],
    [-Infinity],
    [0.1 + 0.2],
    [1.005],
    [1e-7],
    [1e21],
    [Number.MAX_SAFE_INTEGER],
  ])('MONEY-01 refuses the JS number %s', (input) => {
    expect(() => parseCny(input)).toThrow(ValidationError);
  });

  it('MONEY-01 refuses amounts above the range and reports the path', () => {
    expect(() => parseCny('1000000000000000.01')).toThrow(ValidationError);
    expect(parseCny('1000000000000000').amount).toBe('1000000000000000.00');
    try {
      parseCny('abc', { path: ['items', 3, 'base'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const issue = (e as ValidationError).issues[0];
      expect(issue?.path).toEqual(['items', 3, 'base']);
      expect(issue?.code).toBe('invalid_amount');
      expect(issue?.message.zh).toContain('金额格式无效');
      expect(issue?.message.en).toContain('Invalid amount');
    }
  });

  it('MONEY-01 accepts a Cny object only when it is well formed', () => {
    expect(parseCny({ currency: 'CNY', amount: '1.50' }).amount).toBe('1.50');
    expect(() => parseCny({ currency: 'CNY', amount: '1.5' } as never)).toThrow(ValidationError);
    expect(() => parseCny({ currency: 'USD', amount: '1.50' } as never)).toThrow(ValidationError);
    const inherited = Object.create({ currency: 'CNY', amount: '1.50' }) as never;
    expect(() => parseCny(inherited)).toThrow(ValidationError);
    expect(() =>
      parseCny(JSON.parse('{"__proto__":{"currency":"CNY","amount":"1.50"}}') as never),
    ).toThrow(ValidationError);
  });

  it('MONEY-01 returns frozen values', () => {
    const v = parseCny('1.00');
    expect(Object.isFrozen(v)).toBe(true);
  });

  it('MONEY-01 parseCny(formatCny(x)) = x for every amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (fen) => {
        const x = parseCny(fenToText(fen), { allowNegative: true });
        expect(parseCny(formatCny(x), { allowNegative: true })).toEqual(x);
        expect(parseCny(formatCny(x, { symbol: false }), { allowNegative: true })).toEqual(x);
      }),
      RUNS,
    );
  });

  it('MONEY-01 reads any safe number with at most 2 decimals exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 90_071_992_547_409 }), (fen) => {
        const n = fen / 100; // the nearest double to the decimal we mean
        const text = fenToText(BigInt(fen));
        expect(parseCny(n).amount).toBe(text);
      }),
      RUNS,
    );
  });

  it('MONEY-01 sums exactly: no float drift over long sums', () => {
    expect(sumCny(Array.from({ length: 1000 }, () => '0.10')).amount).toBe('100.00');
    expect(sumCny(['0.10', '0.20']).amount).toBe('0.30');
    fc.assert(
      fc.property(fc.array(fenArb(10n ** 13n), { maxLength: 200 }), (fens) => {
        const expected = fens.reduce((a, b) => a + b, 0n);
        expect(textToFen(sumCny(fens.map(fenToText)).amount)).toBe(expected);
      }),
      RUNS,
    );
  });

  it('MONEY-01 subtracts and compares exactly', () => {
    expect(subtractCny('10.00', '0.01').amount).toBe('9.99');
    expect(subtractCny('0.01', '10.00').amount).toBe('-9.99');
    expect(compareCny('1.00', '1')).toBe(0);
    expect(compareCny('0.99', '1')).toBe(-1);
    expect(compareCny('1.01', '1')).toBe(1);
  });
});

describe('formatCny', () => {
  it.each([
    ['1234567.89', '¥1,234,567.89'],
    ['0', '¥0.00'],
    ['100', '¥100.00'],
    ['1000', '¥1,000.00'],
    ['100000000', '¥100,000,000.00'],
  ])('MONEY-01 formats %s as %s', (input, expected) => {
    expect(formatCny(parseCny(input))).toBe(expected);
  });
  it('MONEY-01 formats negatives with the sign before the symbol', () => {
    expect(formatCny(parseCny('-0.5', { allowNegative: true }))).toBe('-¥0.50');
  });
});

// The amounts people paste from spreadsheets: where parseCny stops accepting, and what it says then.
describe('parseCny at its edges', () => {
  it('MONEY-01 a pasted amount is trimmed before it is read, full-width spaces included', () => {
    expect(parseCny('  1,000.00\t').amount).toBe('1000.00');
    expect(parseCny('\u3000¥120万元\u3000').amount).toBe('1200000.00');
  });

  it('MONEY-01 text up to 64 characters is read; one more is refused before any pattern runs', () => {
    const at = `¥${' '.repeat(60)}100`; // 64 characters
    expect(at).toHaveLength(64);
    expect(parseCny(at).amount).toBe('100.00');
    expect(issuesOf(() => parseCny(`¥${' '.repeat(61)}100`))[0]).toMatchObject({
      code: 'invalid_amount',
      message: { en: 'Invalid amount: longer than 64 characters' },
    });
  });

  it('MONEY-01 a JS number is read while |x| × 100 is a safe integer, the limit itself included', () => {
    const limit = Number.MAX_SAFE_INTEGER / 100; // 90,071,992,547,409.9 as a double
    expect(parseCny(limit).amount).toBe('90071992547409.90');
    expect(issuesOf(() => parseCny(limit + 1))[0]?.code).toBe('out_of_range');
  });

  it('MONEY-01 the largest amount is 10^15 yuan unless maxYuan says otherwise', () => {
    expect(parseCny('1000000000000000').amount).toBe('1000000000000000.00');
    expect(parseCny('-1000000000000000', { allowNegative: true }).amount).toBe(
      '-1000000000000000.00',
    );
    expect(issuesOf(() => parseCny('1000000000000000.01'))[0]?.code).toBe('out_of_range');
    expect(parseCny('500', { maxYuan: 500 }).amount).toBe('500.00');
    expect(issuesOf(() => parseCny('500.01', { maxYuan: '500' }))[0]?.code).toBe('out_of_range');
  });

  it('each refusal keeps its path, code, expected value and bilingual message', () => {
    const cases: Record<string, () => unknown> = {
      empty: () => parseCny('   ', { path: ['base', 'amount'] }),
      'too long': () => parseCny('1'.repeat(65)),
      'not a pattern': () => parseCny('12 元 5'),
      NaN: () => parseCny(Number.NaN),
      Infinity: () => parseCny(Number.POSITIVE_INFINITY),
      'too large a JS number': () => parseCny(1e14),
      'a JS number in exponent form': () => parseCny(1e-7),
      'a bad maxYuan': () => parseCny('1', { maxYuan: 'lots' }),
      'above maxYuan': () => parseCny('¥1,000.00', { maxYuan: '999.99' }),
      'an object': () => parseCny({ amount: '1' } as never),
    };
    const seen = Object.fromEntries(
      Object.entries(cases).map(([name, f]) => [name, issueSummariesOf(f)]),
    );
    expect(seen).toMatchSnapshot();
  });
});
