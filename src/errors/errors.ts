import { message, type Bilingual, type IssueCode, type Params } from './messages.js';

export { bi } from './messages.js';

/** Where in the input a problem sits: object keys and array indexes, outermost first. */
export type IssuePath = readonly (string | number)[];

/** One problem found in an input: where, what kind, what was expected, and why, in two languages. */
export interface Issue {
  readonly path: IssuePath;
  readonly code: IssueCode;
  readonly expected?: string;
  readonly message: Bilingual;
}

const renderPath = (path: IssuePath): string => (path.length === 0 ? '(input)' : path.join('.'));

// Brands in the global symbol registry: the ESM and the CommonJS builds (or two installed copies)
// define two AnzexianError classes, so `instanceof` fails across them; the brands do not.
const ANZEXIAN = Symbol.for('anzexian.AnzexianError');
const VALIDATION = Symbol.for('anzexian.ValidationError');

/**
 * The root of every error anzexian throws on purpose. Catch this to tell the library's own,
 * explained refusals apart from bugs.
 */
export class AnzexianError extends Error {
  /**
   * A stable code for the kind of error, in UPPER_SNAKE_CASE: `VALIDATION`, or `NOT_IN_FORCE` for a
   * `ProfileNotInForceError`. Each issue has its own lower_snake_case `code` naming the problem
   * (`invalid_date`, `not_in_force`, …): the error's code says which class of error, the issue's which
   * check.
   */
  readonly code: string;
  /** The individual problems, each with its path and bilingual message. */
  readonly issues: readonly Issue[];

  constructor(code: string, issues: readonly Issue[], options?: { cause?: unknown }) {
    const text = issues.map((i) => `${renderPath(i.path)}: ${i.message.en} / ${i.message.zh}`);
    super(text.join('; ') || code, options);
    this.name = 'AnzexianError';
    this.code = code;
    this.issues = Object.freeze([...issues]);
    Object.defineProperty(this, ANZEXIAN, { value: true });
  }
}

/** An input that does not satisfy its schema or its rule: the path says where, the issues say why. */
export class ValidationError extends AnzexianError {
  constructor(issues: readonly Issue[], options?: { cause?: unknown; code?: string }) {
    super(options?.code ?? 'VALIDATION', issues, options);
    this.name = 'ValidationError';
    Object.defineProperty(this, VALIDATION, { value: true });
  }
}

/**
 * True for any error anzexian throws on purpose, from whichever copy of the library made it: the ESM
 * and CommonJS builds each define their own classes, so `instanceof` can fail across them; this
 * guard does not.
 * @example try { parseCny('abc') } catch (e) { if (isAnzexianError(e)) console.log(e.code) }
 */
export const isAnzexianError = (e: unknown): e is AnzexianError =>
  typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[ANZEXIAN] === true;

/**
 * True for a {@link ValidationError} (including `ProfileNotInForceError`) from whichever copy of the
 * library made it — use it instead of `instanceof` when both the ESM and the CommonJS build may be
 * loaded.
 * @example try { parseDate('2021-02-29') } catch (e) { if (isValidationError(e)) e.issues[0].code //=> 'invalid_date' }
 */
export const isValidationError = (e: unknown): e is ValidationError =>
  typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[VALIDATION] === true;

/** Builds one issue from a message code. */
export function issue(
  path: IssuePath,
  code: IssueCode,
  params: Params = {},
  expected?: string,
): Issue {
  const base = { path: Object.freeze([...path]), code, message: message(code, params) };
  return Object.freeze(expected === undefined ? base : { ...base, expected });
}

/** Throws a {@link ValidationError} with a single issue. */
export function fail(
  path: IssuePath,
  code: IssueCode,
  params: Params = {},
  expected?: string,
): never {
  throw new ValidationError([issue(path, code, params, expected)]);
}
