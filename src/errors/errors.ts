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

/**
 * The root of every error anzexian throws on purpose. Catch this to tell the library's own,
 * explained refusals apart from bugs.
 */
export class AnzexianError extends Error {
  /** A stable code for the kind of error. */
  readonly code: string;
  /** The individual problems, each with its path and bilingual message. */
  readonly issues: readonly Issue[];

  constructor(code: string, issues: readonly Issue[], options?: { cause?: unknown }) {
    const text = issues.map((i) => `${renderPath(i.path)}: ${i.message.en} / ${i.message.zh}`);
    super(text.join('; ') || code, options);
    this.name = 'AnzexianError';
    this.code = code;
    this.issues = Object.freeze([...issues]);
  }
}

/** An input that does not satisfy its schema or its rule: the path says where, the issues say why. */
export class ValidationError extends AnzexianError {
  constructor(issues: readonly Issue[], options?: { cause?: unknown; code?: string }) {
    super(options?.code ?? 'VALIDATION', issues, options);
    this.name = 'ValidationError';
  }
}

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
