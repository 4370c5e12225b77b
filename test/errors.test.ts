import { describe, expect, it } from 'vitest';
import { AnzexianError, parseCny, ValidationError } from '../src/index.js';

describe('errors', () => {
  it('MONEY-01 a ValidationError is an AnzexianError with a stable code, a path and both languages', () => {
    let err: unknown;
    try {
      parseCny('1.005', { path: ['premium', 'base'] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toBeInstanceOf(AnzexianError);
    expect(err).toBeInstanceOf(Error);
    const v = err as ValidationError;
    expect(v.name).toBe('ValidationError');
    expect(v.code).toBe('VALIDATION');
    expect(v.issues).toHaveLength(1);
    expect(v.issues[0]).toMatchObject({
      path: ['premium', 'base'],
      code: 'too_many_decimals',
      expected: 'at most 2 decimals',
    });
    expect(v.message).toBe(
      'premium.base: Amounts are exact to the fen: at most 2 decimals (got 1.005) / 金额精确到分，最多两位小数（得到 1.005）',
    );
    expect(Object.isFrozen(v.issues)).toBe(true);
  });
});
