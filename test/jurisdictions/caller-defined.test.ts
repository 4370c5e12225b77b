import { describe, expect, it } from 'vitest';
import {
  checkEnterprise,
  checkProject,
  classifyUnit,
  zhoushan,
  complianceCalendar,
  coverageStatus,
  defineJurisdiction,
  defineProfile,
  deriveProfile,
  profileSheet,
  quotePremium,
  renderMarkdown,
  ValidationError,
} from '../../src/index.js';
import { profileJsonSchema } from '../../src/profiles/json-schema.js';
import { EXAMPLE_COUNTY } from '../fixtures/example-county.js';

// Issue 18, item 5: a jurisdiction anzexian does not ship, defined by a caller with the public API,
// goes through a quote, an eligibility check, a coverage status, a compliance calendar and a report.
const county = defineProfile(EXAMPLE_COUNTY);
const asOf = '2026-03-01';

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => [i.path.join('.'), i.code]);
    throw e;
  }
  throw new Error('not refused');
};

describe('a jurisdiction defined by a caller', () => {
  it('TIME-01 is accepted with its own id and rule-ID prefix', () => {
    expect(county.id).toBe('example-county');
    expect(county.rules.every((r) => r.id.startsWith('EX-'))).toBe(true);
  });

  it('EX-RATE-02 (the copied AH-RATE-02) quotes 10,000,000 × 1.65‰ = 16,500.00, citing its own rule', () => {
    const q = quotePremium({
      jurisdiction: county,
      asOf,
      base: { kind: 'contract-price', amount: '10000000' },
    });
    expect(q.premium.amount).toBe('16500.00');
    expect(q.jurisdiction).toBe('example-county');
    expect(JSON.stringify(q)).toContain('EX-RATE-02');
    expect(JSON.stringify(q)).not.toContain('AH-');
  });

  it('NAT25-SCOPE-01 governs its enterprises: a mining firm not insured fails, an insured one passes', () => {
    const check = (insured: boolean) =>
      checkEnterprise({ jurisdiction: county, asOf, facts: { sector: 'mining', insured } });
    const failing = check(false);
    expect(failing.status).toBe('fail');
    expect(failing.criteria[0]?.ruleId).toBe('NAT25-SCOPE-01');
    expect(check(true).criteria[0]?.status).toBe('pass');
    // fishery is one of the national measure's eight sectors; a sector outside them is not known here
    expect(
      issuesOf(() =>
        checkEnterprise({
          jurisdiction: county,
          asOf,
          facts: { sector: 'retail', insured: false },
        }),
      ),
    ).toEqual([['facts.sector', 'invalid_option']]);
  });

  it('NAT25-SCOPE-01 classifies its enterprises too (not its own copied project-scope rule)', () => {
    const k = classifyUnit(county, { kind: 'enterprise', id: 'E1', sector: 'mining' }, asOf);
    expect(k.scope).toBe('mandatory');
    expect(k.ruleIds).toEqual(['NAT25-SCOPE-01']);
  });

  it('TIME-01 has no project obligations of its own: checkProject is refused, naming the jurisdiction', () => {
    expect(issuesOf(() => checkProject({ jurisdiction: county, asOf, facts: {} }))).toEqual([
      ['jurisdiction', 'not_set_by_jurisdiction'],
    ]);
  });

  it('NAT25-SCOPE-01 coverage: 1 of 2 mining firms insured on the day is 50.00%', () => {
    const s = coverageStatus({
      profile: county,
      asOf,
      units: [
        {
          kind: 'enterprise',
          id: 'E1',
          sector: 'mining',
          policies: [{ from: '2026-01-01', to: '2026-12-31' }],
        },
        {
          kind: 'enterprise',
          id: 'E2',
          sector: 'mining',
          policies: [{ from: '2025-01-01', to: '2025-12-31' }],
        },
      ],
    });
    expect(s.jurisdiction).toBe('example-county');
    expect(s.categories).toEqual([
      expect.objectContaining({ category: 'high-risk', total: 2, insured: 1, needed: 0 }),
    ]);
    expect(s.categories[0]?.rate.percent).toBe('50.00');
  });

  it('TIME-01 compliance calendar: no dated obligation of its own, none invented', () => {
    const c = complianceCalendar(county, { from: '2026-01-01', to: '2026-12-31' });
    expect(c.jurisdiction).toBe('example-county');
    expect(c.events).toEqual([]);
    expect(c.undated).toEqual([]);
  });

  it('TIME-01 report: the profile sheet prints its name, document and rules', () => {
    const md = renderMarkdown(profileSheet({ jurisdiction: county, asOf }));
    expect(md).toContain('示例县');
    expect(md).toContain('示安〔2025〕1号');
    expect(md).toContain('EX-RATE-02');
  });

  it('TIME-01 versions: a derived 2027 version chains with it and is used from its date', () => {
    const reform = deriveProfile(county, {
      version: '2027',
      validFrom: '2027-01-01',
      hypothetical: true,
      rules: {
        'EX-RATE-02': {
          params: { reference: { type: 'rate', value: { value: '0.0015', unit: 'permille' } } },
        },
      },
    } as never);
    const chain = defineJurisdiction({ versions: [county, reform] });
    const base = { kind: 'contract-price', amount: '10000000' } as const;
    expect(quotePremium({ jurisdiction: chain, asOf, base }).premium.amount).toBe('16500.00');
    // 10,000,000 × 1.5‰ = 15,000.00
    expect(quotePremium({ jurisdiction: chain, asOf: '2027-01-01', base }).premium.amount).toBe(
      '15000.00',
    );
  });

  it('TIME-01 a string id names a shipped jurisdiction only', () => {
    expect(
      issuesOf(() =>
        quotePremium({
          jurisdiction: 'example-county' as never,
          asOf,
          base: { kind: 'contract-price', amount: '1' },
        }),
      )[0]?.[1],
    ).toMatch(/unknown_jurisdiction|schema|invalid/);
  });

  it("TIME-01 a caller profile without a rule-ID prefix, with a shipped one, or with another prefix's rule is refused", () => {
    const { rulePrefix: _p, ...noPrefix } = EXAMPLE_COUNTY;
    expect(issuesOf(() => defineProfile(noPrefix as never))).toContainEqual([
      'profile.rulePrefix',
      'profile_inconsistent',
    ]);
    expect(issuesOf(() => defineProfile({ ...EXAMPLE_COUNTY, rulePrefix: 'AH' }))).toContainEqual([
      'profile.rulePrefix',
      'profile_inconsistent',
    ]);
    const foreign = {
      ...EXAMPLE_COUNTY,
      rules: EXAMPLE_COUNTY.rules.map((r, i) => (i === 0 ? { ...r, id: 'ZS-SCOPE-09' } : r)),
    };
    expect(issuesOf(() => defineProfile(foreign as never))).toContainEqual([
      'profile.rules.0.id',
      'profile_inconsistent',
    ]);
  });
});

describe('the profile JSON Schema', () => {
  const schema = profileJsonSchema();
  const date = new RegExp(String(schema.properties['validFrom']?.pattern));
  const id = new RegExp(String(schema.properties['id']?.pattern));

  it('TIME-02 accepts a new jurisdiction id and refuses impossible dates', () => {
    expect(id.test('example-county')).toBe(true);
    expect(id.test('Example County')).toBe(false);
    expect(date.test('2026-01-01')).toBe(true);
    expect(date.test('2025-02-30')).toBe(false);
    expect(date.test('2025-02-29')).toBe(false);
    expect(date.test('2024-02-29')).toBe(true);
    expect(date.test('2000-02-29')).toBe(true);
    expect(date.test('2100-02-29')).toBe(false);
    expect(date.test('2025-04-31')).toBe(false);
    expect(date.test('2025-12-31')).toBe(true);
    expect(date.test('0999-01-01')).toBe(false);
  });

  it('TIME-02 the date pattern agrees with the library on every day of 1999–2101 and their near misses', async () => {
    const { isCalendarDate } = await import('../../src/time/calendar-date.js');
    let checked = 0;
    for (let y = 1999; y <= 2101; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(date.test(s)).toBe(isCalendarDate(s));
          checked++;
        }
    expect(checked).toBe(103 * 12 * 33);
  });

  it('TIME-02 every date of the example profile is a pattern-valid date, and the nested ones carry the pattern', () => {
    const text = JSON.stringify(schema);
    expect(text.split('"pattern":"^(?:[1-9]').length - 1).toBeGreaterThan(0);
    for (const d of [
      EXAMPLE_COUNTY.validFrom,
      EXAMPLE_COUNTY.document.issued,
      EXAMPLE_COUNTY.document.inForceFrom,
    ])
      expect(date.test(d)).toBe(true);
  });
});

describe('ZS-SCOPE-02 read from the profile', () => {
  const noEquivalence = deriveProfile(zhoushan, {
    version: 'no-equivalence',
    validFrom: '2019-01-01',
    hypothetical: true,
    rules: {
      'ZS-SCOPE-02': { params: { equivalentInsuranceCounts: { type: 'boolean', value: false } } },
    },
  } as never);
  const facts = { sector: 'mining', insured: false, equivalentLiabilityInsurance: true };

  it('ZS-SCOPE-02 where an equivalent insurance does not count, both criteria fail a unit that has only it', () => {
    const v = checkEnterprise({ jurisdiction: noEquivalence, asOf: '2019-06-01', facts });
    expect(v.criteria.find((c) => c.ruleId === 'ZS-SCOPE-01')?.status).toBe('fail');
    expect(v.criteria.find((c) => c.ruleId === 'ZS-SCOPE-02')?.status).toBe('fail');
  });

  it('ZS-SCOPE-02 where an equivalent insurance does not count, 安责险 itself passes and a unit whose insurance is not shown is unknown, never a pass', () => {
    // 三 "全面推进安全生产责任保险" with the 从其规定 exception switched off: only 安责险 itself covers a
    // mining unit. Insured → pass; insurance not given → unknown, naming it (the equivalent given or not).
    type Facts = Parameters<typeof checkEnterprise>[0]['facts'];
    const check = (f: Facts) =>
      checkEnterprise({ jurisdiction: noEquivalence, asOf: '2019-06-01', facts: f });
    const zs02 = (f: Facts) => check(f).criteria.find((c) => c.ruleId === 'ZS-SCOPE-02');
    expect(zs02({ sector: 'mining', insured: true })).toMatchObject({ status: 'pass' });
    expect(zs02({ sector: 'mining', equivalentLiabilityInsurance: true })).toMatchObject({
      status: 'unknown',
      reason: { en: 'not shown whether insured', zh: '未说明是否投保' },
      factsUsed: [],
      factsMissing: ['insured'],
    });
  });

  it('ZS-SCOPE-02 as shipped (true), the same unit passes both', () => {
    const v = checkEnterprise({ jurisdiction: 'zhoushan', asOf: '2019-06-01', facts });
    expect(v.criteria.find((c) => c.ruleId === 'ZS-SCOPE-01')?.status).toBe('pass');
    expect(v.criteria.find((c) => c.ruleId === 'ZS-SCOPE-02')?.status).toBe('pass');
  });
});
