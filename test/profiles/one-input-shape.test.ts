import { describe, expect, it } from 'vitest';
import {
  anhua,
  anhuaAnnualReport,
  classifyUnit,
  complianceCalendar,
  coverageStatus,
  defineJurisdiction,
  deriveProfile,
  jingzhou,
  jingzhouAnnex1,
  jingzhouAnnex2,
  jingzhouAnnex4,
  jingzhouAnnex6,
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

describe('the Jingzhou forms take { jurisdiction, asOf, … } (issue 18 item 6)', () => {
  const rows = [
    { kind: 'enterprise', id: 'E1', sector: 'construction', name: '甲公司', inStatistics: true },
    {
      kind: 'enterprise',
      id: 'E2',
      sector: 'construction',
      name: '乙公司',
      inStatistics: true,
      policies: [{ from: '2021-01-01', to: '2021-12-31' }],
    },
  ];
  // a hypothetical Jingzhou version from 2021-07-01: 80% → 90% for enterprises in statistics in 2021,
  // and 附件4 retitled, so a form shows which version it was counted under
  const reform = () =>
    deriveProfile(jingzhou, {
      version: '2021-07-study',
      validFrom: '2021-07-01',
      hypothetical: true,
      rules: {
        'JZ-TGT-01': {
          params: {
            targets: {
              type: 'targets',
              value: [
                {
                  category: 'enterprises-in-statistics',
                  year: 2020,
                  deadline: '2020-12-31',
                  percent: '50',
                },
                {
                  category: 'enterprises-in-statistics',
                  year: 2021,
                  deadline: '2021-12-31',
                  percent: '90',
                },
                {
                  category: 'enterprises-in-statistics',
                  year: 2022,
                  deadline: '2022-12-31',
                  percent: '100',
                },
                {
                  category: 'enterprises-not-in-statistics',
                  year: 2020,
                  deadline: '2020-12-31',
                  percent: '30',
                },
                {
                  category: 'enterprises-not-in-statistics',
                  year: 2021,
                  deadline: '2021-12-31',
                  percent: '50',
                },
                {
                  category: 'enterprises-not-in-statistics',
                  year: 2022,
                  deadline: '2022-12-31',
                  percent: '100',
                },
              ],
            },
          },
        },
        'JZ-RPT-04': {
          params: { title: { type: 'text', value: { zh: '研究用季度表', en: 'Study form' } } },
        },
      },
    });

  it('JZ-RPT-02 the object form lists what the profile form lists: 2 enterprises, 1 insured, as of 2021-06-30', () => {
    const object = jingzhouAnnex2({
      jurisdiction: 'jingzhou',
      asOf: '2021-06-30',
      unit: '荆州市',
      rows,
    });
    expect(object).toEqual(
      jingzhouAnnex2({ profile: jingzhou, asOf: '2021-06-30', unit: '荆州市', rows }),
    );
    expect(object.tables[0]?.rows).toHaveLength(2);
  });

  it('JZ-RPT-01 附件1 shows the target of the version in force on asOf: 80% on 2021-06-30, 90% from 2021-07-01', () => {
    const study = defineJurisdiction({ versions: [jingzhou, reform()] });
    // columns: 项目, 责任单位, 2020 纳入, 2020 未纳入, 2021 纳入, …: the 2021 in-statistics target is cell 4
    const cell = (asOf: string) =>
      jingzhouAnnex1({ jurisdiction: study, asOf }).tables[0]?.rows[0]?.[4]?.value;
    expect(cell('2021-06-30')).toBe('80');
    expect(cell('2021-07-01')).toBe('90');
    // the id and the older forms: the shipped version
    expect(jingzhouAnnex1({ jurisdiction: 'jingzhou', asOf: '2021-07-01' })).toEqual(
      jingzhouAnnex1(jingzhou),
    );
    expect(jingzhouAnnex1()).toEqual(jingzhouAnnex1(jingzhou));
  });

  it("JZ-RPT-04 a quarterly form is counted under the version in force on the quarter's last day", () => {
    const study = defineJurisdiction({ versions: [jingzhou, reform()] });
    const title = (quarter: 2 | 3) =>
      jingzhouAnnex4({ jurisdiction: study, unit: '荆州市', year: 2021, quarter, rows }).title;
    expect(title(2)).not.toBe('研究用季度表'); // Q2 ends 2021-06-30: the notice
    expect(title(3)).toBe('研究用季度表'); // Q3 ends 2021-09-30: the study
  });

  it('JZ-RPT-06 refusals: another jurisdiction, both jurisdiction and profile, a day before the notice', () => {
    const base = { asOf: '2021-06-30', unit: '荆州市', rows };
    expect(
      issuesOf(() => jingzhouAnnex6({ ...base, jurisdiction: 'national-2017' }))[0],
    ).toMatchObject({
      path: ['jurisdiction'],
    });
    expect(
      issuesOf(() => jingzhouAnnex6({ ...base, jurisdiction: 'jingzhou', profile: jingzhou }))[0],
    ).toMatchObject({ path: ['profile'], code: 'invalid_option' });
    expect(
      issuesOf(() => jingzhouAnnex6({ ...base, asOf: '2020-08-06', jurisdiction: 'jingzhou' }))[0],
    ).toMatchObject({ path: ['asOf'], code: 'not_in_force' });
    expect(() => jingzhouAnnex1({ jurisdiction: 'atlantis', asOf: '2021-01-01' } as never)).toThrow(
      ValidationError,
    );
  });
});

describe('anhuaAnnualReport reads AN-CAL-01 of the version in force (issue 18 items 2 and 6)', () => {
  const header = (r: ReturnType<typeof anhuaAnnualReport>, label: string) =>
    r.header.find((h) => h.label === label)?.value.value;

  it('AN-CAL-01 the shipped notice: due 2026-01-15, to 安化县应急管理局及相关行业主管部门, in both forms', () => {
    const plain = anhuaAnnualReport({ insurer: '某保险公司', year: 2026 });
    expect(header(plain, '报送期限')).toBe('2026-01-15');
    expect(header(plain, '报送对象')).toBe('安化县应急管理局及相关行业主管部门');
    expect(plain.footnotes[0]?.text).toEqual({
      en: 'Due by 15 January every year, in writing',
      zh: '每年1月15日前书面报送',
    });
    expect(
      anhuaAnnualReport({
        insurer: '某保险公司',
        year: 2026,
        jurisdiction: 'anhua',
        asOf: '2026-01-01',
      }),
    ).toEqual(plain);
  });

  it('AN-CAL-01 a version that moves the day to 20 January and names one recipient: the form follows it', () => {
    const study = deriveProfile(anhua, {
      version: '2026-study',
      validFrom: '2026-01-01',
      hypothetical: true,
      rules: {
        'AN-CAL-01': {
          params: {
            due: { type: 'annual-date', month: 1, day: 20 },
            recipients: {
              type: 'list',
              value: [
                {
                  code: 'county-emergency-bureau',
                  name: { zh: '县应急管理局', en: 'county emergency-management bureau' },
                },
              ],
            },
          },
        },
      },
    });
    const r = anhuaAnnualReport({
      insurer: '某保险公司',
      year: 2027,
      jurisdiction: study,
      asOf: '2026-06-01',
    });
    expect(header(r, '报送期限')).toBe('2027-01-20');
    expect(header(r, '报送对象')).toBe('安化县应急管理局');
    expect(r.footnotes[0]?.text.zh).toBe('每年1月20日前书面报送');
  });

  it('AN-CAL-01 refusals: asOf without jurisdiction, jurisdiction without asOf, another jurisdiction', () => {
    const base = { insurer: '某保险公司', year: 2026 };
    expect(issuesOf(() => anhuaAnnualReport({ ...base, asOf: '2026-01-01' }))[0]).toMatchObject({
      path: ['jurisdiction'],
    });
    expect(issuesOf(() => anhuaAnnualReport({ ...base, jurisdiction: 'anhua' }))[0]).toMatchObject({
      path: ['asOf'],
      code: 'invalid_date',
    });
    expect(
      issuesOf(() =>
        anhuaAnnualReport({ ...base, jurisdiction: 'national-2025', asOf: '2026-01-01' }),
      )[0],
    ).toMatchObject({ path: ['jurisdiction'] });
  });
});
