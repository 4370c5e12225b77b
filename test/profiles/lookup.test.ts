import { describe, expect, it } from 'vitest';
import {
  getProfile,
  listProfiles,
  lookupProfile,
  nationalMeasureOn,
  ProfileNotInForceError,
  resolveRule,
  ValidationError,
  findRule,
  type JurisdictionId,
} from '../../src/index.js';

const notInForce = (id: JurisdictionId, asOf: string) => {
  try {
    getProfile(id, { asOf });
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileNotInForceError);
    return (e as ProfileNotInForceError).message;
  }
  throw new Error(`${id} resolved on ${asOf}`);
};

describe('getProfile as of a date (TIME-01)', () => {
  it.each([
    ['anhui', '2025-10-28', '2025-10-29', '建质规〔2025〕6号'],
    ['jingzhou', '2020-08-06', '2020-08-07', '荆州市'],
    ['anhua', '2021-08-25', '2021-08-26', '安安委办发〔2021〕39号'],
    ['zhoushan', '2018-04-02', '2018-04-03', '舟政办发〔2018〕45号'],
    ['national-2017', '2017-12-31', '2018-01-01', '安监总办〔2017〕140号'],
    ['national-2025', '2025-03-28', '2025-03-29', '应急〔2025〕27号'],
  ] as const)(
    'TIME-01 %s: the day before %s throws naming the date and document; the day of applies',
    (id, before, day, doc) => {
      const message = notInForce(id, before);
      expect(message).toContain(day);
      expect(message).toContain(doc);
      expect(getProfile(id, { asOf: day }).id).toBe(id);
    },
  );

  it('TIME-01 a repealed measure is not returned after its end, and the error names its successor', () => {
    expect(getProfile('national-2017', { asOf: '2025-03-28' }).id).toBe('national-2017');
    const message = notInForce('national-2017', '2025-03-29');
    expect(message).toContain('national-2025');
    expect(message).toContain('应急〔2025〕27号');
  });

  it('TIME-01 local documents without an end date keep applying after their plans end', () => {
    expect(getProfile('jingzhou', { asOf: '2030-01-01' }).id).toBe('jingzhou');
    expect(getProfile('zhoushan', { asOf: '2030-01-01' }).id).toBe('zhoushan');
  });

  it('XZ-TERM-01 Xinzhou is undated: a lookup gives the profile with a warning, never a guessed date', () => {
    const { profile, warnings } = lookupProfile('xinzhou', { asOf: '2025-06-01' });
    expect(profile.document.issued).toBeNull();
    expect(profile.document.inForceFrom).toBeNull();
    expect(warnings.map((w) => w.code)).toEqual(['issue-date-not-stated']);
    expect(warnings[0]?.message.zh).toContain('未载明印发日期');
    // It implements a 2024 notice: before 2024 it cannot have applied.
    expect(notInForce('xinzhou', '2023-12-31')).toContain('2024-01-01');
  });

  it('JZ-SCOPE-01 the project obligation starts 2020-08-01, before the notice of 2020-08-07: both dates are data', () => {
    const jz = getProfile('jingzhou', { asOf: '2020-08-07' });
    expect(jz.document.issued).toBe('2020-08-07');
    expect(findRule(jz, 'JZ-SCOPE-01').effectiveFrom).toBe('2020-08-01');
  });

  it('JZ-CAL-02 JZ-CAL-04 carry the two corrections of the source as data', () => {
    const jz = getProfile('jingzhou', { asOf: '2021-01-01' });
    const cal2 = findRule(jz, 'JZ-CAL-02');
    expect(cal2.params['period']).toEqual({
      type: 'period',
      value: { from: '2020-08-10', to: '2020-09-30' },
    });
    expect(cal2.corrections?.[0]).toMatchObject({ sourceText: '9月31日', reading: '2020-09-30' });
    const cal4 = findRule(jz, 'JZ-CAL-04');
    expect(cal4.params['formsDue']).toEqual({ type: 'date', value: '2022-12-15' });
    expect(cal4.corrections?.[0]).toMatchObject({
      sourceText: '2020年12月15日',
      reading: '2022-12-15',
    });
  });

  it('refuses unknown ids and bad dates with a ValidationError', () => {
    expect(() => getProfile('beijing' as never, { asOf: '2025-01-01' })).toThrow(ValidationError);
    expect(() => getProfile('anhui', { asOf: '2025-02-30' })).toThrow(ValidationError);
    expect(() => getProfile('anhui', {} as never)).toThrow(ValidationError);
    expect(() => getProfile('anhui', undefined as never)).toThrow(ValidationError);
    expect(() => findRule(getProfile('anhui', { asOf: '2026-01-01' }), 'XZ-INS-01')).toThrow(
      ValidationError,
    );
  });

  it('listProfiles lists every jurisdiction with its versions', () => {
    const list = listProfiles();
    expect(list.map((p) => p.id)).toEqual([
      'anhui',
      'xinzhou',
      'jingzhou',
      'anhua',
      'zhoushan',
      'national-2017',
      'national-2025',
    ]);
    expect(list[0]?.versions).toEqual([
      {
        version: '2025-10-29',
        document: '建质规〔2025〕6号',
        validFrom: '2025-10-29',
        validUntil: null,
      },
    ]);
    expect(list[1]?.versions[0]?.version).toBe('undated');
  });
});

describe('the national layer', () => {
  it('TIME-01 names the national measure in force on a date', () => {
    expect(nationalMeasureOn('2017-12-31')).toBeNull();
    expect(nationalMeasureOn('2018-01-01')?.id).toBe('national-2017');
    expect(nationalMeasureOn('2025-03-28')?.id).toBe('national-2017');
    expect(nationalMeasureOn('2025-03-29')?.id).toBe('national-2025');
  });

  const limit = (id: JurisdictionId, asOf: string) => {
    const r = resolveRule(getProfile(id, { asOf }), 'per-person-limit', asOf);
    const p = r.governing?.rule.params['minimum'];
    return [r.governing?.rule.id, p?.type === 'money' ? p.value.amount : null, r.governing?.source];
  };

  it('AH-LIMIT-02 Anhui sets 600,000, above the national 400,000, so the local minimum governs', () => {
    expect(limit('anhui', '2026-01-01')).toEqual(['AH-LIMIT-02', '600000.00', 'local']);
  });

  it('NAT17-LIMIT-01 Jingzhou as of 2021-06-01 falls back to the 2017 measure: 300,000', () => {
    expect(limit('jingzhou', '2021-06-01')).toEqual(['NAT17-LIMIT-01', '300000.00', 'national']);
  });

  it('NAT25-LIMIT-01 Jingzhou as of 2026-01-01 falls back to the 2025 measure: 400,000', () => {
    expect(limit('jingzhou', '2026-01-01')).toEqual(['NAT25-LIMIT-01', '400000.00', 'national']);
    expect(limit('zhoushan', '2025-03-29')).toEqual(['NAT25-LIMIT-01', '400000.00', 'national']);
    expect(limit('zhoushan', '2025-03-28')).toEqual(['NAT17-LIMIT-01', '300000.00', 'national']);
  });

  it('NAT25-COMM-01 the commission cap comes from the 2025 measure, for every local profile from 2025-03-29', () => {
    const r = resolveRule(
      getProfile('anhui', { asOf: '2026-01-01' }),
      'commission-cap',
      '2026-01-01',
    );
    expect(r.governing?.rule.id).toBe('NAT25-COMM-01');
    expect(r.governing?.rule.params['maximum']).toEqual({
      type: 'rate',
      value: { value: '0.05', unit: 'percent' },
    });
    expect(
      resolveRule(getProfile('jingzhou', { asOf: '2021-01-01' }), 'commission-cap', '2021-01-01')
        .governing,
    ).toBeNull();
  });

  it('a local minimum never undercuts the national one (a derived low local limit yields to NAT25)', async () => {
    const { deriveProfile, anhui } = await import('../../src/index.js');
    const low = deriveProfile(anhui, {
      rules: {
        'AH-LIMIT-02': {
          params: { minimum: { type: 'money', value: { currency: 'CNY', amount: '300000.00' } } },
        },
      },
    });
    const r = resolveRule(low, 'per-person-limit', '2026-01-01');
    expect(r.governing?.rule.id).toBe('NAT25-LIMIT-01');
    expect(r.considered.map((c) => c.rule.id)).toEqual(['AH-LIMIT-02', 'NAT25-LIMIT-01']);
  });

  it('ZS-PREV-01 Zhoushan sets no prevention ratio: the resolution says so and invents none', () => {
    const r = resolveRule(
      getProfile('zhoushan', { asOf: '2026-01-01' }),
      'prevention-budget-cap',
      '2026-01-01',
    );
    expect(r.governing?.rule.id).toBe('ZS-PREV-01');
    expect(r.governing?.rule.params['ratio']?.type).toBe('unstated');
  });

  it('AN-SCOPE-01 a local rule applies only from its own start (2021-09-01, after the notice of 2021-08-26)', () => {
    const an = getProfile('anhua', { asOf: '2021-08-30' });
    expect(resolveRule(an, 'mandatory-scope', '2021-08-30').governing).toBeNull();
    expect(resolveRule(an, 'mandatory-scope', '2021-09-01').governing?.rule.id).toBe('AN-SCOPE-01');
  });

  it('TIME-01 resolveRule refuses a date on which the profile itself is not in force', () => {
    expect(() =>
      resolveRule(getProfile('anhui', { asOf: '2026-01-01' }), 'per-person-limit', '2020-01-01'),
    ).toThrow(ProfileNotInForceError);
    expect(() =>
      resolveRule(
        getProfile('national-2017', { asOf: '2020-01-01' }),
        'per-person-limit',
        '2026-01-01',
      ),
    ).toThrow(ProfileNotInForceError);
  });

  it('refuses an unknown family, a bad profile or a bad date', () => {
    const ah = getProfile('anhui', { asOf: '2026-01-01' });
    expect(() => resolveRule(ah, 'rate' as never, '2026-01-01')).toThrow(ValidationError);
    expect(() => resolveRule({} as never, 'per-person-limit', '2026-01-01')).toThrow(
      ValidationError,
    );
    expect(() => resolveRule(ah, 'per-person-limit', '2026-13-01')).toThrow(ValidationError);
  });
});
