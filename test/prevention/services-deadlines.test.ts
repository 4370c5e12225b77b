import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  annualReportDue,
  archiveRetention,
  checkServiceDelivery,
  claimReportDeadline,
  compareDates,
  nextFirmEvaluation,
  parseDate,
  policyPeriod,
  requiredServices,
  serviceTeamDeadline,
  ValidationError,
  workdayCalendar,
  type CalendarDate,
  type ServiceDeliveryInput,
} from '../../src/index.js';

const project = {
  policy: { from: '2025-03-01', to: '2026-08-31' },
  overSizeDangerousWorks: false,
  prominentSafetyProblems: false,
  servicePlan: true,
};
const visit = (
  date: string,
  kind: ServiceDeliveryInput['visits'][number]['kind'],
  extra: Partial<ServiceDeliveryInput['visits'][number]> = {},
) => ({ date, kind, ...extra });
const deliver = (
  visits: ServiceDeliveryInput['visits'],
  asOf = '2026-09-30',
  p: ServiceDeliveryInput['project'] = project,
) => checkServiceDelivery({ jurisdiction: 'anhui', asOf, project: p, visits });

describe('requiredServices and checkServiceDelivery — Anhui', () => {
  it('AH-PREV-02 each policy year needs a training and an on-site service; years are cut at the policy end', () => {
    const plan = requiredServices({ jurisdiction: 'anhui', asOf: '2026-01-01', project });
    expect(plan.years.map((y) => [y.year, y.from, y.to, y.requirements.map((r) => r.key)])).toEqual(
      [
        [1, '2025-03-01', '2026-02-28', ['training', 'on-site']],
        [2, '2026-03-01', '2026-08-31', ['training', 'on-site']],
      ],
    );
    const year = [
      visit('2025-04-01', 'training'),
      visit('2025-05-01', 'hazard-inspection'),
      visit('2026-04-01', 'training', { online: true }),
      visit('2026-05-01', 'risk-assessment'),
    ];
    expect(deliver(year).status).toBe('pass');
    const missing = deliver(year.slice(1));
    expect(missing.status).toBe('fail');
    expect(missing.criteria.find((c) => c.status === 'fail')?.reason.en).toContain('policy year 1');
  });

  it('AH-PREV-02 a year still running is unknown, not failed; a year not begun owes nothing', () => {
    const later = { ...project, policy: { from: '2025-11-01', to: '2027-04-30' } };
    const r = deliver(
      [visit('2025-12-01', 'training'), visit('2026-01-05', 'safety-evaluation')],
      '2026-02-01',
      later,
    );
    expect(r.criteria.map((c) => c.status)).toEqual(['pass', 'pass', 'pass', 'pass']); // plan, training, on-site, hazards
    const running = deliver([visit('2025-12-01', 'training')], '2026-02-01', later);
    expect(running.criteria.find((c) => c.reason.en.includes('on-site'))?.status).toBe('unknown');
  });

  it('AH-PREV-03 over-size dangerous works need one more hazard inspection; unknown flags are unknown', () => {
    const risky = { ...project, overSizeDangerousWorks: true };
    const oneYear = [
      visit('2025-04-01', 'training'),
      visit('2025-05-01', 'hazard-inspection'),
      visit('2026-04-01', 'training'),
      visit('2026-05-01', 'hazard-inspection'),
    ];
    const short = deliver(oneYear, '2026-09-30', risky);
    expect(short.criteria.filter((c) => c.ruleId === 'AH-PREV-03').map((c) => c.status)).toEqual([
      'fail',
      'fail',
    ]);
    const enough = deliver(
      [
        ...oneYear,
        visit('2025-09-01', 'hazard-inspection'),
        visit('2026-07-01', 'hazard-inspection'),
      ],
      '2026-09-30',
      risky,
    );
    expect(enough.status).toBe('pass');
    const unsure = deliver(oneYear, '2026-09-30', { policy: project.policy });
    expect(unsure.criteria.filter((c) => c.ruleId === 'AH-PREV-03').map((c) => c.status)).toEqual([
      'unknown',
      'unknown',
    ]);
  });

  it('AH-PREV-03 a plan never shrinks when risk flags are added (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (a, b) => {
        const count = (p: object) =>
          requiredServices({
            jurisdiction: 'anhui',
            asOf: '2026-01-01',
            project: { policy: project.policy, ...p },
          })
            .years.flatMap((y) => y.requirements)
            .reduce((n, r) => n + r.minimum, 0);
        expect(
          count({ overSizeDangerousWorks: a || true, prominentSafetyProblems: b }),
        ).toBeGreaterThanOrEqual(count({ overSizeDangerousWorks: a, prominentSafetyProblems: b }));
        expect(
          count({ overSizeDangerousWorks: a, prominentSafetyProblems: true }),
        ).toBeGreaterThanOrEqual(count({ overSizeDangerousWorks: a, prominentSafetyProblems: b }));
      }),
    );
  });

  it('AH-PREV-07 a major hazard: written notice and reports; not rectified in time → escalated', () => {
    const hazard = {
      level: 'major' as const,
      rectifyBy: '2025-06-10',
      notifiedPolicyholderInWriting: true,
      reportedToInsurer: true,
      reportedToHousingDepartment: true,
    };
    const base = [
      visit('2025-04-01', 'training'),
      visit('2026-04-01', 'training'),
      visit('2026-05-01', 'hazard-inspection'),
    ];
    const check = (h: object) =>
      deliver([
        ...base,
        visit('2025-05-01', 'hazard-inspection', { hazards: [h as typeof hazard] }),
      ]).criteria.find((c) => c.ruleId === 'AH-PREV-07')?.status;
    expect(check({ ...hazard, rectifiedOn: '2025-06-05' })).toBe('pass');
    expect(
      check({ ...hazard, reportedToHousingDepartment: false, rectifiedOn: '2025-06-05' }),
    ).toBe('fail');
    expect(check({ ...hazard, escalatedToRegulators: false })).toBe('fail');
    expect(check({ ...hazard, escalatedToRegulators: true })).toBe('pass');
    expect(check({ ...hazard })).toBe('unknown');
  });
});

describe('checkServiceDelivery — Xinzhou', () => {
  const xz = (visits: ServiceDeliveryInput['visits']) =>
    checkServiceDelivery({ jurisdiction: 'xinzhou', asOf: '2025-12-31', project, visits });
  const good = {
    projectLeadOnSite: true,
    technicalStaff: 1,
    hazardsAndReportUploaded: true,
    chargedExtra: false,
  };
  const status = (r: ReturnType<typeof xz>, id: string) =>
    r.criteria.find((c) => c.ruleId === id)?.status;
  it('XZ-FIRMOPS-01 the project lead and ≥ 1 technical staff at every on-site visit', () => {
    expect(status(xz([visit('2025-05-01', 'hazard-inspection', good)]), 'XZ-FIRMOPS-01')).toBe(
      'pass',
    );
    expect(
      status(
        xz([visit('2025-05-01', 'hazard-inspection', { ...good, technicalStaff: 0 })]),
        'XZ-FIRMOPS-01',
      ),
    ).toBe('fail');
    expect(status(xz([visit('2025-05-01', 'hazard-inspection', {})]), 'XZ-FIRMOPS-01')).toBe(
      'unknown',
    );
  });
  it('XZ-FIRMOPS-04 hazards and report uploaded; major hazards rectified at once, general ones by their deadline', () => {
    const general = {
      level: 'general' as const,
      rectifyBy: '2025-05-20',
      rectifiedOn: '2025-05-18',
      uploadedRectification: true,
    };
    expect(
      status(
        xz([visit('2025-05-01', 'hazard-inspection', { ...good, hazards: [general] })]),
        'XZ-FIRMOPS-04',
      ),
    ).toBe('pass');
    expect(
      status(
        xz([
          visit('2025-05-01', 'hazard-inspection', {
            ...good,
            hazards: [{ ...general, rectifiedOn: '2025-05-21' }],
          }),
        ]),
        'XZ-FIRMOPS-04',
      ),
    ).toBe('fail');
    expect(
      status(
        xz([
          visit('2025-05-01', 'hazard-inspection', {
            ...good,
            hazards: [{ level: 'major', rectifiedOn: '2025-05-02', uploadedRectification: true }],
          }),
        ]),
        'XZ-FIRMOPS-04',
      ),
    ).toBe('fail');
    expect(
      status(
        xz([
          visit('2025-05-01', 'hazard-inspection', { ...good, hazardsAndReportUploaded: false }),
        ]),
        'XZ-FIRMOPS-04',
      ),
    ).toBe('fail');
    expect(
      status(
        xz([
          visit('2025-05-01', 'hazard-inspection', { projectLeadOnSite: true, technicalStaff: 1 }),
        ]),
        'XZ-FIRMOPS-04',
      ),
    ).toBe('unknown');
  });
  it('XZ-OPS-06 owed services are never charged extra', () => {
    expect(status(xz([visit('2025-05-01', 'training', good)]), 'XZ-OPS-06')).toBe('pass');
    expect(
      status(xz([visit('2025-05-01', 'training', { ...good, chargedExtra: true })]), 'XZ-OPS-06'),
    ).toBe('fail');
    expect(status(xz([visit('2025-05-01', 'training', {})]), 'XZ-OPS-06')).toBe('unknown');
  });
});

describe('deadlines', () => {
  it('AH-TERM-01 the policy runs from its start to the completion-acceptance filing date', () => {
    expect(
      policyPeriod({
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        start: '2026-01-05',
        completionFilingDate: '2027-06-30',
      }),
    ).toMatchObject({ from: '2026-01-05', due: '2027-06-30', ruleId: 'AH-TERM-01' });
    expect(
      policyPeriod({ jurisdiction: 'anhui', asOf: '2026-01-01', start: '2026-01-05' }).due,
    ).toBeNull();
    expect(() =>
      policyPeriod({
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        start: '2026-01-05',
        completionFilingDate: '2026-01-04',
      }),
    ).toThrow(ValidationError);
  });

  it('XZ-SVC-01 one month after the policy is issued, end-of-month clamped', () => {
    const due = (policyIssued: string) =>
      serviceTeamDeadline({ jurisdiction: 'xinzhou', asOf: '2025-06-01', policyIssued }).due;
    expect(due('2025-01-31')).toBe('2025-02-28');
    expect(due('2024-01-31')).toBe('2024-02-29');
    expect(due('2025-05-15')).toBe('2025-06-15');
  });

  it('AH-ARCH-01 five years from the date the archive is kept from', () => {
    expect(
      archiveRetention({ jurisdiction: 'anhui', asOf: '2026-01-01', retentionFrom: '2026-03-31' })
        .due,
    ).toBe('2031-03-31');
  });

  it('XZ-ARCH-01 the later of 5 years and 2 years after completion; without completion, unknown', () => {
    const due = (completion?: string) =>
      archiveRetention({
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        retentionFrom: '2025-06-01',
        ...(completion ? { completion } : {}),
      }).due;
    expect(due('2026-01-01')).toBe('2030-06-01');
    expect(due('2029-01-01')).toBe('2031-01-01');
    expect(due()).toBeNull();
  });

  it('XZ-CLAIM-01 24 hours after the accident, with an explicit offset, written in +08:00 by default', () => {
    const due = (accidentAt: string, outputOffset?: string) =>
      claimReportDeadline({
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        accidentAt,
        ...(outputOffset ? { outputOffset } : {}),
      }).due;
    expect(due('2025-06-01T22:30+08:00')).toBe('2025-06-02T22:30+08:00');
    expect(due('2025-12-31T20:15:30Z')).toBe('2026-01-02T04:15:30+08:00');
    expect(due('2024-02-28T23:00+08:00')).toBe('2024-02-29T23:00+08:00');
    expect(due('2025-06-01T22:30+08:00', 'Z')).toBe('2025-06-02T14:30Z'.replace('Z', '+00:00'));
    for (const bad of [
      '2025-06-01T22:30',
      '2025-06-01 22:30+08:00',
      '2025-02-30T10:00+08:00',
      '2025-06-01T24:00+08:00',
      '2025-06-01T10:00+15:00',
    ]) {
      expect(() => due(bad)).toThrow(ValidationError);
    }
  });

  it('AH-PREV-08 each service firm evaluated once a calendar year, in writing', () => {
    expect(nextFirmEvaluation({ jurisdiction: 'anhui', asOf: '2026-03-01' }).due).toBe(
      '2026-12-31',
    );
    expect(
      nextFirmEvaluation({
        jurisdiction: 'anhui',
        asOf: '2026-03-01',
        lastEvaluation: '2026-02-10',
      }).due,
    ).toBe('2027-12-31');
    expect(() =>
      nextFirmEvaluation({
        jurisdiction: 'anhui',
        asOf: '2026-03-01',
        lastEvaluation: '2026-04-01',
      }),
    ).toThrow(ValidationError);
  });

  it('AN-CAL-01 the insurer’s report and plan are due by 15 January every year', () => {
    const due = (asOf: string) => annualReportDue({ jurisdiction: 'anhua', asOf }).due;
    expect(due('2026-01-15')).toBe('2026-01-15');
    expect(due('2026-01-16')).toBe('2027-01-15');
    expect(due('2025-12-31')).toBe('2026-01-15');
    expect(annualReportDue({ jurisdiction: 'anhua', asOf: '2026-01-01' }).explanation.en).toContain(
      '2025 work report and the 2026 prevention service plan',
    );
  });

  it('XZ-SVC-01 AH-ARCH-01 deadlines are monotone in their start dates and never before them (property)', () => {
    const dateArb = fc
      .date({
        min: new Date(Date.UTC(2000, 0, 1)),
        max: new Date(Date.UTC(2090, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10) as CalendarDate);
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 400 }), (a, gap) => {
        const b = addDays(parseDate(a), gap);
        const svc = (d: string) =>
          serviceTeamDeadline({ jurisdiction: 'xinzhou', asOf: '2025-06-01', policyIssued: d })
            .due ?? '';
        const arch = (d: string) =>
          archiveRetention({ jurisdiction: 'anhui', asOf: '2026-01-01', retentionFrom: d }).due ??
          '';
        expect(compareDates(parseDate(svc(a)), parseDate(svc(b)))).toBeLessThanOrEqual(0);
        expect(compareDates(parseDate(arch(a)), parseDate(arch(b)))).toBeLessThanOrEqual(0);
        expect(compareDates(parseDate(a), parseDate(svc(a)))).toBeLessThan(1);
        expect(compareDates(parseDate(a), parseDate(arch(a)))).toBe(-1);
      }),
      { numRuns: 1000 },
    );
    // 1,000 runs take about 1 s alone and passed 5 s on the loaded shared cores: not a timing test
  }, 60_000);
});

// Civil Code art. 203: each deadline carries its stated date (`due`) and its last day under art. 203
// (`extension.due`). Expected days worked by hand from the State Council notices: 国庆+中秋 2025
// 10-01..08 (国办发明电〔2024〕12号); 国庆 2026 10-01..07 (〔2025〕7号); 元旦 2023 2022-12-31..2023-01-02
// (〔2022〕16号).
describe('Civil Code art. 203 on the prevention deadlines', () => {
  it('XZ-SVC-01 issued 2025-09-01: one month ends 2025-10-01, inside 国庆+中秋 → 2025-10-09', () => {
    const d = serviceTeamDeadline({
      jurisdiction: 'xinzhou',
      asOf: '2025-09-01',
      policyIssued: '2025-09-01',
    });
    expect(d.due).toBe('2025-10-01');
    expect(d.extension).toMatchObject({
      stated: '2025-10-01',
      due: '2025-10-09',
      status: 'extended',
      form: 'counted',
      citation: { document: '中华人民共和国民法典', section: '第二百零三条' },
    });
    expect(d.extension?.restDays).toHaveLength(8);
  });
  it('XZ-SVC-01 on a working day nothing moves; art203 off keeps the stated date', () => {
    expect(
      serviceTeamDeadline({
        jurisdiction: 'xinzhou',
        asOf: '2025-01-31',
        policyIssued: '2025-01-31',
      }).extension,
    ).toMatchObject({ stated: '2025-02-28', due: '2025-02-28', status: 'working-day' });
    expect(
      serviceTeamDeadline({
        jurisdiction: 'xinzhou',
        asOf: '2025-09-01',
        policyIssued: '2025-09-01',
        art203: 'off',
      }).extension,
    ).toMatchObject({ due: '2025-10-01', status: 'not-applied' });
  });
  it('AH-ARCH-01 five years from 2021-10-02 end 2026-10-02, inside 国庆 2026 → 2026-10-08', () => {
    expect(
      archiveRetention({ jurisdiction: 'anhui', asOf: '2026-01-01', retentionFrom: '2021-10-02' }),
    ).toMatchObject({ due: '2026-10-02', extension: { due: '2026-10-08', status: 'extended' } });
  });
  it('XZ-ARCH-01 the later end 2030-06-01 is outside the shipped years: unknown; null when the end is', () => {
    expect(
      archiveRetention({
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        retentionFrom: '2025-06-01',
        completion: '2024-10-01',
      }),
    ).toMatchObject({ due: '2030-06-01', extension: { due: null, status: 'unknown' } });
    expect(
      archiveRetention({ jurisdiction: 'xinzhou', asOf: '2025-06-01', retentionFrom: '2025-06-01' })
        .extension,
    ).toBeNull();
  });
  it('AH-PREV-08 due 2022-12-31 (Saturday, and 元旦 2022-12-31..2023-01-02) → 2023-01-03', () => {
    expect(
      nextFirmEvaluation({
        jurisdiction: 'anhui',
        asOf: '2025-11-01',
        lastEvaluation: '2021-06-01',
      }),
    ).toMatchObject({
      due: '2022-12-31',
      extension: {
        due: '2023-01-03',
        form: 'fixed-date',
        restDays: ['2022-12-31', '2023-01-01', '2023-01-02'],
      },
    });
  });
  it('AH-PREV-08 2026-12-31 is unknown until the 2027 notice is passed in; then a working Thursday', () => {
    expect(
      nextFirmEvaluation({ jurisdiction: 'anhui', asOf: '2026-03-01' }).extension,
    ).toMatchObject({ due: null, status: 'unknown' });
    const workdays = workdayCalendar([
      {
        year: 2027,
        notices: [{ number: 'caller', title: 'caller', issued: '2026-11-01' }],
        holidays: [],
        workdays: [],
      },
    ]);
    expect(
      nextFirmEvaluation({ jurisdiction: 'anhui', asOf: '2026-03-01', workdays }).extension,
    ).toMatchObject({ due: '2026-12-31', status: 'working-day' });
  });
  it('AN-CAL-01 15 January 2022 is a Saturday → 2022-01-17; a fixed date left alone under counted-periods', () => {
    expect(annualReportDue({ jurisdiction: 'anhua', asOf: '2022-01-01' })).toMatchObject({
      due: '2022-01-15',
      extension: { due: '2022-01-17', status: 'extended', form: 'fixed-date' },
    });
    expect(
      annualReportDue({ jurisdiction: 'anhua', asOf: '2022-01-01', art203: 'counted-periods' })
        .extension,
    ).toMatchObject({ due: '2022-01-15', status: 'not-applied' });
  });
  it('XZ-CLAIM-01 24 hours end at the hour, even on 国庆: art. 203 not applied, with the reason', () => {
    expect(
      claimReportDeadline({
        jurisdiction: 'xinzhou',
        asOf: '2025-10-01',
        accidentAt: '2025-09-30T10:00+08:00',
      }).extension,
    ).toMatchObject({
      stated: '2025-10-01T10:00+08:00',
      due: '2025-10-01T10:00+08:00',
      status: 'not-applied',
      form: 'hours',
    });
  });
  it('AH-TERM-01 a policy period is a term of cover, never moved', () => {
    expect(
      policyPeriod({
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        start: '2026-01-05',
        completionFilingDate: '2026-10-01',
      }).extension,
    ).toMatchObject({ due: '2026-10-01', status: 'not-applied', form: 'term' });
  });
  it('XZ-SVC-01 a bad art. 203 option or calendar is refused', () => {
    const input = {
      jurisdiction: 'xinzhou' as const,
      asOf: '2025-09-01',
      policyIssued: '2025-09-01',
    };
    expect(() => serviceTeamDeadline({ ...input, art203: 'x' as never })).toThrow(ValidationError);
    expect(() => serviceTeamDeadline({ ...input, workdays: { years: 'x' } })).toThrow(
      ValidationError,
    );
    expect(() =>
      claimReportDeadline({
        jurisdiction: 'xinzhou',
        asOf: '2025-10-01',
        accidentAt: '2025-09-30T10:00+08:00',
        workdays: { years: [1] },
      }),
    ).toThrow(ValidationError);
  });
});
