import { describe, expect, it } from 'vitest';
import { refused } from '../helpers/refused.js';
import {
  anhua,
  anhui,
  checkQuote,
  defineProfile,
  deriveProfile,
  getProfile,
  lookupProfile,
  multiplyAndRound,
  percent,
  permille,
  quotePremium,
  splitPremium,
  trialPeriod,
  ValidationError,
  xinzhou,
  type Parameter,
  type Profile,
} from '../../src/index.js';
import { withRule } from '../helpers/with-rule.js';

const base = { kind: 'contract-price', amount: '1000000' } as const;

describe('XZ-TERM-01 the trial period', () => {
  it('XZ-TERM-01 the trial end of the undated notice cannot be computed, and says why', () => {
    const t = trialPeriod(xinzhou);
    expect(t).toMatchObject({ ruleId: 'XZ-TERM-01', start: null, end: null });
    expect(t?.reason.en).toContain('not stated');
    expect(trialPeriod(anhui)).toBeNull();
  });

  it('XZ-TERM-01 with an issue date the trial ends on the corresponding day a year later (Civil Code art. 202)', () => {
    expect(trialPeriod(deriveProfile(xinzhou, { issued: '2024-09-01' }))?.end).toBe('2025-09-01');
    expect(trialPeriod(deriveProfile(xinzhou, { issued: '2024-02-29' }))?.end).toBe('2025-02-28');
  });

  it('XZ-TERM-01 after the trial ends, every result carries a warning', () => {
    const xz = deriveProfile(xinzhou, { issued: '2024-09-01' });
    const quote = (asOf: string) =>
      quotePremium({
        jurisdiction: xz,
        asOf,
        base,
        rate: { source: 'filed', rate: permille('1.5') },
      }).warnings.map((w) => w.code);
    expect(quote('2025-09-01')).toEqual(['issue-date-supplied']);
    expect(quote('2025-09-02')).toEqual(['issue-date-supplied', 'trial-period-ended']);
    expect(lookupProfile('xinzhou', { asOf: '2030-01-01' }).warnings.map((w) => w.code)).toEqual([
      'issue-date-not-stated',
    ]);
  });
});

describe('a derived or hand-made profile is checked as a whole', () => {
  const refuses = (make: () => unknown) => {
    expect(make).toThrow(ValidationError);
  };

  it('AH-RATE-03 a band whose floor is above its ceiling, or that excludes the reference rate, is refused', () => {
    refuses(() =>
      deriveProfile(anhui, {
        rules: { 'AH-RATE-03': { params: { floor: { type: 'rate', value: permille('3') } } } },
      }),
    );
    // a reference rate of 2.5‰ outside a band kept at [1.32‰, 1.98‰]
    refuses(() =>
      deriveProfile(anhui, {
        rules: {
          'AH-RATE-02': { params: { reference: { type: 'rate', value: permille('2.5') } } },
          'AH-RATE-03': {
            params: {
              floor: { type: 'rate', value: permille('1.32') },
              ceiling: { type: 'rate', value: permille('1.98') },
            },
          },
        },
      }),
    );
    refuses(() =>
      deriveProfile(anhui, {
        rules: {
          'AH-RATE-02': {
            params: { reference: { type: 'money', value: { currency: 'CNY', amount: '1.00' } } },
          },
        },
      }),
    );
  });

  it('AH-RATE-02 a zero reference or filed rate is refused', () => {
    refuses(() =>
      deriveProfile(anhui, {
        rules: { 'AH-RATE-02': { params: { reference: { type: 'rate', value: permille('0') } } } },
      }),
    );
    refuses(() =>
      quotePremium({
        jurisdiction: 'xinzhou',
        asOf: '2026-01-01',
        base,
        rate: { source: 'filed', rate: permille('0') },
      }),
    );
    refuses(() =>
      quotePremium({
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        base,
        rate: { source: 'filed', rate: { value: '0', unit: 'permille' } },
      }),
    );
  });

  it('AH-RATE-01 duplicate rule IDs or another jurisdiction’s rule make a hand-made profile invalid', () => {
    const dup = { ...anhui, rules: [...anhui.rules, anhui.rules[0]] } as Profile;
    refuses(() => quotePremium({ jurisdiction: dup, asOf: '2026-01-01', base }));
    const foreign = { ...anhui, rules: [...anhui.rules, { ...xinzhou.rules[0] }] } as Profile;
    refuses(() => quotePremium({ jurisdiction: foreign, asOf: '2026-01-01', base }));
  });

  it('AN-SCOPE-01 the sectors and start day restate the scope the checks read: one changed alone is refused', () => {
    const without = (id: string, name: string, change: (p: Parameter) => Parameter) =>
      withRule(anhua, id, (r) => ({
        ...r,
        params: { ...r.params, [name]: change(r.params[name] as Parameter) },
      }));
    const e = refused(
      () =>
        defineProfile(
          without('AN-SCOPE-01', 'sectors', (p) =>
            p.type === 'list' ? { ...p, value: p.value.slice(1) } : p,
          ),
        ),
      'profile_inconsistent',
    );
    expect(e.issues[0]?.message.en).toContain(
      'AN-SCOPE-01.sectors (agricultural-machinery-fishery,',
    );
    const late = refused(
      () =>
        defineProfile(
          without(
            'AN-SCOPE-01',
            'startsOn',
            () => ({ type: 'date', value: '2021-09-02' }) as Parameter,
          ),
        ),
      'profile_inconsistent',
    );
    // every one of the eight mandatory sectors starts on 2021-09-01, not on 2021-09-02
    expect(late.issues).toHaveLength(8);
    expect(late.issues[0]?.message.en).toBe(
      'The profile contradicts itself: non-coal-mining is mandatory from 2021-09-01, but AN-SCOPE-01.startsOn is 2021-09-02',
    );
  });

  it('AH-RATE-05 a floor that disagrees with the AH-RATE-03 band is refused when derived', () => {
    // One rate would otherwise pass AH-RATE-05 and fail AH-RATE-03 (issue 18).
    const e = refused(
      () =>
        deriveProfile(anhui, {
          rules: { 'AH-RATE-05': { params: { floor: { type: 'rate', value: permille('0.1') } } } },
        }),
      'profile_inconsistent',
    );
    expect(e.issues[0]?.message.en).toContain('AH-RATE-05.floor 0.0001 is not the band');
  });

  it('AH-RATE-05 a caller who moves the whole band is named in every result’s warnings', () => {
    // maxDown 70%: floor = 1.65‰ × (1 − 0.7) = 0.495‰; the AH-RATE-05 floor moves with it.
    const floor = { type: 'rate', value: permille('0.495') } as const;
    const lax = deriveProfile(anhui, {
      rules: {
        'AH-RATE-03': { params: { maxDown: { type: 'rate', value: percent(70) }, floor } },
        'AH-RATE-05': { params: { floor } },
      },
    });
    const v = checkQuote({ jurisdiction: lax, asOf: '2026-01-01', rate: permille('0.5') });
    expect(v.criteria.find((c) => c.ruleId === 'AH-RATE-05')?.status).toBe('pass');
    expect(v.criteria.find((c) => c.ruleId === 'AH-RATE-03')?.status).toBe('pass');
    expect(v.warnings.map((w) => w.code)).toEqual(['parameters-set-by-caller']);
    expect(v.warnings[0]?.message.en).toContain('AH-RATE-05.floor');
    expect(v.warnings[0]?.message.en).toContain('AH-RATE-03.maxDown');
    expect(
      checkQuote({ jurisdiction: 'anhui', asOf: '2026-01-01', rate: permille('0.5') }).criteria[0]
        ?.status,
    ).toBe('fail');
  });
});

describe('exactness cannot be undermined by the inputs', () => {
  it('MONEY-02 rates with more digits than the library keeps exact are refused, not rounded', () => {
    expect(() =>
      multiplyAndRound('1', [{ value: `0.004${'9'.repeat(70)}`, unit: 'decimal' }]),
    ).toThrow(ValidationError);
    expect(() => multiplyAndRound('1', [{ value: '1e-151', unit: 'decimal' }])).toThrow(
      ValidationError,
    );
  });

  it('MONEY-01 a JS number carrying binary noise is refused as a percentage or a weight', () => {
    const noisy = 0.1 + 0.2;
    expect(() =>
      quotePremium({
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        base,
        adjustments: [{ percent: noisy, reason: 'accident' }],
      }),
    ).toThrow(ValidationError);
    expect(() =>
      quotePremium({
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        base,
        adjustments: [{ percent: '0.0000001', reason: 'accident' }],
      }),
    ).toThrow(ValidationError);
    expect(
      quotePremium({
        jurisdiction: 'anhui',
        asOf: '2026-01-01',
        base,
        adjustments: [{ percent: 0.3, reason: 'accident' }],
      }).requestedFactor,
    ).toBe('1.003');
  });

  it('AH-RATE-03 a clamped filed rate shows its applied factor rounded, while the premium stays exact', () => {
    const q = quotePremium({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      base,
      rate: { source: 'filed', rate: permille('1.7') },
      adjustments: [{ percent: -30, reason: 'claims-free' }],
    });
    expect(q.effectiveRate.value).toBe('0.00132');
    expect(q.premium.amount).toBe('1320.00');
    expect(q.appliedFactor).toBe('0.77647058823529411765');
  });
});

describe('splits and quote checks refuse what makes no sense', () => {
  const quote = quotePremium({ jurisdiction: 'anhui', asOf: '2026-01-01', base });
  it('XZ-PARTY-01 a bad weight is reported at its payer; a negative premium is not shared', () => {
    try {
      splitPremium({
        quote,
        payers: [
          { name: 'A', role: 'general-contractor', weight: 1 },
          { name: 'B', role: 'subcontractor', weight: -1 },
        ],
      });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues[0]?.path).toEqual(['payers', 1, 'weight']);
    }
    expect(() =>
      splitPremium({
        quote: { premium: { currency: 'CNY', amount: '-1.00' } },
        payers: [{ name: 'A', role: 'general-contractor', weight: 1 }],
      }),
    ).toThrow(ValidationError);
  });
  it('ZS-FLOAT-01 a float factor of zero or less is refused', () => {
    expect(() =>
      checkQuote({ jurisdiction: 'zhoushan', asOf: '2026-01-01', floatFactor: '-1' }),
    ).toThrow(ValidationError);
    expect(() =>
      checkQuote({ jurisdiction: 'zhoushan', asOf: '2026-01-01', floatFactor: 0 }),
    ).toThrow(ValidationError);
  });
  it('AH-SCOPE-01 getProfile keeps returning the shipped profile after derivations', () => {
    expect(getProfile('anhui', { asOf: '2026-01-01' })).toBe(anhui);
  });
});
