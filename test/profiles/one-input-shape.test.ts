import { describe, expect, it } from 'vitest';
import {
  anhua,
  classifyUnit,
  complianceCalendar,
  coverageStatus,
  deriveProfile,
  jingzhou,
  ValidationError,
  xinzhou,
} from '../../src/index.js';
import { issuesOf } from '../helpers/issues.js';

// Issue 18, item 6: the calendar and the classification take the one input every capability takes,
// { jurisdiction, asOf, … }, besides their older positional forms (kept, same answers).

describe('complianceCalendar({ jurisdiction, asOf, from, to })', () => {
  it('JZ-CAL-01 the object form gives what the positional form gives: 15 dated obligations in 2020–2022', () => {
    const object = complianceCalendar({
      jurisdiction: 'jingzhou',
      asOf: '2021-01-01',
      from: '2020-01-01',
      to: '2022-12-31',
    });
    expect(object.events).toHaveLength(15);
    expect(object).toEqual(complianceCalendar(jingzhou, { from: '2020-01-01', to: '2022-12-31' }));
    // the art. 203 option at the top level: off leaves the Q3 2020 report on its stated 2020-10-05
    const off = complianceCalendar({
      jurisdiction: 'jingzhou',
      asOf: '2021-01-01',
      from: '2020-10-01',
      to: '2020-10-31',
      art203: 'off',
    });
    expect(off.events.map((e) => e.extension?.due)).toContain('2020-10-05');
  });

  it('TIME-01 a window that ends before it starts is date_range_reversed, in both forms', () => {
    const object = issuesOf(() =>
      complianceCalendar({
        jurisdiction: 'jingzhou',
        asOf: '2021-01-01',
        from: '2021-02-01',
        to: '2021-01-31',
      }),
    );
    expect(object[0]).toMatchObject({ code: 'date_range_reversed', path: ['to'] });
    const positional = issuesOf(() =>
      complianceCalendar(jingzhou, { from: '2021-02-01', to: '2021-01-31' }),
    );
    expect(positional[0]).toMatchObject({ code: 'date_range_reversed', path: ['window', 'to'] });
  });

  it('XZ-TERM-01 the trial-end event states the trial length of the version: 18 months from 2024-09-01 end on 2026-03-01', () => {
    const longer = deriveProfile(xinzhou, {
      issued: '2024-09-01',
      rules: { 'XZ-TERM-01': { params: { trial: { type: 'count', value: 18, unit: 'months' } } } },
    });
    const end = complianceCalendar({
      jurisdiction: longer,
      asOf: '2025-01-01',
      from: '2024-09-01',
      to: '2026-12-31',
    }).events.find((e) => e.ruleId === 'XZ-TERM-01');
    expect(end).toMatchObject({ start: '2026-03-01' });
    expect(end?.what).toEqual({
      en: 'end of the 18-month trial period',
      zh: '18个月试行期届满',
    });
    const shipped = complianceCalendar({
      jurisdiction: deriveProfile(xinzhou, { issued: '2024-09-01' }),
      asOf: '2025-01-01',
      from: '2024-09-01',
      to: '2026-12-31',
    }).events.find((e) => e.ruleId === 'XZ-TERM-01');
    expect(shipped).toMatchObject({ start: '2025-09-01', what: { zh: '1年试行期届满' } });
  });
});

describe('classifyUnit({ jurisdiction, asOf, unit })', () => {
  const fireworks = { kind: 'enterprise', id: 'E1', sector: 'fireworks' } as const;

  it('AN-SCOPE-01 a fireworks enterprise is high-risk and mandatory, in both forms', () => {
    const object = classifyUnit({ jurisdiction: 'anhua', asOf: '2022-01-01', unit: fireworks });
    expect(object).toMatchObject({ scope: 'mandatory', category: 'high-risk' });
    expect(object).toEqual(classifyUnit(anhua, fireworks, '2022-01-01'));
  });

  it('TIME-01 the object form names the unit and the jurisdiction where they are wrong', () => {
    expect(() =>
      classifyUnit({
        jurisdiction: 'anhua',
        asOf: '2022-01-01',
        unit: { ...fireworks, sector: 'nope' },
      }),
    ).toThrow(ValidationError);
    expect(
      issuesOf(() =>
        classifyUnit({ jurisdiction: 'nowhere' as never, asOf: '2022-01-01', unit: fireworks }),
      )[0]?.code,
    ).toBe('unknown_jurisdiction');
  });
});

describe('coverageStatus({ jurisdiction, asOf, units })', () => {
  // JZ-TGT-01: by 2021-12-31, 80% of the enterprises in the statistics insured; 1 of 2 is 50%, missed
  const units = [
    {
      kind: 'enterprise',
      id: 'E1',
      sector: 'construction',
      inStatistics: true,
      policies: [{ from: '2021-01-01', to: '2021-12-31' }],
    },
    { kind: 'enterprise', id: 'E2', sector: 'construction', inStatistics: true },
  ];

  it('JZ-TGT-01 the jurisdiction by id gives what the profile gives: 1 of 2 insured, 50.00%, the 80% target missed', () => {
    const byId = coverageStatus({ jurisdiction: 'jingzhou', asOf: '2021-12-31', units });
    const inStatistics = byId.categories.find((c) => c.category === 'enterprises-in-statistics');
    expect(inStatistics).toMatchObject({
      total: 2,
      insured: 1,
      rate: { percent: '50.00' },
      target: { percent: '80', ruleId: 'JZ-TGT-01' },
      status: 'missed',
      needed: 1,
    });
    expect(byId).toEqual(coverageStatus({ profile: jingzhou, asOf: '2021-12-31', units }));
  });

  it('TIME-01 jurisdiction and profile together are refused; an unknown id is unknown_jurisdiction', () => {
    expect(
      issuesOf(() =>
        coverageStatus({
          jurisdiction: 'jingzhou',
          profile: jingzhou,
          asOf: '2021-12-31',
          units,
        } as never),
      )[0],
    ).toMatchObject({ code: 'invalid_option', path: ['profile'] });
    expect(
      issuesOf(() =>
        coverageStatus({ jurisdiction: 'nowhere' as never, asOf: '2021-12-31', units }),
      )[0]?.code,
    ).toBe('unknown_jurisdiction');
  });
});
