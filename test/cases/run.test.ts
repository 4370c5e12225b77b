// runCases itself (issue 20 items 1 and 5): a wrong expectation fails with the difference, a refusal is
// reported (or expected), a bad case file is refused naming the case and the path, a caller's profile
// or derived version runs the same table, and the report is deeply frozen.
import { describe, expect, it } from 'vitest';
import { runCases, type Case } from '../../src/cases/index.js';
import { parsePath, valueAt } from '../../src/cases/path.js';
import { defineProfile, deriveProfile, anhui, isValidationError } from '../../src/index.js';
import { EXAMPLE_COUNTY } from '../fixtures/example-county.js';

const PREMIUM: Case = {
  id: 'reference-premium',
  rule: 'AH-RATE-02',
  clause: '暂定房屋市政工程安责险参考费率为1.65‰',
  asOf: '2026-01-01',
  call: 'quotePremium',
  input: { base: { kind: 'contract-price', amount: '12000000' } },
  expect: { 'premium.amount': '19800.00' },
  why: '12,000,000 × 1.65‰ = 19,800.00',
};

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isValidationError(e)) return e;
    throw e;
  }
  throw new Error('no refusal');
};

describe('runCases', () => {
  it('AH-RATE-02 a right figure passes; a wrong one fails with the expected and the actual value', () => {
    const ok = runCases({ jurisdiction: 'anhui', cases: [PREMIUM] });
    expect(ok).toMatchObject({ status: 'pass', total: 1, passed: 1, failed: 0 });
    const wrong = runCases({
      jurisdiction: 'anhui',
      cases: [{ ...PREMIUM, expect: { 'premium.amount': '19800.01', 'premium.nowhere': 1 } }],
    });
    expect(wrong).toMatchObject({ status: 'fail', passed: 0, failed: 1 });
    expect(wrong.cases[0]?.differences).toEqual([
      { path: 'premium.amount', expected: '19800.01', actual: '19800.00', found: true },
      { path: 'premium.nowhere', expected: 1, actual: null, found: false },
    ]);
  });

  it('compares whole objects and lists exactly, and a number is not its string', () => {
    const r = runCases({
      jurisdiction: 'anhui',
      cases: [
        { ...PREMIUM, id: 'a', expect: { premium: { currency: 'CNY', amount: '19800.00' } } },
        { ...PREMIUM, id: 'b', expect: { premium: { currency: 'CNY' } } },
        { ...PREMIUM, id: 'c', expect: { 'premium.amount': 19800 } },
        { ...PREMIUM, id: 'd', expect: { warnings: [] } },
      ],
    });
    expect(r.cases.map((c) => c.status)).toEqual(['pass', 'fail', 'fail', 'pass']);
  });

  it('a refusal fails the case and says why, unless the case expects it with throws', () => {
    const early = { ...PREMIUM, asOf: '2024-01-01' };
    const r = runCases({ jurisdiction: 'anhui', cases: [early] });
    expect(r.cases[0]).toMatchObject({ status: 'fail', error: { code: 'not_in_force' } });
    const { expect: _e, ...rest } = early;
    const expected = runCases({
      jurisdiction: 'anhui',
      cases: [{ ...rest, throws: 'not_in_force' }],
    });
    expect(expected.cases[0]).toMatchObject({ status: 'pass', error: null });
    const other = runCases({ jurisdiction: 'anhui', cases: [{ ...rest, throws: 'invalid_date' }] });
    expect(other.cases[0]).toMatchObject({ status: 'fail', error: { code: 'not_in_force' } });
    const { expect: _f, ...fine } = PREMIUM;
    const none = runCases({ jurisdiction: 'anhui', cases: [{ ...fine, throws: 'not_in_force' }] });
    expect(none.cases[0]).toMatchObject({ status: 'fail', error: { code: 'not_in_force' } });
  });

  it('refuses a bad case file, naming the case (by id, else position) and the path', () => {
    const e = refusal(() =>
      runCases({
        jurisdiction: 'anhui',
        cases: [
          PREMIUM,
          { ...PREMIUM, id: 'x', asOf: '2026-02-30', expect: { 'criteria[': 'pass' } },
          { ...PREMIUM, id: 'reference-premium' },
          { ...PREMIUM, id: '' },
        ],
      }),
    );
    const paths = e.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('cases.1.asOf');
    expect(paths).toContain('cases.1.expect.criteria[');
    expect(paths).toContain('cases.2.id');
    expect(paths).toContain('cases.3.id');
    expect(e.issues.find((i) => i.path.join('.') === 'cases.1.asOf')?.message.en).toMatch(
      /^case x: /,
    );
    expect(e.issues.find((i) => i.path.join('.') === 'cases.3.id')?.message.zh).toMatch(
      /^案例 #4：/,
    );
    expect(e.issues.find((i) => i.path.join('.') === 'cases.2.id')?.message.en).toMatch(
      /used twice/,
    );
  });

  it('refuses an expected value JSON cannot write (undefined, NaN, a function)', () => {
    for (const bad of [undefined, NaN, () => 1, { a: undefined }, [Infinity]]) {
      const e = refusal(() =>
        runCases({ jurisdiction: 'anhui', cases: [{ ...PREMIUM, expect: { premium: bad } }] }),
      );
      expect(e.issues[0]?.path).toEqual(['cases', 0, 'expect', 'premium']);
    }
  });

  it('refuses a case with both expect and throws, with neither, or with jurisdiction in its input', () => {
    expect(
      refusal(() => runCases({ jurisdiction: 'anhui', cases: [{ ...PREMIUM, throws: 'x' }] }))
        .issues[0]?.path,
    ).toEqual(['cases', 0]);
    const { expect: _e, ...bare } = PREMIUM;
    expect(
      refusal(() => runCases({ jurisdiction: 'anhui', cases: [bare] })).issues[0]?.path,
    ).toEqual(['cases', 0]);
    const inside = { ...PREMIUM, input: { ...PREMIUM.input, jurisdiction: 'xinzhou' } };
    expect(
      refusal(() => runCases({ jurisdiction: 'anhui', cases: [inside] })).issues[0]?.message.en,
    ).toMatch(/must not set jurisdiction/);
    expect(refusal(() => runCases({ cases: [PREMIUM] })).issues[0]?.path).toEqual([
      'cases',
      0,
      'jurisdiction',
    ]);
    expect(
      refusal(() => runCases({ jurisdiction: 'nowhere', cases: [PREMIUM] })).issues[0]?.code,
    ).toBe('unknown_jurisdiction');
    expect(refusal(() => runCases({ jurisdiction: 'anhui', cases: [] })).issues[0]?.path).toEqual([
      'cases',
    ]);
  });

  it('AH-RATE-02 runs a table under a caller-defined jurisdiction and under a derived version', () => {
    const county = defineProfile(EXAMPLE_COUNTY);
    const table = { jurisdiction: 'anhui', cases: [{ ...PREMIUM, rule: 'EX-RATE-02' }] };
    expect(runCases(table, { jurisdiction: county }).cases[0]).toMatchObject({
      status: 'pass',
      jurisdiction: 'example-county',
    });
    // a what-if version with a 2‰ reference rate: the same table fails, with the difference
    const reform = deriveProfile(anhui, {
      rules: {
        'AH-RATE-02': {
          params: { reference: { type: 'rate', value: { value: '0.002', unit: 'permille' } } },
        },
      },
    } as never);
    const r = runCases(table, { jurisdiction: reform });
    expect(r.cases[0]?.differences).toEqual([
      { path: 'premium.amount', expected: '19800.00', actual: '24000.00', found: true },
    ]);
    // the same through the case's own `derive`
    const derived = runCases({
      jurisdiction: 'anhui',
      cases: [
        {
          ...PREMIUM,
          derive: {
            rules: {
              'AH-RATE-02': {
                params: {
                  reference: { type: 'rate', value: { value: '0.002', unit: 'permille' } },
                },
              },
            },
          },
          expect: { 'premium.amount': '24000.00' },
          why: '12,000,000 × 2‰ = 24,000.00',
        },
      ],
    });
    expect(derived.status).toBe('pass');
  });

  it('returns a deeply frozen report and leaves the case file untouched', () => {
    const file = { jurisdiction: 'anhui', cases: [structuredClone(PREMIUM)] };
    const before = structuredClone(file);
    const r = runCases(file);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.cases)).toBe(true);
    expect(Object.isFrozen(r.cases[0]?.differences)).toBe(true);
    expect(file).toEqual(before);
  });
});

describe('call kinds beyond the capabilities that take { jurisdiction, asOf }', () => {
  const run = (jurisdiction: string, c: Omit<Case, 'rule' | 'clause' | 'why'>) =>
    runCases({ jurisdiction, cases: [{ rule: 'X-TEST-01', clause: 'c', why: 'w', ...c }] })
      .cases[0];

  it('XZ-TERM-01 trialPeriod reads the version in force on asOf, or the case’s derived one', () => {
    const call = { id: 't', asOf: '2025-06-01', call: 'trialPeriod' } as const;
    // the notice states no issue date: no end; supplied, a year from 2024-09-01 ends 2025-09-01
    expect(run('xinzhou', { ...call, expect: { end: null } })?.status).toBe('pass');
    const derived = { ...call, derive: { issued: '2024-09-01' } };
    expect(run('xinzhou', { ...derived, expect: { end: '2025-09-01' } })?.status).toBe('pass');
    expect(run('xinzhou', { ...derived, expect: { end: '2025-08-31' } })?.differences).toEqual([
      { path: 'end', expected: '2025-08-31', actual: '2025-09-01', found: true },
    ]);
    // a jurisdiction without a trial period: null, so no path is found
    expect(run('anhui', { ...call, asOf: '2026-01-01', expect: { end: null } })?.status).toBe(
      'fail',
    );
  });

  it('XZ-PARTY-01 splitPremium passes the case’s jurisdiction and asOf to the sharing rule', () => {
    const c = {
      id: 's',
      asOf: '2025-06-01',
      call: 'splitPremium',
      input: {
        quote: { premium: { currency: 'CNY', amount: '100.00' } },
        payers: [
          { name: 'A', role: 'general-contractor', weight: 1 },
          { name: 'B', role: 'subcontractor', weight: 3 },
        ],
      },
    } as const;
    // 100.00 × 1/4 = 25.00, × 3/4 = 75.00; Xinzhou cites its own rule, Anhui has none (MONEY-04)
    const expected = {
      'shares[name=A].amount.amount': '25.00',
      'shares[name=B].amount.amount': '75.00',
    };
    expect(run('xinzhou', { ...c, expect: { ...expected, ruleId: 'XZ-PARTY-01' } })?.status).toBe(
      'pass',
    );
    expect(
      run('anhui', { ...c, asOf: '2026-01-01', expect: { ...expected, ruleId: 'MONEY-04' } })
        ?.status,
    ).toBe('pass');
  });

  it('JZ-RPT-02 JZ-RPT-04 the Jingzhou forms count as of asOf, the quarterly ones on the quarter’s last day', () => {
    const rows = [
      {
        kind: 'enterprise',
        id: 'E',
        name: 'N',
        sector: 'construction',
        inStatistics: true,
        policies: [{ from: '2021-01-01', to: '2021-06-30' }],
      },
    ];
    // covered to 2021-06-30: insured that day, not the next
    const listing = (asOf: string) =>
      run('jingzhou', {
        id: 'a2',
        asOf,
        call: 'jingzhouAnnex2',
        input: { unit: 'U', rows },
        expect: { 'tables[0].closing.values.insured.value': 1 },
      })?.status;
    expect([listing('2021-06-30'), listing('2021-07-01')]).toEqual(['pass', 'fail']);
    const quarterly = (quarter: number) =>
      run('jingzhou', {
        id: 'a4',
        asOf: '2021-12-31',
        call: 'jingzhouAnnex4',
        input: { unit: 'U', year: 2021, quarter, rows },
        expect: { 'tables[0].rows[0][3].value': 1 },
      })?.status;
    expect([quarterly(2), quarterly(3)]).toEqual(['pass', 'fail']);
    const annex1 = run('jingzhou', {
      id: 'a1',
      asOf: '2020-08-07',
      call: 'jingzhouAnnex1',
      expect: { annex: '附件1' },
    });
    expect(annex1?.status).toBe('pass');
    // a form under another jurisdiction is refused, and the refusal is reported
    expect(
      run('anhui', {
        id: 'x',
        asOf: '2026-01-01',
        call: 'jingzhouAnnex6',
        input: { unit: 'U', rows: [] },
        expect: { annex: '附件6' },
      })?.error?.code,
    ).toBe('invalid_option');
  });

  it('MONEY-07 toChineseUppercase gives { text } whatever the jurisdiction; above 10^13 it is refused', () => {
    const c = { id: 'u', asOf: '2026-01-01', call: 'toChineseUppercase' } as const;
    expect(
      run('anhui', {
        ...c,
        input: { amount: '1680.32' },
        expect: { text: '壹仟陆佰捌拾元零叁角贰分' },
      })?.status,
    ).toBe('pass');
    expect(
      run('anhui', { ...c, input: { amount: '10000000000000.01' }, throws: 'out_of_range' })
        ?.status,
    ).toBe('pass');
  });
});

describe('result paths', () => {
  it('parses keys, indexes and selectors, and refuses anything else', () => {
    expect(parsePath('a.b[2].c')).toEqual([{ key: 'a' }, { key: 'b' }, { index: 2 }, { key: 'c' }]);
    expect(parsePath('criteria[ruleId=AH-SCOPE-01,factsUsed.0=x].status')).toEqual([
      { key: 'criteria' },
      {
        where: [
          ['ruleId', 'AH-SCOPE-01'],
          ['factsUsed.0', 'x'],
        ],
      },
      { key: 'status' },
    ]);
    for (const bad of ['', '.a', 'a..b', 'a[', 'a[x]', 'a]b', 'a[=1]', 'a.[0]'])
      expect(parsePath(bad), bad).toBeNull();
  });

  it('finds the one element a selector names; two matches or none find nothing', () => {
    const v = {
      l: [
        { id: 'A', n: 1 },
        { id: 'B', n: 2 },
        { id: 'B', n: 3 },
      ],
    };
    expect(valueAt(v, parsePath('l[id=A].n') ?? [])).toEqual({ found: true, value: 1 });
    expect(valueAt(v, parsePath('l[id=B].n') ?? [])).toEqual({ found: false, value: undefined });
    expect(valueAt(v, parsePath('l[id=B,n=3].n') ?? [])).toEqual({ found: true, value: 3 });
    expect(valueAt(v, parsePath('l[id=C].n') ?? [])).toEqual({ found: false, value: undefined });
    expect(valueAt(v, parsePath('l[5]') ?? [])).toEqual({ found: false, value: undefined });
    expect(valueAt(v, parsePath('l.id') ?? [])).toEqual({ found: false, value: undefined });
    expect(valueAt({ a: null }, parsePath('a') ?? [])).toEqual({ found: true, value: null });
  });
});
