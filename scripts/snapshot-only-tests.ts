// `npx tsx scripts/snapshot-only-tests.ts [--list] [--check]`: counts the tests whose title names a rule ID and
// whose only assertions are snapshots (toMatchSnapshot, toMatchInlineSnapshot, toMatchFileSnapshot) or
// golden-file comparisons (a helper whose name says golden) — issue 20 item 2: a snapshot pins what the
// code printed, so it is never a rule's only proof. Read from the test files' syntax (TypeScript's
// parser): every `it`/`test` (and `.each`) call, its title, and the `expect(…)` calls in its body.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const RULE_TITLE = /^['"`]?(?:[A-Z][A-Z0-9]*-[A-Z0-9]+(?:-[A-Z0-9]+)? )+/;
const SNAPSHOT =
  /^(toMatchSnapshot|toMatchInlineSnapshot|toMatchFileSnapshot|toThrowErrorMatchingSnapshot|toThrowErrorMatchingInlineSnapshot)$/;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.test\.ts$/.test(n) ? [p] : [];
  });

const found: { file: string; line: number; title: string; rows: number }[] = [];
let ruleTests = 0;
for (const file of files('test')) {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  // the arrays declared in the file, by name: an it.each over one of them has one test per row
  const arrays = new Map<string, ts.ArrayLiteralExpression>();
  // the functions declared in the file, by name: a test that calls one asserts what it asserts
  const helpers = new Map<string, ts.Node>();
  const collect = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer !== undefined) {
      if (ts.isArrayLiteralExpression(n.initializer)) arrays.set(n.name.text, n.initializer);
      if (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))
        helpers.set(n.name.text, n.initializer.body);
    }
    if (ts.isFunctionDeclaration(n) && n.name !== undefined && n.body !== undefined)
      helpers.set(n.name.text, n.body);
    ts.forEachChild(n, collect);
  };
  collect(src);
  /**
   * The assertions in a test body: snapshot (or golden-file) matchers and every other matcher, those of
   * the file's own helper functions it calls included (one level), so a snapshot moved into a helper is
   * still seen.
   */
  const assertionsIn = (body: ts.Node, depth = 0): { snapshots: number; others: number } => {
    let snapshots = 0;
    let others = 0;
    const scan = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
        const m = n.expression.name.text;
        const chain = n.expression.expression.getText(src);
        if (
          /^expect(\.soft)?\(/.test(chain) ||
          /^expect\(.*\)\.(not|resolves|rejects)/.test(chain)
        ) {
          if (SNAPSHOT.test(m)) snapshots++;
          else others++;
        }
      } else if (ts.isCallExpression(n) && /golden/i.test(n.expression.getText(src))) {
        snapshots++;
      } else if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && depth === 0) {
        const helper = helpers.get(n.expression.text);
        if (helper !== undefined) {
          const inner = assertionsIn(helper, depth + 1);
          snapshots += inner.snapshots;
          others += inner.others;
        }
      }
      ts.forEachChild(n, scan);
    };
    scan(body);
    return { snapshots, others };
  };
  /** The rows of an it.each titled with a rule ID: the title itself, or each row's first string. */
  const ruleRows = (callee: ts.Expression, title: string): number => {
    if (!ts.isCallExpression(callee)) return RULE_TITLE.test(title) ? 1 : 0;
    // the rows as written, a cast or parentheses around them (`it.each([…] as Row[])`) taken off
    let arg = callee.arguments[0];
    while (
      arg !== undefined &&
      (ts.isAsExpression(arg) || ts.isSatisfiesExpression(arg) || ts.isParenthesizedExpression(arg))
    )
      arg = arg.expression;
    let list = arg !== undefined && ts.isArrayLiteralExpression(arg) ? arg : undefined;
    if (arg !== undefined && ts.isIdentifier(arg)) list = arrays.get(arg.text);
    if (list === undefined) return RULE_TITLE.test(title) ? 1 : 0;
    if (RULE_TITLE.test(title)) return list.elements.length;
    if (!/^['"`]%s/.test(title)) return 0;
    return list.elements.filter((e) => {
      const first = ts.isArrayLiteralExpression(e) ? e.elements[0] : e;
      return first !== undefined && RULE_TITLE.test(first.getText(src));
    }).length;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const base = ts.isCallExpression(callee) ? callee.expression : callee; // it.each(rows)(title, fn)
      const name = base.getText(src);
      if (
        /^(it|test)(\.each|\.skip|\.only|\.concurrent)?$/.test(name) &&
        node.arguments.length >= 2
      ) {
        const title = node.arguments[0]?.getText(src) ?? '';
        const body = node.arguments[1];
        const rows = ruleRows(callee, title);
        if (rows > 0 && body !== undefined) {
          ruleTests += rows;
          const { snapshots, others } = assertionsIn(body);
          if (snapshots > 0 && others === 0)
            found.push({
              file,
              line: src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1,
              title: title.slice(0, 100),
              rows,
            });
          return;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
}
const check = process.argv.includes('--check');
if (process.argv.includes('--list') || (check && found.length > 0))
  for (const f of found) console.log(`${f.file}:${String(f.line)}  ×${String(f.rows)}  ${f.title}`);
console.log(
  `${String(found.reduce((n, f) => n + f.rows, 0))} of ${String(ruleTests)} tests titled with a rule ID (it.each rows counted) assert only snapshots or golden files (${String(found.length)} test calls)`,
);
// `--check` (run by `npm run docs:check`): a rule's proof is never a snapshot alone, so any such test
// fails the check; assert the values worked by hand from the clause, or take the rule IDs out of the
// title of a test about layout only (docs/testing.md, "Snapshots: for layout only").
if (check && found.length > 0) {
  console.error(
    'snapshot-only rule tests found: assert the hand-worked values, or title a layout-only test without rule IDs (docs/testing.md)',
  );
  process.exitCode = 1;
}
