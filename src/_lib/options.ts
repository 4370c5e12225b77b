import { bi, fail, type IssuePath } from '../errors/errors.js';
import { describe } from './describe.js';
import { readOnce } from './plain.js';

/**
 * Reads an options argument once into a plain copy and checks its keys (issue 17, items 2 and 4):
 * `undefined` is "no options"; `null`, a non-object or an array is an `invalid_option`
 * ValidationError (never a TypeError); a key outside `allowed` is refused rather than ignored, as the
 * rounding options always did — a misspelt option would otherwise silently fall back to its default.
 */
export function readOptions(
  options: unknown,
  allowed: readonly string[],
  path: IssuePath = [],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  const copy = readOnce(options);
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) {
    fail(
      path,
      'invalid_option',
      {
        detail: bi(
          `options must be an object, got ${describe(options)}`,
          `选项必须是对象，得到 ${describe(options)}`,
        ),
      },
      `{ ${allowed.map((k) => `${k}?`).join(', ')} }`,
    );
  }
  const unknownKey = Object.keys(copy).find((k) => !allowed.includes(k));
  if (unknownKey !== undefined) {
    fail(
      [...path, unknownKey],
      'unknown_option',
      {
        detail: bi(`unknown option ${describe(unknownKey)}`, `未知的选项 ${describe(unknownKey)}`),
      },
      allowed.join(' | '),
    );
  }
  return copy as Record<string, unknown>;
}
