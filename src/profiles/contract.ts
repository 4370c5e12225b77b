import { bi, issue, type Issue, type IssuePath } from '../errors/errors.js';
import type { Parameter, Profile, Rule } from './schema.js';
import { countProblem, implementedCodes, unknownCode } from './codes.js';
import { PROFILES } from './shipped.js';

// What the capabilities read from each rule, by rule ID: the parameters of the shipped rule with that
// ID, each with its kind (and its columns for a table). The parameter-liveness
// test (test/profiles/liveness.test.ts) proves that every one of them is read by a computation, so a
// profile that keeps to this contract can never crash a capability or be silently ignored by it.
const CONTRACT: ReadonlyMap<string, Rule> = new Map(
  PROFILES.flatMap((p) => p.rules.map((r) => [r.id, r] as const)),
);

// A count's unit may change (XZ-CLAIM-01 within 24 hours or within 2 days): the capability reads the
// unit and refuses one it cannot apply. A table's columns are its meaning.
// Parameters a capability reads with `unstated` meaning "this version of the law sets none": the result
// is then unknown, never a default (AH-PREV-05: no ratio, no cap; the ledger's cap check is unknown).
const MAY_BE_UNSTATED: ReadonlySet<string> = new Set(['maxShareOfCollectedPremium']);

const shape = (p: Parameter): string =>
  p.type === 'table' ? `table (${p.columns.join(', ')})` : p.type;

/**
 * Where a profile breaks the parameter contract of the rules anzexian computes: a parameter a
 * capability reads that is missing or of another kind (a count given as a rate, a table with other
 * columns), or a parameter no computation reads (it would be silently ignored). A rule
 * ID anzexian does not ship has no contract: a caller's own rule is data until a capability reads it.
 */
export function contractProblems(profile: Profile, path: IssuePath = []): Issue[] {
  const problems: Issue[] = [];
  profile.rules.forEach((rule, i) => {
    for (const name of rule.documentary ?? [])
      if (!Object.hasOwn(rule.params, name))
        problems.push(
          issue([...path, 'rules', i, 'documentary'], 'profile_inconsistent', {
            detail: bi(
              `${rule.id} declares ${name} documentary but has no such parameter`,
              `${rule.id}声明的仅供查阅参数${name}不存在`,
            ),
          }),
        );
    const at = [...path, 'rules', i, 'params'];
    problems.push(...valueProblems(rule, at));
    const shipped = CONTRACT.get(rule.id);
    if (shipped === undefined) return;
    for (const [name, expected] of Object.entries(shipped.params)) {
      const actual = Object.hasOwn(rule.params, name) ? rule.params[name] : undefined;
      if (actual?.type === 'unstated' && MAY_BE_UNSTATED.has(name)) continue;
      if (actual === undefined || shape(actual) !== shape(expected))
        problems.push(
          issue(
            [...at, name],
            'profile_parameter',
            {
              rule: rule.id,
              name,
              expected: shape(expected),
              got: actual === undefined ? 'nothing' : shape(actual),
            },
            shape(expected),
          ),
        );
    }
    for (const [name, expected] of Object.entries(shipped.params)) {
      const actual = Object.hasOwn(rule.params, name) ? rule.params[name] : undefined;
      if (expected.type === 'table' && actual?.type === 'table')
        problems.push(...tableProblems(rule.id, name, expected, actual, [...at, name]));
    }
    for (const name of Object.keys(rule.params))
      if (!Object.hasOwn(shipped.params, name))
        problems.push(
          issue([...at, name], 'profile_inconsistent', {
            detail: bi(
              `${rule.id} has no parameter ${name}: no computation would read it (known: ${Object.keys(shipped.params).join(', ') || 'none'})`,
              `${rule.id}没有参数${name}，不会被任何计算读取（已知参数：${Object.keys(shipped.params).join('、') || '无'}）`,
            ),
          }),
        );
  });
  return problems;
}

type Table = Extract<Parameter, { type: 'table' }>;

// The kind of a table column, from the shipped cells: whole numbers, yes/no, or free text.
const KINDS = [
  { test: /^\d+$/, en: 'a whole number', zh: '整数' },
  { test: /^(?:yes|no)$/, en: 'yes or no', zh: 'yes 或 no' },
] as const;

/**
 * A table's rows have no more cells than it has columns (a form template's rows name only their first
 * cells), and a column of whole numbers (or of yes/no) stays one.
 */
function tableProblems(
  id: string,
  name: string,
  expected: Table,
  actual: Table,
  at: IssuePath,
): Issue[] {
  const problems: Issue[] = [];
  const kinds = expected.columns.map(
    (_, c) => KINDS.find((k) => expected.rows.every((row) => k.test.test(row[c] ?? ''))) ?? null,
  );
  actual.rows.forEach((row, r) => {
    if (row.length > actual.columns.length)
      problems.push(
        issue([...at, 'rows', r], 'profile_parameter', {
          rule: id,
          name: `${name}[${r}]`,
          expected: `at most ${actual.columns.length} cells`,
          got: `${row.length}`,
        }),
      );
    row.forEach((cell, c) => {
      const kind = kinds[c];
      if (kind && !kind.test.test(cell))
        problems.push(
          issue(
            [...at, 'rows', r, c],
            'profile_parameter',
            {
              rule: id,
              name: `${name}.${expected.columns[c] ?? c}`,
              expected: bi(kind.en, kind.zh),
              got: cell,
            },
            kind.en,
          ),
        );
    });
  });
  return problems;
}

/**
 * Codes, list items and count units no computation implements (src/profiles/codes.ts), and a list that
 * names a code twice — in any rule, a caller's own included.
 */
function valueProblems(rule: Rule, at: IssuePath): Issue[] {
  const problems: Issue[] = [];
  // codes, list items and count units a computation reads, a caller's own rule's included
  for (const [name, actual] of Object.entries(rule.params)) {
    const known = implementedCodes(rule.id, name);
    if (known === undefined) continue;
    const codes =
      actual.type === 'code'
        ? [actual.value]
        : actual.type === 'list'
          ? actual.value.map((item) => item.code)
          : [];
    for (const code of codes.filter((c) => !known.includes(c)))
      problems.push(
        issue([...at, name], 'profile_inconsistent', {
          detail: unknownCode(rule.id, name, code, known),
        }),
      );
  }
  for (const [name, actual] of Object.entries(rule.params)) {
    if (
      actual.type === 'list' &&
      new Set(actual.value.map((item) => item.code)).size < actual.value.length
    )
      problems.push(
        issue([...at, name], 'profile_inconsistent', {
          detail: bi(`${rule.id}.${name} lists a code twice`, `${rule.id}.${name}中有重复的代码`),
        }),
      );
    const bad =
      actual.type === 'count' ? countProblem(rule.id, name, actual.value, actual.unit) : null;
    if (bad !== null) problems.push(issue([...at, name], 'profile_inconsistent', { detail: bad }));
  }
  return problems;
}
