import { describe, expect, it } from 'vitest';
import {
  anhui,
  checkServiceDelivery,
  findRule,
  requiredServices,
  type ServiceDeliveryInput,
} from '../../src/index.js';

// Issue 16, defects 3 and 5: expected values worked by hand from 建质规〔2025〕6号 二(一) and the Civil Code.
// Every test has at least one expectation the code before the fix did not meet (marked "was").

type Visit = ServiceDeliveryInput['visits'][number];
const visit = (date: string, kind: Visit['kind'], extra: Partial<Visit> = {}): Visit => ({
  date,
  kind,
  ...extra,
});
const safe = { overSizeDangerousWorks: false, prominentSafetyProblems: false, servicePlan: true };
const deliver = (
  visits: Visit[],
  asOf: string,
  policy = { from: '2025-03-01', to: '2026-02-28' },
  flags: Partial<typeof safe> = safe,
) => checkServiceDelivery({ jurisdiction: 'anhui', asOf, project: { policy, ...flags }, visits });
/** The statuses of a rule's criteria, leaving out AH-PREV-02's plan-and-scheme criterion (二(一), tested below). */
const statuses = (v: ReturnType<typeof deliver>, id: string) =>
  v.criteria
    .filter((c) => c.ruleId === id && !c.factsUsed.includes('project.servicePlan'))
    .map((c) => c.status);

describe('defect 3 — AH-PREV-02: the assessment or inspection is an on-site service', () => {
  // 二(一): "保险机构每年为投保工程项目至少提供1次线上或线下安全生产宣传教育培训服务，以及1次安全风险辨识、评估和
  // 安全评价或生产安全事故隐患排查现场服务；对存在超规模危大工程或施工现场安全问题突出的，增加提供事故隐患排查服务。"
  // Worked: the training may be online ("线上或线下"); the assessment must be "现场". Policy year 1 runs
  // 2025-03-01 – 2026-02-28 and has ended on 2026-03-15: an online training counts (1 ≥ 1), an online risk
  // assessment does not (0 < 1 → fail); one offline hazard inspection more makes it 1 ≥ 1 → pass.
  it('AH-PREV-02 an online risk assessment is not the on-site service; an online training is a training (was: the online assessment passed)', () => {
    const online = [
      visit('2025-04-01', 'training', { online: true }),
      visit('2025-05-01', 'risk-assessment', { online: true }),
    ];
    const v = deliver(online, '2026-03-15');
    expect(statuses(v, 'AH-PREV-02')).toEqual(['pass', 'fail']);
    expect(v.criteria.filter((c) => c.ruleId === 'AH-PREV-02')[2]?.reason.en).toBe(
      'on-site risk assessment, safety evaluation or hazard inspection, policy year 1 (2025-03-01 – 2026-02-28) (1 online, not on site: not counted): 0 < 1',
    );
    expect(
      statuses(
        deliver([...online, visit('2025-06-01', 'hazard-inspection')], '2026-03-15'),
        'AH-PREV-02',
      ),
    ).toEqual(['pass', 'pass']);
    // an explicit offline visit counts like one that does not say
    expect(
      statuses(
        deliver(
          [online[0] as Visit, visit('2025-05-01', 'safety-evaluation', { online: false })],
          '2026-03-15',
        ),
        'AH-PREV-02',
      ),
    ).toEqual(['pass', 'pass']);
  });

  it('AH-PREV-03 the additional hazard inspection is on site too: an online one is not counted (was: counted)', () => {
    const works = { ...safe, overSizeDangerousWorks: true };
    const base = [visit('2025-04-01', 'training'), visit('2025-05-01', 'hazard-inspection')];
    // on site 1 (the base) + online 1: extra 0 < 1 → fail; on site 2: extra 1 ≥ 1 → pass
    const online = deliver(
      [...base, visit('2025-09-01', 'hazard-inspection', { online: true })],
      '2026-03-15',
      undefined,
      works,
    );
    expect(statuses(online, 'AH-PREV-03')).toEqual(['fail']);
    const onSite = deliver(
      [...base, visit('2025-09-01', 'hazard-inspection')],
      '2026-03-15',
      undefined,
      works,
    );
    expect(statuses(onSite, 'AH-PREV-03')).toEqual(['pass']);
  });

  it('AH-PREV-02 the profile says the online reading', () => {
    expect(findRule(anhui, 'AH-PREV-02').summary.en).toContain('an online one does not count');
    expect(findRule(anhui, 'AH-PREV-02').note?.zh).toContain('线上评估或排查不计入');
  });
});

describe('defect 5 — AH-PREV-02 policy years anchored on the start date', () => {
  // Civil Code art. 201 "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算"; art. 202 "按照年、月计算期间
  // 的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日". A policy in force from 0:00 on its
  // start day counts that day; so policy year k ends the day before the day corresponding to the start k
  // years later, or on the month's last day where there is none.
  // Worked for a start on 2024-02-29: 2025-02-29 does not exist → year 1 ends 2025-02-28; year 2 runs
  // 2025-03-01 – 2026-02-28; 2028-02-29 exists → year 4 ends 2028-02-28 and year 5 starts 2028-02-29.
  const years = (from: string, to: string) =>
    requiredServices({
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      project: { policy: { from, to }, ...safe },
    }).years.map((y) => [y.from, y.to]);

  it('AH-PREV-02 2024-02-29 to 2026-02-28 is two policy years (was: three, the third one day long)', () => {
    expect(years('2024-02-29', '2026-02-28')).toEqual([
      ['2024-02-29', '2025-02-28'],
      ['2025-03-01', '2026-02-28'],
    ]);
  });

  it('AH-PREV-02 around the threshold: a policy ending a day earlier cuts year 2; a day later adds a one-day year 3', () => {
    expect(years('2024-02-29', '2026-02-27')).toEqual([
      ['2024-02-29', '2025-02-28'],
      ['2025-03-01', '2026-02-27'],
    ]);
    expect(years('2024-02-29', '2026-03-01')).toEqual([
      ['2024-02-29', '2025-02-28'],
      ['2025-03-01', '2026-02-28'],
      ['2026-03-01', '2026-03-01'],
    ]);
  });

  it('AH-PREV-02 each year is anchored on the start, not on the previous year: a leap year brings 29 February back', () => {
    expect(years('2024-02-29', '2028-12-31').slice(3)).toEqual([
      ['2027-03-01', '2028-02-28'],
      ['2028-02-29', '2028-12-31'],
    ]);
    // a start on 1 March in a common year: year 1 reaches 29 February of the leap year
    expect(years('2023-03-01', '2024-02-29')).toEqual([['2023-03-01', '2024-02-29']]);
    // an ordinary start is unchanged
    expect(years('2025-01-31', '2026-01-30')).toEqual([['2025-01-31', '2026-01-30']]);
  });

  it('AH-PREV-02 services on 2029-02-28 fall in year 1 of a 2028-02-29 policy (was: year 2), so year 1 passes', () => {
    // (the Anhui notice is in force from 2025-10-29: the next 29 February is 2028's)
    const v = deliver(
      [visit('2029-02-28', 'training'), visit('2029-02-28', 'hazard-inspection')],
      '2029-03-15',
      { from: '2028-02-29', to: '2030-02-28' },
    );
    expect(
      v.criteria
        .filter((c) => c.ruleId === 'AH-PREV-02' && c.factsUsed.includes('visits'))
        .map((c) => [c.status, c.reason.en.split(':')[0]]),
    ).toEqual([
      ['pass', 'training (online or offline), policy year 1 (2028-02-29 – 2029-02-28)'],
      [
        'pass',
        'on-site risk assessment, safety evaluation or hazard inspection, policy year 1 (2028-02-29 – 2029-02-28)',
      ],
      ['unknown', 'training (online or offline), policy year 2 (2029-03-01 – 2030-02-28)'],
      [
        'unknown',
        'on-site risk assessment, safety evaluation or hazard inspection, policy year 2 (2029-03-01 – 2030-02-28)',
      ],
    ]);
  });
});
