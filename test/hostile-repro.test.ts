import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { flipping } from './helpers/hostile.js';
import { refused } from './helpers/refused.js';

// The reproductions of issue 17, items 2 and 4, each as found by the adversarial pass.

/** An object whose properties answer validly on the first `honest` reads, then `later`. */
const after = <T>(value: T, honest: number, later: unknown): T =>
  flipping(value, later, 'getter', honest) as T;
const proxied = <T>(value: T, honest: number, later: unknown): T =>
  flipping(value, later, 'proxy', honest) as T;

describe('issue 17 item 2: every input is read once, validated, and computed from', () => {
  const one = api.parseCny('1.00');
  it.each([1, 2, 3])(
    'MONEY-01 parseCny of a Cny whose amount changes after %i reads is 1.00, never NaN',
    (n) => {
      expect(api.parseCny(after(one, n, 'abc'))).toEqual({ currency: 'CNY', amount: '1.00' });
      expect(api.parseCny(proxied(one, n, '1e9999')).amount).toBe('1.00');
    },
  );
  it.each([1, 2, 3])('MONEY-01 formatCny of such a Cny (%i honest reads) is ¥1.00', (n) => {
    expect(api.formatCny(after(one, n, 'abc'))).toBe('¥1.00');
  });
  it.each([1, 2, 3])(
    'MONEY-03 capAmount and multiplyAndRound with a rate that changes after %i reads stay exact',
    (n) => {
      const rate = api.percent(20);
      expect(api.capAmount('100.00', proxied(rate, n, 'Infinity')).amount).toBe('20.00');
      expect(api.floorAmount('100.00', after(rate, n, 'NaN')).amount).toBe('20.00');
      expect(api.multiplyAndRound('100.00', [proxied(rate, n, '1e9999')]).amount).toBe('20.00');
      expect(api.multiplyAndRound('100.00', proxied([rate], n, 'abc')).amount).toBe('20.00');
      expect(api.formatRate(proxied(rate, n, 'abc'))).toBe('20%');
    },
  );
  it.each([1, 2, 3])(
    'MONEY-07 MONEY-04 toChineseUppercase and allocate read a changing input once (%i honest reads)',
    (n) => {
      expect(api.toChineseUppercase(after(one, n, 'x.yz'))).toBe('壹元整');
      expect(api.allocate(after(one, n, 'abc'), [1, 1]).map((c) => c.amount)).toEqual([
        '0.50',
        '0.50',
      ]);
      expect(api.allocate('1.00', proxied([1, 1], n, 'abc')).map((c) => c.amount)).toEqual([
        '0.50',
        '0.50',
      ]);
      expect(api.sumCny([after(one, n, 'abc'), one]).amount).toBe('2.00');
      expect(api.compareCny(after(one, n, '9.00'), one)).toBe(0);
    },
  );
  it('MONEY-01 options are read once too: a rounding mode that changes after the check is not used', () => {
    const options = after({ mode: 'floor' as const }, 2, 'nonsense');
    expect(api.multiplyAndRound('0.05', [api.ratio('0.5')], options).amount).toBe('0.02');
  });
});

describe('issue 17 item 4: crashes that are now ValidationErrors', () => {
  const rate = api.permille('1.65');
  const report = api.jingzhouAnnex1();
  it.each<[string, () => unknown]>([
    ['parseCny', () => api.parseCny('1', null as never)],
    ['permille', () => api.permille('1', null as never)],
    ['percent', () => api.percent('1', null as never)],
    ['ratio', () => api.ratio('1', null as never)],
    ['formatCny', () => api.formatCny(api.parseCny('1'), null as never)],
    ['formatRate', () => api.formatRate(rate, null as never)],
    ['coverageRate', () => api.coverageRate(1, 2, null as never)],
    ['renderCsv', () => api.renderCsv(report, null as never)],
    [
      'renderIcs',
      () =>
        api.renderIcs(
          api.complianceCalendar(api.jingzhou, { from: '2020-01-01', to: '2021-01-01' }),
          null as never,
        ),
    ],
  ])('MONEY-01 %s with a null options argument is an invalid_option ValidationError', (_, f) => {
    refused(f, 'invalid_option');
  });

  it.each<[string, () => unknown]>([
    ['parseCny', () => api.parseCny('-1', { allownegative: true } as never)],
    ['permille', () => api.permille('-1', { allow_negative: true } as never)],
    ['formatCny', () => api.formatCny(api.parseCny('1'), { symbl: false } as never)],
    ['formatRate', () => api.formatRate(rate, { decimal: 2 } as never)],
    ['coverageRate', () => api.coverageRate(1, 3, { decimal: 0 } as never)],
    ['renderCsv', () => api.renderCsv(report, { tables: 'x' } as never)],
  ])('MONEY-01 %s refuses an unknown option key instead of ignoring it', (_, f) => {
    const e = refused(f, 'unknown_option');
    expect(e.issues[0]?.path.length).toBe(e.issues[0]?.path[0] === 'options' ? 2 : 1);
  });

  it('MONEY-06 formatRate refuses a unit that is not a rate unit (it crashed in decimal.js)', () => {
    refused(() => api.formatRate(rate, { unit: 'bps' } as never), 'unknown_option');
  });

  it('MONEY-04 allocate over a sparse array is a ValidationError naming the hole', () => {
    // eslint-disable-next-line no-sparse-arrays
    const e = refused(() => api.allocate('1.00', [1, , 1] as never));
    expect(e.issues[0]?.path).toEqual(['weights', 1]);
  });

  const many = (n: number) => Array.from({ length: n }, () => ({ nope: 1 }));
  const quote = api.quotePremium({
    jurisdiction: 'anhui',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount: '1000000' },
  });
  it.each<[string, (bad: never) => unknown]>([
    [
      'checkPreventionLedger.policies',
      (bad) =>
        api.checkPreventionLedger({
          jurisdiction: 'anhui',
          asOf: '2026-06-01',
          policies: bad,
          entries: [],
        }),
    ],
    [
      'checkApplication.documents',
      (bad) =>
        api.checkApplication({ jurisdiction: 'xinzhou', asOf: '2025-06-01', documents: bad }),
    ],
    [
      'checkServiceFirm.staff',
      (bad) =>
        api.checkServiceFirm({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: {},
          staff: bad,
        }),
    ],
    [
      'checkServiceDelivery.visits',
      (bad) =>
        api.checkServiceDelivery({
          jurisdiction: 'xinzhou',
          asOf: '2025-12-31',
          project: { policy: { from: '2025-01-01', to: '2025-12-31' } },
          visits: bad,
        }),
    ],
    [
      'checkInsurerPool.registrants',
      (bad) =>
        api.checkInsurerPool({ jurisdiction: 'xinzhou', asOf: '2025-06-01', registrants: bad }),
    ],
    ['splitPremium.payers', (bad) => api.splitPremium({ quote, payers: bad })],
    [
      'preventionBudget.policies',
      (bad) => api.preventionBudget({ jurisdiction: 'anhui', asOf: '2026-01-01', policies: bad }),
    ],
  ])(
    'MONEY-01 %s with 150,000 invalid items: a ValidationError of at most 100 issues and a short message, no stack overflow',
    (_, f) => {
      const e = refused(() => f(many(150_000) as never));
      expect(e.issues.length).toBeGreaterThan(0);
      expect(e.issues.length).toBeLessThanOrEqual(100);
      expect(e.message.length).toBeLessThan(64 * 1024);
      expect(e.issues[0]?.path.slice(0, 2)).toEqual([e.issues[0]?.path[0], 0]);
    },
    20_000,
  );

  it('MONEY-01 renderJson of a report with a bigint id, or an extra key, is a ValidationError (it threw TypeError or copied the key)', () => {
    refused(() => api.renderJson({ ...report, id: 1n } as never), 'invalid_type');
    refused(() => api.renderJson({ ...report, secret: 'x' } as never), 'invalid_type');
    refused(
      () =>
        api.renderJson({
          ...report,
          tables: report.tables.map((t) => ({ ...t, id: 2n })),
        } as never),
      'invalid_type',
    );
    expect(JSON.parse(api.renderJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  const xinzhou = api.getProfile('xinzhou', { asOf: '2025-06-01' });
  const withinClaim = (value: number, unit: string) =>
    api.deriveProfile(xinzhou, {
      rules: { 'XZ-CLAIM-01': { params: { within: { type: 'count', value, unit } } } },
    } as never);
  it('XZ-CLAIM-01 a derived profile stating the period in days is read as days, and says so', () => {
    const d = api.claimReportDeadline({
      jurisdiction: withinClaim(2, 'days'),
      asOf: '2025-06-01',
      accidentAt: '2025-06-01T22:30+08:00',
    });
    expect(d.due).toBe('2025-06-03T22:30+08:00');
    expect(d.explanation.en).toContain('2 days');
    expect(d.explanation.zh).toContain('2日内');
  });
  it('XZ-CLAIM-01 the shipped 24 hours still reads "24 hours"', () => {
    const d = api.claimReportDeadline({
      jurisdiction: 'xinzhou',
      asOf: '2025-06-01',
      accidentAt: '2025-06-01T22:30+08:00',
    });
    expect(d.due).toBe('2025-06-02T22:30+08:00');
    expect(d.explanation.en).toContain('(24 hours after the accident)');
  });
  it.each([
    [10 ** 12, 'hours'],
    [Number.MAX_SAFE_INTEGER, 'days'],
    [3_000_000, 'days'],
  ])(
    'XZ-CLAIM-01 a period of %d %s that leaves the calendar is out_of_range, never "0NaN-NaN-NaN"',
    (value, unit) => {
      refused(
        () =>
          api.claimReportDeadline({
            jurisdiction: withinClaim(value, unit),
            asOf: '2025-06-01',
            accidentAt: '2025-06-01T22:30+08:00',
          }),
        'out_of_range',
      );
    },
  );
  it('XZ-CLAIM-01 a period in months is refused (a claim is reported within hours or days)', () => {
    refused(
      () =>
        api.claimReportDeadline({
          jurisdiction: withinClaim(1, 'months'),
          asOf: '2025-06-01',
          accidentAt: '2025-06-01T22:30+08:00',
        }),
      'invalid_option',
    );
  });
});
