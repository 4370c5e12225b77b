import { describe, expect, it } from 'vitest';
import { parseCny } from '../../src/index.js';
import { issueSummariesOf, issuesOf } from '../helpers/issues.js';

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
