import * as api from '../../src/index.js';
import type { Profile } from '../../src/index.js';
import { validInputs } from './valid-inputs.js';

/** A day on which the profile applies, `days` after it starts (and not after it ends). */
function dayIn(profile: Profile, days: number): string {
  const d = api.addDays(profile.validFrom, days);
  return profile.validUntil !== null && d > profile.validUntil ? profile.validUntil : d;
}

/**
 * A small roster in the profile's own terms: an uninsured and an insured enterprise of its first sectors
 * (none when the scope names no sector), an uninsured project, an insured one (so projects are covered
 * at 50%, between a 100% target and half of it) and one that needs no construction permit.
 */
function unitsFor(profile: Profile): unknown[] {
  const sectors = profile.scope.sectors.map((s) => s.code);
  const enterprises =
    sectors.length === 0
      ? []
      : [
          { kind: 'enterprise', id: 'E1', sector: sectors[0], inStatistics: true },
          {
            kind: 'enterprise',
            id: 'E2',
            sector: sectors[Math.min(1, sectors.length - 1)],
            inStatistics: true,
            policies: [{ from: '2018-01-01', to: '2030-12-31' }],
          },
        ];
  return [
    ...enterprises,
    { kind: 'project', id: 'P1', projectKind: 'housing', startDate: '2020-09-01' },
    {
      kind: 'project',
      id: 'P2',
      projectKind: 'housing',
      needsConstructionPermit: true,
      startDate: '2020-09-01',
      policies: [{ from: '2018-01-01', to: '2030-12-31' }],
    },
    {
      kind: 'project',
      id: 'P3',
      projectKind: 'housing',
      needsConstructionPermit: false,
      startDate: '2020-09-01',
    },
  ];
}

/**
 * A fixed set of capability calls, all with `profile` as the jurisdiction, on two days it applies:
 * the valid input of every function that takes `{ jurisdiction, asOf }`, plus quotes with and without a
 * filed rate, the coverage and calendar functions and the rule resolutions. Each call returns a result
 * or throws; the tests look at which.
 */
export function callsFor(profile: Profile): [string, () => unknown][] {
  const calls: [string, () => unknown][] = [];
  const valid = validInputs();
  for (const days of [0, 400]) {
    const asOf = dayIn(profile, days);
    for (const [name, args] of Object.entries(valid)) {
      const first = args[0];
      if (typeof first !== 'object' || first === null || !('jurisdiction' in first)) continue;
      const f = (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
      if (f === undefined) continue;
      calls.push([
        `${name} ${asOf}`,
        () => f({ ...first, jurisdiction: profile, asOf }, ...args.slice(1)),
      ]);
    }
    const base = { kind: 'contract-price', amount: '12000000' } as const;
    calls.push(
      [
        `quotePremium reference ${asOf}`,
        () => api.quotePremium({ jurisdiction: profile, asOf, base }),
      ],
      [
        `quotePremium filed ${asOf}`,
        () =>
          api.quotePremium({
            jurisdiction: profile,
            asOf,
            base,
            rate: { source: 'filed', rate: api.permille('1.5') },
            adjustments: [{ percent: 15, reason: 'accident-record' }],
          }),
      ],
      [
        `checkQuote ${asOf}`,
        () => api.checkQuote({ jurisdiction: profile, asOf, rate: api.permille('1.4') }),
      ],
      [
        `coverageStatus ${asOf}`,
        () => api.coverageStatus({ profile, asOf, units: unitsFor(profile) as never }),
      ],
      ...unitsFor(profile).map((u, i): [string, () => unknown] => [
        `classifyUnit ${i} ${asOf}`,
        () => api.classifyUnit(profile, u as never, asOf),
      ]),
      [
        `complianceCalendar ${asOf}`,
        () => api.complianceCalendar(profile, { from: asOf, to: dayIn(profile, days + 800) }),
      ],
      [`trialPeriod ${asOf}`, () => api.trialPeriod(profile)],
      ...api.RULE_FAMILIES.map((family): [string, () => unknown] => [
        `resolveRule ${family} ${asOf}`,
        () => api.resolveRule(profile, family, asOf),
      ]),
    );
  }
  calls.push(['jingzhouAnnex1', () => api.jingzhouAnnex1(profile)]);
  calls.push(...probesFor(profile));
  return calls;
}

const quarter = (q: string, comprehensive: number, core: number) => ({
  quarter: q,
  comprehensive,
  core,
});

/**
 * Calls with the facts a rule needs before its parameters matter: a quarter's solvency at the floors,
 * a project started on the day a phase-in begins, visits with one technical staff member… — one set per
 * jurisdiction, run on a day its profile applies (issue 18: the parameter-liveness test).
 */
function probesFor(profile: Profile): [string, () => unknown][] {
  const asOf = dayIn(profile, 400);
  const j = { jurisdiction: profile, asOf };
  const a = api as unknown as Record<string, (...args: unknown[]) => unknown>;
  const call = (name: string, input: Record<string, unknown>): [string, () => unknown] => [
    `probe ${name} ${JSON.stringify(input).slice(0, 60)}`,
    () => a[name]?.({ ...j, ...input }),
  ];
  const solvency = [
    quarter('2025-Q1', 120, 75),
    quarter('2025-Q2', 121, 76),
    quarter('2025-Q3', 150, 90),
    quarter('2025-Q4', 150, 90),
    quarter('2026-Q1', 150, 90),
    quarter('2026-Q2', 150, 90),
    quarter('2026-Q3', 150, 90),
  ];
  const project = (facts: Record<string, unknown>) => call('checkProject', { facts });
  const enterprise = (facts: Record<string, unknown>) => call('checkEnterprise', { facts });
  const visits = [
    {
      date: addDaysTo(asOf, -30),
      kind: 'hazard-inspection',
      projectLeadOnSite: true,
      technicalStaff: 1,
    },
    { date: addDaysTo(asOf, -20), kind: 'training', projectLeadOnSite: true, technicalStaff: 2 },
  ];
  const start = (d: number) => addDaysTo(profile.validFrom, d);
  const probes: [string, () => unknown][] = [
    call('checkInsurer', { facts: { solvency } }),
    ...[2023, 2024, 2025].map((fiscalYear) =>
      call('checkInsurer', {
        facts: { auditedReport: { fiscalYear, thirdPartyAudited: true, includesSolvency: true } },
      }),
    ),
    call('checkInsurer', { facts: { solvency: solvency.slice(2) } }),
    call('checkInsurer', {
      facts: { projectLeadYears: 5, legalForm: 'authorised-branch', prefectureBranchesInCity: 1 },
    }),
    // nothing disclosed: every item XZ-DISC-01 lists is missing, so a list without one changes the verdict
    call('checkInsurer', { facts: { disclosedItems: [] } }),
    // at the XZ-FIRM-02 minimum grade, without the years of service
    call('checkServiceFirm', {
      facts: { supervisionGrade: 'grade-b', commissionedRiskServiceYears: 0 },
    }),
    call('checkServiceFirm', {
      facts: {
        supervisionGrade: 'none',
        commissionedRiskServiceYears: 2,
        fixedProjectTeams: true,
        visits: visits.map(({ kind: _kind, ...v }) => v),
      },
    }),
    call('checkServiceDelivery', {
      project: { policy: { from: addDaysTo(asOf, -200), to: addDaysTo(asOf, 165) } },
      visits,
    }),
    call('requiredServices', {
      project: {
        policy: { from: addDaysTo(asOf, -200), to: addDaysTo(asOf, 165) },
        overSizeDangerousWorks: true,
      },
    }),
    call('serviceTeamDeadline', { policyIssued: addDaysTo(asOf, -10) }),
    call('checkQuote', {
      floatFactor: '0.9',
      conditions: { accident: true, chaoticManagement: false },
      renewal: true,
    }),
    call('checkQuote', {
      floatFactor: '1.1',
      conditions: { claimsFree: true, goodCredit: true, goodManagement: true },
    }),
    call('checkApplication', { documents: ['construction-contract', 'bid-award-notice'] }),
    // a premium shared by a general contractor and a subcontractor: on XZ-PARTY-01's `subcontract` basis
    [
      'probe splitPremium',
      () =>
        api.splitPremium({
          ...j,
          quote: { premium: api.parseCny('10000.00'), jurisdiction: profile.id },
          payers: [
            { name: 'GC', role: 'general-contractor', weight: 70 },
            { name: 'Sub', role: 'subcontractor', weight: 30 },
          ],
        }),
    ],
    // nothing handed in: every document XZ-APP-01 lists is missing, so a list without one changes the verdict
    call('checkApplication', { documents: [] }),
    // at the per-person minimum (NAT17-LIMIT-01 / NAT25-LIMIT-01) and at the 5% commission cap (NAT25-COMM-01)
    call('checkQuote', {
      rate: api.permille('1.4'),
      perPersonLimit: '300000',
      premium: '10000.00',
      commission: '500.00',
    }),
    // a project that needs no construction permit: out of AH-SCOPE-01 only while the permit is asked
    project({
      kind: 'housing',
      needsConstructionPermit: false,
      startDate: start(30),
      insured: false,
    }),
    // a project lead absent from a visit: XZ-FIRMOPS-01 fails only while the lead must be on site
    call('checkServiceDelivery', {
      project: { policy: { from: addDaysTo(asOf, -200), to: addDaysTo(asOf, 165) } },
      visits: visits.map((v) => ({ ...v, projectLeadOnSite: false })),
    }),
    call('checkServiceFirm', {
      facts: {
        fixedProjectTeams: true,
        visits: visits.map(({ kind: _kind, ...v }) => ({ ...v, projectLeadOnSite: false })),
      },
    }),
    // no third-party firm entrusted: XZ-SVC-01 fails only while one must be
    call('checkServiceDelivery', {
      project: {
        policy: { from: addDaysTo(asOf, -200), to: addDaysTo(asOf, 165) },
        policyIssuedOn: addDaysTo(asOf, -200),
        thirdPartyFirmEntrusted: false,
        serviceTeamsRegisteredOn: addDaysTo(asOf, -190),
      },
      visits,
    }),
    ...[0, -1, 1, 60].map((d) =>
      project({
        kind: 'housing',
        needsConstructionPermit: true,
        startDate: start(d),
        insuredOn: start(d),
        perPersonLimit: '300000',
        allWorkersCovered: true,
        sameAmountForAllWorkers: true,
      }),
    ),
    project({
      kind: 'housing',
      needsConstructionPermit: true,
      startDate: start(30),
      insured: false,
    }),
    enterprise({ sector: 'construction', insured: false }),
    enterprise({
      sector: 'construction',
      insured: true,
      premiumPassedToWorkers: true,
      perPersonLimit: '350000',
    }),
    enterprise({ sector: 'fireworks', insured: false, compensationUnpaid: true }),
    enterprise({
      sector: 'hazardous-chemicals',
      insured: false,
      equivalentLiabilityInsurance: true,
    }),
  ];
  for (const n of [2, 3, 4, 5, 6, 7])
    probes.push([
      `probe jingzhouAnnex${n}`,
      () =>
        a[`jingzhouAnnex${n}`]?.({
          unit: '某区住建局',
          asOf,
          year: 2021,
          quarter: 2,
          profile,
          rows: [
            {
              kind: 'enterprise',
              id: 'E',
              sector: 'construction',
              name: 'N',
              employees: 3,
              inStatistics: true,
              policies: [{ from: '2020-01-01', to: '2030-12-31' }],
            },
            {
              kind: 'project',
              id: 'P',
              projectKind: 'housing',
              needsConstructionPermit: true,
              startDate: '2020-09-01',
              name: 'Q',
            },
          ],
        }),
    ]);
  return probes;
}

const addDaysTo = (d: string, n: number): string => api.addDays(api.parseDate(d), n);
