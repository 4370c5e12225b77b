// A streaming RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, a BOM at the start.

/** One record with its 1-based line number in the file (the line where the record starts). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** Thrown for a malformed file: the line and column where it goes wrong. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

/** The end of a run of characters from `i` that holds none of `a`, `b`, `c`, `d` (internal; the id scan's too). */
export function runEnd(s: string, i: number, a: number, b: number, c: number, d: number): number {
  const n = s.length;
  let j = i + 1;
  while (j < n) {
    const x = s.charCodeAt(j);
    if (x === a || x === b || x === c || x === d) break;
    j++;
  }
  return j;
}

/** The reader's state between characters and chunks; a record, when one ends, in `ready`. */
class Tokenizer {
  field = '';
  fields: string[] = [];
  quoted = false;
  afterQuote = false;
  line = 1;
  start = 1;
  column = 0;
  pendingCR = false;
  /** A record just ended (null: none). */
  ready: CsvRecord | null = null;

  /** Inside a quoted field, at `i`: the index of the last character read. */
  private inQuotes(chunk: string, i: number, ch: string): number {
    if (ch === '"') {
      this.quoted = false;
      this.afterQuote = true;
    } else if (ch === '\n') {
      this.line++;
      this.column = 0;
      this.field += ch;
    } else {
      // a run of characters with no quote or line break, added at once
      const j = runEnd(chunk, i, 34, 10, 34, 10);
      this.field += chunk.slice(i, j);
      this.column += j - i - 1;
      return j - 1;
    }
    return i;
  }

  /** A quote outside a quoted field. */
  private quote(): void {
    if (this.afterQuote) {
      this.field += '"'; // a doubled quote inside a quoted field
      this.quoted = true;
      this.afterQuote = false;
    } else if (this.field.length === 0) this.quoted = true;
    else throw new CsvSyntaxError(this.line, this.column, 'a quote inside an unquoted field');
  }

  /** A line break ends the record (a blank line is none). */
  private endRecord(ch: string): void {
    this.fields.push(this.field);
    if (!(this.fields.length === 1 && this.fields[0] === ''))
      this.ready = { line: this.start, fields: this.fields };
    this.fields = [];
    this.field = '';
    this.line++;
    this.start = this.line;
    this.column = 0;
    if (ch === '\r') this.pendingCR = true;
  }

  /** Reads the character at `i` (and the run it starts): the index of the last character read. */
  step(chunk: string, i: number): number {
    const ch = chunk[i] as string;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (ch === '\n') return i;
    }
    this.column++;
    if (this.quoted) return this.inQuotes(chunk, i, ch);
    if (ch === '"') {
      this.quote();
      return i;
    }
    if (this.afterQuote && ch !== ',' && ch !== '\r' && ch !== '\n')
      throw new CsvSyntaxError(this.line, this.column, 'text after a closing quote');
    this.afterQuote = false;
    if (ch === ',') {
      this.fields.push(this.field);
      this.field = '';
    } else if (ch === '\r' || ch === '\n') this.endRecord(ch);
    else {
      // a run of ordinary characters (no comma, quote or line break), added at once
      const j = runEnd(chunk, i, 44, 34, 13, 10);
      this.field += chunk.slice(i, j);
      this.column += j - i - 1;
      return j - 1;
    }
    return i;
  }

  /** The record the text ends with (no line break after it), if any. */
  last(): CsvRecord | null {
    if (this.quoted)
      throw new CsvSyntaxError(this.line, this.column, 'a quoted field is not closed');
    if (this.field.length === 0 && this.fields.length === 0) return null;
    this.fields.push(this.field);
    return { line: this.start, fields: this.fields };
  }
}

/** Records of CSV text arriving in chunks (any chunk boundaries). */
export function* records(chunks: Iterable<string>): Generator<CsvRecord> {
  const t = new Tokenizer();
  let first = true;
  for (let chunk of chunks) {
    if (first) {
      chunk = chunk.replace(/^\uFEFF/, '');
      first = false;
    }
    for (let i = 0; i < chunk.length; i++) {
      i = t.step(chunk, i);
      if (t.ready !== null) {
        yield t.ready;
        t.ready = null;
      }
    }
  }
  const last = t.last();
  if (last !== null) yield last;
}
