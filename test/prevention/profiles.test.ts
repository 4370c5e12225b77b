import { refusedProfile } from '../helpers/profile-refused.js';
import { describe, expect, it } from 'vitest';
import {
  anhua,
  anhui,
  annualReportDue,
  checkServiceDelivery,
  deriveProfile,
  preventionBudget,
  requiredServices,
  serviceTeamDeadline,
  xinzhou,
  type Parameter,
  type Profile,
} from '../../src/index.js';
import { withRule } from '../helpers/with-rule.js';
import { entry, ledger } from '../helpers/ledger.js';

// The prevention rules under profiles a caller derives or builds: a parameter set by the caller is used,
// one a profile leaves out falls back to the documented default (or is refused), never a wrong figure.

const unstated: Parameter = {
  type: 'unstated',
  reason: { en: 'set aside by the caller', zh: '调用方未设定' },
};

describe('prevention rules under derived and hand-made profiles', () => {
  it('AH-PREV-05 a derived Anhui profile whose ratio is unstated: no budget cap, and the ledger cap check is unknown, never a pass', () => {
    const open = deriveProfile(anhui, {
      rules: { 'AH-PREV-05': { params: { maxShareOfCollectedPremium: unstated } } },
    });
    const b = preventionBudget({ jurisdiction: open, asOf: '2026-01-01', collected: '19800' });
    expect(b).toMatchObject({ cap: null, ratio: null, ruleId: 'AH-PREV-05' });
    expect(b.reason.en).toBe('AH-PREV-05 does not state the ratio: no cap is computed');
    const r = ledger([entry(0, { amount: '19000' })], open);
    expect(r.policies.map((p) => [p.spent.amount, p.cap, p.over])).toEqual([
      ['19000.00', null, null],
    ]);
    expect(r.criteria.find((c) => c.ruleId === 'AH-PREV-05')).toMatchObject({
      status: 'unknown',
      factsMissing: ['jurisdiction.rules.AH-PREV-05.params.maxShareOfCollectedPremium'],
    });
    expect(r.status).toBe('unknown');
  });

  it('AH-PREV-05 a hand-made Anhui profile without a budget-cap rule: the ledger has no AH-PREV-05 criterion', () => {
    const noCap = withRule(anhui, 'AH-PREV-05', ({ families: _f, ...r }) => r);
    const r = ledger([entry(0, { amount: '19000' })], noCap);
    expect(r.criteria.map((c) => [c.ruleId, c.status])).toEqual([
      ['AH-PREV-06', 'pass'],
      ['AH-PREV-06', 'pass'],
      ['AH-PREV-06', 'pass'],
    ]);
    expect(r.policies[0]?.over).toBeNull();
  });

  it('AH-PREV-01 a hand-made profile without the category list is refused when defined', () => {
    const noList = () => withRule(anhui, 'AH-PREV-01', (r) => ({ ...r, params: {} }));
    refusedProfile(noList, 'AH-PREV-01', 'categories');
    expect(() => ledger([entry(0)], noList())).toThrow(
      'AH-PREV-01 parameter categories must be list',
    );
  });

  it('AH-PREV-02 AH-PREV-03 counts set by the caller are used; one not stated is refused when derived', () => {
    const minimums = (profile: Profile) =>
      requiredServices({
        jurisdiction: profile,
        asOf: '2026-01-01',
        project: {
          policy: { from: '2025-03-01', to: '2026-02-28' },
          overSizeDangerousWorks: true,
        },
      }).years[0]?.requirements.map((r) => [r.key, r.minimum]);
    const count = (value: number): Parameter => ({ type: 'count', value, unit: 'times' });
    const set = (training: Parameter, onSite: Parameter, extra: Parameter) =>
      deriveProfile(anhui, {
        rules: {
          'AH-PREV-02': { params: { trainingPerYear: training, onSitePerYear: onSite } },
          'AH-PREV-03': { params: { extraHazardInspections: extra } },
        },
      });
    expect(minimums(set(count(2), count(3), count(4)))).toEqual([
      ['training', 2],
      ['on-site', 3],
      ['extra-hazard-inspection', 4],
    ]);
    refusedProfile(() => set(unstated, count(3), count(4)), 'AH-PREV-02', 'trainingPerYear');
    refusedProfile(() => set(count(2), count(3), unstated), 'AH-PREV-03', 'extraHazardInspections');
    refusedProfile(
      () => withRule(anhui, 'AH-PREV-02', (r) => ({ ...r, params: {} })),
      'AH-PREV-02',
      'trainingPerYear',
    );
  });

  it('XZ-FIRMOPS-01 a minimum of 2 technical staff set by the caller; a profile without it is refused when defined', () => {
    const visits = [
      {
        date: '2025-05-01',
        kind: 'hazard-inspection' as const,
        projectLeadOnSite: true,
        technicalStaff: 1,
      },
    ];
    const staffing = (profile: Profile) =>
      checkServiceDelivery({
        jurisdiction: profile,
        asOf: '2025-12-31',
        project: { policy: { from: '2025-03-01', to: '2026-02-28' } },
        visits,
      }).criteria.find((c) => c.ruleId === 'XZ-FIRMOPS-01');
    const two = deriveProfile(xinzhou, {
      rules: {
        'XZ-FIRMOPS-01': {
          params: { minimumTechnicalStaffPerVisit: { type: 'count', value: 2, unit: 'persons' } },
        },
      },
    });
    expect(staffing(two)).toMatchObject({
      status: 'fail',
      reason: { en: 'visits without the project lead or ≥ 2 technical staff: 2025-05-01' },
    });
    expect(staffing(xinzhou)).toMatchObject({
      status: 'pass',
      reason: { en: 'the project lead and ≥ 1 technical staff at all 1 on-site visits' },
    });
    refusedProfile(
      () => withRule(xinzhou, 'XZ-FIRMOPS-01', (r) => ({ ...r, params: {} })),
      'XZ-FIRMOPS-01',
      'minimumTechnicalStaffPerVisit',
    );
  });

  it('AN-CAL-01 a due date set by the caller (5 March) is used, zero-padded; unstated or missing is refused when defined', () => {
    const due = (profile: Profile, asOf: string) =>
      annualReportDue({ jurisdiction: profile, asOf }).due;
    const march = deriveProfile(anhua, {
      rules: { 'AN-CAL-01': { params: { due: { type: 'annual-date', month: 3, day: 5 } } } },
    });
    expect([due(march, '2026-01-16'), due(march, '2026-03-05'), due(march, '2026-03-06')]).toEqual([
      '2026-03-05',
      '2026-03-05',
      '2027-03-05',
    ]);
    expect(due(anhua, '2026-01-16')).toBe('2027-01-15'); // the shipped 1月15日
    refusedProfile(
      () => deriveProfile(anhua, { rules: { 'AN-CAL-01': { params: { due: unstated } } } }),
      'AN-CAL-01',
      'due',
    );
    refusedProfile(
      () => withRule(anhua, 'AN-CAL-01', (r) => ({ ...r, params: {} })),
      'AN-CAL-01',
      'due',
    );
  });

  it('XZ-SVC-01 a hand-made profile without the one-month count is refused, never a wrong date', () => {
    const bare = withRule(xinzhou, 'XZ-SVC-01', (r) => ({ ...r, params: {} }));
    expect(() =>
      serviceTeamDeadline({ jurisdiction: bare, asOf: '2025-06-01', policyIssued: '2025-01-31' }),
    ).toThrow('XZ-SVC-01 parameter within must be count');
    refusedProfile(() => bare, 'XZ-SVC-01', 'within');
  });
});
