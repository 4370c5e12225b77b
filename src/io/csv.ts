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

/** Records of CSV text arriving in chunks (any chunk boundaries). */
export function* records(chunks: Iterable<string>): Generator<CsvRecord> {
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let start = 1;
  let column = 0;
  let first = true;
  let pendingCR = false;
  for (let chunk of chunks) {
    if (first) {
      chunk = chunk.replace(/^\uFEFF/, '');
      first = false;
    }
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i] as string;
      if (pendingCR) {
        pendingCR = false;
        if (ch === '\n') continue;
      }
      column++;
      if (quoted) {
        if (ch === '"') {
          quoted = false;
          afterQuote = true;
        } else if (ch === '\n') {
          line++;
          column = 0;
          field += ch;
        } else {
          // a run of characters with no quote or line break, added at once
          let j = i + 1;
          while (j < chunk.length) {
            const c = chunk.charCodeAt(j);
            if (c === 34 || c === 10) break;
            j++;
          }
          field += chunk.slice(i, j);
          column += j - i - 1;
          i = j - 1;
        }
        continue;
      }
      if (ch === '"') {
        if (afterQuote) {
          field += '"'; // a doubled quote inside a quoted field
          quoted = true;
          afterQuote = false;
        } else if (field.length === 0) quoted = true;
        else throw new CsvSyntaxError(line, column, 'a quote inside an unquoted field');
        continue;
      }
      if (afterQuote && ch !== ',' && ch !== '\r' && ch !== '\n')
        throw new CsvSyntaxError(line, column, 'text after a closing quote');
      afterQuote = false;
      if (ch === ',') {
        fields.push(field);
        field = '';
      } else if (ch === '\r' || ch === '\n') {
        fields.push(field);
        if (!(fields.length === 1 && fields[0] === '')) yield { line: start, fields };
        fields = [];
        field = '';
        line++;
        start = line;
        column = 0;
        if (ch === '\r') pendingCR = true;
      } else {
        // a run of ordinary characters (no comma, quote or line break), added at once
        let j = i + 1;
        while (j < chunk.length) {
          const c = chunk.charCodeAt(j);
          if (c === 44 || c === 34 || c === 13 || c === 10) break;
          j++;
        }
        field += chunk.slice(i, j);
        column += j - i - 1;
        i = j - 1;
      }
    }
  }
  if (quoted) throw new CsvSyntaxError(line, column, 'a quoted field is not closed');
  if (field.length > 0 || fields.length > 0) {
    fields.push(field);
    yield { line: start, fields };
  }
}
