// `npm run docs:rules`: writes docs/rules.md — every rule of the rules catalogue and of the national
// layer, with what proves it (issue 20, item 4). Built from what runs, not from text matches:
// - hand-worked cases: the case tables (src/jurisdictions/<id>/cases.yaml), counted per rule;
// - profile: the shipped profiles that carry the rule;
// - functions: the public functions whose results cite the rule, seen by running every shipped case
//   and every public function on its sample input (test/helpers/valid-inputs.ts);
// - other tests: the tests titled with the rule ID, as vitest collects them (`vitest list`, so every
//   row of an `it.each` counts), the case-table tests excluded.
// `--check` (in CI) fails when the page is stale, or when a calc/check/date rule has no hand-worked case
// and is not on the allow-list below — which may only shrink: a listed rule that has a case now fails too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCases, type CaseFile } from '../src/cases/index.js';
import { resultOfCase } from '../src/cases/run.js';
import { PROFILES, type JurisdictionId } from '../src/index.js';
import { publicFunctions, validInputs } from '../test/helpers/valid-inputs.js';

/**
 * calc/check/date rules with no hand-worked case (issue 20): empty — every one has at least one. A rule
 * may be listed here only with the reason it cannot have a case; a listed rule that has a case fails
 * the check, so the list can only shrink.
 */
const WITHOUT_CASES = new Map<string, string>([]);

const shared = (name: string) =>
  existsSync(`../shared/${name}`) ? `../shared/${name}` : `test/fixtures/${name}`;
type Row = { id: string; tag: string; source: 'catalogue' | 'national' };
const tableRows = (path: string, source: Row['source']): Row[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => /^\| [A-Z][A-Z0-9]*-[A-Z0-9-]+ \| (calc|check|date|data) \|/.test(l))
    .map((l) => {
      const cells = l.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim());
      return { id: cells[0] ?? '', tag: cells[1] ?? '', source };
    });
const rows = [
  ...tableRows(shared('RULES.md'), 'catalogue'),
  ...tableRows(shared('NATIONAL.md'), 'national'),
];

// ── hand-worked cases, and the functions whose results cite each rule
const cases = new Map<string, number>();
const functions = new Map<string, Set<string>>();
const cite = (fn: string, value: unknown, seen = new Set<object>()): void => {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const id = (value as { ruleId?: unknown }).ruleId;
  if (typeof id === 'string') functions.set(id, (functions.get(id) ?? new Set()).add(fn));
  for (const v of Object.values(value)) cite(fn, v, seen);
};
const ROOT = 'src/jurisdictions';
for (const dir of readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'cases.yaml')))) {
  const file = parse(readFileSync(join(ROOT, dir, 'cases.yaml'), 'utf8')) as CaseFile;
  const report = runCases(file);
  const failed = report.cases.filter((c) => c.status === 'fail').map((c) => `${dir}: ${c.id}`);
  if (failed.length > 0) {
    console.error(`failing hand-worked cases (npx vitest run test/cases):\n${failed.join('\n')}`);
    process.exit(1);
  }
  for (const c of file.cases) cases.set(c.rule, (cases.get(c.rule) ?? 0) + 1);
}
// what each case's call cites: the runner reports pass/fail only, so take each case's result as the
// runner computes it (a case that expects a refusal cites nothing)
for (const dir of readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'cases.yaml')))) {
  const file = parse(readFileSync(join(ROOT, dir, 'cases.yaml'), 'utf8')) as CaseFile;
  for (const c of file.cases) {
    if (c.throws !== undefined) continue;
    cite(c.call, resultOfCase(c, (c.jurisdiction ?? file.jurisdiction) as JurisdictionId));
  }
}
const valid = validInputs();
// functions that return profiles or rules cite every rule they carry: not where a rule is applied
const PROFILE_READERS =
  /Profile|Jurisdiction|^findRule$|^resolveRule$|^nationalMeasureOn$|^profileSheet$|^runCases$/;
for (const [name, fn] of publicFunctions().filter(([n]) => !PROFILE_READERS.test(n))) {
  try {
    cite(name, fn(...(valid[name] ?? [])));
  } catch {
    // a function whose sample input is refused cites nothing here
  }
}

// ── other tests: titled with the rule ID, as vitest collects them
const dir = mkdtempSync(join(tmpdir(), 'anzexian-rules-'));
const listed = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'list', `--json=${join(dir, 'tests.json')}`],
  { encoding: 'utf8', stdio: ['ignore', 'ignore', 'inherit'] },
);
if (listed.status !== 0) {
  console.error('`vitest list` failed: the tests could not be collected');
  process.exit(1);
}
const collected = JSON.parse(readFileSync(join(dir, 'tests.json'), 'utf8')) as {
  name: string;
  file: string;
}[];
rmSync(dir, { recursive: true, force: true });
const tests = new Map<string, number>();
for (const t of collected) {
  if (t.file.endsWith(join('test', 'cases', 'case-tables.test.ts'))) continue;
  const title = t.name.split(' > ').at(-1) ?? '';
  for (const id of title
    .match(/^(?:[A-Z][A-Z0-9]*-[A-Z0-9]+(?:-[A-Z0-9]+)? )+/)?.[0]
    .trim()
    .split(' ') ?? [])
    tests.set(id, (tests.get(id) ?? 0) + 1);
}

const carriedBy = new Map<string, string[]>();
for (const p of PROFILES)
  for (const r of p.rules) carriedBy.set(r.id, [...(carriedBy.get(r.id) ?? []), p.id]);

const missing: string[] = [];
const stale: string[] = [];
const lines = [
  '# Rules → profile → functions → hand-worked cases',
  '',
  '<!-- Generated by `npm run docs:rules`. Do not edit by hand. -->',
  '',
  'Every rule of the rules catalogue and of the national layer: the shipped profile that carries it, the',
  'public functions whose results cite it (seen by running the case tables and each function on a sample',
  'input), the hand-worked cases that prove it (`src/jurisdictions/<id>/cases.yaml`, each worked from the',
  'quoted clause; see [cases.md](cases.md)) and the number of other tests titled with it (every row of an',
  '`it.each` counted). **no case** flags a calc/check/date rule with no hand-worked case yet. `data` rules',
  'are carried in their profile and need no function.',
  '',
  '| rule | tag | layer | profile | functions | hand-worked cases | other tests |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
for (const r of rows) {
  const n = cases.get(r.id) ?? 0;
  const convention = r.id.startsWith('MONEY') || r.id.startsWith('TIME');
  if (r.tag !== 'data' && n === 0 && !WITHOUT_CASES.has(r.id)) missing.push(`${r.id} (${r.tag})`);
  if (n > 0 && WITHOUT_CASES.has(r.id)) stale.push(r.id);
  const fns = [...(functions.get(r.id) ?? [])].sort();
  lines.push(
    `| ${r.id} | ${r.tag} | ${r.source} | ${(carriedBy.get(r.id) ?? [convention ? 'convention' : '—']).join(', ')} | ${
      fns.map((f) => `\`${f}\``).join(', ') || '—'
    } | ${n > 0 ? String(n) : r.tag === 'data' ? '—' : '**no case**'} | ${String(tests.get(r.id) ?? 0)} |`,
  );
}
const withCases = rows.filter((r) => r.tag !== 'data' && (cases.get(r.id) ?? 0) > 0).length;
const needing = rows.filter((r) => r.tag !== 'data').length;
lines.push(
  '',
  `${String(withCases)} of ${String(needing)} calc/check/date rules have a hand-worked case; ${String(
    [...cases.values()].reduce((a, b) => a + b, 0),
  )} cases in all.`,
  '',
);
const text = lines.join('\n');
const path = 'docs/rules.md';
if (process.argv.includes('--check')) {
  const old = !existsSync(path) || readFileSync(path, 'utf8') !== text;
  if (missing.length > 0)
    console.error(
      `calc/check/date rules without a hand-worked case (add one to the case tables):\n${missing.join('\n')}`,
    );
  if (stale.length > 0)
    console.error(
      `rules on the allow-list that now have a case (remove them from WITHOUT_CASES):\n${stale.join('\n')}`,
    );
  if (old) console.error('docs/rules.md is stale: run `npm run docs:rules`');
  if (missing.length > 0 || stale.length > 0 || old) process.exit(1);
  console.log(
    `docs/rules.md is current (${String(rows.length)} rules); ${String(withCases)} of ${String(needing)} calc/check/date rules have a hand-worked case, ${String(WITHOUT_CASES.size)} allowed without one`,
  );
} else {
  writeFileSync(path, text);
  console.log(
    `wrote ${path}; calc/check/date rules without a hand-worked case: ${missing.length === 0 ? 'none' : missing.join(', ')} outside the allow-list (${String(WITHOUT_CASES.size)} on it)`,
  );
}
