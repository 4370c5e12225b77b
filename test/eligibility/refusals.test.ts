import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkInsurer,
  checkProject,
  checkQuoteLetter,
  checkServiceFirm,
  permille,
  percent,
  ValidationError,
} from '../../src/index.js';
import { find } from '../helpers/verdict.js';

const q = (quarter: string, comprehensive: number, core: number) => ({
  quarter,
  comprehensive,
  core,
});
const solvency = (asOf: string, rows: ReturnType<typeof q>[]) =>
  find(checkInsurer({ jurisdiction: 'anhui', asOf, facts: { solvency: rows } }), 'AH-INS-03');

// The eligibility checks refuse bad input with a ValidationError and its path, never a verdict.
describe('bad input gives a ValidationError with a path, not a verdict', () => {
  it.each([
    [
      'a fact of the wrong type',
      () =>
        checkInsurer({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { validBusinessLicence: 'yes' } as never,
        }),
    ],
    [
      'negative years',
      () =>
        checkInsurer({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { projectLeadYears: -1 },
        }),
    ],
    [
      'an unknown fact',
      () =>
        checkInsurer({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { lucky: true } as never,
        }),
    ],
    [
      'a jurisdiction without insurer conditions',
      () => checkInsurer({ jurisdiction: 'zhoushan', asOf: '2025-06-01', facts: {} }),
    ],
    [
      'an impossible date',
      () =>
        checkProject({
          jurisdiction: 'anhui',
          asOf: '2026-01-01',
          facts: { startDate: '2026-02-30' },
        }),
    ],
    [
      'a bad per-person limit',
      () =>
        checkProject({
          jurisdiction: 'anhui',
          asOf: '2026-01-01',
          facts: { perPersonLimit: '60万5' },
        }),
    ],
    [
      'negative commissioned years',
      () =>
        checkServiceFirm({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: { commissionedRiskServiceYears: -2 },
        }),
    ],
  ])('XZ-INS-04 refuses %s', (_, call) => {
    try {
      call();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.message.en.length).toBeGreaterThan(0);
    }
  });
});

describe('no verdict from bad or missing data', () => {
  it('XZ-FIRMOPS-01 no visits is unknown; a visit after the as-of date is refused', () => {
    const firm = (visits: unknown[]) =>
      checkServiceFirm({
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        facts: { fixedProjectTeams: true, visits: visits as never },
      });
    expect(find(firm([]), 'XZ-FIRMOPS-01')?.status).toBe('unknown');
    expect(() =>
      firm([{ date: '2025-07-01', projectLeadOnSite: true, technicalStaff: 1 }]),
    ).toThrow(ValidationError);
  });
  it('XZ-OPS-04 bad amounts and negative or impossible rates in a letter are refused', () => {
    const letter = {
      projectName: 'P',
      contractAmount: '1000000',
      premiumRate: permille('1.5'),
      coverageAmount: '600000',
      preventionFeeRatio: percent(15),
    };
    const check = (document: Record<string, unknown>) =>
      checkQuoteLetter({ jurisdiction: 'xinzhou', asOf: '2025-06-01', document });
    for (const bad of [
      { contractAmount: 'abc' },
      { coverageAmount: -5 },
      { contractAmount: '-10000000' },
      { premiumRate: { value: '-0.002', unit: 'decimal' } },
      { preventionFeeRatio: { value: '3', unit: 'decimal' } },
    ]) {
      expect(() => check({ ...letter, ...bad })).toThrow(ValidationError);
    }
  });
  it('XZ-INS-04 verdicts are deeply frozen and bad input names its path', () => {
    const v = checkInsurer({
      jurisdiction: 'xinzhou',
      asOf: '2025-06-01',
      facts: { projectLeadYears: 3 },
    });
    expect(Object.isFrozen(v.criteria[0]?.reason)).toBe(true);
    expect(Object.isFrozen(v.criteria[0]?.citation)).toBe(true);
    try {
      checkInsurer({
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        facts: { projectLeadYears: -1 },
      });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues[0]?.path).toEqual(['facts', 'projectLeadYears']);
    }
  });
  it('XZ-INS-04 more years or a better solvency ratio never worsen a verdict (monotonicity beyond yes/no facts)', () => {
    const rank = { fail: 0, unknown: 1, pass: 2 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 10 }),
        (years, more) => {
          const a = checkInsurer({
            jurisdiction: 'xinzhou',
            asOf: '2025-06-01',
            facts: { projectLeadYears: years },
          });
          const b = checkInsurer({
            jurisdiction: 'xinzhou',
            asOf: '2025-06-01',
            facts: { projectLeadYears: years + more },
          });
          expect(rank[b.status]).toBeGreaterThanOrEqual(rank[a.status]);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 50, max: 200 }), { minLength: 4, maxLength: 4 }),
        fc.nat(3),
        fc.integer({ min: 0, max: 50 }),
        (ratios, k, bump) => {
          const rows = (rs: number[]) => rs.map((r, i) => q(`2025-Q${i + 1}`, r + 50, r));
          const a = solvency('2026-02-15', rows(ratios));
          const better = ratios.map((r, i) => (i === k ? r + bump : r));
          const b = solvency('2026-02-15', rows(better));
          expect(rank[b?.status ?? 'fail']).toBeGreaterThanOrEqual(rank[a?.status ?? 'fail']);
        },
      ),
    );
  });
});
