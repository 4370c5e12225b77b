import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { isAnzexianError, isValidationError, ValidationError } from '../src/index.js';

// Issue 17, item 8: the same problem gets the same code and message wherever it is found, and the
// error guards work across the ESM and CommonJS builds.
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.issues;
  }
  throw new Error('no error');
};
const quote = (over: Record<string, unknown>) => () =>
  api.quotePremium({
    jurisdiction: 'anhui',
    asOf: '2026-01-01',
    base: { kind: 'contract-price', amount: '1' },
    ...over,
  } as never);

describe('one code and one message per problem', () => {
  it('PREM-01 an unknown jurisdiction id is unknown_jurisdiction listing the ids, as getProfile says', () => {
    const [q] = issuesOf(quote({ jurisdiction: 'hubei' }));
    const [g] = issuesOf(() => api.getProfile('hubei' as never, { asOf: '2026-01-01' }));
    expect(q?.code).toBe('unknown_jurisdiction');
    expect(q?.path).toEqual(['jurisdiction']);
    expect(q?.message).toEqual(g?.message);
    expect(q?.message.en).toContain('anhui, xinzhou');
    expect(q?.expected).toBe(g?.expected);
  });
  it.each(['2021-02-29', '2021-2-1', '2021/02/01', '20210201'])(
    'TIME-02 the invalid date %j is invalid_date in quotePremium, as in addDays and parseDate',
    (d) => {
      const [q] = issuesOf(quote({ asOf: d }));
      const [a] = issuesOf(() => api.addDays(d as never, 1));
      expect(q?.code).toBe('invalid_date');
      expect(a?.code).toBe('invalid_date');
      expect(q?.message).toEqual(a?.message);
      expect(q?.expected).toBe('YYYY-MM-DD');
    },
  );
  it('TIME-02 a nested date (a ledger entry, a policy period) is invalid_date too', () => {
    const [i] = issuesOf(() =>
      api.policyPeriod({ jurisdiction: 'anhui', asOf: '2026-01-01', start: '2026-13-01' }),
    );
    expect(i).toMatchObject({ code: 'invalid_date', path: ['start'] });
  });
  it('TIME-01 error codes name the class of error (UPPER_SNAKE), issue codes the check (lower_snake)', () => {
    let e: unknown;
    try {
      api.getProfile('anhui', { asOf: '2000-01-01' });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(api.ProfileNotInForceError);
    expect((e as ValidationError).code).toBe('NOT_IN_FORCE');
    expect((e as ValidationError).issues[0]?.code).toBe('not_in_force');
    let v: unknown;
    try {
      api.parseCny('abc');
    } catch (x) {
      v = x;
    }
    expect((v as ValidationError).code).toBe('VALIDATION');
    expect((v as ValidationError).issues[0]?.code).toMatch(/^[a-z_]+$/);
  });
});

describe('isValidationError / isAnzexianError across builds', () => {
  it('MONEY-01 a ValidationError from the CommonJS build is not instanceof the ESM class, but the guards see it', () => {
    const require = createRequire(import.meta.url);
    const cjs = require('../dist/index.cjs') as typeof api;
    let e: unknown;
    try {
      cjs.parseCny('abc');
    } catch (x) {
      e = x;
    }
    expect(e instanceof ValidationError).toBe(false);
    expect(isValidationError(e)).toBe(true);
    expect(isAnzexianError(e)).toBe(true);
    expect(cjs.isValidationError(issuesErr())).toBe(true);
  });
  it('MONEY-01 the guards refuse look-alikes: plain errors, objects with the same name and issues', () => {
    expect(isValidationError(new Error('x'))).toBe(false);
    expect(isValidationError({ name: 'ValidationError', issues: [], code: 'VALIDATION' })).toBe(
      false,
    );
    expect(isValidationError(null)).toBe(false);
    expect(isAnzexianError(new api.AnzexianError('X', []))).toBe(true);
    expect(isValidationError(new api.AnzexianError('X', []))).toBe(false);
  });
});

function issuesErr(): unknown {
  try {
    api.parseDate('nope');
  } catch (e) {
    return e;
  }
  return null;
}
