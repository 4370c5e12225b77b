import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkEnterprise,
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

describe('project scope, per the clause', () => {
  const project = (
    jurisdiction: 'anhui' | 'xinzhou' | 'jingzhou',
    facts: Record<string, unknown>,
    asOf = '2026-01-01',
  ) => checkProject({ jurisdiction, asOf, facts });
  it('AH-SCOPE-01 a project started before the notice may insure its remaining work; a non-housing, non-municipal project is out of scope', () => {
    expect(
      find(
        project('anhui', {
          needsConstructionPermit: true,
          startDate: '2025-01-01',
          insuredOn: '2025-10-29',
        }),
        'AH-SCOPE-01',
      )?.status,
    ).toBe('pass');
    expect(
      find(
        project('anhui', { needsConstructionPermit: true, kind: 'other', insured: false }),
        'AH-SCOPE-01',
      )?.status,
    ).toBe('pass');
  });
  it('XZ-SCOPE-01 a project permitted before the notice is governed by XZ-SCOPE-02, not by "before the permit"', () => {
    const v = project('xinzhou', {
      permittedBeforeNotice: true,
      otherSafetyInsurance: true,
      addedOrConvertedToAnzexian: true,
      permitApplicationDate: '2023-01-01',
      insuredOn: '2024-01-01',
    });
    expect(find(v, 'XZ-SCOPE-01')?.status).toBe('pass');
    expect(find(v, 'XZ-SCOPE-02')?.status).toBe('pass');
  });
  it('JZ-SCOPE-01 a project that has not started owes nothing yet', () => {
    expect(
      find(project('jingzhou', { startDate: '2027-01-01', insured: false }), 'JZ-SCOPE-01')?.status,
    ).toBe('pass');
  });
  it('AH-LIMIT-02 without the limit the criterion is unknown; AH-TERM-02 no surrender passes', () => {
    expect(find(project('anhui', {}), 'AH-LIMIT-02')?.status).toBe('unknown');
    expect(find(project('anhui', { surrenderedOrRenewedLate: false }), 'AH-TERM-02')?.status).toBe(
      'pass',
    );
  });
});

describe('enterprise obligations, per the clause', () => {
  const enterprise = (
    jurisdiction: 'anhua' | 'zhoushan' | 'jingzhou',
    facts: Record<string, unknown>,
    asOf = '2026-01-01',
  ) => checkEnterprise({ jurisdiction, asOf, facts });
  it('AN-ENF-01 not renewed is "未按规定投保或续保": a penalty; the blacklist needs a refused rectification order', () => {
    const v = enterprise('anhua', {
      sector: 'fireworks',
      insured: true,
      surrenderedOrRenewedLate: true,
      closedByLawOrFullyStopped: false,
      premiumPassedToWorkers: false,
      compensationUnpaid: false,
    });
    expect(v.consequences.map((c) => c.code)).toEqual(['not-insured']);
    const refused = enterprise('anhua', {
      sector: 'fireworks',
      insured: true,
      premiumPassedToWorkers: false,
      compensationUnpaid: false,
      refusedRectification: true,
    });
    expect(refused.consequences).toEqual([]);
    expect(find(refused, 'AN-ENF-01')?.status).toBe('pass');
  });
  it('JZ-SCOPE-02 during the phase-in to 2022 an uninsured enterprise is not yet individually due; from 2023 it fails', () => {
    expect(
      find(
        enterprise(
          'jingzhou',
          { qualifiedConstructionEnterprise: true, insured: false },
          '2021-01-01',
        ),
        'JZ-SCOPE-02',
      )?.status,
    ).toBe('pass');
    expect(
      find(
        enterprise(
          'jingzhou',
          { qualifiedConstructionEnterprise: true, insured: false },
          '2023-01-01',
        ),
        'JZ-SCOPE-02',
      )?.status,
    ).toBe('fail');
  });
  it('ZS-SCOPE-02 neither 安责险 nor an equivalent insurance fails; not shown is unknown; either passes', () => {
    expect(
      find(
        enterprise('zhoushan', {
          sector: 'marine-fishery',
          insured: false,
          equivalentLiabilityInsurance: false,
        }),
        'ZS-SCOPE-02',
      )?.status,
    ).toBe('fail');
    expect(find(enterprise('zhoushan', { sector: 'marine-fishery' }), 'ZS-SCOPE-02')?.status).toBe(
      'unknown',
    );
    expect(
      find(enterprise('zhoushan', { sector: 'marine-fishery', insured: true }), 'ZS-SCOPE-02')
        ?.status,
    ).toBe('pass');
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
