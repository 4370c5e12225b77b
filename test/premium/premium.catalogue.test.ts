import { describe, expect, it } from 'vitest';
import {
  checkQuote,
  deriveProfile,
  permille,
  quotePremium,
  splitPremium,
  zhoushan,
  type CheckQuoteInput,
  type QuoteInput,
  type SplitInput,
} from '../../src/index.js';
import { issuesOf } from '../helpers/issues.js';
import { ruleIdsOf, statusesOf } from '../helpers/verdict.js';

// The whole output of the premium functions — worksheet steps, formulas, labels, citations, criteria
// reasons and error messages — is what an insurer's reviewer reads. These catalogues pin it case by
// case (one branch each), so a changed figure, label or rule ID shows up in review as a snapshot diff.

const base = { kind: 'contract-price', amount: '12,000,000.00' } as const;
const ah = (extra: Partial<QuoteInput> = {}): QuoteInput => ({
  jurisdiction: 'anhui',
  asOf: '2026-01-01',
  base,
  ...extra,
});
const filed = { source: 'filed', rate: permille('1.5'), insurer: '某保险公司' } as const;
const twoInsurers = deriveProfile(zhoushan, {
  filedRates: [
    { insurer: '甲保险', rate: permille('1.2'), baseKind: 'contract-price' },
    { insurer: '甲保险', rate: permille('1.4'), baseKind: 'payroll' },
    { insurer: '乙保险', rate: permille('1.8'), baseKind: 'contract-price' },
  ],
});

const quotes: [string, QuoteInput][] = [
  ['AH-RATE-02 reference rate, no float', ah()],
  [
    'AH-RATE-03 multiplicative float inside the band',
    ah({
      adjustments: [
        { percent: '-10', reason: 'standardisation' },
        { percent: '+5', reason: 'accident-record' },
      ],
    }),
  ],
  [
    'AH-RATE-03 additive float inside the band',
    ah({
      combine: 'additive',
      adjustments: [
        { percent: -10, reason: 'standardisation' },
        { percent: '5', reason: 'accident-record' },
      ],
    }),
  ],
  [
    'AH-RATE-03 clamped to the ceiling',
    ah({ adjustments: [{ percent: 25, reason: 'risk-level' }] }),
  ],
  [
    'AH-RATE-03 clamped to the floor',
    ah({ adjustments: [{ percent: '-30', reason: 'dual-prevention' }] }),
  ],
  [
    'MONEY-02 rounded half-even to the yuan',
    ah({
      base: { kind: 'contract-price', amount: '1234567.89' },
      rounding: { mode: 'half-even', unit: 'yuan' },
    }),
  ],
  ['AH-RATE-04 a filed rate in Anhui', ah({ rate: filed })],
  [
    'XZ-OPS-04 Xinzhou filed rate',
    { jurisdiction: 'xinzhou', asOf: '2026-01-01', base, rate: filed },
  ],
  [
    'MONEY-02 Zhoushan: filed rate found by insurer and base kind (甲, contract price)',
    {
      jurisdiction: twoInsurers,
      asOf: '2026-01-01',
      base,
      rate: { source: 'filed', insurer: '甲保险' },
    },
  ],
  [
    'MONEY-02 Zhoushan: filed rate found by insurer and base kind (甲, payroll)',
    {
      jurisdiction: twoInsurers,
      asOf: '2026-01-01',
      base: { kind: 'payroll', amount: '1000000' },
      rate: { source: 'filed', insurer: '甲保险' },
    },
  ],
  [
    'MONEY-02 Zhoushan: filed rate found by insurer and base kind (乙)',
    {
      jurisdiction: twoInsurers,
      asOf: '2026-01-01',
      base,
      rate: { source: 'filed', insurer: '乙保险' },
    },
  ],
  [
    'AH-RATE-03 a long exact factor is kept whole when nothing is clamped',
    ah({
      adjustments: Array.from({ length: 4 }, () => ({
        percent: '1.123456',
        reason: 'risk-level' as const,
      })),
    }),
  ],
  [
    'MONEY-02 Jingzhou: filed rate before the 2025 measure (no commission cap in force)',
    {
      jurisdiction: 'jingzhou',
      asOf: '2021-06-01',
      base: { kind: 'payroll', amount: '3000000' },
      rate: filed,
    },
  ],
];

const badQuotes: [string, QuoteInput][] = [
  [
    'a percent with a trailing plus',
    ah({ adjustments: [{ percent: '5+', reason: 'risk-level' }] }),
  ],
  [
    'a percent with 7 decimal places',
    ah({ adjustments: [{ percent: '1.1234567', reason: 'risk-level' }] }),
  ],
  ['a percent beyond ±1000', ah({ adjustments: [{ percent: '1000.5', reason: 'risk-level' }] })],
  ['a factor of zero', ah({ adjustments: [{ percent: -100, reason: 'risk-level' }] })],
  ['a base of zero', ah({ base: { kind: 'contract-price', amount: '0' } })],
  ['a base kind Anhui does not allow', ah({ base: { kind: 'payroll', amount: '100' } })],
  ['Xinzhou without a rate', { jurisdiction: 'xinzhou', asOf: '2026-01-01', base }],
  [
    'Xinzhou asking for the reference rate',
    { jurisdiction: 'xinzhou', asOf: '2026-01-01', base, rate: { source: 'reference' } },
  ],
  [
    'an insurer with no filed rate',
    {
      jurisdiction: twoInsurers,
      asOf: '2026-01-01',
      base,
      rate: { source: 'filed', insurer: '丙保险' },
    },
  ],
  [
    'a filed rate of zero',
    {
      jurisdiction: 'xinzhou',
      asOf: '2026-01-01',
      base,
      rate: { source: 'filed', rate: permille('0') },
    },
  ],
  [
    'out of band in reject mode',
    ah({ outOfBand: 'reject', adjustments: [{ percent: 25, reason: 'risk-level' }] }),
  ],
  [
    'a national measure quotes on no base',
    { jurisdiction: 'national-2025', asOf: '2026-01-01', base },
  ],
  ['a bad rounding mode', ah({ rounding: { mode: 'bankers' as never } })],
];

// The premium each row proves, worked by hand (一(八): 1.65‰, floated at most ±20%; the filed rates
// given; MONEY-02: half-up to the fen unless the row asks otherwise). The snapshot pins the layout.
const PREMIUMS: Record<string, string> = {
  // 12,000,000 × 0.00165
  'AH-RATE-02 reference rate, no float': '19800.00',
  // factor 0.90 × 1.05 = 0.945 → 1.55925‰; 12,000,000 × 0.00155925
  'AH-RATE-03 multiplicative float inside the band': '18711.00',
  // factor 1 − 0.10 + 0.05 = 0.95 → 1.5675‰; 12,000,000 × 0.0015675
  'AH-RATE-03 additive float inside the band': '18810.00',
  // 1.25 is clamped to 1.20 → 1.98‰; 12,000,000 × 0.00198
  'AH-RATE-03 clamped to the ceiling': '23760.00',
  // 0.70 is clamped to 0.80 → 1.32‰; 12,000,000 × 0.00132
  'AH-RATE-03 clamped to the floor': '15840.00',
  // 1,234,567.89 × 0.00165 = 2,037.0370185 → half-even to the yuan → 2,037
  'MONEY-02 rounded half-even to the yuan': '2037.00',
  // 12,000,000 × 0.0015
  'AH-RATE-04 a filed rate in Anhui': '18000.00',
  'XZ-OPS-04 Xinzhou filed rate': '18000.00',
  // 12,000,000 × 0.0012
  'MONEY-02 Zhoushan: filed rate found by insurer and base kind (甲, contract price)': '14400.00',
  // 1,000,000 × 0.0014
  'MONEY-02 Zhoushan: filed rate found by insurer and base kind (甲, payroll)': '1400.00',
  // 12,000,000 × 0.0018
  'MONEY-02 Zhoushan: filed rate found by insurer and base kind (乙)': '21600.00',
  // 1.01123456^4 = 1.04570121985584…; 12,000,000 × 0.00165 × that = 20,704.88415… → 20,704.88
  'AH-RATE-03 a long exact factor is kept whole when nothing is clamped': '20704.88',
  // 3,000,000 × 0.0015
  'MONEY-02 Jingzhou: filed rate before the 2025 measure (no commission cap in force)': '4500.00',
};

describe('quotePremium output catalogue', () => {
  it.each(quotes)('%s', (title, input) => {
    const quote = quotePremium(input);
    expect(quote.premium.amount).toBe(PREMIUMS[title]);
    expect(quote).toMatchSnapshot();
  });
  it.each(badQuotes)('quotePremium refused: %s', (_, input) => {
    expect(issuesOf(() => quotePremium(input))).toMatchSnapshot();
  });

  it('AH-RATE-03 a 6-decimal percent and a ±1000% adjustment are the limits, both accepted', () => {
    expect(
      quotePremium(ah({ adjustments: [{ percent: '1.123456', reason: 'risk-level' }] }))
        .requestedFactor,
    ).toBe('1.01123456');
    expect(
      quotePremium(ah({ adjustments: [{ percent: '1000', reason: 'risk-level' }] }))
        .requestedFactor,
    ).toBe('11');
  });

  it('XZ-OPS-04 a filed rate is looked up by insurer and base kind together', () => {
    const rateOf = (insurer: string, kind: 'contract-price' | 'payroll') =>
      quotePremium({
        jurisdiction: twoInsurers,
        asOf: '2026-01-01',
        base: { kind, amount: '1000000' },
        rate: { source: 'filed', insurer },
      }).effectiveRate.value;
    expect([
      rateOf('甲保险', 'contract-price'),
      rateOf('甲保险', 'payroll'),
      rateOf('乙保险', 'contract-price'),
    ]).toEqual(['0.0012', '0.0014', '0.0018']);
    expect(issuesOf(() => rateOf('乙保险', 'payroll'))[0]).toMatchObject({
      path: ['rate', 'rate'],
      code: 'filed_rate_required',
    });
  });
});

/**
 * Each row: its title names the rules it proves; the expected overall status and, per rule, the
 * statuses of its criteria in order ('' when none), worked by hand from AH 一(八) (1.65‰ ± 20%: band
 * [1.32‰, 1.98‰], below it under-pricing, AH-RATE-05), AH 一(七) (≥ ¥600,000), 应急〔2025〕27号
 * 第十四条 (commission ≤ 5% of premium, in force from 2025-03-29), the 2017 measure's ¥300,000, and
 * Zhoushan 四(三) (all three good conditions: only down; chaotic management or an accident: up at the
 * next renewal; a factor of 1 is neither).
 */
const checks: [string, Record<string, string>, CheckQuoteInput][] = [
  [
    'AH-RATE-05 AH-RATE-03 AH-LIMIT-02 NAT25-COMM-01 AH all facts, lawful: 1.65‰ in [1.32‰, 1.98‰], ¥600,000 ≥ ¥600,000, ¥990 = 5% of ¥19,800',
    {
      status: 'pass',
      'AH-RATE-05': 'pass',
      'AH-RATE-03': 'pass',
      'AH-LIMIT-02': 'pass',
      'NAT25-COMM-01': 'pass',
    },
    {
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      rate: permille('1.65'),
      perPersonLimit: '600000',
      premium: '19800',
      commission: '990',
    },
  ],
  [
    'AH-RATE-05 AH-RATE-03 AH below the floor: 1.31‰ < 1.65‰ × 0.8 = 1.32‰',
    { status: 'fail', 'AH-RATE-05': 'fail', 'AH-RATE-03': 'pass' },
    { jurisdiction: 'anhui', asOf: '2026-01-01', rate: permille('1.31') },
  ],
  [
    'AH-RATE-05 AH-RATE-03 NAT25-COMM-01 AH above the ceiling: 1.99‰ > 1.65‰ × 1.2 = 1.98‰; ¥990.01 > 5% of ¥19,800 = ¥990.00',
    { status: 'fail', 'AH-RATE-05': 'pass', 'AH-RATE-03': 'fail', 'NAT25-COMM-01': 'fail' },
    {
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      rate: permille('1.99'),
      premium: '19800',
      commission: '990.01',
    },
  ],
  [
    'AH-RATE-05 AH-RATE-03 AH-LIMIT-02 NAT25-COMM-01 AH nothing given',
    {
      status: 'unknown',
      'AH-RATE-05': 'unknown',
      'AH-RATE-03': 'unknown',
      'AH-LIMIT-02': 'unknown',
      'NAT25-COMM-01': 'unknown',
    },
    { jurisdiction: 'anhui', asOf: '2026-01-01' },
  ],
  [
    'NAT25-COMM-01 AH premium without commission',
    { status: 'unknown', 'NAT25-COMM-01': 'unknown' },
    { jurisdiction: 'anhui', asOf: '2026-01-01', premium: '19800' },
  ],
  [
    'NAT25-LIMIT-01 NAT25-COMM-01 XZ no band: a rate given is not judged; limit and commission not given',
    {
      status: 'unknown',
      'NAT25-LIMIT-01': 'unknown',
      'NAT25-COMM-01': 'unknown',
      'AH-RATE-05': '',
      'AH-RATE-03': '',
    },
    { jurisdiction: 'xinzhou', asOf: '2026-01-01', rate: permille('3') },
  ],
  [
    'NAT17-LIMIT-01 NAT25-COMM-01 JZ before the 2025 measure: ¥350,000 ≥ ¥300,000; no commission cap in force (10% not judged)',
    { status: 'pass', 'NAT17-LIMIT-01': 'pass', 'NAT25-COMM-01': '' },
    {
      jurisdiction: 'jingzhou',
      asOf: '2021-06-01',
      perPersonLimit: '350000',
      premium: '1000',
      commission: '100',
    },
  ],
  [
    'ZS-FLOAT-01 ZS good conditions, down: 0.9 ≤ 1',
    { status: 'unknown', 'ZS-FLOAT-01': 'pass' },
    {
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      floatFactor: '0.9',
      conditions: {
        claimsFree: true,
        goodCredit: true,
        goodManagement: true,
        chaoticManagement: false,
        accident: false,
      },
    },
  ],
  [
    'ZS-FLOAT-01 ZS good conditions, up: 1.1 > 1 where only down is allowed',
    { status: 'fail', 'ZS-FLOAT-01': 'fail' },
    {
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      floatFactor: '1.1',
      conditions: { claimsFree: true, goodCredit: true, goodManagement: true },
    },
  ],
  [
    'ZS-FLOAT-01 ZS chaotic at renewal, down: 0.9 < 1 where it must float up',
    { status: 'fail', 'ZS-FLOAT-01': 'fail' },
    {
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      floatFactor: '0.9',
      renewal: true,
      conditions: { chaoticManagement: true },
    },
  ],
  [
    'ZS-FLOAT-01 ZS accident at renewal, up: 1.2 ≥ 1',
    { status: 'unknown', 'ZS-FLOAT-01': 'pass' },
    {
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      floatFactor: '1.2',
      renewal: true,
      conditions: { accident: true, claimsFree: false },
    },
  ],
  [
    'ZS-FLOAT-01 ZS contradictory facts, factor 1 meets both directions',
    { status: 'unknown', 'ZS-FLOAT-01': 'pass' },
    {
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      floatFactor: '1',
      renewal: true,
      conditions: { claimsFree: true, goodCredit: true, goodManagement: true, accident: true },
    },
  ],
  [
    'ZS-FLOAT-01 ZS renewal, one bad condition false and one unknown, down',
    { status: 'unknown', 'ZS-FLOAT-01': 'unknown' },
    {
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      floatFactor: '0.9',
      renewal: true,
      conditions: { chaoticManagement: false },
    },
  ],
  [
    'ZS-FLOAT-01 ZS renewal, bad conditions unknown, down',
    { status: 'unknown', 'ZS-FLOAT-01': 'unknown' },
    {
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      floatFactor: '0.9',
      renewal: true,
      conditions: {},
    },
  ],
  [
    'NAT25-COMM-01 AH commission without premium',
    { status: 'unknown', 'NAT25-COMM-01': 'unknown' },
    { jurisdiction: 'anhui', asOf: '2026-01-01', commission: '990' },
  ],
  [
    'ZS-FLOAT-01 ZS up with only one good condition shown: the down-only rule may or may not apply',
    { status: 'unknown', 'ZS-FLOAT-01': 'unknown' },
    {
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      floatFactor: '1.1',
      conditions: { claimsFree: true },
    },
  ],
  [
    'ZS-FLOAT-01 ZS no factor',
    { status: 'unknown', 'ZS-FLOAT-01': 'unknown' },
    {
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      conditions: { claimsFree: true, goodCredit: true, goodManagement: true },
    },
  ],
  [
    'ZS-FLOAT-01 ZS no conditions at all, neutral factor',
    { status: 'unknown', 'ZS-FLOAT-01': 'pass' },
    {
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      floatFactor: '1',
      renewal: false,
      conditions: {
        claimsFree: false,
        goodCredit: false,
        goodManagement: false,
        chaoticManagement: false,
        accident: false,
      },
    },
  ],
];

describe('checkQuote output catalogue', () => {
  it.each(checks)('%s', (title, expected, input) => {
    const v = checkQuote(input);
    expect(statusesOf(v, ruleIdsOf(title, expected))).toEqual(expected);
    expect(v).toMatchSnapshot();
  });
  it('ZS-FLOAT-01 ZS contradictory facts (the three good conditions and an accident), factor 1.1: unknown', () => {
    // By hand (四(三)): all three good conditions hold, so the rate "给予下浮", and the accident asks for a
    // float up at renewal: the two sentences contradict each other for this enterprise. The reading in
    // docs/reading-the-sources.md ("Both Zhoushan directions at once"): a factor other than 1 is
    // `unknown` (the facts contradict each other); its alternative (the down-only sentence wins) would fail it.
    const v = checkQuote({
      jurisdiction: 'zhoushan',
      asOf: '2026-01-01',
      floatFactor: '1.1',
      renewal: true,
      conditions: { claimsFree: true, goodCredit: true, goodManagement: true, accident: true },
    });
    expect(statusesOf(v, ['ZS-FLOAT-01'])['ZS-FLOAT-01']).toBe('unknown');
    expect(v.status).toBe('unknown');
    expect(v).toMatchSnapshot();
  });
  it.each([
    [
      'a factor of zero',
      { jurisdiction: 'zhoushan', asOf: '2026-01-01', floatFactor: '0', conditions: {} },
    ],
    [
      'a negative factor',
      { jurisdiction: 'zhoushan', asOf: '2026-01-01', floatFactor: '-1.1', conditions: {} },
    ],
    [
      'a factor that is not a number',
      { jurisdiction: 'zhoushan', asOf: '2026-01-01', floatFactor: 'up', conditions: {} },
    ],
  ] as [string, CheckQuoteInput][])('checkQuote refused: %s', (_, input) => {
    expect(issuesOf(() => checkQuote(input))).toMatchSnapshot();
  });
});

describe('splitPremium output catalogue', () => {
  const quote = quotePremium({ jurisdiction: 'xinzhou', asOf: '2026-01-01', base, rate: filed });
  const anhuiQuote = quotePremium(ah());
  it('XZ-PARTY-01 MONEY-04 a Xinzhou split cites XZ-PARTY-01; elsewhere MONEY-04 alone', () => {
    expect(
      splitPremium({
        quote,
        payers: [
          { name: '总包', role: 'general-contractor', weight: 2 },
          { name: '分包', role: 'subcontractor', weight: 1 },
        ],
      }),
    ).toMatchSnapshot();
    const a = splitPremium({
      quote: anhuiQuote,
      payers: [{ name: '总包', role: 'general-contractor', weight: 1 }],
    });
    expect({ ruleId: a.ruleId, citation: a.citation }).toEqual({
      ruleId: 'MONEY-04',
      citation: null,
    });
    expect(a.shares.map((x) => x.amount)).toEqual([anhuiQuote.premium]); // a single payer pays it all
  });
  const bad: [string, SplitInput['payers'], SplitInput['quote']?][] = [
    [
      'two general contractors',
      [
        { name: 'A', role: 'general-contractor', weight: 1 },
        { name: 'B', role: 'general-contractor', weight: 1 },
      ],
    ],
    [
      'two joint-venture leads',
      [
        { name: 'A', role: 'joint-venture-lead', weight: 1 },
        { name: 'B', role: 'joint-venture-lead', weight: 1 },
      ],
    ],
    ['members without a lead', [{ name: 'A', role: 'joint-venture-member', weight: 1 }]],
    [
      'a duplicate name',
      [
        { name: 'A', role: 'general-contractor', weight: 1 },
        { name: 'A', role: 'subcontractor', weight: 1 },
      ],
    ],
    [
      'a zero and an unreadable weight',
      [
        { name: 'A', role: 'general-contractor', weight: 0 },
        { name: 'B', role: 'subcontractor', weight: 'much' },
      ],
    ],
    [
      'a negative premium',
      [{ name: 'A', role: 'general-contractor', weight: 1 }],
      { ...quote, premium: { currency: 'CNY', amount: '-1.00' } },
    ],
  ];
  it.each(bad)('splitPremium refused: %s', (_, payers, q) => {
    expect(issuesOf(() => splitPremium({ quote: q ?? quote, payers }))).toMatchSnapshot();
  });
});
