import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { refused } from './helpers/refused.js';

// Issue 17, item 7: lenient parsing that hid mistakes.

describe('lenient parsing refused', () => {
  const quote = (percent: string | number) =>
    api.quotePremium({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      base: { kind: 'contract-price', amount: '12000000' },
      adjustments: [{ percent, reason: 'claims-free' }],
    });
  it.each(['++5', '+-5', '--5', '-+5', '+ 5'])(
    'AH-RATE-03 an adjustment written %j is an invalid_rate, not +5%',
    (p) => {
      const e = refused(() => quote(p), 'invalid_rate');
      expect(e.issues[0]?.path).toEqual(['adjustments', 0, 'percent']);
    },
  );
  it('AH-RATE-03 one sign is still fine: +5 and -5 (1.65‰ × 1.05 and × 0.95 of 12,000,000)', () => {
    expect(quote('+5').premium.amount).toBe('20790.00');
    expect(quote('-5').premium.amount).toBe('18810.00');
    expect(quote(5).premium.amount).toBe('20790.00');
  });

  it.each(['0,123', '00,123', '0,123.00', '012,345'])(
    'MONEY-01 parseCny(%j): a thousands group after a leading zero is a mistake',
    (s) => {
      refused(() => api.parseCny(s), 'invalid_amount');
    },
  );
  it('MONEY-01 correct grouping still reads: 1,234 and ¥12,345,678.90', () => {
    expect(api.parseCny('1,234').amount).toBe('1234.00');
    expect(api.parseCny('¥12,345,678.90').amount).toBe('12345678.90');
    expect(api.parseCny('0').amount).toBe('0.00');
  });

  it('MONEY-01 a 10^7-character full-width string is refused by its length, before any conversion', () => {
    // No timing assertion (a shared machine makes one flaky): the refusal names the length limit, which
    // is checked before the full-width digits are converted.
    const e = refused(() => api.parseCny('１'.repeat(10_000_000)), 'invalid_amount');
    expect(e.issues[0]?.message.en).toBe('Invalid amount: longer than 64 characters');
  });
});

describe('an edited quote is not printed or split', () => {
  const real = api.quotePremium({
    jurisdiction: 'xinzhou',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount: '8650000' },
    rate: { source: 'filed', rate: api.permille('1.8') },
  });
  const edited = {
    ...(JSON.parse(JSON.stringify(real)) as object),
    premium: { currency: 'CNY', amount: '1.00' },
  };
  const document = {
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
  };
  it('XZ-OPS-04 xinzhouQuoteLetter refuses a premium that is not base × rate (8,650,000 × 1.8‰ = 15,570.00)', () => {
    expect(real.premium.amount).toBe('15570.00');
    expect(() =>
      api.xinzhouQuoteLetter(JSON.parse(JSON.stringify(real)) as never, document),
    ).not.toThrow();
    const e = refused(() => api.xinzhouQuoteLetter(edited as never, document), 'invalid_option');
    expect(e.issues[0]?.path).toEqual(['quote', 'premium']);
    expect(e.message).toContain('15570.00');
  });
  it('XZ-OPS-05 xinzhouPolicySchedule refuses it too', () => {
    refused(
      () =>
        api.xinzhouPolicySchedule(edited as never, {
          ...document,
          insurancePeriod: { from: '2026-01-01', to: '2026-12-31' },
        }),
      'invalid_option',
    );
  });
  it('MONEY-04 splitPremium refuses an edited quote, and still splits a bare premium', () => {
    const payers = [{ name: 'A', role: 'general-contractor' as const, weight: 1 }];
    refused(() => api.splitPremium({ quote: edited as never, payers }), 'invalid_option');
    expect(api.splitPremium({ quote: real, payers }).total.amount).toBe('15570.00');
    expect(
      api.splitPremium({ quote: { premium: { currency: 'CNY', amount: '1.00' } } as never, payers })
        .total.amount,
    ).toBe('1.00');
  });
  it('MONEY-02 a quote rounded another way is checked with its own rounding (down to the yuan)', () => {
    const q = api.quotePremium({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      base: { kind: 'contract-price', amount: '1234567' },
      rounding: { mode: 'down', unit: 'yuan' },
    });
    // 1,234,567 × 1.65‰ = 2,037.03555 → 2,037
    expect(q.premium.amount).toBe('2037.00');
    const payers = [{ name: 'A', role: 'general-contractor' as const, weight: 1 }];
    expect(api.splitPremium({ quote: q, payers }).total.amount).toBe('2037.00');
  });
});

describe('the CLI reads --year and --quarter as digits only', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  it.each(['0x7E5', '2.021e3', '+2021', '2021.0', ' 2021'])(
    'JZ-RPT-04 --year %j is a usage error (exit 2), not 2021',
    (year) => {
      const r = run(['report', 'anhua-annual', '--insurer', 'I', '--year', year]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--year must be a whole number');
    },
    120_000,
  );
  it('AN-CAL-01 --year 2026 works', () => {
    const r = run([
      'report',
      'anhua-annual',
      '--insurer',
      'I',
      '--year',
      '2026',
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2026-01-15');
  }, 120_000);
});
