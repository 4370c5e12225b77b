import * as api from '../../src/index.js';
import { runCases } from '../../src/cases/index.js';

/**
 * A valid argument list for every public function, built afresh on each call so no two callers share
 * an object: the fuzzer mutates these, the time-zone sweep prints their results, and the deep-freeze
 * property mutates the results and calls again.
 */
export function validInputs(): Record<string, unknown[]> {
  const quote = api.quotePremium({
    jurisdiction: 'anhui',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount: '1000000' },
  });
  const status = api.coverageStatus({ profile: api.jingzhou, asOf: '2021-06-30', units: [] });
  const calendar = api.complianceCalendar(api.jingzhou, { from: '2020-01-01', to: '2021-01-01' });

  /** A valid input per function: the fuzzer mutates these. */
  const VALID: Record<string, unknown[]> = {
    parseCny: ['1,200,000.00'],
    multiplyAndRound: ['12000000', [api.permille('1.65')], { mode: 'half-up' }],
    capAmount: ['19800.03', api.percent(20)],
    floorAmount: ['19800.03', api.percent(20)],
    allocate: ['100.00', [1, 2, 3]],
    coverageRate: [2, 3],
    formatCny: [api.parseCny('1.00')],
    formatRate: [api.permille('1.65')],
    permille: ['1.65'],
    percent: ['20'],
    ratio: ['1.2'],
    toChineseUppercase: ['19800'],
    sumCny: [['1.00', '2.00']],
    subtractCny: ['2.00', '1.00'],
    compareCny: ['1.00', '2.00'],
    parseDate: ['2024-02-29'],
    compareDates: ['2024-01-01', '2024-02-01'],
    addDays: ['2024-01-31', 30],
    addMonths: ['2024-01-31', 1],
    addYears: ['2024-02-29', 1],
    daysBetween: ['2024-01-01', '2024-03-01'],
    quarterOf: ['2024-05-05'],
    quarterEnd: [2024, 2],
    getProfile: ['anhui', { asOf: '2026-01-01' }],
    lookupProfile: ['xinzhou', { asOf: '2026-01-01' }],
    nationalMeasureOn: ['2021-01-01'],
    resolveRule: [api.anhui, 'per-person-limit', '2026-01-01'],
    deriveProfile: [api.xinzhou, { issued: '2024-09-01' }],
    defineProfile: [{ ...api.anhua, warnings: [] }],
    profileSheet: [{ jurisdiction: 'anhui', asOf: '2026-01-01' }],
    defineJurisdiction: [{ versions: [api.anhua] }],
    findRule: [api.anhui, 'AH-RATE-02'],
    trialPeriod: [api.xinzhou],
    quotePremium: [
      {
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        base: { kind: 'contract-price', amount: '12000000' },
        adjustments: [{ percent: -10, reason: 'claims-free' }],
      },
    ],
    checkQuote: [
      {
        jurisdiction: 'zhoushan',
        asOf: '2026-01-01',
        floatFactor: '1.1',
        conditions: { claimsFree: true },
      },
    ],
    splitPremium: [{ quote, payers: [{ name: 'A', role: 'general-contractor', weight: 1 }] }],
    checkInsurer: [{ jurisdiction: 'xinzhou', asOf: '2025-06-01', facts: { projectLeadYears: 6 } }],
    checkInsurerPool: [
      { jurisdiction: 'xinzhou', asOf: '2025-06-01', registrants: [{ name: 'A', principal: 'P' }] },
    ],
    checkServiceFirm: [
      {
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        facts: {},
        staff: [{ name: 'A', title: 'senior', certificates: ['civil-engineer'], safetyYears: 20 }],
      },
    ],
    checkQuoteLetter: [
      {
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        document: {
          projectName: 'P',
          contractAmount: '1000',
          premiumRate: api.permille('1.5'),
          premium: '1.50',
        },
      },
    ],
    checkPolicy: [{ jurisdiction: 'xinzhou', asOf: '2025-06-01', document: { projectName: 'P' } }],
    checkApplication: [
      { jurisdiction: 'xinzhou', asOf: '2025-06-01', documents: ['construction-contract'] },
    ],
    checkProject: [
      {
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        facts: { needsConstructionPermit: true, startDate: '2026-02-01', insuredOn: '2026-01-20' },
      },
    ],
    checkEnterprise: [
      { jurisdiction: 'anhua', asOf: '2026-01-01', facts: { sector: 'fireworks', insured: true } },
    ],
    preventionBudget: [{ jurisdiction: 'anhui', asOf: '2026-01-01', collected: '19800' }],
    checkPreventionLedger: [
      {
        jurisdiction: 'anhui',
        asOf: '2026-06-01',
        policies: [
          { policy: 'P', collected: '1000', period: { from: '2026-01-01', to: '2026-12-31' } },
        ],
        entries: [{ date: '2026-02-01', amount: '10', category: 'training', policy: 'P' }],
      },
      {
        jurisdiction: 'anhui',
        asOf: '2026-06-01',
        policies: [
          { policy: 'P', collected: '1000', period: { from: '2026-01-01', to: '2026-12-31' } },
        ],
        entries: [
          { id: 'A', date: '2026-02-01', amount: '10', category: 'training', policy: 'P' },
          { id: 'B', date: '2026-02-02', amount: '20', category: 'training', policy: 'P' },
        ],
        detectDuplicates: 'sorted',
      },
    ],
    checkLedgerPart: [
      {
        jurisdiction: 'anhui',
        asOf: '2026-06-01',
        policies: [
          { policy: 'P', collected: '1000', period: { from: '2026-01-01', to: '2026-12-31' } },
        ],
        entries: [{ date: '2026-02-01', amount: '10', category: 'training', policy: 'P' }],
      },
    ],
    mergeLedgerParts: [
      {
        jurisdiction: 'anhui',
        asOf: '2026-06-01',
        policies: [
          { policy: 'P', collected: '1000', period: { from: '2026-01-01', to: '2026-12-31' } },
        ],
        parts: [
          api.checkLedgerPart({
            jurisdiction: 'anhui',
            asOf: '2026-06-01',
            policies: [
              { policy: 'P', collected: '1000', period: { from: '2026-01-01', to: '2026-12-31' } },
            ],
            entries: [{ date: '2026-02-01', amount: '10', category: 'training', policy: 'P' }],
          }),
        ],
      },
    ],
    requiredServices: [
      {
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        project: { policy: { from: '2025-11-01', to: '2026-12-31' } },
      },
    ],
    checkServiceDelivery: [
      {
        jurisdiction: 'xinzhou',
        asOf: '2025-12-31',
        project: { policy: { from: '2025-01-01', to: '2025-12-31' } },
        visits: [{ date: '2025-05-01', kind: 'training' }],
      },
    ],
    policyPeriod: [{ jurisdiction: 'anhui', asOf: '2026-01-01', start: '2026-01-05' }],
    serviceTeamDeadline: [
      { jurisdiction: 'xinzhou', asOf: '2025-06-01', policyIssued: '2025-01-31' },
    ],
    archiveRetention: [
      {
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        retentionFrom: '2025-06-01',
        completion: '2027-01-01',
      },
    ],
    claimReportDeadline: [
      { jurisdiction: 'xinzhou', asOf: '2025-06-01', accidentAt: '2025-06-01T22:30+08:00' },
    ],
    nextFirmEvaluation: [{ jurisdiction: 'anhui', asOf: '2026-03-01' }],
    annualReportDue: [{ jurisdiction: 'anhua', asOf: '2026-01-16' }],
    classifyUnit: [
      api.jingzhou,
      { kind: 'enterprise', id: 'E', sector: 'construction', inStatistics: true },
      '2021-01-01',
    ],
    coverageStatus: [
      {
        profile: api.jingzhou,
        asOf: '2021-06-30',
        units: [{ kind: 'enterprise', id: 'E', sector: 'construction', inStatistics: true }],
      },
    ],
    mergeCoverageStatus: [[status, status]],
    complianceCalendar: [api.jingzhou, { from: '2020-01-01', to: '2021-01-01' }, { art203: 'off' }],
    dayStatus: ['2020-10-05'],
    extendDeadline: ['2020-10-05', { form: 'fixed-date', art203: 'counted-periods' }],
    workdayCalendar: [
      [
        {
          year: 2027,
          notices: [{ number: 'n', title: 't', issued: '2026-11-01' }],
          holidays: [
            { name: { zh: '元旦', en: 'x' }, from: '2027-01-01', to: '2027-01-03', notice: 'n' },
          ],
          workdays: [{ date: '2027-01-09', name: { zh: '元旦', en: 'x' }, notice: 'n' }],
        },
      ],
    ],
    renderIcs: [calendar],
    jingzhouAnnex1: [api.jingzhou],
    jingzhouAnnex2: [
      {
        unit: 'U',
        asOf: '2021-06-30',
        rows: [{ kind: 'enterprise', id: 'E', sector: 'construction', name: 'N' }],
      },
    ],
    jingzhouAnnex3: [{ unit: 'U', asOf: '2021-06-30', rows: [] }],
    jingzhouAnnex4: [{ unit: 'U', year: 2021, quarter: 2, rows: [] }],
    jingzhouAnnex5: [{ unit: 'U', year: 2021, quarter: 2, rows: [] }],
    jingzhouAnnex6: [{ unit: 'U', asOf: '2021-06-30', rows: [] }],
    jingzhouAnnex7: [{ unit: 'U', asOf: '2021-06-30', rows: [] }],
    xinzhouQuoteLetter: [
      api.quotePremium({
        jurisdiction: 'xinzhou',
        asOf: '2026-01-01',
        base: { kind: 'contract-price', amount: '1000' },
        rate: { source: 'filed', rate: api.permille('1') },
      }),
      {
        insurer: 'I',
        policyholder: 'H',
        projectName: 'P',
        projectAddress: 'A',
        projectCategory: 'C',
        contractPeriod: { from: '2026-01-01', to: '2026-12-31' },
        insurancePlan: 'X',
        coverageAmount: '1',
        preventionServicePlan: 'S',
        preventionFeeRatio: api.percent(10),
        date: '2026-01-01',
      },
    ],
    anhuaAnnualReport: [{ insurer: 'I', year: 2026 }],
    coverageDashboard: [status],
    renderMarkdown: [api.jingzhouAnnex1()],
    renderCsv: [api.jingzhouAnnex1()],
    renderHtml: [api.jingzhouAnnex1()],
    renderJson: [api.jingzhouAnnex1()],
    formatCell: [{ kind: 'count', value: 1 }],
  };
  VALID['runCases'] = [
    {
      jurisdiction: 'anhui',
      cases: [
        {
          id: 'c',
          rule: 'AH-RATE-02',
          clause: '暂定房屋市政工程安责险参考费率为1.65‰',
          asOf: '2026-01-01',
          call: 'quotePremium',
          input: { base: { kind: 'contract-price', amount: '1000' } },
          expect: { 'premium.amount': '1.65', warnings: [] },
          why: '1,000 × 1.65‰ = 1.65',
        },
      ],
    },
  ];
  VALID['xinzhouPolicySchedule'] = [
    VALID['xinzhouQuoteLetter']?.[0],
    {
      ...(VALID['xinzhouQuoteLetter']?.[1] as object),
      insurancePeriod: { from: '2026-01-01', to: '2026-12-31' },
    },
  ];
  return VALID;
}

/**
 * The public functions, by name: every function export of the main entry and of anzexian/cases but
 * classes, type guards, `daysInMonth` and `listProfiles`.
 */
export const publicFunctions = (): [string, (...args: unknown[]) => unknown][] =>
  Object.entries({ ...api, runCases })
    .filter(
      ([name, v]) =>
        typeof v === 'function' &&
        !/^[A-Z]/.test(name) &&
        !/^is[A-Z]/.test(name) &&
        name !== 'daysInMonth' &&
        name !== 'listProfiles',
    )
    .map(([n, f]) => [n, f as (...args: unknown[]) => unknown]);
