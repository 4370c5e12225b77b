// coverageStatus (src/coverage/status.ts): who counts, and as what; bad rosters.
import { describe, expect, it } from 'vitest';
import { anhui, coverageStatus, deriveProfile, jingzhou, national2017, zhoushan, type CoverageStatus, type Unit } from '../../src/index.js';
import { issuesOf } from '../helpers/issues.js';

const year2021 = { from: '2021-01-01', to: '2021-12-31' };
const cat = (s: CoverageStatus, c: string) => s.categories.find((x) => x.category === c);
const messagesOf = (f: () => unknown) => issuesOf(f).map((i) => ({ path: i.path, code: i.code, en: i.message.en, zh: i.message.zh }));

describe('coverageStatus: who counts, and as what', () => {
  it('JZ-SCOPE-01 JZ-SCOPE-02 units in scope without a category and units out of scope are counted apart', () => {
    const units: Unit[] = [
      { kind: 'enterprise', id: 'in', sector: 'construction', inStatistics: true },
      { kind: 'enterprise', id: 'stats?', sector: 'construction' }, // mandatory, category unknown
      { kind: 'enterprise', id: 'other', sector: 'other' }, // out
      { kind: 'project', id: 'road', projectKind: 'other' }, // out
      { kind: 'project', id: 'start?', projectKind: 'housing' }, // mandatory, category unknown
      { kind: 'project', id: 'old', projectKind: 'housing', startDate: '2020-01-01' }, // out
    ];
    const s = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units });
    expect({ units: s.units, uncategorised: s.uncategorised, outOfScope: s.outOfScope }).toEqual({ units: 6, uncategorised: 2, outOfScope: 3 });
    expect(cat(s, 'enterprises-in-statistics')?.total).toBe(1);
  });

  it('JZ-TGT-01 a policy that starts after the as-of day does not cover it', () => {
    const u: Unit[] = [{ kind: 'enterprise', id: 'E', sector: 'construction', inStatistics: true, policies: [{ from: '2021-07-01', to: '2022-06-30' }] }];
    expect(cat(coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: u }), 'enterprises-in-statistics')?.insured).toBe(0);
  });

  it('ZS-SCOPE-02 only in Zhoushan does an equivalent insurance count, and only on the days it covers', () => {
    const zs = (equivalentInsurance?: { from: string; to: string }[]): Unit => ({ kind: 'enterprise', id: 'Z', sector: 'construction', ...(equivalentInsurance ? { equivalentInsurance } : {}) });
    const insured = (units: Unit[], asOf = '2021-06-30') => cat(coverageStatus({ profile: zhoushan, asOf, units }), 'high-risk')?.insured;
    expect(insured([zs()])).toBe(0);
    expect(insured([zs([year2021])])).toBe(1);
    expect(insured([zs([year2021])], '2022-01-01')).toBe(0);
    // elsewhere the field is accepted but proves nothing
    const jz: Unit[] = [{ kind: 'enterprise', id: 'J', sector: 'construction', inStatistics: true, equivalentInsurance: [year2021] }];
    expect(cat(coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: jz }), 'enterprises-in-statistics')?.insured).toBe(0);
  });

  it('AH-SCOPE-01 a profile with no sector list (the 2017 measure) and the code "other" take any enterprise', () => {
    expect(coverageStatus({ profile: national2017, asOf: '2020-01-01', units: [{ kind: 'enterprise', id: 'E', sector: 'banking' }] }).outOfScope).toBe(1);
    expect(coverageStatus({ profile: anhui, asOf: '2026-01-01', units: [{ kind: 'enterprise', id: 'E', sector: 'other' }] }).outOfScope).toBe(1);
  });

  it('JZ-SCOPE-02 a valid unit the fast path leaves to the schema (a class instance) is still counted', () => {
    class Row {
      readonly kind = 'enterprise';
      readonly id = 'E';
      readonly sector = 'construction';
      readonly inStatistics = true;
      readonly policies = [year2021];
    }
    const s = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: [new Row()] });
    expect(cat(s, 'enterprises-in-statistics')).toMatchObject({ total: 1, insured: 1 });
  });

  it('JZ-TGT-01 the targets of a category are taken in deadline order, however a profile lists them', () => {
    const reversed = deriveProfile(jingzhou, {
      rules: {
        'JZ-TGT-01': {
          params: {
            targets: {
              type: 'targets',
              value: [
                { category: 'enterprises-in-statistics', year: 2022, deadline: '2022-12-31', percent: '100' },
                { category: 'enterprises-in-statistics', year: 2021, deadline: '2021-12-31', percent: '80' },
              ],
            },
          },
        },
      },
    });
    const units: Unit[] = [{ kind: 'enterprise', id: 'E', sector: 'construction', inStatistics: true }];
    expect(cat(coverageStatus({ profile: reversed, asOf: '2021-06-30', units }), 'enterprises-in-statistics')?.target?.percent).toBe('80');
    expect(cat(coverageStatus({ profile: reversed, asOf: '2023-06-30', units }), 'enterprises-in-statistics')?.target?.percent).toBe('100');
  });
});

describe('coverageStatus: bad rosters', () => {
  it('JZ-SCOPE-02 each bad row is reported at its own path: unknown sector, inverted policy (at its index), inverted equivalent insurance', () => {
    const units: unknown[] = [
      { kind: 'enterprise', id: 'ok', sector: 'construction' },
      { kind: 'enterprise', id: 'bank', sector: 'banking' },
      { kind: 'enterprise', id: 'inv', sector: 'construction', policies: [year2021, { from: '2021-12-31', to: '2021-01-01' }] },
      { kind: 'enterprise', id: 'eq', sector: 'construction', equivalentInsurance: [{ from: '2021-12-31', to: '2021-01-01' }] },
      { kind: 'project', id: 'pj', projectKind: 'housing', policies: [{ from: '2021-12-31', to: '2021-01-01' }] },
    ];
    expect(messagesOf(() => coverageStatus({ profile: zhoushan, asOf: '2021-06-30', units }))).toEqual([
      { path: ['units', 1, 'sector'], code: 'invalid_option', en: expect.stringContaining('unknown sector banking') as string, zh: expect.stringContaining('未知行业') as string },
      { path: ['units', 2, 'policies', 1], code: 'dates_out_of_order', en: expect.stringContaining('a policy ends before it starts') as string, zh: expect.stringContaining('保单终止日早于起始日') as string },
      { path: ['units', 3, 'equivalentInsurance', 0], code: 'dates_out_of_order', en: expect.stringContaining('a policy ends before it starts') as string, zh: expect.stringContaining('保单终止日早于起始日') as string },
      { path: ['units', 4, 'policies', 0], code: 'dates_out_of_order', en: expect.stringContaining('a policy ends before it starts') as string, zh: expect.stringContaining('保单终止日早于起始日') as string },
    ]);
  });

  it('JZ-SCOPE-02 at most 100 issues are reported, the first rows first, whatever kind they are', () => {
    const schemaBad = Array.from({ length: 150 }, (_, i) => ({ kind: 'enterprise', id: `E${i}`, sector: 1, inStatistics: 'yes' }));
    const a = messagesOf(() => coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: schemaBad }));
    expect(a).toHaveLength(100);
    expect(a[0]?.path.slice(0, 2)).toEqual(['units', 0]);
    expect(a[99]?.path.slice(0, 2)).toEqual(['units', 49]); // two issues per row
    const sectorBad = Array.from({ length: 150 }, (_, i) => ({ kind: 'enterprise', id: `E${i}`, sector: 'banking' }));
    const b = messagesOf(() => coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: [...sectorBad, ...schemaBad] }));
    expect(b).toHaveLength(100);
    expect(b[99]?.path).toEqual(['units', 99, 'sector']);
    // 99 bad sectors, then a row with two schema issues: only one of them fits
    const c = messagesOf(() => coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: [...sectorBad.slice(0, 99), ...schemaBad] }));
    expect(c).toHaveLength(100);
    expect(c[99]?.path.slice(0, 2)).toEqual(['units', 99]);
  });

  it('TIME-02 a bad as-of date, and units that are not iterable, are refused at their paths', () => {
    expect(messagesOf(() => coverageStatus({ profile: jingzhou, asOf: '2021-02-29', units: [] }))[0]?.path).toEqual(['asOf']);
    for (const units of [null, 42, {}, 'E1']) {
      const [i] = messagesOf(() => coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: units as never }));
      expect(i).toMatchObject({ path: ['units'], code: 'invalid_type' });
      expect(i?.en).toContain('Iterable<Unit>');
      expect(i?.zh).toBe('类型错误：应为Iterable<Unit>');
    }
  });
});
