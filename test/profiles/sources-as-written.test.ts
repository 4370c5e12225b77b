import { describe, expect, it } from 'vitest';
import {
  anhua,
  anhui,
  checkEnterprise,
  classifyUnit,
  coverageStatus,
  deriveProfile,
  findRule,
  jingzhou,
  jingzhouAnnex2,
  ValidationError,
  zhoushan,
  type Unit,
} from '../../src/index.js';
import { criterionOf } from '../helpers/verdict.js';

// Issue 16, "obligations in the sources that are not modelled yet": Zhoushan 三's activity limits as
// scope conditions, the duties carried as data, and the two source slips recorded as corrections.

describe('Zhoushan 三 — ZS-SCOPE-01: some sectors are in scope only for some activities', () => {
  // 三: "在本市行政区域内矿山，危险化学品生产、储存、带储存经营以及使用危险化学品构成重大危险源，烟花爆竹经营，
  //      金属冶炼，民用爆炸物品生产、经营，…全面推进安全生产责任保险。"
  // Worked: a chemical trader with storage is in; one without storage is not ("带储存经营" only); a chemical
  // user is in only where its chemicals form a major hazard source; fireworks: trade only, not production;
  // civil explosives: production and trade, not use. Uninsured: in → fail; out → pass; not given → unknown.
  const scope = (sector: string, activity?: string) =>
    criterionOf(
      checkEnterprise({
        jurisdiction: 'zhoushan',
        asOf: '2018-12-31',
        facts: {
          sector,
          ...(activity === undefined ? {} : { activity }),
          insured: false,
          equivalentLiabilityInsurance: false,
        },
      }),
      'ZS-SCOPE-01',
    );

  it('ZS-SCOPE-01 each listed activity is mandatory, each other activity is not (was: the whole sector)', () => {
    const cases: [string, string, string][] = [
      ['hazardous-chemicals', 'production', 'fail'],
      ['hazardous-chemicals', 'storage', 'fail'],
      ['hazardous-chemicals', 'trade-with-storage', 'fail'],
      ['hazardous-chemicals', 'trade-without-storage', 'pass'],
      ['hazardous-chemicals', 'use-major-hazard-source', 'fail'],
      ['hazardous-chemicals', 'use-other', 'pass'],
      ['fireworks', 'trade', 'fail'],
      ['fireworks', 'production', 'pass'],
      ['civil-explosives', 'production', 'fail'],
      ['civil-explosives', 'trade', 'fail'],
      ['civil-explosives', 'use', 'pass'],
    ];
    expect(cases.map(([s, a]) => [s, a, scope(s, a).status])).toEqual(cases);
  });

  it('ZS-SCOPE-01 ZS-SCOPE-02 a limited sector without its activity is unknown, never a fail; an unlimited sector needs none', () => {
    expect(scope('fireworks')).toMatchObject({ status: 'unknown', factsMissing: ['activity'] });
    const v = checkEnterprise({
      jurisdiction: 'zhoushan',
      asOf: '2018-12-31',
      facts: { sector: 'fireworks', insured: false, equivalentLiabilityInsurance: false },
    });
    expect(criterionOf(v, 'ZS-SCOPE-02')).toMatchObject({
      status: 'unknown',
      factsMissing: ['activity'],
    });
    expect(scope('mining').status).toBe('fail');
    expect(() => scope('fireworks', 'storage')).toThrow(ValidationError); // not an activity 三 names for fireworks
  });

  it('ZS-SCOPE-01 a roster counts the same way: out of scope, uncategorised when not given, high-risk when listed', () => {
    const e = (id: string, sector: string, activity?: string): Unit => ({
      kind: 'enterprise',
      id,
      sector,
      ...(activity === undefined ? {} : { activity }),
    });
    const units = [
      e('A', 'hazardous-chemicals', 'trade-with-storage'),
      e('B', 'hazardous-chemicals', 'trade-without-storage'),
      e('C', 'fireworks'),
      e('D', 'construction'),
    ];
    const s = coverageStatus({ profile: zhoushan, asOf: '2018-12-31', units });
    expect(s).toMatchObject({ outOfScope: 1, uncategorised: 1 });
    expect(s.categories.find((c) => c.category === 'high-risk')).toMatchObject({
      total: 2,
      insured: 0,
    });
    expect(
      classifyUnit(zhoushan, e('B', 'hazardous-chemicals', 'trade-without-storage'), '2018-12-31')
        .scope,
    ).toBe('out');
    expect(() =>
      coverageStatus({
        profile: zhoushan,
        asOf: '2018-12-31',
        units: [e('X', 'fireworks', 'storage')],
      }),
    ).toThrow(ValidationError);
  });
});

describe('the alternative readings a caller can choose, as docs/reading-the-sources.md says', () => {
  it('ZS-SCOPE-01 a profile derived with every activity in scope counts the whole sector', () => {
    const whole = deriveProfile(zhoushan, {
      rules: {
        'ZS-SCOPE-01': {
          params: {
            activities: {
              type: 'table',
              columns: ['sector', 'activity', 'inScope'],
              rows: [['hazardous-chemicals', 'trade-without-storage', 'yes']],
            },
          },
        },
      },
    });
    const facts = {
      sector: 'hazardous-chemicals',
      activity: 'trade-without-storage',
      insured: false,
      equivalentLiabilityInsurance: false,
    };
    const status = (jurisdiction: typeof zhoushan) =>
      criterionOf(checkEnterprise({ jurisdiction, asOf: '2018-12-31', facts }), 'ZS-SCOPE-01')
        .status;
    expect([status(zhoushan), status(whole)]).toEqual(['pass', 'fail']);
  });

  it('JZ-TGT-02 a profile derived with a 2020 year-end deadline puts a 2020 shortfall "behind"', () => {
    const yearEnd = deriveProfile(jingzhou, {
      rules: {
        'JZ-TGT-02': {
          params: {
            targets: {
              type: 'targets',
              value: [
                {
                  category: 'new-projects-housing',
                  year: 2020,
                  deadline: '2020-12-31',
                  percent: '100',
                },
              ],
            },
          },
        },
      },
    });
    const unit: Unit = {
      kind: 'project',
      id: 'P',
      projectKind: 'housing',
      startDate: '2020-09-01',
    };
    const housing = (profile: typeof jingzhou) =>
      coverageStatus({ profile, asOf: '2020-10-01', units: [unit] }).categories.find(
        (c) => c.category === 'new-projects-housing',
      )?.status;
    expect([housing(jingzhou), housing(yearEnd)]).toEqual(['missed', 'behind']);
  });
});

describe('duties carried as data, with the reason they are not computed', () => {
  const list = (p: typeof anhui, id: string, param: string) => {
    const v = findRule(p, id).params[param];
    return v?.type === 'list' ? v.value.map((i) => i.code) : [];
  };

  it('AH-PREV-07 二(五): the service duties (no disruption, confidentiality, truthful reports) are listed', () => {
    expect(list(anhui, 'AH-PREV-07', 'serviceDuties')).toEqual([
      'as-contracted',
      'no-disruption',
      'confidentiality',
      'truthful-reports',
      'insured-cooperates',
    ]);
  });

  it('AH-CLAIM-01 三: the insured notifies and the insurer replies "及时" — no period, carried as data on AH-CLAIM-01', () => {
    expect(list(anhui, 'AH-CLAIM-01', 'afterAccident')).toEqual([
      'insured-notifies',
      'insurer-replies',
      'pay-promptly',
    ]);
    expect(findRule(anhui, 'AH-CLAIM-01').note?.en).toContain('set no period');
  });

  it('ZS-PREV-01 四(四): the prevention services the funds pay for, with the ledger’s codes where they are the same', () => {
    const codes = list(zhoushan, 'ZS-PREV-01', 'services');
    expect(codes).toEqual([
      'safety-evaluation',
      'risk-assessment',
      'hazard-inspection',
      'disaster-loss-prevention',
      'training',
      'consulting',
      'emergency-drill',
    ]);
    const ahCodes = list(anhui, 'AH-PREV-01', 'categories');
    expect(codes.filter((c) => ahCodes.includes(c))).toEqual([
      'risk-assessment',
      'hazard-inspection',
      'training',
      'emergency-drill',
    ]);
  });

  it('AN-CAL-01 二(四): the insurer’s duties beyond the 15 January report are listed', () => {
    expect(list(anhua, 'AN-CAL-01', 'insurerDuties')).toEqual([
      'claims-service',
      'prevention-assistance',
    ]);
  });
});

describe('source slips recorded as corrections', () => {
  it('JZ-RPT-02 the body calls 附件2 a 数量统计表; the annex is titled 情况统计表, and the form uses the annex’s title', () => {
    const c = findRule(jingzhou, 'JZ-RPT-02').corrections?.[0];
    expect(c).toMatchObject({ parameter: 'title', reading: '荆州市建筑业施工企业情况统计表' });
    expect(c?.sourceText).toContain('数量统计表');
    expect(jingzhouAnnex2({ unit: 'U', asOf: '2021-06-30', rows: [] }).title).toBe(
      '荆州市建筑业施工企业情况统计表',
    );
  });

  it('AN-DUTY-01 附件 item 5 "全市全属冶炼" is read as 全县金属冶炼 (and 安贵险, 根送 as 安责险, 报送)', () => {
    const cs = findRule(anhua, 'AN-DUTY-01').corrections ?? [];
    expect(cs.map((c) => [c.reading, c.sourceText.includes('全市全属冶炼')])).toEqual([
      ['全县金属冶炼', true],
      ['安责险；报送', false],
    ]);
  });
});
