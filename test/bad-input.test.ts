import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { AnzexianError, ValidationError } from '../src/index.js';
import { runCases, type Case } from '../src/cases/index.js';

// Every public function gets the values spreadsheets and careless callers produce. The only allowed
// outcome is a typed ValidationError: never a crash, never NaN, never a wrong number.
const BAD: readonly unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  'abc',
  '1e5',
  null,
  undefined,
  JSON.parse('{"__proto__": {"currency": "CNY", "amount": "1.00"}}'),
  { __proto__: { value: '0.1', unit: 'percent' } },
  [],
  {},
  true,
  Symbol('x'),
];

const isEmptyPlain = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.getPrototypeOf(v) === Object.prototype &&
  Object.keys(v).length === 0;

const show = (v: unknown): string =>
  typeof v === 'symbol' ? 'a symbol' : v === undefined ? 'undefined' : JSON.stringify(v);

const ok = {
  cny: api.parseCny('100.00'),
  rate: api.permille('1.65'),
  date: api.parseDate('2020-01-01'),
};

const status = api.coverageStatus({ profile: api.jingzhou, asOf: '2021-06-30', units: [] });
const report = api.coverageDashboard(status);
const xinzhouQuote = api.quotePremium({
  jurisdiction: 'xinzhou',
  asOf: '2026-01-01',
  base: { kind: 'contract-price', amount: '1000' },
  rate: { source: 'filed', rate: api.permille('1') },
});

const CASE: Case = {
  id: 'c',
  rule: 'AH-RATE-02',
  clause: '暂定房屋市政工程安责险参考费率为1.65‰',
  asOf: '2026-01-01',
  call: 'quotePremium',
  input: { base: { kind: 'contract-price', amount: '1000' } },
  expect: { 'premium.amount': '1.65' },
  why: '1,000 × 1.65‰ = 1.65',
};

// One row per public function and argument position: the call with the bad value in that place.
const CALLS: Record<string, (bad: never) => unknown> = {
  // anzexian/cases
  'runCases(x)': (x) => runCases(x),
  'runCases({cases: [x]})': (x) => runCases({ jurisdiction: 'anhui', cases: [x] }),
  'runCases({cases: [{asOf: x}]})': (x) =>
    runCases({ jurisdiction: 'anhui', cases: [{ ...CASE, asOf: x }] }),
  'runCases({cases: [{expect: x}]})': (x) =>
    runCases({ jurisdiction: 'anhui', cases: [{ ...CASE, expect: x }] }),
  'runCases(file, x)': (x) => runCases({ jurisdiction: 'anhui', cases: [CASE] }, x),
  'runCases(file, {jurisdiction: x})': (x) =>
    runCases({ jurisdiction: 'anhui', cases: [CASE] }, { jurisdiction: x }),
  'parseCny(x)': (x) => api.parseCny(x),
  'multiplyAndRound(x, rates)': (x) => api.multiplyAndRound(x, [ok.rate]),
  'multiplyAndRound(base, [x])': (x) => api.multiplyAndRound(ok.cny, [x]),
  'multiplyAndRound(base, x)': (x) => api.multiplyAndRound(ok.cny, x),
  'multiplyAndRound(base, rates, {mode: x})': (x) => api.multiplyAndRound(ok.cny, [], { mode: x }),
  'capAmount(x, rate)': (x) => api.capAmount(x, ok.rate),
  'capAmount(base, x)': (x) => api.capAmount(ok.cny, x),
  'floorAmount(x, rate)': (x) => api.floorAmount(x, ok.rate),
  'floorAmount(base, x)': (x) => api.floorAmount(ok.cny, x),
  'allocate(x, weights)': (x) => api.allocate(x, [1]),
  'allocate(total, [x])': (x) => api.allocate(ok.cny, [x]),
  'allocate(total, x)': (x) => api.allocate(ok.cny, x),
  'coverageRate(x, 1)': (x) => api.coverageRate(x, 1),
  'coverageRate(0, x)': (x) => api.coverageRate(0, x),
  'formatCny(x)': (x) => api.formatCny(x),
  'formatRate(x)': (x) => api.formatRate(x),
  'permille(x)': (x) => api.permille(x),
  'percent(x)': (x) => api.percent(x),
  'ratio(x)': (x) => api.ratio(x),
  'toChineseUppercase(x)': (x) => api.toChineseUppercase(x),
  'sumCny([x])': (x) => api.sumCny([x]),
  // Found by test/fuzz.test.ts: these once escaped as TypeErrors or printed NaN/undefined.
  'multiplyAndRound(base, rates, x)': (x) => api.multiplyAndRound(ok.cny, [], x),
  'sumCny(x)': (x) => api.sumCny(x),
  'renderIcs({events: [x]})': (x) =>
    api.renderIcs({
      jurisdiction: 'jingzhou',
      from: '2020-01-01',
      to: '2020-12-31',
      events: [x],
      undated: [],
    } as never),
  'coverageDashboard({categories: [x]})': (x) =>
    api.coverageDashboard({ ...status, categories: [x] }),
  'xinzhouQuoteLetter({premium: x})': (x) =>
    api.xinzhouQuoteLetter({ ...xinzhouQuote, premium: x }, {} as never),
  'renderMarkdown({rows: [[x]]})': (x) =>
    api.renderMarkdown({ ...report, tables: [{ ...report.tables[0], rows: [[x]] }] } as never),
  'renderHtml({title: x})': (x) => api.renderHtml({ ...report, title: x }),
  'subtractCny(x, 1)': (x) => api.subtractCny(x, '1'),
  'compareCny(1, x)': (x) => api.compareCny('1', x),
  'parseDate(x)': (x) => api.parseDate(x),
  'compareDates(x, d)': (x) => api.compareDates(x, ok.date),
  'addDays(x, 1)': (x) => api.addDays(x, 1),
  'addDays(d, x)': (x) => api.addDays(ok.date, x),
  'addMonths(x, 1)': (x) => api.addMonths(x, 1),
  'addMonths(d, x)': (x) => api.addMonths(ok.date, x),
  'addYears(d, x)': (x) => api.addYears(ok.date, x),
  'daysBetween(x, d)': (x) => api.daysBetween(x, ok.date),
  'quarterOf(x)': (x) => api.quarterOf(x),
  'quarterEnd(x, 1)': (x) => api.quarterEnd(x, 1),
  'quarterEnd(2020, x)': (x) => api.quarterEnd(2020, x),
  'getProfile(x, {asOf})': (x) => api.getProfile(x, { asOf: '2026-01-01' }),
  'getProfile(id, {asOf: x})': (x) => api.getProfile('anhui', { asOf: x }),
  'getProfile(id, x)': (x) => api.getProfile('anhui', x),
  'lookupProfile(x, {asOf})': (x) => api.lookupProfile(x, { asOf: '2026-01-01' }),
  'lookupProfile(id, {asOf: x})': (x) => api.lookupProfile('xinzhou', { asOf: x }),
  'nationalMeasureOn(x)': (x) => api.nationalMeasureOn(x),
  'resolveRule(x, family, date)': (x) => api.resolveRule(x, 'per-person-limit', '2026-01-01'),
  'resolveRule(profile, x, date)': (x) => api.resolveRule(api.anhui, x, '2026-01-01'),
  'resolveRule(profile, family, x)': (x) => api.resolveRule(api.anhui, 'per-person-limit', x),
  'deriveProfile(x, patch)': (x) => api.deriveProfile(x, { issued: '2024-09-01' }),
  'deriveProfile(profile, x)': (x) => api.deriveProfile(api.xinzhou, x),
  'defineProfile(x)': (x) => api.defineProfile(x),
  'profileSheet(x)': (x) => api.profileSheet(x),
  'profileSheet({jurisdiction: x})': (x) =>
    api.profileSheet({ jurisdiction: x, asOf: '2026-01-01' }),
  'defineJurisdiction(x)': (x) => api.defineJurisdiction(x),
  'defineJurisdiction({versions: x})': (x) => api.defineJurisdiction({ versions: x }),
  'findRule(x, id)': (x) => api.findRule(x, 'AH-RATE-02'),
  'trialPeriod(x)': (x) => api.trialPeriod(x),
  'findRule(profile, x)': (x) => api.findRule(api.anhui, x),
  'quotePremium(x)': (x) => api.quotePremium(x),
  'quotePremium({base: {amount: x}})': (x) =>
    api.quotePremium({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      base: { kind: 'contract-price', amount: x },
    }),
  'quotePremium({asOf: x})': (x) =>
    api.quotePremium({
      jurisdiction: 'anhui',
      asOf: x,
      base: { kind: 'contract-price', amount: '1' },
    }),
  'quotePremium({adjustments: [x]})': (x) =>
    api.quotePremium({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      base: { kind: 'contract-price', amount: '1' },
      adjustments: [x],
    }),
  'checkQuote(x)': (x) => api.checkQuote(x),
  'checkQuote({perPersonLimit: x})': (x) =>
    api.checkQuote({ jurisdiction: 'anhui', asOf: '2026-01-01', perPersonLimit: x }),
  'splitPremium(x)': (x) => api.splitPremium(x),
  'checkInsurer(x)': (x) => api.checkInsurer(x),
  'checkInsurer({facts: x})': (x) =>
    api.checkInsurer({ jurisdiction: 'anhui', asOf: '2026-01-01', facts: x }),
  'checkInsurerPool(x)': (x) => api.checkInsurerPool(x),
  'checkServiceFirm(x)': (x) => api.checkServiceFirm(x),
  'checkServiceFirm({staff: [x]})': (x) =>
    api.checkServiceFirm({ jurisdiction: 'xinzhou', asOf: '2025-06-01', facts: {}, staff: [x] }),
  'checkQuoteLetter(x)': (x) => api.checkQuoteLetter(x),
  'checkPolicy({document: x})': (x) =>
    api.checkPolicy({ jurisdiction: 'xinzhou', asOf: '2025-06-01', document: x }),
  'checkApplication(x)': (x) => api.checkApplication(x),
  'checkProject(x)': (x) => api.checkProject(x),
  'preventionBudget(x)': (x) => api.preventionBudget(x),
  'preventionBudget({collected: x})': (x) =>
    api.preventionBudget({ jurisdiction: 'anhui', asOf: '2026-01-01', collected: x }),
  'checkPreventionLedger(x)': (x) => api.checkPreventionLedger(x),
  'checkPreventionLedger({entries: [x]})': (x) =>
    api.checkPreventionLedger({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      policies: [{ policy: 'P', collected: '1', period: { from: '2026-01-01', to: '2026-12-31' } }],
      entries: [x],
    }),
  "checkPreventionLedger({detectDuplicates: 'sorted', entries: [x]})": (x) =>
    api.checkPreventionLedger({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      policies: [{ policy: 'P', collected: '1', period: { from: '2026-01-01', to: '2026-12-31' } }],
      entries: [x],
      detectDuplicates: 'sorted',
    }),
  'checkPreventionLedger({detectDuplicates: x})': (x) =>
    api.checkPreventionLedger({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      policies: [{ policy: 'P', collected: '1', period: { from: '2026-01-01', to: '2026-12-31' } }],
      entries: [],
      detectDuplicates: x,
    }),
  'checkLedgerPart(x)': (x) => api.checkLedgerPart(x),
  'mergeLedgerParts(x)': (x) => api.mergeLedgerParts(x),
  'mergeLedgerParts({parts: [x]})': (x) =>
    api.mergeLedgerParts({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      policies: [{ policy: 'P', collected: '1', period: { from: '2026-01-01', to: '2026-12-31' } }],
      parts: [x],
    }),
  'requiredServices(x)': (x) => api.requiredServices(x),
  'checkServiceDelivery(x)': (x) => api.checkServiceDelivery(x),
  'policyPeriod(x)': (x) => api.policyPeriod(x),
  'serviceTeamDeadline({policyIssued: x})': (x) =>
    api.serviceTeamDeadline({ jurisdiction: 'xinzhou', asOf: '2025-06-01', policyIssued: x }),
  'archiveRetention(x)': (x) => api.archiveRetention(x),
  'claimReportDeadline({accidentAt: x})': (x) =>
    api.claimReportDeadline({ jurisdiction: 'xinzhou', asOf: '2025-06-01', accidentAt: x }),
  'nextFirmEvaluation(x)': (x) => api.nextFirmEvaluation(x),
  'annualReportDue(x)': (x) => api.annualReportDue(x),
  'classifyUnit(profile, x, date)': (x) => api.classifyUnit(api.jingzhou, x, '2021-01-01'),
  'classifyUnit(x, unit, date)': (x) =>
    api.classifyUnit(x, { kind: 'project', id: 'P', projectKind: 'housing' }, '2021-01-01'),
  'coverageStatus(x)': (x) => api.coverageStatus(x),
  'mergeCoverageStatus(x)': (x) => api.mergeCoverageStatus(x),
  'mergeCoverageStatus([status, x])': (x) => api.mergeCoverageStatus([status, x] as never),
  'coverageStatus({units: [x]})': (x) =>
    api.coverageStatus({ profile: api.jingzhou, asOf: '2021-01-01', units: [x] }),
  'complianceCalendar(profile, x)': (x) => api.complianceCalendar(api.jingzhou, x),
  'complianceCalendar(profile, window, {art203: x})': (x) =>
    api.complianceCalendar(api.jingzhou, { from: '2020-01-01', to: '2020-12-31' }, { art203: x }),
  'complianceCalendar(profile, window, {workdays: x})': (x) =>
    api.complianceCalendar(api.jingzhou, { from: '2020-01-01', to: '2020-12-31' }, { workdays: x }),
  'dayStatus(x)': (x) => api.dayStatus(x),
  'dayStatus(d, x)': (x) => api.dayStatus('2020-10-05', x),
  'extendDeadline(x)': (x) => api.extendDeadline(x),
  'extendDeadline(d, x)': (x) => api.extendDeadline('2020-10-05', x),
  'workdayCalendar(x)': (x) => api.workdayCalendar(x),
  'workdayCalendar([year], x)': (x) => api.workdayCalendar([], x),
  'renderIcs(x)': (x) => api.renderIcs(x),
  'jingzhouAnnex1(x)': (x) => api.jingzhouAnnex1(x),
  'jingzhouAnnex2(x)': (x) => api.jingzhouAnnex2(x),
  'jingzhouAnnex3({rows: [x]})': (x) =>
    api.jingzhouAnnex3({ unit: 'U', asOf: '2021-06-30', rows: [x] }),
  'jingzhouAnnex4({year: x})': (x) =>
    api.jingzhouAnnex4({ unit: 'U', year: x, quarter: 1, rows: [] }),
  'jingzhouAnnex5({quarter: x})': (x) =>
    api.jingzhouAnnex5({ unit: 'U', year: 2021, quarter: x, rows: [] }),
  'jingzhouAnnex6({asOf: x})': (x) => api.jingzhouAnnex6({ unit: 'U', asOf: x, rows: [] }),
  'jingzhouAnnex7(x)': (x) => api.jingzhouAnnex7(x),
  'xinzhouQuoteLetter(x, doc)': (x) => api.xinzhouQuoteLetter(x, {} as never),
  'xinzhouPolicySchedule(quote, x)': (x) =>
    api.xinzhouPolicySchedule(
      api.quotePremium({
        jurisdiction: 'xinzhou',
        asOf: '2026-01-01',
        base: { kind: 'contract-price', amount: '1' },
        rate: { source: 'filed', rate: api.permille('1') },
      }),
      x,
    ),
  'anhuaAnnualReport(x)': (x) => api.anhuaAnnualReport(x),
  'coverageDashboard(x)': (x) => api.coverageDashboard(x),
  'renderMarkdown(x)': (x) => api.renderMarkdown(x),
  'renderCsv(x)': (x) => api.renderCsv(x),
  'renderHtml(x)': (x) => api.renderHtml(x),
  'renderJson(x)': (x) => api.renderJson(x),
  'formatCell(x)': (x) => api.formatCell(x),
  'checkEnterprise({facts: x})': (x) =>
    api.checkEnterprise({ jurisdiction: 'anhua', asOf: '2026-01-01', facts: x }),
  'splitPremium({payers: [x]})': (x) =>
    api.splitPremium({ quote: { premium: api.parseCny('1') }, payers: [x] }),
};

describe('bad input on purpose', () => {
  for (const [name, call] of Object.entries(CALLS)) {
    it(`MONEY-01 TIME-02 ${name} answers every bad value with a ValidationError`, () => {
      for (const bad of BAD) {
        // A few values are legitimate in one position: no rates at all, or an option left unset.
        if (name === 'multiplyAndRound(base, x)' && Array.isArray(bad)) continue;
        if (name.includes('{mode: x}') && bad === undefined) continue;
        if (name.includes('{perPersonLimit: x}') && bad === undefined) continue; // an optional fact left out
        if (name.includes('{detectDuplicates: x}') && (bad === undefined || bad === true)) continue; // valid settings
        if (name === 'jingzhouAnnex1(x)' && bad === undefined) continue; // the default profile
        // runCases: no options, or no jurisdiction among them, runs under the file's jurisdiction
        if (/^runCases\(file, (x|\{jurisdiction: x\})\)/.test(name) && bad === undefined) continue;
        if (name === 'runCases(file, x)' && isEmptyPlain(bad)) continue;
        if (name === 'multiplyAndRound(base, rates, x)' && (bad === undefined || isEmptyPlain(bad)))
          continue; // default rounding
        if (name === 'sumCny(x)' && Array.isArray(bad)) continue; // an empty list sums to 0.00
        // Working days: an option left unset means the default (art203 all, the shipped calendar), and
        // an empty list of own years, or empty options, is a legitimate calendar.
        if (
          /\{(art203|workdays): x\}|^(dayStatus|extendDeadline)\(d, x\)|^workdayCalendar\(\[year\], x\)/.test(
            name,
          ) &&
          bad === undefined
        )
          continue;
        if (/^(extendDeadline\(d|workdayCalendar\(\[year\]), x\)/.test(name) && isEmptyPlain(bad))
          continue;
        if (name === 'workdayCalendar(x)' && Array.isArray(bad) && bad.length === 0) continue;
        if (name === 'renderHtml({title: x})' && typeof bad === 'string') continue; // any title
        // An empty object is a legitimate set of facts or an empty document: nothing known, nothing stated.
        if (
          /\{(facts|document): x\}/.test(name) &&
          typeof bad === 'object' &&
          bad !== null &&
          !Array.isArray(bad) &&
          Object.keys(bad).length === 0 &&
          Object.getPrototypeOf(bad) === Object.prototype
        )
          continue;
        let thrown: unknown;
        try {
          call(bad as never);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, `${name} with ${show(bad)}`).toBeInstanceOf(ValidationError);
        const err = thrown as ValidationError;
        expect(err).toBeInstanceOf(AnzexianError);
        expect(err.issues.length).toBeGreaterThan(0);
        for (const issue of err.issues) {
          expect(issue.message.zh.length).toBeGreaterThan(0);
          expect(issue.message.en.length).toBeGreaterThan(0);
          expect(Array.isArray(issue.path)).toBe(true);
        }
      }
    });
  }

  // The issues are part of the API: callers show the message and act on the path and code. Pinning
  // them here means a changed path, code or message (in either language) is a reviewed change.
  it('every error keeps its path, code, expected value and bilingual message', () => {
    const seen: Record<string, unknown> = {};
    for (const [name, call] of Object.entries(CALLS)) {
      for (const bad of [NaN, 'abc', null, [], {}]) {
        try {
          call(bad as never);
        } catch (e) {
          if (e instanceof ValidationError)
            seen[`${name} ← ${show(bad)}`] = e.issues.map((i) => ({
              path: i.path,
              code: i.code,
              expected: i.expected,
              en: i.message.en,
              zh: i.message.zh,
            }));
        }
      }
    }
    expect(seen).toMatchSnapshot();
  });

  it('MONEY-01 every public function is covered by this table', () => {
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === 'function' && !/^[A-Z]/.test(v.name))
      .map(([k]) => k);
    const covered = new Set(Object.keys(CALLS).map((k) => k.slice(0, k.indexOf('('))));
    // predicates answer false and never throw; listProfiles takes no input
    const exempt = new Set([
      'isCny',
      'isRate',
      'isCalendarDate',
      'isAnzexianError',
      'isValidationError',
      'daysInMonth',
      'listProfiles',
    ]);
    expect(functions.filter((f) => !covered.has(f) && !exempt.has(f))).toEqual([]);
  });

  it('MONEY-01 predicates answer false for bad values instead of throwing', () => {
    for (const bad of BAD) {
      expect(api.isCny(bad)).toBe(false);
      expect(api.isRate(bad)).toBe(false);
      expect(api.isCalendarDate(bad)).toBe(false);
    }
  });
});
