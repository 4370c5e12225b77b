import { refusedProfile } from '../helpers/profile-refused.js';
import { describe, expect, it } from 'vitest';
import {
  anhui,
  checkInsurer,
  checkInsurerPool,
  deriveProfile,
  percent,
  type CheckInsurerPoolInput,
  type InsurerFacts,
  type Parameter,
  type Profile,
} from '../../src/index.js';
import { issuesOf } from '../helpers/issues.js';

// AH-INS-03 (solvency over the last four consecutive quarters) and XZ-INS-06 (the pool of insurers
// registering for one project): every branch's reason, facts and refusal pinned, and the thresholds
// proved with hand-worked values.

type Quarter = NonNullable<InsurerFacts['solvency']>[number];
const q = (quarter: string, comprehensive: number | string, core: number | string): Quarter => ({
  quarter,
  comprehensive,
  core,
});
const year = (y: number, comprehensive: number | string = 150, core: number | string = 90) =>
  [1, 2, 3, 4].map((n) => q(`${y}-Q${n}`, comprehensive, core));
const solvencyOf = (
  asOf: string,
  solvency: Quarter[],
  jurisdiction: Profile | 'anhui' = 'anhui',
) => {
  const c = checkInsurer({ jurisdiction, asOf, facts: { solvency } }).criteria.find(
    (x) => x.ruleId === 'AH-INS-03',
  );
  if (c === undefined) return expect.unreachable('no AH-INS-03 criterion');
  return c;
};

describe('AH-INS-03 solvency catalogue', () => {
  it.each([
    [
      'AH-INS-03 four good quarters: pass, naming the span and both floors',
      'pass',
      [],
      '2026-01-01',
      year(2025),
    ],
    [
      'AH-INS-03 the floors themselves, as decimal strings: pass',
      'pass',
      [],
      '2026-01-01',
      year(2025, '120.00', '75.0'),
    ],
    [
      'AH-INS-03 one quarter under the comprehensive floor and one under the core floor: fail, both listed',
      'fail',
      [],
      '2026-01-01',
      [
        q('2025-Q1', 150, 90),
        q('2025-Q2', '119.99', 90),
        q('2025-Q3', 150, 90),
        q('2025-Q4', 130, '74.5'),
      ],
    ],
    [
      'AH-INS-03 a reported quarter that has not ended: unknown, naming it',
      'unknown',
      ['solvency'],
      '2026-02-15',
      [...year(2025), q('2026-Q1', 150, 90), q('2026-Q2', 150, 90)],
    ],
    [
      'AH-INS-03 two quarters of the window not reported: unknown, naming both',
      'unknown',
      ['solvency'],
      '2026-01-01',
      [q('2025-Q3', 150, 90), q('2025-Q4', 150, 90)],
    ],
    [
      'AH-INS-03 an empty list: unknown, the whole window missing',
      'unknown',
      ['solvency'],
      '2026-01-01',
      [],
    ],
  ] as [string, string, string[], string, Quarter[]][])('%s', (_, status, missing, asOf, rows) => {
    // 一(三)3: each of the last 4 consecutive quarters ≥ 120% comprehensive AND ≥ 75% core; fewer than
    // 4 reported is unknown; 119.99% and 74.5% are below; a report for a quarter not yet ended
    // (2026-Q1 on 2026-02-15) cannot be a fact, so the verdict waits (unknown) rather than pass on it
    const c = solvencyOf(asOf, rows);
    expect([c.status, c.factsMissing]).toEqual([status, missing]);
    expect(c).toMatchSnapshot();
  });
});

describe('AH-INS-03 exact thresholds and dates', () => {
  it.each([
    ['120', '75', 'pass'],
    ['119.99', '75', 'fail'],
    ['120', '74.99', 'fail'],
    ['120.01', '75.01', 'pass'],
  ] as const)('AH-INS-03 every quarter at %s%% / %s%%: %s', (comprehensive, core, status) => {
    expect(solvencyOf('2026-01-01', year(2025, comprehensive, core)).status).toBe(status);
  });

  // A quarter has ended on its own last day (31 March, 30 June, 30 September, 31 December), not before.
  it.each([
    ['2025-12-31', '2025-12-30', [...year(2025)]],
    ['2026-03-31', '2026-03-30', [...year(2025).slice(1), q('2026-Q1', 150, 90)]],
    ['2026-06-30', '2026-06-29', [...year(2025).slice(2), ...year(2026).slice(0, 2)]],
    ['2026-09-30', '2026-09-29', [q('2025-Q4', 150, 90), ...year(2026).slice(0, 3)]],
    ['2026-12-31', '2026-12-30', year(2026)],
  ] as [string, string, Quarter[]][])(
    'AH-INS-03 the quarter ending %s counts on that day (pass), not on %s (unknown)',
    (lastDay, dayBefore, rows) => {
      expect([solvencyOf(lastDay, rows).status, solvencyOf(dayBefore, rows).status]).toEqual([
        'pass',
        'unknown',
      ]);
    },
  );

  it('AH-INS-03 one quarter of publication lag is accepted, two are not', () => {
    expect(solvencyOf('2026-06-29', year(2025)).status).toBe('pass'); // 2026-Q1 ended, not published
    expect(solvencyOf('2026-06-30', year(2025)).status).toBe('unknown'); // 2026-Q2 ended too
  });

  const unstated: Parameter = { type: 'unstated', reason: { en: 'not stated', zh: '未载明' } };
  const withParam = (key: string, value: Parameter | undefined): Profile =>
    value === undefined
      ? {
          ...anhui,
          rules: anhui.rules.map((r) =>
            r.id === 'AH-INS-03'
              ? {
                  ...r,
                  params: Object.fromEntries(Object.entries(r.params).filter(([k]) => k !== key)),
                }
              : r,
          ),
        }
      : deriveProfile(anhui, { rules: { 'AH-INS-03': { params: { [key]: value } } } });

  it('AH-INS-03 the number of quarters is read from the profile; a profile without it is refused when defined', () => {
    const lastTwo = year(2025).slice(2);
    const two = withParam('quarters', { type: 'count', value: 2, unit: 'quarters' });
    const c = solvencyOf('2026-01-01', lastTwo, two);
    expect([c.status, c.reason.en]).toEqual([
      'pass',
      '2025-Q3–2025-Q4: every quarter ≥ 120% comprehensive and ≥ 75% core',
    ]);
    const d = solvencyOf('2026-01-01', lastTwo);
    expect([d.status, d.reason.en]).toEqual([
      'unknown',
      'the last 4 consecutive quarters are not all reported: missing 2025-Q2, 2025-Q1',
    ]);
    refusedProfile(() => withParam('quarters', unstated), 'AH-INS-03', 'quarters');
    refusedProfile(() => withParam('quarters', undefined), 'AH-INS-03', 'quarters');
  });

  it('AH-INS-03 the floors are read from the profile', () => {
    const stricter = withParam('comprehensiveMin', { type: 'rate', value: percent(150) });
    expect(solvencyOf('2026-01-01', year(2025, 150, 90), stricter).status).toBe('pass');
    expect(solvencyOf('2026-01-01', year(2025, '149.99', 90), stricter).status).toBe('fail');
  });

  it('AH-INS-03 a profile whose floor is not a rate is refused when defined, never read as a number', () => {
    refusedProfile(() => withParam('coreMin', unstated), 'AH-INS-03', 'coreMin');
    refusedProfile(() => withParam('coreMin', undefined), 'AH-INS-03', 'coreMin');
    expect(() => solvencyOf('2026-01-01', year(2025), withParam('coreMin', undefined))).toThrow(
      'AH-INS-03 parameter coreMin must be rate',
    );
  });
});

describe('AH-INS-03 refusals: bad data is an error, never a verdict', () => {
  it.each([
    [
      'a malformed quarter',
      [
        ['invalid_option', ['facts', 'solvency', 0, 'quarter']],
        ['invalid_option', ['facts', 'solvency', 1, 'quarter']],
      ],
      [q('2025-Q5', 150, 90), q('25Q1', 150, 90)],
    ],
    [
      'a duplicated quarter',
      [['duplicate_entry', ['facts', 'solvency', 4, 'quarter']]],
      [...year(2025), q('2025-Q4', 150, 90)],
    ],
    [
      'negative ratios',
      [
        ['invalid_rate', ['facts', 'solvency', 0, 'comprehensive']],
        ['invalid_rate', ['facts', 'solvency', 0, 'core']],
      ],
      [q('2025-Q4', -1, '-0.5')],
    ],
    [
      'two ratios that are not numbers in one quarter: both reported',
      [
        ['invalid_rate', ['facts', 'solvency', 0, 'comprehensive']],
        ['invalid_rate', ['facts', 'solvency', 0, 'core']],
      ],
      [q('2025-Q4', 'abc', '12%')],
    ],
    [
      'problems in several quarters: all reported, in order',
      [
        ['invalid_rate', ['facts', 'solvency', 0, 'core']],
        ['duplicate_entry', ['facts', 'solvency', 1, 'quarter']],
        ['invalid_option', ['facts', 'solvency', 2, 'quarter']],
        ['invalid_rate', ['facts', 'solvency', 2, 'comprehensive']],
      ],
      [q('2025-Q3', 150, 'n/a'), q('2025-Q3', 150, 90), q('2025-Q9', -5, 90)],
    ],
  ] as [string, [string, (string | number)[]][], Quarter[]][])(
    'AH-INS-03 refuses %s',
    (_, expected, rows) => {
      const issues = issuesOf(() => solvencyOf('2026-01-01', rows));
      expect(issues.map((i) => [i.code, i.path])).toEqual(expected);
      expect(issues).toMatchSnapshot();
    },
  );
});

type Registrants = CheckInsurerPoolInput['registrants'];
const pool = (registrants: Registrants, project?: string) =>
  checkInsurerPool({
    jurisdiction: 'xinzhou',
    asOf: '2025-06-01',
    registrants,
    ...(project === undefined ? {} : { project }),
  });

describe('XZ-INS-06 pool catalogue', () => {
  it.each([
    [
      'XZ-INS-06 independent registrants, every fact given: pass',
      'pass',
      [],
      [
        { name: '甲保险', principal: '张三', controlsOrManages: [] },
        { name: '乙保险', principal: '李四', controlsOrManages: [] },
      ],
    ],
    ['XZ-INS-06 one registrant alone: pass, nothing else asked', 'pass', [], [{ name: '甲保险' }]],
    [
      'XZ-INS-06 a shared principal and a control relation: fail, naming both pairs',
      'fail',
      [],
      [
        { name: '甲保险', principal: '张三', controlsOrManages: [] },
        { name: '乙保险', principal: '张三', controlsOrManages: [] },
        { name: '丙保险', principal: '王五', controlsOrManages: [] },
        { name: '丁保险', principal: '赵六', controlsOrManages: ['丙保险'] },
      ],
    ],
    [
      'XZ-INS-06 a shared principal fails even when other facts are missing',
      'fail',
      [],
      [
        { name: '甲保险', principal: '张三' },
        { name: '乙保险', principal: '张三' },
        { name: '丙保险' },
      ],
    ],
    [
      'XZ-INS-06 two registrants with no principal given are unknown, not the same principal',
      'unknown',
      ['principal of 甲保险', 'principal of 乙保险'],
      [
        { name: '甲保险', controlsOrManages: [] },
        { name: '乙保险', controlsOrManages: [] },
      ],
    ],
    [
      'XZ-INS-06 relations left out are not "none": unknown, naming each',
      'unknown',
      ['controlsOrManages of 甲保险', 'controlsOrManages of 丙保险'],
      [
        { name: '甲保险', principal: '张三' },
        { name: '乙保险', principal: '李四', controlsOrManages: [] },
        { name: '丙保险', principal: '王五' },
      ],
    ],
  ] as [string, string, string[], Registrants][])('%s', (_, status, missing, registrants) => {
    // 三(六): registrants with the same principal, or in a control or management relation, must not both
    // register: one such pair fails whatever else is missing; a principal or relation list not given
    // (never read as "none") is unknown
    const v = pool(registrants, '忻州某住宅项目');
    expect([v.status, v.criteria.map((c) => c.status), v.criteria[0]?.factsMissing]).toEqual([
      status,
      [status],
      missing,
    ]);
    expect(v).toMatchSnapshot();
  });

  it('XZ-INS-06 the project names the verdict; without it the subject is null', () => {
    expect(pool([{ name: '甲保险' }], '某项目').subject).toBe('某项目');
    expect(pool([{ name: '甲保险' }]).subject).toBeNull();
  });
});

describe('XZ-INS-06 refusals', () => {
  it.each([
    [
      'XZ-INS-06 is a Xinzhou rule: Anhui is refused',
      [['invalid_option', ['jurisdiction']]],
      { jurisdiction: 'anhui', asOf: '2026-01-01', registrants: [{ name: '甲保险' }] },
    ],
    [
      'XZ-INS-06 a registrant named twice, at its second index',
      [['duplicate_entry', ['registrants', 2, 'name']]],
      {
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        registrants: [{ name: '甲' }, { name: '乙' }, { name: '甲' }],
      },
    ],
    [
      'XZ-INS-06 a relation to an insurer outside the pool',
      [['invalid_option', ['registrants', 1, 'controlsOrManages', 1]]],
      {
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        registrants: [
          { name: '甲', controlsOrManages: [] },
          { name: '乙', controlsOrManages: ['甲', '戊'] },
        ],
      },
    ],
    [
      'XZ-INS-06 a registrant that controls itself',
      [['invalid_option', ['registrants', 0, 'controlsOrManages', 0]]],
      {
        jurisdiction: 'xinzhou',
        asOf: '2025-06-01',
        registrants: [{ name: '甲', controlsOrManages: ['甲'] }, { name: '乙' }],
      },
    ],
    [
      'XZ-INS-06 an empty pool',
      [['schema', ['registrants']]],
      { jurisdiction: 'xinzhou', asOf: '2025-06-01', registrants: [] },
    ],
  ] as [string, [string, (string | number)[]][], CheckInsurerPoolInput][])(
    '%s',
    (_, expected, input) => {
      const issues = issuesOf(() => checkInsurerPool(input));
      expect(issues.map((i) => [i.code, i.path])).toEqual(expected);
      expect(issues).toMatchSnapshot();
    },
  );
});
