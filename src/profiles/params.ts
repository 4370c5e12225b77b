import { fail } from '../errors/errors.js';
import type { Parameter, Rule } from './schema.js';

/** The kinds of rule parameter: `'rate'`, `'count'`, `'date'`, `'period'`, `'list'`… */
export type ParameterType = Parameter['type'];

/** The parameter of one kind, e.g. `ParameterOf<'count'>` is `{ type: 'count', value, unit }`. */
export type ParameterOf<T extends ParameterType> = Extract<Parameter, { readonly type: T }>;

/**
 * The one way a capability reads a rule's parameter: by name and kind. A profile accepted by
 * `ensureProfile`, `defineProfile` or `deriveProfile` has every parameter the capabilities read, of the
 * kind they read (see `contractProblems`), so for such a profile this never throws; it is the last
 * guard for a profile that escaped those checks — a typed error, never a crash or a silent default.
 *
 * @throws {ValidationError} `profile_parameter`, naming the rule, the parameter, the kind expected and
 *   the kind found
 * @example param(findRule(anhui, 'AH-RATE-02'), 'reference', 'rate').value //=> { value: '0.00165', unit: 'permille' }
 */
export function param<T extends ParameterType>(rule: Rule, name: string, type: T): ParameterOf<T> {
  const p = Object.hasOwn(rule.params, name) ? rule.params[name] : undefined;
  if (p?.type !== type)
    fail(
      ['jurisdiction', 'rules', rule.id, 'params', name],
      'profile_parameter',
      { rule: rule.id, name, expected: type, got: p === undefined ? 'nothing' : p.type },
      type,
    );
  return p as ParameterOf<T>;
}

/** A count parameter's number (e.g. the 5 years of XZ-INS-04). @throws {ValidationError} as {@link param} */
export const countOf = (rule: Rule, name: string): number => param(rule, name, 'count').value;
