import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  anhua,
  anhui,
  classifyUnit,
  coverageStatus,
  jingzhou,
  national2025,
  ProfileNotInForceError,
  UnitSchema,
  ValidationError,
  xinzhou,
  zhoushan,
  type Unit,
} from '../../src/index.js';
import { isValidUnitFast, newScan, scanUnit } from '../../src/coverage/fast-unit.js';
import { coversDate } from '../../src/coverage/roster.js';
import type { ValidUnit } from '../../src/coverage/unit.js';
import type { CalendarDate } from '../../src/time/calendar-date.js';

const insured = [{ from: '2021-01-01', to: '2021-12-31' }];
const enterprise = (id: string, extra: Partial<Extract<Unit, { kind: 'enterprise' }>> = {}): Unit => ({ kind: 'enterprise', id, sector: 'construction', ...extra });
const project = (id: string, extra: Partial<Extract<Unit, { kind: 'project' }>> = {}): Unit => ({ kind: 'project', id, projectKind: 'housing', ...extra });
const tenIncluded = Array.from({ length: 10 }, (_, i) => enterprise(`E${i}`, { inStatistics: true, ...(i < 7 ? { policies: insured } : {}) }));
const category = (s: ReturnType<typeof coverageStatus>, c: string) => s.categories.find((x) => x.category === c);

describe('classifyUnit', () => {
  it('JZ-SCOPE-02 JZ-TGT-01 Jingzhou enterprises by statistics; JZ-SCOPE-01 JZ-TGT-02 new projects by kind', () => {
    expect(classifyUnit(jingzhou, enterprise('E', { inStatistics: true }), '2021-01-01')).toMatchObject({ scope: 'mandatory', category: 'enterprises-in-statistics', ruleIds: ['JZ-SCOPE-02', 'JZ-TGT-01'] });
    expect(classifyUnit(jingzhou, enterprise('E', { inStatistics: false }), '2021-01-01').category).toBe('enterprises-not-in-statistics');
    expect(classifyUnit(jingzhou, project('P', { projectKind: 'municipal', startDate: '2020-08-01' }), '2021-01-01').category).toBe('new-projects-municipal');
    expect(classifyUnit(jingzhou, project('P', { startDate: '2020-07-31' }), '2021-01-01')).toMatchObject({ scope: 'out', category: null });
  });
  it('AN-SCOPE-01 AN-TGT-01 Anhua: the eight sectors (from 2021-09-01) vs other above-scale industrial and trade enterprises', () => {
    expect(classifyUnit(anhua, enterprise('E', { sector: 'fireworks' }), '2021-09-01')).toMatchObject({ scope: 'mandatory', category: 'high-risk' });
    expect(classifyUnit(anhua, enterprise('E', { sector: 'fireworks' }), '2021-08-31').scope).toBe('out');
    expect(classifyUnit(anhua, enterprise('E', { sector: 'other', aboveScaleIndustryTrade: true }), '2022-01-01')).toMatchObject({ scope: 'encouraged', category: 'above-scale-industry-trade' });
    expect(classifyUnit(anhua, enterprise('E', { sector: 'other' }), '2022-01-01')).toMatchObject({ scope: 'encouraged', category: null });
  });
  it('ZS-SCOPE-01 ZS-SCOPE-03 Zhoushan: sectors in scope, encouraged, out', () => {
    expect(classifyUnit(zhoushan, enterprise('E', { sector: 'marine-fishery' }), '2018-06-01')).toMatchObject({ scope: 'mandatory', category: 'high-risk' });
    expect(classifyUnit(zhoushan, enterprise('E', { sector: 'spraying' }), '2018-06-01')).toMatchObject({ scope: 'encouraged', ruleIds: ['ZS-SCOPE-03'] });
    expect(classifyUnit(zhoushan, enterprise('E', { sector: 'other' }), '2018-06-01').scope).toBe('out');
  });
  it('AH-SCOPE-01 XZ-SCOPE-01 Anhui and Xinzhou: housing and municipal projects needing a permit', () => {
    expect(classifyUnit(anhui, project('P'), '2026-01-01')).toMatchObject({ scope: 'mandatory', category: 'projects', ruleIds: ['AH-SCOPE-01'] });
    expect(classifyUnit(anhui, project('P', { needsConstructionPermit: false }), '2026-01-01').scope).toBe('out');
    expect(classifyUnit(xinzhou, project('P', { projectKind: 'other' }), '2025-01-01').scope).toBe('out');
    expect(classifyUnit(xinzhou, project('P'), '2025-01-01').ruleIds).toEqual(['XZ-SCOPE-01']);
  });
  it('NAT25-SCOPE-01 the national measure: the eight sectors must insure', () => {
    expect(classifyUnit(national2025, enterprise('E', { sector: 'fishery' }), '2026-01-01')).toMatchObject({ scope: 'mandatory', ruleIds: ['NAT25-SCOPE-01'] });
  });
  it('AN-SCOPE-01 refuses unknown sectors and a date outside the profile’s life', () => {
    expect(() => classifyUnit(anhua, enterprise('E', { sector: 'banking' }), '2022-01-01')).toThrow(ValidationError);
    expect(() => classifyUnit(anhua, enterprise('E', { sector: 'fireworks' }), '2020-01-01')).toThrow(ProfileNotInForceError);
  });
});

describe('coverageStatus', () => {
  it('JZ-TGT-01 as of 2021-12-31: 7 of 10 included enterprises → 70%, target 80%, missed, 1 more needed', () => {
    const c = category(coverageStatus({ profile: jingzhou, asOf: '2021-12-31', units: tenIncluded }), 'enterprises-in-statistics');
    expect(c).toMatchObject({ total: 10, insured: 7, rate: { percent: '70.00' }, target: { percent: '80', deadline: '2021-12-31', ruleId: 'JZ-TGT-01' }, status: 'missed', needed: 1 });
  });
  it('JZ-TGT-01 as of 2021-06-30: behind, 1 more needed before 2021-12-31', () => {
    const c = category(coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: tenIncluded }), 'enterprises-in-statistics');
    expect(c).toMatchObject({ status: 'behind', needed: 1, target: { deadline: '2021-12-31' } });
  });
  it('JZ-TGT-01 after 2022 the 100% target stays in force', () => {
    const units = tenIncluded.map((u, i) => ({ ...u, policies: i < 9 ? [{ from: '2023-01-01', to: '2023-12-31' }] : [] }));
    const c = category(coverageStatus({ profile: jingzhou, asOf: '2023-06-30', units }), 'enterprises-in-statistics');
    expect(c).toMatchObject({ target: { percent: '100', deadline: '2022-12-31' }, status: 'missed', needed: 1 });
  });
  it('JZ-TGT-02 new projects: 100% from 2020 on', () => {
    const units = [project('P1', { startDate: '2021-02-01', policies: insured }), project('P2', { startDate: '2021-02-01' })];
    expect(category(coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units }), 'new-projects-housing')).toMatchObject({ total: 2, insured: 1, status: 'missed', needed: 1, target: { ruleId: 'JZ-TGT-02' } });
  });
  it('AN-TGT-01 AN-TGT-02 Anhua: 100% of high-risk units by 2021, above-scale enterprises 50% then 100%', () => {
    const units = [
      enterprise('A', { sector: 'fireworks', policies: insured }),
      enterprise('B', { sector: 'other', aboveScaleIndustryTrade: true, policies: [{ from: '2021-01-01', to: '2022-12-31' }] }),
      enterprise('C', { sector: 'other', aboveScaleIndustryTrade: true }),
    ];
    const s2021 = coverageStatus({ profile: anhua, asOf: '2021-12-31', units });
    expect(category(s2021, 'high-risk')).toMatchObject({ status: 'met', needed: 0 });
    expect(category(s2021, 'above-scale-industry-trade')).toMatchObject({ total: 2, insured: 1, target: { percent: '50', ruleId: 'AN-TGT-01' }, status: 'met' });
    const s2022 = coverageStatus({ profile: anhua, asOf: '2022-06-30', units });
    expect(category(s2022, 'above-scale-industry-trade')).toMatchObject({ target: { percent: '100', ruleId: 'AN-TGT-02' }, status: 'behind', needed: 1 });
  });
  it('ZS-TGT-01 ZS-SCOPE-02 Zhoushan: an equivalent statutory insurance counts as insured', () => {
    const units = [enterprise('A', { sector: 'marine-fishery', equivalentInsurance: [{ from: '2018-01-01', to: '2018-12-31' }] }), enterprise('B', { sector: 'mining', policies: [{ from: '2018-05-01', to: '2019-04-30' }] })];
    expect(category(coverageStatus({ profile: zhoushan, asOf: '2018-12-31', units }), 'high-risk')).toMatchObject({ insured: 2, status: 'met', target: { ruleId: 'ZS-TGT-01' } });
  });
  it('AH-SCOPE-01 Anhui: every project insured (应保尽保) from the notice on; XZ-SCOPE-01 Xinzhou sets no target', () => {
    const units = [project('P1', { policies: [{ from: '2025-11-01', to: '2027-01-01' }] }), project('P2')];
    expect(category(coverageStatus({ profile: anhui, asOf: '2026-01-01', units }), 'projects')).toMatchObject({ status: 'missed', needed: 1, target: { percent: '100', ruleId: 'AH-SCOPE-01' } });
    expect(category(coverageStatus({ profile: xinzhou, asOf: '2025-01-01', units }), 'projects')).toMatchObject({ status: 'no-target', target: null });
  });
  it('MONEY-05 a category with no units is not applicable, never 100%', () => {
    const c = category(coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: [] }), 'enterprises-not-in-statistics');
    expect(c).toMatchObject({ total: 0, rate: { applicable: false }, status: 'not-applicable', needed: 0 });
  });
  it('JZ-TGT-01 a policy covers its first and last day', () => {
    const u = [enterprise('E', { inStatistics: true, policies: [{ from: '2021-06-30', to: '2021-06-30' }] })];
    expect(category(coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: u }), 'enterprises-in-statistics')?.insured).toBe(1);
    expect(category(coverageStatus({ profile: jingzhou, asOf: '2021-07-01', units: u }), 'enterprises-in-statistics')?.insured).toBe(0);
  });

  const rosterArb = fc.array(
    fc.record({ statistics: fc.boolean(), insured: fc.boolean() }).map(({ statistics, insured: ins }) => ({ inStatistics: statistics, ins })),
    { maxLength: 60 },
  );
  const wide = [{ from: '2020-01-01', to: '2030-12-31' }];
  const toUnits = (rows: { inStatistics: boolean; ins: boolean }[]) =>
    rows.map((r, i) => enterprise(`E${i}`, { inStatistics: r.inStatistics, ...(r.ins ? { policies: wide } : {}) }));

  it('JZ-TGT-01 after adding exactly `needed` insured units the status is met; the rate stays within [0, 100] (property)', () => {
    fc.assert(
      fc.property(rosterArb, fc.constantFrom('2021-03-31', '2021-12-31', '2022-06-30'), (rows, asOf) => {
        const units = toUnits(rows);
        for (const c of coverageStatus({ profile: jingzhou, asOf, units }).categories) {
          if (c.rate.applicable) expect(Number(c.rate.percent) >= 0 && Number(c.rate.percent) <= 100).toBe(true);
          if (!c.category.startsWith('enterprises') || c.total === 0) continue;
          // insure `needed` more units of that category
          let left = c.needed;
          const more = units.map((u) => {
            if (left > 0 && u.kind === 'enterprise' && u.policies === undefined && (u.inStatistics ? 'enterprises-in-statistics' : 'enterprises-not-in-statistics') === c.category) {
              left--;
              return { ...u, policies: wide };
            }
            return u;
          });
          const after = category(coverageStatus({ profile: jingzhou, asOf, units: more }), c.category);
          expect(after?.status).toBe('met');
          expect(after?.needed).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('JZ-TGT-01 the result does not depend on the order of the units (property)', () => {
    fc.assert(
      fc.property(rosterArb, fc.integer(), (rows, seed) => {
        const units = toUnits(rows);
        const shuffled = [...units].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5) || a.id.localeCompare(b.id) * (seed % 2 ? 1 : -1));
        expect(coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: shuffled })).toEqual(coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units }));
      }),
      { numRuns: 200 },
    );
  });

  it('JZ-SCOPE-02 a roster with bad rows reports which rows, and unknown sectors and inverted policies are refused', () => {
    const units: unknown[] = [enterprise('ok', { inStatistics: true }), { kind: 'enterprise', id: 'x' }, enterprise('bad-sector', { sector: 'mining' }), enterprise('inverted', { policies: [{ from: '2021-12-31', to: '2021-01-01' }] }), { kind: 'vessel', id: 'v' }];
    try {
      coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const rows = [...new Set((e as ValidationError).issues.map((i) => i.path[1]))];
      expect(rows).toEqual([1, 2, 3, 4]);
    }
    expect(() => coverageStatus({ profile: jingzhou, asOf: '2020-01-01', units: [] })).toThrow(ProfileNotInForceError);
    expect(() => coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: 42 as never })).toThrow(ValidationError);
  });

  it('JZ-SCOPE-02 the fast unit check accepts only what the schema accepts (property)', () => {
    const unitArb = fc.oneof(
      fc.record({ kind: fc.constantFrom('enterprise', 'project', 'x'), id: fc.string(), sector: fc.constantFrom('construction', '', 'mining'), inStatistics: fc.oneof(fc.boolean(), fc.constant('yes')) }, { requiredKeys: ['kind'] }),
      fc.record({ kind: fc.constant('project'), id: fc.string(), projectKind: fc.constantFrom('housing', 'municipal', 'other', 'road'), startDate: fc.constantFrom('2021-02-29', '2021-03-01', '2021-3-01'), policies: fc.array(fc.record({ from: fc.constantFrom('2021-01-01', '2021-02-30'), to: fc.constant('2021-12-31') })) }, { requiredKeys: ['kind', 'projectKind'] }),
      fc.anything(),
    );
    fc.assert(
      fc.property(unitArb, (u) => {
        if (isValidUnitFast(u)) expect(z.safeParse(UnitSchema, u).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the roster fast path', () => {
  // The fast check exists for speed only, so it must take every plain unit the schema takes: a unit
  // it refused would be re-read by zod, correct but slow. Holding the two to the same verdict on plain
  // objects (valid, near-valid and broken) proves both directions.
  const date = fc.constantFrom('2021-01-01', '2021-12-31', '2021-02-29', '2021-2-01', '20210101', 20210101 as unknown as string);
  const period = fc.oneof(
    fc.record({ from: date, to: date }),
    fc.record({ from: date }),
    fc.record({ from: date, to: date, note: fc.constant('x') }),
    fc.constant(null),
    fc.constant('2021-01-01'),
  );
  const periods = fc.oneof(fc.array(period, { maxLength: 3 }), fc.constant(undefined), fc.constant('none'), fc.constant({}));
  const flag = fc.oneof(fc.boolean(), fc.constant(undefined), fc.constant('yes'), fc.constant(1), fc.constant(null));
  const id = fc.constantFrom('E1', '', 'x'.repeat(3), 7 as unknown as string);
  const enterpriseArb = fc.record(
    {
      kind: fc.constantFrom('enterprise', 'Enterprise'),
      id,
      sector: fc.constantFrom('construction', 'other', '', 1 as unknown as string),
      inStatistics: flag,
      aboveScaleIndustryTrade: flag,
      policies: periods,
      equivalentInsurance: periods,
      projectKind: fc.constant('housing'),
    },
    { requiredKeys: [] },
  );
  const projectArb = fc.record(
    {
      kind: fc.constantFrom('project', 'enterprise'),
      id,
      projectKind: fc.constantFrom('housing', 'municipal', 'other', 'road', 3 as unknown as string),
      needsConstructionPermit: flag,
      startDate: fc.oneof(date, fc.constant(undefined)),
      policies: periods,
      sector: fc.constant('construction'),
    },
    { requiredKeys: [] },
  );

  it('JZ-SCOPE-02 the fast unit check and UnitSchema agree on every plain object (property)', () => {
    fc.assert(
      fc.property(fc.oneof(enterpriseArb, projectArb, fc.anything()), (u) => {
        expect(isValidUnitFast(u)).toBe(z.safeParse(UnitSchema, u).success);
      }),
      { numRuns: 5000 },
    );
  });

  it('JZ-SCOPE-02 the one-pass scan accepts exactly what the fast check accepts, and finds the same reversed periods and coverage (property)', () => {
    const asOfArb = fc.constantFrom('2021-01-01', '2021-06-30', '2021-12-31', '2022-01-01');
    // units the fast check mostly accepts: valid shapes, with reversed, one-day and boundary periods
    const day = fc.constantFrom('2020-12-31', '2021-01-01', '2021-06-30', '2021-12-31', '2022-01-01', '2021-02-29');
    const validPeriods = fc.array(fc.record({ from: day, to: day }), { maxLength: 3 });
    const optionalFlag = fc.oneof(fc.boolean(), fc.constant(undefined));
    const mostlyValid = fc.oneof(
      fc.record(
        { kind: fc.constant('enterprise'), id: fc.constant('E1'), sector: fc.constantFrom('construction', 'other'), inStatistics: optionalFlag, aboveScaleIndustryTrade: optionalFlag, activity: fc.constantFrom('a', ''), policies: validPeriods, equivalentInsurance: validPeriods },
        { requiredKeys: ['kind', 'id', 'sector'] },
      ),
      fc.record(
        { kind: fc.constant('project'), id: fc.constant('P1'), projectKind: fc.constantFrom('housing', 'municipal', 'other'), needsConstructionPermit: optionalFlag, startDate: day, policies: validPeriods },
        { requiredKeys: ['kind', 'id', 'projectKind'] },
      ),
    );
    const firstReversed = (ps: readonly { from: string; to: string }[] | undefined) => ps?.findIndex((p) => p.from > p.to) ?? -1;
    fc.assert(
      fc.property(fc.oneof(mostlyValid, enterpriseArb, projectArb, fc.anything()), asOfArb, (u, asOf) => {
        const scan = newScan();
        const accepted = scanUnit(u, asOf as CalendarDate, scan);
        expect(accepted).toBe(isValidUnitFast(u));
        if (!accepted) return;
        const valid = z.parse(UnitSchema, u);
        const { policies, ...facts } = valid as ValidUnit & { equivalentInsurance?: { from: CalendarDate; to: CalendarDate }[] };
        const equivalent = valid.kind === 'enterprise' ? valid.equivalentInsurance : undefined;
        delete (facts as { equivalentInsurance?: unknown }).equivalentInsurance;
        expect(scan.unit).toEqual(facts);
        expect(scan.bad).toBe(firstReversed(policies));
        expect(scan.badEq).toBe(firstReversed(equivalent));
        if (scan.bad < 0) expect(scan.insured).toBe(coversDate(policies, asOf as CalendarDate));
        if (scan.badEq < 0) expect(scan.equivalentInsured).toBe(coversDate(equivalent, asOf as CalendarDate));
      }),
      { numRuns: 5000 },
    );
  });

  it('JZ-SCOPE-02 the fast unit check takes the plain shapes a roster holds, null-prototype objects too', () => {
    const full = { kind: 'enterprise', id: 'E', sector: 'construction', inStatistics: false, aboveScaleIndustryTrade: true, policies: [{ from: '2021-01-01', to: '2021-12-31' }], equivalentInsurance: [] };
    expect(isValidUnitFast(full)).toBe(true);
    expect(isValidUnitFast(Object.assign(Object.create(null) as object, full))).toBe(true);
    expect(isValidUnitFast({ kind: 'project', id: 'P', projectKind: 'municipal', needsConstructionPermit: true, startDate: '2021-03-01', policies: [] })).toBe(true);
    expect(isValidUnitFast({ kind: 'project', id: 'P', projectKind: 'other' })).toBe(true);
    // refused, and left to the schema: class instances, arrays, inherited keys, an extra key in a period
    class Row {
      kind = 'enterprise';
      id = 'E';
      sector = 'construction';
    }
    expect(isValidUnitFast(new Row())).toBe(false);
    expect(isValidUnitFast(['enterprise'])).toBe(false);
    expect(isValidUnitFast(Object.assign(Object.create({ inherited: 1 }) as object, { kind: 'enterprise', id: 'E', sector: 'x' }))).toBe(false);
    expect(isValidUnitFast({ kind: 'project', id: 'P', projectKind: 'housing', policies: [{ from: '2021-01-01', to: '2021-12-31', x: 1 }] })).toBe(false);
    expect(isValidUnitFast({ kind: 'project', id: 'P', projectKind: 'housing', policies: [{ from: '2021-01-01' }] })).toBe(false);
  });
});
