import * as z from 'zod/mini';
import { issue, ValidationError, type Issue, type IssuePath } from './errors.js';

/**
 * Turns zod's issues into ours (path, code, bilingual message), so a caller sees one error shape
 * whatever layer found the problem.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: IssuePath = [],
): Issue[] {
  return issues.map((i) => {
    const path = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (i.code === 'invalid_type') {
      return issue(path, 'invalid_type', { expected: i.expected }, i.expected);
    }
    return issue(path, 'schema', { detail: i.message });
  });
}

/** Validates `input` against a zod schema; on failure throws a {@link ValidationError}. */
export function parseWith<T extends z.core.$ZodType>(
  schema: T,
  input: unknown,
  path: IssuePath = [],
): z.output<T> {
  const result = z.safeParse(schema, input);
  if (!result.success) throw new ValidationError(fromZodIssues(result.error.issues, path));
  return result.data;
}
