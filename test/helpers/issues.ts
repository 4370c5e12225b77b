import { expect } from 'vitest';
import { ValidationError, type Issue } from '../../src/index.js';

/** Runs `f`, expects a ValidationError and returns its issues (fails the test if `f` returns). */
export function issuesOf(f: () => unknown): readonly Issue[] {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as ValidationError).issues;
  }
  return expect.unreachable('expected a ValidationError');
}
