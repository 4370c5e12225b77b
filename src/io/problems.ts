// One error report per file: every bad cell with its row as a person sees it in Excel, its column
// (number, letter and header), its value and what was expected, in Chinese and English.
import type { Issue } from '../errors/errors.js';
import { ValidationError } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';

/** One problem in a file: a cell, a header, or the file as a whole. */
export interface FileProblem {
  /**
   * The line of a CSV file or the row of a sheet, 1-based, as Excel numbers it (the header is 1);
   * 0 for a problem of the whole file.
   */
  readonly line: number;
  /** The column, 1-based; 0 when the problem is the row's or the file's, not one cell's. */
  readonly column: number;
  /** The column as Excel labels it (A, B, …, AA); empty when `column` is 0. */
  readonly columnLetter: string;
  /** The column's header as written in the file, or the accepted names of a missing column. */
  readonly header: string;
  /** The cell's text as read (empty for a problem that is not one cell's). */
  readonly value: string;
  /** What the cell should hold, in both languages. */
  readonly expected: Bilingual;
  /** The whole message, with the line, the column and the value, in both languages. */
  readonly message: Bilingual;
}

/** The most problems one report lists; past it, `more` counts the rest. */
export const MAX_PROBLEMS = 1000;

/** Excel's column label of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A file the readers refuse: {@link FileReadError.problems} lists every bad cell (up to 1,000, then
 * `more` counts the rest), each with its line, column, header, value and what was expected. It is a
 * {@link ValidationError} whose issues have the path `['line', line, header]`.
 */
export class FileReadError extends ValidationError {
  /** The file's name as the caller gave it, or null. */
  readonly file: string | null;
  /** Every problem found, in file order (line, then column). */
  readonly problems: readonly FileProblem[];
  /** Problems found past the first 1,000 and not listed. */
  readonly more: number;

  constructor(file: string | null, problems: readonly FileProblem[], more = 0) {
    const issues: Issue[] = problems.map((p) =>
      Object.freeze({
        path: Object.freeze(p.line === 0 ? [] : ['line', p.line, p.header]),
        code: 'schema' as const,
        message: p.message,
      }),
    );
    super(issues, { code: 'FILE' });
    this.name = 'FileReadError';
    this.file = file;
    this.problems = Object.freeze(problems.map((p) => Object.freeze({ ...p })));
    this.more = more;
    const head = file === null ? '' : `${file}: `;
    this.message =
      problems.map((p) => `${head}${p.message.en} / ${p.message.zh}`).join('\n') +
      (more > 0 ? `\n${head}… and ${String(more)} more problems / 另有${String(more)}处问题` : '');
  }
}

/**
 * Collects the problems of one file, one per cell, and throws them as one {@link FileReadError}.
 * `kind` says how rows are named: `line` (CSV) or `row` (a sheet, with column letters).
 */
export class Problems {
  /** The problems noted, up to {@link MAX_PROBLEMS}. */
  readonly list: FileProblem[] = [];
  /** Problems past the first {@link MAX_PROBLEMS}, counted but not listed. */
  more = 0;
  /** A file read twice (two passes) notes a problem once. */
  private readonly seen = new Set<string>();
  /** @param kind - `line` (CSV: "line 3, column 5") or `row` (a sheet: "row 3, column E") */
  constructor(readonly kind: 'line' | 'row') {}

  /** A problem of one cell (column ≥ 1), of a row (column 0) or of the file (line 0). */
  add(
    line: number,
    column: number,
    header: string,
    value: string,
    detail: Bilingual,
    expected: Bilingual = detail,
  ): void {
    // one problem per cell (the first found is the most specific); a file read twice notes each once
    const key = column > 0 ? `${String(line)}:${String(column)}` : `${String(line)}:0:${detail.en}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.list.length >= MAX_PROBLEMS) {
      this.more++;
      return;
    }
    const letter = column > 0 ? columnLetter(column) : '';
    const where =
      line === 0
        ? { en: '', zh: '' }
        : column === 0
          ? {
              en: `${this.kind} ${String(line)} (${header}): `,
              zh: `第${String(line)}行（${header}）：`,
            }
          : this.kind === 'line'
            ? {
                en: `line ${String(line)}, column ${String(column)} (${header}): `,
                zh: `第${String(line)}行第${String(column)}列（${header}）：`,
              }
            : {
                en: `row ${String(line)}, column ${letter} (${header}): `,
                zh: `第${String(line)}行${letter}列（${header}）：`,
              };
    this.list.push({
      line,
      column,
      columnLetter: letter,
      header,
      value,
      expected: Object.freeze({ ...expected }),
      message: Object.freeze({ en: where.en + detail.en, zh: where.zh + detail.zh }),
    });
  }

  /** All problems noted, listed or not. */
  get count(): number {
    return this.list.length + this.more;
  }

  /** Throws the file's report ({@link FileReadError}) when any problem was found. */
  throwIfAny(file: string | null): void {
    if (this.count > 0) {
      const sorted = [...this.list].sort((a, b) => a.line - b.line || a.column - b.column);
      throw new FileReadError(file, sorted, this.more);
    }
  }
}
