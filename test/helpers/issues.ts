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

/** `issuesOf`, flattened for a snapshot: path, code, expected value and the message in both languages. */
export function issueSummariesOf(f: () => unknown) {
  return issuesOf(f).map((i) => ({
    path: i.path,
    code: i.code,
    expected: i.expected,
    ...i.message,
  }));
}
