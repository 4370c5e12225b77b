import { expect } from 'vitest';
import { ValidationError } from '../../src/index.js';

/** Runs `f`, expects a `ValidationError` (with this first issue code, when given), and returns it. */
export const refused = (f: () => unknown, code?: string): ValidationError => {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ValidationError);
  if (code !== undefined) expect((error as ValidationError).issues[0]?.code).toBe(code);
  return error as ValidationError;
};
