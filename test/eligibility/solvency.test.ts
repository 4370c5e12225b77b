import { describe, expect, it } from 'vitest';
import { checkInsurer, ValidationError } from '../../src/index.js';
import { find } from '../helpers/verdict.js';

// AH-INS-03 (src/eligibility/solvency.ts, through checkInsurer), worked by hand from 一(三)3.
const q = (quarter: string, comprehensive: number | string, core: number | string) => ({
  quarter,
  comprehensive,
  core,
});
const solvency = (asOf: string, rows: ReturnType<typeof q>[]) =>
  find(checkInsurer({ jurisdiction: 'anhui', asOf, facts: { solvency: rows } }), 'AH-INS-03');
const YEAR_OK = [
  q('2025-Q1', 130, 80),
  q('2025-Q2', 125, 76),
  q('2025-Q3', 120, 75),
  q('2025-Q4', 140, 90),
];

describe('AH-INS-03 solvency over the last four consecutive quarters', () => {
  it('AH-INS-03 passes when each quarter reaches 120% and 75% (the floors themselves pass)', () => {
    const c = solvency('2026-02-15', YEAR_OK);
    expect(c?.status).toBe('pass');
    expect(c?.reason.en).toContain('2025-Q1–2025-Q4');
  });
  it('AH-INS-03 fails when any quarter in the window is below either floor', () => {
    expect(
      solvency('2026-02-15', [...YEAR_OK.slice(0, 3), q('2025-Q4', '119.99', 90)])?.status,
    ).toBe('fail');
    expect(
      solvency('2026-02-15', [...YEAR_OK.slice(0, 3), q('2025-Q4', 150, '74.9')])?.status,
    ).toBe('fail');
    // a failing quarter fails even when the window is incomplete
    expect(solvency('2026-02-15', [q('2025-Q4', 100, 90)])?.status).toBe('fail');
  });
  it('AH-INS-03 fewer than four quarters, a gap, stale data or a quarter not yet ended is unknown', () => {
    expect(solvency('2026-02-15', YEAR_OK.slice(1))?.status).toBe('unknown');
    const gap = solvency('2026-02-15', [
      q('2024-Q4', 130, 80),
      ...YEAR_OK.filter((r) => r.quarter !== '2025-Q2'),
    ]);
    expect(gap?.status).toBe('unknown');
    expect(gap?.reason.en).toContain('2025-Q2');
    expect(solvency('2027-01-15', YEAR_OK)?.status).toBe('unknown'); // latest 2025-Q4 is more than a quarter behind
    expect(solvency('2025-12-01', YEAR_OK)?.status).toBe('unknown'); // 2025-Q4 has not ended on 2025-12-01
    expect(
      find(checkInsurer({ jurisdiction: 'anhui', asOf: '2026-01-01', facts: {} }), 'AH-INS-03')
        ?.factsMissing,
    ).toEqual(['solvency']);
  });
  it('AH-INS-03 accepts a one-quarter publication lag', () => {
    expect(solvency('2026-04-10', YEAR_OK)?.status).toBe('pass'); // 2026-Q1 not yet published
  });
  it.each([
    ['a duplicated quarter', [...YEAR_OK, q('2025-Q4', 130, 80)]],
    ['a negative ratio', [q('2025-Q4', -1, 80)]],
    ['a ratio that is not a number', [q('2025-Q4', 'abc', 80)]],
    ['NaN', [q('2025-Q4', Number.NaN, 80)]],
    ['a malformed quarter', [q('2025-Q5', 130, 80)]],
  ])('AH-INS-03 refuses %s with a ValidationError and a path', (_, rows) => {
    try {
      solvency('2026-02-15', rows);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.path[0]).toBe('facts');
    }
  });
});

// From the review of the first eligibility checks:
describe('AH-INS-03 only the last four consecutive quarters count', () => {
  it('AH-INS-03 a weak quarter outside the window does not fail the insurer; missing window quarters are unknown', () => {
    // stale data: all of 2020, one weak quarter — the window is 2026's, which is missing
    expect(
      solvency('2026-06-15', [
        q('2020-Q1', 100, 80),
        q('2020-Q2', 130, 80),
        q('2020-Q3', 130, 80),
        q('2020-Q4', 130, 80),
      ])?.status,
    ).toBe('unknown');
    // a gap: 2025-Q3 missing; the weak 2025-Q1 is outside the window 2025-Q2..2026-Q1
    expect(
      solvency('2026-06-15', [
        q('2026-Q1', 130, 80),
        q('2025-Q4', 130, 80),
        q('2025-Q2', 130, 80),
        q('2025-Q1', 100, 80),
      ])?.status,
    ).toBe('unknown');
    // but a weak quarter inside the window fails even when another is missing
    expect(solvency('2026-06-15', [q('2026-Q1', 130, 70), q('2025-Q4', 130, 80)])?.status).toBe(
      'fail',
    );
  });
  it('AH-INS-03 on the last day of a quarter that quarter has ended', () => {
    const year = [
      q('2025-Q3', 130, 80),
      q('2025-Q4', 130, 80),
      q('2026-Q1', 130, 80),
      q('2026-Q2', 130, 80),
    ];
    expect(solvency('2026-06-30', year)?.status).toBe('pass');
    expect(solvency('2026-06-29', year)?.status).toBe('unknown'); // 2026-Q2 had not ended
  });
});
