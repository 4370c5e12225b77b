// The edited-quote check (MONEY-02): a quote that comes back from JSON is split (splitPremium) or
// printed (xinzhouQuoteLetter) only if its premium is still its base × effective rate, rounded as the
// `premium` step of its own worksheet says. Every expected figure below is worked by hand from the
// product and the rounding mode; quotePremium's own answer is checked against the same figure.
import { describe, expect, it } from 'vitest';
import {
  percent,
  permille,
  quotePremium,
  splitPremium,
  xinzhouQuoteLetter,
  type Quote,
  type RoundingMode,
} from '../../src/index.js';
import { checkQuotePremium } from '../../src/premium/premium-check.js';
import { fenToText, textToFen } from '../helpers/arbitraries.js';
import { refused } from '../helpers/refused.js';

const payers = [{ name: '总包单位', role: 'general-contractor' as const, weight: 1 }];
const cny = (amount: string) => ({ currency: 'CNY', amount });
const rate = (value: string) => ({ value, unit: 'permille' });
/** One fen more (+1) or less (−1) than a canonical amount. */
const fenOff = (amount: string, by: 1n | -1n) => fenToText(textToFen(amount) + by);
/** A quote as it comes back from JSON (plain, unfrozen), with its premium replaced. */
const edited = (quote: unknown, amount: string): unknown => ({
  ...(JSON.parse(JSON.stringify(quote)) as object),
  premium: cny(amount),
});
/** The total splitPremium answers for this quote (it throws when the quote is refused). */
const split = (quote: unknown) => splitPremium({ quote: quote as Quote, payers }).total.amount;
/** Expects splitPremium to refuse the quote's premium as not base × rate, at quote.premium. */
const refusedAsEdited = (quote: unknown) => {
  const e = refused(() => split(quote), 'invalid_option');
  expect(e.issues).toHaveLength(1);
  expect(e.issues[0]?.path).toEqual(['quote', 'premium']);
  expect(e.issues[0]?.expected).toBe('base × effective rate, rounded');
  return e;
};

describe('MONEY-02 a quote whose premium is base × rate rounded as its worksheet says is accepted; one fen off is refused', () => {
  // [base, rate in ‰, exact product, { mode: premium to the fen or yuan }]
  type Row = [string, string, string, 'fen' | 'yuan', Record<RoundingMode, string>];
  const rows: Row[] = [
    // 2,500 × 0.00165 = 4.125: a tie at the fen, the fen digit (2) even
    [
      '2500.00',
      '1.65',
      '4.125',
      'fen',
      {
        'half-up': '4.13',
        'half-even': '4.12',
        'half-down': '4.12',
        up: '4.13',
        down: '4.12',
        ceil: '4.13',
        floor: '4.12',
      },
    ],
    // 1,100 × 0.00165 = 1.815: a tie at the fen, the fen digit (1) odd
    [
      '1100.00',
      '1.65',
      '1.815',
      'fen',
      {
        'half-up': '1.82',
        'half-even': '1.82',
        'half-down': '1.81',
        up: '1.82',
        down: '1.81',
        ceil: '1.82',
        floor: '1.81',
      },
    ],
    // 12,345 × 0.00125 = 15.43125: below the half
    [
      '12345.00',
      '1.25',
      '15.43125',
      'fen',
      {
        'half-up': '15.43',
        'half-even': '15.43',
        'half-down': '15.43',
        up: '15.44',
        down: '15.43',
        ceil: '15.44',
        floor: '15.43',
      },
    ],
    // 3,333 × 0.0015 = 4.9995: above the half, carrying into the yuan
    [
      '3333.00',
      '1.5',
      '4.9995',
      'fen',
      {
        'half-up': '5.00',
        'half-even': '5.00',
        'half-down': '5.00',
        up: '5.00',
        down: '4.99',
        ceil: '5.00',
        floor: '4.99',
      },
    ],
    // 2,500 × 0.0018 = 4.5: a tie at the yuan, the yuan digit (4) even
    [
      '2500.00',
      '1.8',
      '4.5',
      'yuan',
      {
        'half-up': '5.00',
        'half-even': '4.00',
        'half-down': '4.00',
        up: '5.00',
        down: '4.00',
        ceil: '5.00',
        floor: '4.00',
      },
    ],
    // 2,500 × 0.0022 = 5.5: a tie at the yuan, the yuan digit (5) odd
    [
      '2500.00',
      '2.2',
      '5.5',
      'yuan',
      {
        'half-up': '6.00',
        'half-even': '6.00',
        'half-down': '5.00',
        up: '6.00',
        down: '5.00',
        ceil: '6.00',
        floor: '5.00',
      },
    ],
  ];
  const cases = rows.flatMap(([base, r, exact, unit, byMode]) =>
    Object.entries(byMode).map(
      ([mode, premium]) => [base, r, exact, mode as RoundingMode, unit, premium] as const,
    ),
  );

  it.each(cases)(
    'MONEY-02 %s × %s‰ = %s, round(%s, %s) → %s: accepted; a fen more or less is refused',
    (base, r, exact, mode, unit, premium) => {
      const quote = quotePremium({
        jurisdiction: 'xinzhou',
        asOf: '2026-01-01',
        base: { kind: 'contract-price', amount: base },
        rate: { source: 'filed', rate: permille(r) },
        rounding: { mode, unit },
      });
      expect(quote.worksheet.find((s) => s.key === 'exact-premium')?.value).toBe(exact);
      expect(quote.premium.amount).toBe(premium);
      expect(split(JSON.parse(JSON.stringify(quote)))).toBe(premium);
      refusedAsEdited(edited(quote, fenOff(premium, 1n)));
      refusedAsEdited(edited(quote, fenOff(premium, -1n)));
    },
  );

  it('MONEY-02 the refusal names the premium found and the one base × rate gives, in both languages', () => {
    const quote = quotePremium({
      jurisdiction: 'xinzhou',
      asOf: '2026-01-01',
      base: { kind: 'contract-price', amount: '2500' },
      rate: { source: 'filed', rate: permille('1.8') },
      rounding: { mode: 'half-even', unit: 'yuan' },
    });
    const e = refusedAsEdited(edited(quote, '5.00'));
    expect(e.issues[0]?.message).toEqual({
      en: 'Invalid option: the premium 5.00 is not base × rate (2500.00 × 0.0018 = 4.00): was the quote edited?',
      zh: '选项无效：保费5.00不等于计费基数×费率（2500.00×0.0018=4.00），报价是否被改动？',
    });
  });

  it('MONEY-02 xinzhouQuoteLetter prints a quote rounded to the yuan, and refuses it a fen off (2,500 × 2.2‰ = 5.5 → 6.00)', () => {
    const quote = quotePremium({
      jurisdiction: 'xinzhou',
      asOf: '2026-01-01',
      base: { kind: 'contract-price', amount: '2500' },
      rate: { source: 'filed', rate: permille('2.2') },
      rounding: { mode: 'half-up', unit: 'yuan' },
    });
    expect(quote.premium.amount).toBe('6.00');
    const document = {
      insurer: 'I',
      policyholder: 'H',
      projectName: 'P',
      projectAddress: 'A',
      projectCategory: 'C',
      contractPeriod: { from: '2026-01-01', to: '2026-12-31' },
      insurancePlan: 'X',
      coverageAmount: '1',
      preventionServicePlan: 'S',
      preventionFeeRatio: percent(10),
      date: '2026-01-01',
    };
    expect(() =>
      xinzhouQuoteLetter(JSON.parse(JSON.stringify(quote)) as Quote, document),
    ).not.toThrow();
    const e = refused(
      () => xinzhouQuoteLetter(edited(quote, '5.99') as Quote, document),
      'invalid_option',
    );
    expect(e.issues[0]?.path).toEqual(['quote', 'premium']);
    expect(e.issues[0]?.message.en).toContain('2500.00 × 0.0022 = 6.00');
  });
});

describe("MONEY-02 the rounding is read from the worksheet's premium step; anything else means half-up to the fen", () => {
  // 2,500 × 0.00165 = 4.125: half-up (the default) gives 4.13, half-even 4.12.
  const quote = (worksheet?: unknown) => (premium: string) => ({
    premium: cny(premium),
    base: { amount: cny('2500.00') },
    effectiveRate: rate('0.00165'),
    ...(worksheet === undefined ? {} : { worksheet }),
  });
  const halfEven = { key: 'premium', formula: 'round(half-even, fen)' };
  const readAsHalfUp = (make: (premium: string) => unknown) => {
    expect(split(make('4.13'))).toBe('4.13');
    refusedAsEdited(make('4.12'));
  };
  const readAsHalfEven = (make: (premium: string) => unknown) => {
    expect(split(make('4.12'))).toBe('4.12');
    refusedAsEdited(make('4.13'));
  };

  it('MONEY-02 no worksheet, or one that is not a list: half-up to the fen (4.125 → 4.13)', () => {
    readAsHalfUp(quote());
    readAsHalfUp(quote({ premium: halfEven }));
    readAsHalfUp(quote('round(half-even, fen)'));
  });

  it('MONEY-02 the premium step is found past entries that are not steps (4.125 → 4.12 half-even)', () => {
    readAsHalfEven(quote([halfEven]));
    readAsHalfEven(quote([null, 7, 'premium', [], halfEven]));
  });

  it("MONEY-02 another step's formula is not the premium's rounding", () => {
    readAsHalfUp(quote([{ key: 'exact-premium', formula: 'round(half-even, fen)' }]));
    readAsHalfUp(quote([{ formula: 'round(half-even, fen)' }]));
  });

  it('MONEY-02 a premium step whose formula is not a string or not a known rounding is passed over for the next', () => {
    readAsHalfUp(quote([{ key: 'premium', formula: 42 }]));
    readAsHalfUp(quote([{ key: 'premium' }]));
    readAsHalfEven(quote([{ key: 'premium', formula: 42 }, halfEven]));
    readAsHalfUp(quote([{ key: 'premium', formula: 'round(banker, fen)' }]));
    readAsHalfEven(quote([{ key: 'premium', formula: 'round(banker, fen)' }, halfEven]));
    readAsHalfEven(quote([{ key: 'premium', formula: 'round(half-even, cent)' }, halfEven]));
  });

  it('MONEY-02 a formula that is not text is not read, even one that prints as a rounding', () => {
    // ['round(half-even, fen)'] prints as round(half-even, fen), but a worksheet formula is text
    readAsHalfUp(quote([{ key: 'premium', formula: ['round(half-even, fen)'] }]));
    readAsHalfEven(quote([{ key: 'premium', formula: ['round(half-even, fen)'] }, halfEven]));
  });

  it('MONEY-02 the first readable premium step wins', () => {
    readAsHalfEven(quote([halfEven, { key: 'premium', formula: 'round(half-up, fen)' }]));
    readAsHalfUp(quote([{ key: 'premium', formula: 'round(half-up, fen)' }, halfEven]));
  });

  it.each([
    ' round(half-even, fen)',
    'round(half-even, fen) ',
    'xround(half-even, fen)',
    'round(half-even, fen)x',
    'round(half-even,fen)',
    'round(half-even,  fen)',
    'round(HALF-EVEN, fen)',
    'round(half_even, fen)',
    'round(, fen)',
    'round(half-even, cent)',
    'round(half-even, fenfen)',
    'round(half-even, fen, yuan)',
    'round(half-even)',
  ])('MONEY-02 a premium formula %j is not read: half-up to the fen', (formula) => {
    readAsHalfUp(quote([{ key: 'premium', formula }]));
  });

  it('MONEY-02 the unit: round(half-up, yuan) of 4.5 is 5.00, round(half-up, fen) is 4.50 (2,500 × 1.8‰)', () => {
    const at = (formula: string | undefined) => (premium: string) => ({
      premium: cny(premium),
      base: { amount: cny('2500.00') },
      effectiveRate: rate('0.0018'),
      ...(formula === undefined ? {} : { worksheet: [{ key: 'premium', formula }] }),
    });
    expect(split(at('round(half-up, yuan)')('5.00'))).toBe('5.00');
    refusedAsEdited(at('round(half-up, yuan)')('4.50'));
    refusedAsEdited(at('round(half-up, yuan)')('4.00'));
    expect(split(at('round(half-up, fen)')('4.50'))).toBe('4.50');
    refusedAsEdited(at('round(half-up, fen)')('5.00'));
    expect(split(at(undefined)('4.50'))).toBe('4.50');
    // half-even to the yuan: 4.5 → 4.00 (the even yuan), not 5.00
    expect(split(at('round(half-even, yuan)')('4.00'))).toBe('4.00');
    refusedAsEdited(at('round(half-even, yuan)')('5.00'));
  });
});

describe('MONEY-02 a bare premium is accepted; a malformed base, rate or premium is refused (invalid_type)', () => {
  it('MONEY-02 a plain { premium } object has nothing to check against and is split as given', () => {
    expect(split({ premium: cny('1.00') })).toBe('1.00');
    expect(split({ premium: cny('4.12'), worksheet: [{ key: 'premium', formula: 'x' }] })).toBe(
      '4.12',
    );
    expect(split({ premium: cny('0.00'), jurisdiction: 'xinzhou' })).toBe('0.00');
  });

  const good = {
    premium: cny('4.13'),
    base: { amount: cny('2500.00') },
    effectiveRate: rate('0.00165'),
  };
  it('MONEY-02 the well-formed quote these variants start from is accepted (2,500 × 1.65‰ = 4.125 → 4.13)', () => {
    expect(split(good)).toBe('4.13');
  });

  it.each<[string, Record<string, unknown>]>([
    ['a base without a rate', { effectiveRate: undefined }],
    ['a rate without a base', { base: undefined }],
    ['a null base', { base: null }],
    ['a base that is a string', { base: '2500.00' }],
    ['a base without an amount', { base: {} }],
    ['a base whose amount is text', { base: { amount: '2500.00' } }],
    ['a base amount not to the fen', { base: { amount: cny('2500') } }],
    [
      'a base amount in another currency',
      { base: { amount: { currency: 'USD', amount: '2500.00' } } },
    ],
    ['a null rate', { effectiveRate: null }],
    ['a rate that is a number', { effectiveRate: 0.00165 }],
    ['a rate without a unit', { effectiveRate: { value: '0.00165' } }],
    ['a rate written with ‰', { effectiveRate: rate('1.65‰') }],
    ['a rate in an unknown unit', { effectiveRate: { value: '0.00165', unit: 'bp' } }],
  ])('MONEY-02 %s is refused at quote, invalid_type', (_, change) => {
    const quote = Object.fromEntries(
      Object.entries<unknown>({ ...good, ...change }).filter(([, v]) => v !== undefined),
    );
    const e = refused(() => split(quote), 'invalid_type');
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]?.path).toEqual(['quote']);
    expect(e.issues[0]?.expected).toBe('Quote');
    expect(e.issues[0]?.message).toEqual({
      en: 'Invalid type: expected Quote',
      zh: '类型错误：应为Quote',
    });
  });

  // splitPremium's schema refuses a malformed premium before this check; the letter builders check it
  // with isCny. The check itself refuses it too, which only a direct call shows.
  it.each<[string, unknown]>([
    ['missing', undefined],
    ['text', '4.13'],
    ['not to the fen', cny('4.1')],
    ['a number amount', { currency: 'CNY', amount: 4.13 }],
  ])(
    'MONEY-02 checkQuotePremium refuses a premium that is %s (invalid_type at the path given)',
    (_, premium) => {
      const quote: Record<string, unknown> = { ...good, premium };
      if (premium === undefined) delete quote['premium'];
      const e = refused(() => {
        checkQuotePremium(quote, ['quotes', 2]);
      }, 'invalid_type');
      expect(e.issues[0]?.path).toEqual(['quotes', 2]);
    },
  );

  it('MONEY-02 checkQuotePremium reports an edited premium under the path it is given', () => {
    expect(() => {
      checkQuotePremium(good, ['quotes', 2]);
    }).not.toThrow();
    const e = refused(() => {
      checkQuotePremium({ ...good, premium: cny('4.12') }, ['quotes', 2]);
    }, 'invalid_option');
    expect(e.issues[0]?.path).toEqual(['quotes', 2, 'premium']);
  });

  it('MONEY-02 checkQuotePremium leaves what is not an object to the caller’s schema', () => {
    for (const v of [null, undefined, 'quote', 4.13, true])
      expect(() => {
        checkQuotePremium(v, ['quote']);
      }).not.toThrow();
  });
});
