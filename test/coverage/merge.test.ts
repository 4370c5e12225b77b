import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anhua,
  anhui,
  coverageStatus,
  jingzhou,
  mergeCoverageStatus,
  national2025,
  ValidationError,
  zhoushan,
  type CoverageStatus,
  type Profile,
  type Unit,
} from '../../src/index.js';

// Sharded coverage: split a roster into disjoint parts, run coverageStatus on each, merge — the result
// must be exactly the one-pass result (deep equality), whatever the split.

const DATES = ['2020-06-30', '2020-12-31', '2021-06-30', '2021-12-31', '2022-12-31'];
const periodArb = fc
  .tuple(fc.constantFrom(...DATES), fc.integer({ min: 0, max: 800 }))
  .map(([from, days]) => {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return { from, to: d.toISOString().slice(0, 10) };
  });

function unitArb(profile: Profile): fc.Arbitrary<Omit<Unit, 'id'>> {
  const sectors = [...profile.scope.sectors.map((s) => s.code), 'other'];
  const enterprise = fc.record(
    {
      kind: fc.constant('enterprise' as const),
      sector: fc.constantFrom(...sectors),
      inStatistics: fc.boolean(),
      aboveScaleIndustryTrade: fc.boolean(),
      policies: fc.array(periodArb, { maxLength: 2 }),
    },
    { requiredKeys: ['kind', 'sector'] },
  );
  const project = fc.record(
    {
      kind: fc.constant('project' as const),
      projectKind: fc.constantFrom('housing' as const, 'municipal' as const, 'other' as const),
      needsConstructionPermit: fc.boolean(),
      startDate: fc.constantFrom(...DATES),
      policies: fc.array(periodArb, { maxLength: 2 }),
    },
    { requiredKeys: ['kind', 'projectKind'] },
  );
  return fc.oneof(enterprise, project);
}

const PROFILES: [string, Profile, string][] = [
  ['jingzhou', jingzhou, '2021-06-30'],
  ['anhua', anhua, '2022-06-30'],
  ['zhoushan', zhoushan, '2018-12-31'],
  ["anhui", anhui, '2026-01-01'],
  ['national-2025', national2025, '2026-06-30'],
];

describe('mergeCoverageStatus', () => {
  it.each(PROFILES)(
    'split-then-merge equals one pass, for random rosters and random splits (%s, property)',
    (_id, profile, asOf) => {
      fc.assert(
        fc.property(
          fc.array(unitArb(profile), { maxLength: 40 }),
          fc.integer({ min: 1, max: 5 }),
          fc.infiniteStream(fc.nat()),
          (shapes, k, picks) => {
            const units = shapes.map((u, i) => ({ ...u, id: `U${String(i)}` }) as Unit);
            const it = picks[Symbol.iterator]();
            // each unit to a random shard: the shards are disjoint, not contiguous, some may be empty
            const shards: Unit[][] = Array.from({ length: k }, () => []);
            for (const u of units) shards[(it.next().value as number) % k]?.push(u);
            const one = coverageStatus({ profile, asOf, units });
            const parts = shards.map((s) => coverageStatus({ profile, asOf, units: s }));
            const merged = mergeCoverageStatus(parts);
            // the same categories with the same figures; in roster order the same order too
            const byName = (s: CoverageStatus) =>
              [...s.categories].sort((a, b) => a.category.localeCompare(b.category));
            expect({ ...merged, categories: byName(merged) }).toEqual({
              ...one,
              categories: byName(one),
            });
            // contiguous shards, in roster order, give exactly the one-pass result, order included
            const cut = Math.floor(units.length / 2);
            const halves = [units.slice(0, cut), units.slice(cut)].map((s) =>
              coverageStatus({ profile, asOf, units: s }),
            );
            expect(mergeCoverageStatus(halves)).toEqual(one);
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it('JZ-TGT-01 a worked example: 7 of 10 in one county and 1 of 2 in another are 8 of 12 — 66.67%, 2 more needed for 80%', () => {
    // One pass: 12 enterprises in statistics, 8 insured on 2021-12-31: 8/12 = 66.666…% → 66.67%; the
    // 2021 target (JZ-TGT-01) is 80%: ⌈0.8 × 12⌉ = ⌈9.6⌉ = 10, so 2 more are needed, and on the
    // deadline day itself it is missed. Averaging the two rates (70% and 50%) would say 60%.
    const policy = [{ from: '2021-01-01', to: '2021-12-31' }];
    const county = (prefix: string, n: number, insured: number): Unit[] =>
      Array.from({ length: n }, (_, i) => ({
        kind: 'enterprise',
        id: `${prefix}${String(i)}`,
        sector: 'construction',
        inStatistics: true,
        ...(i < insured ? { policies: policy } : {}),
      }));
    const a = coverageStatus({ profile: jingzhou, asOf: '2021-12-31', units: county('A', 10, 7) });
    const b = coverageStatus({ profile: jingzhou, asOf: '2021-12-31', units: county('B', 2, 1) });
    const m = mergeCoverageStatus([a, b]);
    expect(m.categories.find((c) => c.category === 'enterprises-in-statistics')).toMatchObject({
      total: 12,
      insured: 8,
      rate: { percent: '66.67' },
      target: { percent: '80', ruleId: 'JZ-TGT-01' },
      status: 'missed',
      needed: 2,
    });
    expect(m.units).toBe(12);
    expect(Object.isFrozen(m.categories[0]?.rate)).toBe(true);
    expect(Object.isFrozen(m.warnings)).toBe(true);
  });

  it('parts that came back from workers as JSON merge the same, and are not changed', () => {
    const units: Unit[] = [{ kind: 'enterprise', id: 'E', sector: 'construction', inStatistics: true }];
    const part = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units });
    const json = JSON.parse(JSON.stringify(part)) as CoverageStatus;
    const copy = JSON.stringify(json);
    expect(mergeCoverageStatus([json, json])).toEqual(mergeCoverageStatus([part, part]));
    expect(JSON.stringify(json)).toBe(copy);
    expect(Object.isFrozen(json)).toBe(false);
  });

  it('parts of another jurisdiction, date or profile, and malformed parts are refused (ValidationError)', () => {
    const units: Unit[] = [{ kind: 'enterprise', id: 'E', sector: 'construction', inStatistics: true }];
    const j = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units });
    const later = coverageStatus({ profile: jingzhou, asOf: '2021-07-01', units });
    const other = coverageStatus({ profile: anhui, asOf: '2026-01-01', units: [] });
    const refused = (parts: unknown, path: (string | number)[]) => {
      try {
        mergeCoverageStatus(parts as CoverageStatus[]);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        expect((e as ValidationError).issues[0]?.path).toEqual(path);
      }
    };
    refused([j, later], ['parts', 1, 'asOf']);
    refused([j, other], ['parts', 1, 'jurisdiction']);
    refused([], ['parts']);
    refused([j, null], ['parts', 1]);
    const json = JSON.parse(JSON.stringify(j)) as { categories: { total: number; insured: number; target: { percent: string } }[] };
    const badCount = structuredClone(json);
    (badCount.categories[0] as { total: number }).total = 1.5;
    refused([j, badCount], ['parts', 1, 'categories', 0, 'total']);
    const tooMany = structuredClone(json);
    (tooMany.categories[0] as { insured: number }).insured = 9;
    refused([j, tooMany], ['parts', 1, 'categories', 0, 'insured']);
    const otherTarget = structuredClone(json);
    (otherTarget.categories[0] as { target: { percent: string } }).target.percent = '90';
    refused([j, otherTarget], ['parts', 1, 'categories', 0, 'target']);
    const garbageTarget = structuredClone(json);
    (garbageTarget.categories[0] as { target: unknown }).target = { percent: 'lots' };
    refused([garbageTarget], ['parts', 0, 'categories', 0, 'target']);
    refused([{ ...json, categories: [null] }], ['parts', 0, 'categories', 0]);
  });
});
