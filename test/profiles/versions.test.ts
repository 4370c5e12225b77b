import { describe, expect, it } from 'vitest';
import {
  anhui,
  checkQuote,
  defineJurisdiction,
  deriveProfile,
  findRule,
  percent,
  permille,
  profileSheet,
  quotePremium,
  xinzhou,
  type Profile,
} from '../../src/index.js';
import { refused } from '../helpers/refused.js';

// Issue 18, item 4: a new dated version of the law (an instrument, or a hypothetical reform), walked by
// the as-of date. AH-RATE-04: "待国家安责险行业标准条款和指导费率发布后调整" — the reference rate will be
// replaced; these tests model that replacement.

const base = { kind: 'contract-price', amount: '12000000' } as const;
const rate = (value: string) => ({ type: 'rate', value: permille(value) }) as const;

const reform = (): Profile =>
  deriveProfile(anhui, {
    version: '2027-reform',
    validFrom: '2027-01-01',
    hypothetical: true,
    rules: { 'AH-RATE-02': { params: { reference: rate('1.5') } } },
  });

describe('AH-RATE-04 a later version of the Anhui notice', () => {
  it('AH-RATE-04 AH-RATE-02 a hypothetical reference rate applies from its first day, the 2025 notice the day before', () => {
    const study = defineJurisdiction({ versions: [anhui, reform()] });
    const on = (asOf: string) => quotePremium({ jurisdiction: study, asOf, base });
    // 12,000,000 × 1.65‰ = 19,800.00 under the notice; 12,000,000 × 1.5‰ = 18,000.00 under the reform
    expect([on('2026-12-31').premium.amount, on('2027-01-01').premium.amount]).toEqual([
      '19800.00',
      '18000.00',
    ]);
    expect(on('2026-12-31').warnings).toEqual([]);
    expect(on('2027-01-01').warnings.map((w) => w.code)).toEqual([
      'hypothetical-version',
      'parameters-set-by-caller',
    ]);
    expect(on('2027-01-01').warnings[0]?.message.en).toBe(
      'Computed under a hypothetical version (2027-reform, from 2027-01-01) that no instrument has made law.',
    );
  });

  it('AH-RATE-03 the band follows a new reference rate: 1.5‰ ± 20% is [1.2‰, 1.8‰], and AH-RATE-05 moves with it', () => {
    const r = reform();
    expect(findRule(r, 'AH-RATE-03').params['floor']).toEqual(rate('1.2'));
    expect(findRule(r, 'AH-RATE-03').params['ceiling']).toEqual(rate('1.8'));
    expect(findRule(r, 'AH-RATE-05').params['floor']).toEqual(rate('1.2'));
    expect(r.derivedFrom?.changes).toEqual([
      'version=2027-reform',
      'validFrom=2027-01-01',
      'AH-RATE-02.reference',
      'AH-RATE-03.floor',
      'AH-RATE-03.ceiling',
      'AH-RATE-05.floor',
    ]);
    // 1.19‰ is below the new floor 1.2‰ (AH-RATE-05 fails); 1.2‰ itself passes; under the 2025 notice
    // 1.2‰ is below 1.32‰
    const check = (jurisdiction: Profile, value: string) =>
      checkQuote({ jurisdiction, asOf: '2027-01-01', rate: permille(value) }).criteria.find(
        (c) => c.ruleId === 'AH-RATE-05',
      )?.status;
    expect([check(r, '1.19'), check(r, '1.2'), check(anhui, '1.2')]).toEqual([
      'fail',
      'pass',
      'fail',
    ]);
  });

  it('AH-RATE-03 maxUp is live: a 30% band clamps at 1.65‰ × 1.3 = 2.145‰, not at 1.98‰', () => {
    const wide = deriveProfile(anhui, {
      version: 'wider-band',
      validFrom: '2027-01-01',
      hypothetical: true,
      rules: { 'AH-RATE-03': { params: { maxUp: { type: 'rate', value: percent(30) } } } },
    });
    const up35 = (jurisdiction: Profile) =>
      quotePremium({
        jurisdiction,
        asOf: '2027-02-01',
        base,
        adjustments: [{ percent: 35, reason: 'accident-record' }],
      });
    // 12,000,000 × 2.145‰ = 25,740.00 (clamped from +35%); under the notice 12,000,000 × 1.98‰ = 23,760.00
    expect([up35(wide).premium.amount, up35(anhui).premium.amount]).toEqual([
      '25740.00',
      '23760.00',
    ]);
    expect(up35(wide).effectiveRate).toEqual(permille('2.145'));
  });

  it('AH-RATE-04 a version resting on an instrument cites it on every rule it changes', () => {
    const instrument = {
      number: '皖建质〔2027〕1号',
      title: { zh: '示例通知', en: 'An example notice' },
      issued: '2026-12-15',
    };
    refused(
      () =>
        deriveProfile(anhui, {
          validFrom: '2027-01-01',
          instrument,
          rules: { 'AH-RATE-02': { params: { reference: rate('1.5') } } },
        }),
      'invalid_option',
    );
    const v = deriveProfile(anhui, {
      version: '2027',
      validFrom: '2027-01-01',
      instrument,
      rules: {
        'AH-RATE-02': {
          params: { reference: rate('1.5') },
          citation: { document: '皖建质〔2027〕1号', section: '二' },
        },
      },
    });
    const q = quotePremium({ jurisdiction: v, asOf: '2027-01-01', base });
    expect(q.worksheet.find((s) => s.ruleId === 'AH-RATE-02')?.citation).toEqual({
      document: '皖建质〔2027〕1号',
      section: '二',
    });
    expect(q.warnings[0]).toMatchObject({ code: 'version-from-instrument' });
    expect(v.derivedFrom?.instrument).toEqual(instrument);
  });
});

describe('AH-RATE-04 the profile sheet prints the version a study used', () => {
  it('AH-RATE-04 the sheet of the hypothetical version shows 1.5‰ and the band [1.2‰, 1.8‰], and says it is hypothetical', () => {
    const study = defineJurisdiction({ versions: [anhui, reform()] });
    const sheet = (asOf: string) => profileSheet({ jurisdiction: study, asOf });
    const row = (asOf: string, id: string) =>
      sheet(asOf).tables[0]?.rows.find((r) => r[0]?.value === id)?.[4]?.value;
    expect(row('2026-12-31', 'AH-RATE-02')).toBe('reference：1.65‰');
    expect(row('2027-01-01', 'AH-RATE-02')).toBe('reference：1.5‰');
    expect(row('2027-01-01', 'AH-RATE-03')).toContain('floor：1.2‰\nceiling：1.8‰');
    expect(row('2027-01-01', 'AH-RATE-03')).toContain('（仅供查阅，不参与计算）');
    expect(sheet('2026-12-31').closingLines).toEqual([]);
    expect(sheet('2027-01-01').closingLines[0]).toBe(
      '注意：按假设版本（2027-reform，自2027-01-01起）计算，该版本并非现行规定。',
    );
    expect(sheet('2027-01-01').header.find((h) => h.label === '版本')?.value).toEqual({
      kind: 'text',
      value: '2027-reform',
    });
  });
});

describe('TIME-01 a new version must say when it starts and what it rests on', () => {
  const change = { 'AH-RATE-02': { params: { reference: rate('1.5') } } };

  it('TIME-01 a version without its first day is refused', () => {
    refused(
      () => deriveProfile(anhui, { version: 'x', hypothetical: true, rules: change }),
      'invalid_option',
    );
  });

  it('TIME-01 a version that is neither hypothetical nor from an instrument, or both, is refused', () => {
    refused(
      () => deriveProfile(anhui, { validFrom: '2027-01-01', rules: change }),
      'invalid_option',
    );
  });

  it('TIME-01 a version must start after the base version: its first day itself is refused, the next day accepted', () => {
    const e = refused(
      () => deriveProfile(anhui, { validFrom: '2025-10-29', hypothetical: true, rules: change }),
      'date_range_reversed',
    );
    expect(e.issues[0]?.path).toEqual(['patch', 'validFrom']);
    expect(
      deriveProfile(anhui, { validFrom: '2025-10-30', hypothetical: true, rules: change })
        .validFrom,
    ).toBe('2025-10-30');
  });
});

describe('TIME-01 a jurisdiction is a chain of versions an as-of date walks', () => {
  it('TIME-01 versions out of order are refused, naming the one out of place', () => {
    const e = refused(
      () => defineJurisdiction({ versions: [reform(), anhui] }),
      'date_range_reversed',
    );
    expect(e.issues[0]?.path).toEqual(['versions', 1, 'validFrom']);
  });

  it('TIME-01 versions of two jurisdictions, or none, are refused', () => {
    refused(() => defineJurisdiction({ versions: [anhui, xinzhou] }), 'invalid_option');
    refused(() => defineJurisdiction({ versions: [] }), 'invalid_type');
  });

  it('TIME-01 before the first version nothing applies; the chain is deeply frozen', () => {
    const study = defineJurisdiction({ versions: [anhui, reform()] });
    expect(
      refused(() => quotePremium({ jurisdiction: study, asOf: '2025-10-28', base })).code,
    ).toBe('NOT_IN_FORCE');
    expect(quotePremium({ jurisdiction: study, asOf: '2025-10-29', base }).premium.amount).toBe(
      '19800.00',
    );
    expect(Object.isFrozen(study.versions)).toBe(true);
  });
});
