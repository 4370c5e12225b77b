import { describe, expect, it } from 'vitest';
import { checkEnterprise, checkProject, ValidationError } from '../../src/index.js';
import { find } from '../helpers/verdict.js';

// checkProject / checkEnterprise (src/eligibility/obligations.ts): the facts each obligation reads, worked
// by hand from the clauses.
describe('project and enterprise obligations', () => {
  const project = (
    jurisdiction: 'anhui' | 'xinzhou' | 'jingzhou',
    facts: Record<string, unknown>,
    asOf = '2026-01-01',
  ) => checkProject({ jurisdiction, asOf, facts });
  it('AH-SCOPE-01 insured before work starts (the start day itself counts); no permit: out of scope', () => {
    const base = { needsConstructionPermit: true, startDate: '2026-03-01' };
    const started = (facts: Record<string, unknown>) =>
      find(project('anhui', facts, '2026-06-01'), 'AH-SCOPE-01')?.status;
    expect(started({ ...base, insuredOn: '2026-02-20' })).toBe('pass');
    expect(started({ ...base, insuredOn: '2026-03-01' })).toBe('pass');
    expect(started({ ...base, insuredOn: '2026-03-02' })).toBe('fail');
    expect(started({ ...base, insured: false })).toBe('fail');
    expect(find(project('anhui', { needsConstructionPermit: false }), 'AH-SCOPE-01')?.status).toBe(
      'pass',
    );
    expect(started(base)).toBe('unknown');
  });
  it('XZ-SCOPE-01 insured before the permit is applied for', () => {
    expect(
      find(
        project('xinzhou', { permitApplicationDate: '2025-05-01', insuredOn: '2025-04-30' }),
        'XZ-SCOPE-01',
      )?.status,
    ).toBe('pass');
    expect(
      find(
        project('xinzhou', { permitApplicationDate: '2025-05-01', insuredOn: '2025-05-02' }),
        'XZ-SCOPE-01',
      )?.status,
    ).toBe('fail');
    expect(find(project('xinzhou', {}), 'XZ-SCOPE-01')?.status).toBe('unknown');
  });
  it('JZ-SCOPE-01 projects started from 2020-08-01 must be insured; earlier ones are not new', () => {
    expect(
      find(project('jingzhou', { startDate: '2020-08-01', insured: true }), 'JZ-SCOPE-01')?.status,
    ).toBe('pass');
    expect(
      find(project('jingzhou', { startDate: '2020-08-01', insured: false }), 'JZ-SCOPE-01')?.status,
    ).toBe('fail');
    expect(
      find(project('jingzhou', { startDate: '2020-07-31', insured: false }), 'JZ-SCOPE-01')?.status,
    ).toBe('pass');
    expect(find(project('jingzhou', { startDate: '2020-09-01' }), 'JZ-SCOPE-01')?.status).toBe(
      'unknown',
    );
  });
  it('AH-LIMIT-02 the per-person limit floor in a project check, and the national one elsewhere', () => {
    expect(find(project('anhui', { perPersonLimit: '600000' }), 'AH-LIMIT-02')?.status).toBe(
      'pass',
    );
    expect(find(project('anhui', { perPersonLimit: '599999.99' }), 'AH-LIMIT-02')?.status).toBe(
      'fail',
    );
    expect(
      find(project('jingzhou', { perPersonLimit: '300000' }, '2021-06-01'), 'NAT17-LIMIT-01')
        ?.status,
    ).toBe('pass');
    expect(find(project('jingzhou', { perPersonLimit: '300000' }), 'NAT25-LIMIT-01')?.status).toBe(
      'fail',
    );
  });

  const enterprise = (
    jurisdiction: 'anhua' | 'zhoushan' | 'jingzhou',
    facts: Record<string, unknown>,
    asOf = '2026-01-01',
  ) => checkEnterprise({ jurisdiction, asOf, facts });
  it('AN-SCOPE-01 the eight sectors must be insured from 2021-09-01; other sectors are encouraged', () => {
    expect(
      find(enterprise('anhua', { sector: 'fireworks', insured: true }), 'AN-SCOPE-01')?.status,
    ).toBe('pass');
    expect(
      find(enterprise('anhua', { sector: 'fireworks', insured: false }), 'AN-SCOPE-01')?.status,
    ).toBe('fail');
    expect(
      find(
        enterprise('anhua', { sector: 'fireworks', insured: false }, '2021-08-31'),
        'AN-SCOPE-01',
      )?.status,
    ).toBe('pass');
    expect(
      find(enterprise('anhua', { sector: 'other', insured: false }), 'AN-SCOPE-01')?.status,
    ).toBe('pass');
    expect(find(enterprise('anhua', { sector: 'fireworks' }), 'AN-SCOPE-01')?.status).toBe(
      'unknown',
    );
    expect(() => enterprise('anhua', { sector: 'banking' })).toThrow(ValidationError);
  });
  it('ZS-SCOPE-01 in-scope sectors must be insured; ZS-SCOPE-02 an equivalent statutory insurance counts', () => {
    expect(
      find(
        enterprise('zhoushan', {
          sector: 'marine-fishery',
          insured: false,
          equivalentLiabilityInsurance: false,
        }),
        'ZS-SCOPE-01',
      )?.status,
    ).toBe('fail');
    const eq = enterprise('zhoushan', {
      sector: 'passenger-transport',
      insured: false,
      equivalentLiabilityInsurance: true,
    });
    expect(find(eq, 'ZS-SCOPE-01')?.status).toBe('pass');
    expect(find(eq, 'ZS-SCOPE-02')?.status).toBe('pass');
    expect(
      find(enterprise('zhoushan', { sector: 'spraying', insured: false }), 'ZS-SCOPE-01')?.status,
    ).toBe('pass');
    expect(
      find(enterprise('zhoushan', { sector: 'marine-fishery', insured: false }), 'ZS-SCOPE-01')
        ?.status,
    ).toBe('unknown');
  });
  it('AN-ENF-01 names the consequence each violation carries', () => {
    const v = enterprise('anhua', {
      sector: 'construction',
      insured: false,
      premiumPassedToWorkers: true,
      compensationUnpaid: false,
      refusedRectification: true,
    });
    expect(find(v, 'AN-ENF-01')?.status).toBe('fail');
    expect(v.consequences.map((c) => c.code)).toEqual([
      'not-insured',
      'premium-passed-on',
      'refuses-rectification',
    ]);
    expect(v.consequences[2]?.name.zh).toContain('黑名单');
    const clean = enterprise('anhua', {
      sector: 'construction',
      insured: true,
      premiumPassedToWorkers: false,
      compensationUnpaid: false,
    });
    expect(find(clean, 'AN-ENF-01')?.status).toBe('pass');
    expect(find(enterprise('anhua', {}), 'AN-ENF-01')?.status).toBe('unknown');
  });
  it('obligations by project and by sector are not mixed up', () => {
    expect(() => checkProject({ jurisdiction: 'anhua', asOf: '2026-01-01', facts: {} })).toThrow(
      ValidationError,
    );
    expect(() => checkEnterprise({ jurisdiction: 'anhui', asOf: '2026-01-01', facts: {} })).toThrow(
      ValidationError,
    );
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
