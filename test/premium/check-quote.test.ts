import { describe, expect, it } from 'vitest';
import {
  checkQuote,
  deriveProfile,
  permille,
  ValidationError,
  zhoushan,
  type CheckQuoteInput,
  type Profile,
} from '../../src/index.js';

const check = (input: Partial<CheckQuoteInput> & Pick<CheckQuoteInput, 'jurisdiction'>) =>
  checkQuote({ asOf: '2026-01-01', ...input });
const criterion = (r: ReturnType<typeof checkQuote>, id: string) =>
  r.criteria.find((c) => c.ruleId === id);

describe('checkQuote — Anhui band', () => {
  it('AH-RATE-05 a rate below 1.32‰ is under-pricing; the floor itself is allowed', () => {
    expect(
      criterion(check({ jurisdiction: 'anhui', rate: permille('1.31') }), 'AH-RATE-05')?.status,
    ).toBe('fail');
    expect(
      criterion(check({ jurisdiction: 'anhui', rate: permille('1.32') }), 'AH-RATE-05')?.status,
    ).toBe('pass');
    const r = check({ jurisdiction: 'anhui', rate: permille('1.2') });
    expect(criterion(r, 'AH-RATE-05')?.reason.zh).toContain('恶意低价');
    expect(criterion(r, 'AH-RATE-05')?.citation).toEqual({
      document: '建质规〔2025〕6号',
      section: '一(八)',
    });
  });

  it('AH-RATE-03 a rate above 1.98‰ is outside the band; the ceiling itself is allowed', () => {
    expect(
      criterion(check({ jurisdiction: 'anhui', rate: permille('1.99') }), 'AH-RATE-03')?.status,
    ).toBe('fail');
    expect(
      criterion(check({ jurisdiction: 'anhui', rate: permille('1.98') }), 'AH-RATE-03')?.status,
    ).toBe('pass');
  });

  it('AH-RATE-05 a missing rate is unknown, never a pass', () => {
    const r = check({
      jurisdiction: 'anhui',
      perPersonLimit: '600000',
      premium: '19800',
      commission: '990',
    });
    expect(criterion(r, 'AH-RATE-05')).toMatchObject({ status: 'unknown', factsMissing: ['rate'] });
    expect(r.status).toBe('unknown');
  });

  it('AH-RATE-05 a full, lawful quote passes; one failure fails the whole', () => {
    const good = check({
      jurisdiction: 'anhui',
      rate: permille('1.65'),
      perPersonLimit: '600000',
      premium: '19800',
      commission: '990',
    });
    expect(good.status).toBe('pass');
    expect(good.criteria.map((c) => c.ruleId)).toEqual([
      'AH-RATE-05',
      'AH-RATE-03',
      'AH-LIMIT-02',
      'NAT25-COMM-01',
    ]);
    expect(
      check({
        jurisdiction: 'anhui',
        rate: permille('1.2'),
        perPersonLimit: '600000',
        premium: '19800',
        commission: '990',
      }).status,
    ).toBe('fail');
  });
});

describe('checkQuote — per-person limit and commission', () => {
  it('AH-LIMIT-02 Anhui: below 600,000 per person fails; 600,000 passes', () => {
    expect(
      criterion(check({ jurisdiction: 'anhui', perPersonLimit: '599999.99' }), 'AH-LIMIT-02')
        ?.status,
    ).toBe('fail');
    expect(
      criterion(check({ jurisdiction: 'anhui', perPersonLimit: '60万' }), 'AH-LIMIT-02')?.status,
    ).toBe('pass');
  });

  it('NAT17-LIMIT-01 Jingzhou in 2021: 350,000 meets the 2017 minimum of 300,000', () => {
    const r = check({ jurisdiction: 'jingzhou', asOf: '2021-06-01', perPersonLimit: '350000' });
    expect(criterion(r, 'NAT17-LIMIT-01')?.status).toBe('pass');
  });

  it('NAT25-LIMIT-01 Jingzhou in 2026: 350,000 is below the 2025 minimum of 400,000', () => {
    const r = check({ jurisdiction: 'jingzhou', perPersonLimit: '350000' });
    expect(criterion(r, 'NAT25-LIMIT-01')).toMatchObject({
      status: 'fail',
      factsUsed: ['perPersonLimit'],
    });
    expect(r.status).toBe('fail');
  });

  it('NAT25-COMM-01 a commission above 5% of the premium fails; exactly 5% passes', () => {
    expect(
      criterion(
        check({ jurisdiction: 'anhui', premium: '19800', commission: '990.01' }),
        'NAT25-COMM-01',
      )?.status,
    ).toBe('fail');
    expect(
      criterion(
        check({ jurisdiction: 'anhui', premium: '19800', commission: '990' }),
        'NAT25-COMM-01',
      )?.status,
    ).toBe('pass');
    expect(
      criterion(check({ jurisdiction: 'anhui', premium: '19800' }), 'NAT25-COMM-01'),
    ).toMatchObject({ status: 'unknown', factsMissing: ['commission'] });
  });
});

describe('checkQuote — Zhoushan float direction', () => {
  const zs = (
    floatFactor: string | undefined,
    conditions: NonNullable<CheckQuoteInput['conditions']>,
    renewal?: boolean,
  ) =>
    criterion(
      checkQuote({
        jurisdiction: 'zhoushan',
        asOf: '2026-01-01',
        ...(floatFactor === undefined ? {} : { floatFactor }),
        conditions,
        ...(renewal === undefined ? {} : { renewal }),
      }),
      'ZS-FLOAT-01',
    );
  const good = {
    claimsFree: true,
    goodCredit: true,
    goodManagement: true,
    chaoticManagement: false,
    accident: false,
  };

  it('ZS-FLOAT-01 claims-free, good credit and good management: no upward float', () => {
    expect(zs('1.1', good)?.status).toBe('fail');
    expect(zs('0.9', good)?.status).toBe('pass');
    expect(zs('1', good)?.status).toBe('pass');
  });

  it('ZS-FLOAT-01 chaotic management or an accident: no downward float at renewal', () => {
    const bad = {
      claimsFree: false,
      goodCredit: true,
      goodManagement: false,
      chaoticManagement: true,
      accident: false,
    };
    expect(zs('0.9', bad, true)?.status).toBe('fail');
    expect(zs('1.2', bad, true)?.status).toBe('pass');
    expect(zs('0.9', bad, false)?.status).toBe('pass'); // not a renewal: the up-only rule does not bite yet
    expect(zs('0.9', bad)).toMatchObject({ status: 'unknown', factsMissing: ['renewal'] });
    expect(zs('0.9', { ...bad, chaoticManagement: false, accident: true }, true)?.status).toBe(
      'fail',
    );
  });

  it('ZS-FLOAT-01 the three good conditions must all hold (和): one missing makes an upward float unknown', () => {
    expect(zs('1.1', { claimsFree: true, goodCredit: true, goodManagement: false })?.status).toBe(
      'pass',
    );
    expect(zs('1.1', { claimsFree: true, goodCredit: true })).toMatchObject({
      status: 'unknown',
      factsMissing: ['conditions.goodManagement'],
    });
  });

  it('ZS-FLOAT-01 contradictory facts and a missing factor are unknown, never a pass', () => {
    expect(zs('1.1', { ...good, accident: true }, true)?.status).toBe('unknown');
    expect(zs(undefined, good)).toMatchObject({ status: 'unknown', factsMissing: ['floatFactor'] });
  });

  it('ZS-FLOAT-01 the conditions are read from the profile: a version with claims-free alone as the down-only condition', () => {
    const list = (codes: [string, string][]) => ({
      type: 'list' as const,
      value: codes.map(([code, zh]) => ({ code, name: { zh, en: code } })),
    });
    const version = (params: Record<string, unknown>) =>
      deriveProfile(zhoushan, {
        version: 'float-study',
        validFrom: '2026-01-01',
        hypothetical: true,
        rules: { 'ZS-FLOAT-01': { params: params as never } },
      });
    const claimsOnly = version({ downWhenAll: list([['claims-free', '无出险记录']]) });
    const at = (jurisdiction: Profile, floatFactor: string, c: object, renewal?: boolean) =>
      criterion(
        checkQuote({
          jurisdiction,
          asOf: '2026-01-01',
          floatFactor,
          conditions: c,
          ...(renewal === undefined ? {} : { renewal }),
        }),
        'ZS-FLOAT-01',
      )?.status;
    // claims-free alone: under the plan the other two conditions are missing (unknown); under the
    // version claims-free is all that is needed, so 1.1 goes against the down-only rule
    expect([
      at('zhoushan' as never, '1.1', { claimsFree: true }),
      at(claimsOnly, '1.1', { claimsFree: true }),
    ]).toEqual(['unknown', 'fail']);
    // upward float at any quote, not only at renewal: an accident and 0.9 without a renewal fails
    const anyQuote = version({ upAppliesAt: { type: 'code', value: 'any-quote' } });
    expect([
      at('zhoushan' as never, '0.9', { accident: true }, false),
      at(anyQuote, '0.9', { accident: true }, false),
    ]).toEqual(['pass', 'fail']);
  });

  it('ZS-FLOAT-01 Anhui has no direction rule: no such criterion', () => {
    expect(
      criterion(check({ jurisdiction: 'anhui', floatFactor: '1.1' }), 'ZS-FLOAT-01'),
    ).toBeUndefined();
  });
});

describe('checkQuote — bad input', () => {
  it.each([
    [
      'a bad rate',
      { jurisdiction: 'anhui', asOf: '2026-01-01', rate: { value: 'x', unit: 'permille' } },
    ],
    ['a bad limit', { jurisdiction: 'anhui', asOf: '2026-01-01', perPersonLimit: 'abc' }],
    [
      'a bad factor',
      { jurisdiction: 'zhoushan', asOf: '2026-01-01', floatFactor: '1e5', conditions: {} },
    ],
    [
      'an unknown condition',
      { jurisdiction: 'zhoushan', asOf: '2026-01-01', conditions: { lucky: true } },
    ],
    ['a date before the profile', { jurisdiction: 'anhui', asOf: '2020-01-01' }],
  ])('AH-RATE-05 refuses %s with a ValidationError', (_, input) => {
    expect(() => checkQuote(input as CheckQuoteInput)).toThrow(ValidationError);
  });
});
