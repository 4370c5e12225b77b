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
