// `anzexian cases`: reads a case file (YAML, or JSON — YAML is a superset of it), runs it with the
// library's runCases (anzexian/cases) and prints each case pass or fail with the difference. Loaded
// only when the command runs, with the YAML parser (the main entry never loads either).
import { LineCounter, parseDocument } from 'yaml';
import type { CaseOutcome, CaseReport } from '../cases/index.js';
import type { Issue } from '../errors/errors.js';

/** A case or profile file that is not well-formed YAML or JSON, at a line and column. */
export class CaseFileSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
    this.name = 'CaseFileSyntaxError';
  }
}

/** A parsed file and where each of its values sits (1-based line and column), for error messages. */
export interface ParsedFile {
  readonly data: unknown;
  /** Where the value at `path` starts — or its nearest enclosing value that exists; null if none. */
  readonly locate: (path: readonly (string | number)[]) => { line: number; column: number } | null;
}

/**
 * Parses YAML or JSON text. Dates stay strings (the YAML 1.2 core schema has no timestamps), so
 * `asOf: 2026-01-01` is the string the library validates.
 * @throws {CaseFileSyntaxError} the first syntax error, with its line and column
 */
export function parseFile(text: string, file: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first !== undefined) {
    const at = first.linePos?.[0] ?? { line: 1, col: 1 };
    throw new CaseFileSyntaxError(file, at.line, at.col, first.message.split('\n')[0] ?? '');
  }
  const locate = (path: readonly (string | number)[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = doc.getIn(path.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range !== undefined) {
        const at = lineCounter.linePos(range[0]);
        return { line: at.line, column: at.col };
      }
    }
    return null;
  };
  return { data: doc.toJS({ maxAliasCount: 100 }) as unknown, locate };
}

/** One line per issue of a refused file: `file:line:column: path: message (en / zh)`. */
export function locatedIssues(issues: readonly Issue[], file: string, parsed: ParsedFile): string {
  return issues
    .map((i) => {
      const at = parsed.locate(i.path);
      const where = at === null ? file : `${file}:${String(at.line)}:${String(at.column)}`;
      return `error: ${where}: ${i.path.join('.') || '(file)'}: ${i.message.en} / ${i.message.zh}\n`;
    })
    .join('');
}

const show = (v: unknown): string => (v === undefined ? '—' : JSON.stringify(v));

function outcomeLines(c: CaseOutcome): string[] {
  const head = `${c.status === 'pass' ? 'pass' : 'FAIL'}  ${c.rule} ${c.id} (${c.call}, ${c.jurisdiction}, as of ${c.asOf})`;
  if (c.status === 'pass') return [head];
  return [
    head,
    ...c.differences.map(
      (d) =>
        `      ${d.path}: expected ${show(d.expected)}, got ${d.found ? show(d.actual) : 'nothing (no such path in the result)'}`,
    ),
    ...(c.error === null ? [] : [`      refused: ${c.error.code}: ${c.error.message}`]),
  ];
}

/** The report as text: one line per case, the differences under each failed case, then the totals. */
export function caseReportText(r: CaseReport): string {
  return [
    ...r.cases.flatMap(outcomeLines),
    '',
    `${String(r.passed)} of ${String(r.total)} cases pass, ${String(r.failed)} fail / ${String(r.total)} 个案例：${String(r.passed)} 个通过，${String(r.failed)} 个未通过`,
  ].join('\n');
}
