import { describe, expect, it } from 'vitest';
import { coverageRate } from '../../src/index.js';
import { isCoverageRate } from '../../src/money/coverage.js';

// Builders and renderers re-check a coverage rate that may have come back from JSON or been edited:
// the guard must take exactly what coverageRate makes, and refuse each way of breaking it.
describe('isCoverageRate', () => {
  it('MONEY-05 takes what coverageRate makes, the not-applicable form included', () => {
    for (const [i, t] of [
      [0, 0],
      [0, 5],
      [7, 10],
      [10, 10],
      [1, 3],
    ] as const)
      expect(isCoverageRate(coverageRate(i, t))).toBe(true);
    expect(isCoverageRate(JSON.parse(JSON.stringify(coverageRate(2, 3))))).toBe(true);
  });

  it.each([
    ['not applicable with a count', { applicable: false, insured: 1, total: 0, percent: null }],
    ['not applicable with a total', { applicable: false, insured: 0, total: 3, percent: null }],
    ['not applicable with a percent', { applicable: false, insured: 0, total: 0, percent: '0.00' }],
    ['applicable as a string', { applicable: 'true', insured: 1, total: 2, percent: '50.00' }],
    ['a fractional insured count', { applicable: true, insured: 1.5, total: 2, percent: '75.00' }],
    ['a fractional total', { applicable: true, insured: 1, total: 2.5, percent: '40.00' }],
    ['a negative insured count', { applicable: true, insured: -1, total: 2, percent: '0.00' }],
    ['more insured than total', { applicable: true, insured: 3, total: 2, percent: '150.00' }],
    ['a numeric percent', { applicable: true, insured: 1, total: 2, percent: 50 }],
    ['a percent that is not a decimal', { applicable: true, insured: 1, total: 2, percent: '50%' }],
    ['an extra key', { applicable: true, insured: 1, total: 2, percent: '50.00', note: 'x' }],
    ['a missing key', { applicable: true, insured: 1, total: 2 }],
    ['null', null],
  ])('MONEY-05 refuses %s', (_, value) => {
    expect(isCoverageRate(value)).toBe(false);
  });

  it('MONEY-05 zero insured of a positive total is a valid 0.00%', () => {
    expect(isCoverageRate({ applicable: true, insured: 0, total: 4, percent: '0.00' })).toBe(true);
  });
});
