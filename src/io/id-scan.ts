// The first pass over a CSV roster, made cheap: each record's id, read from the text with no record
// objects and no cell strings but the id's. It reads the records exactly as `records()` in csv.ts does
// (quoted fields, doubled quotes, CR, LF or CRLF, a quoted line break inside a field) and skips blank
// records as the roster reader does (every cell empty or white space). On anything that `records()`
// would refuse it gives up: the caller then reads the ids with the full tokenizer, which reports the
// problem as before.

// A character that String.prototype.trim keeps: `\s` is exactly the white space and line terminators
// trim removes.
const TEXT = /\S/g;

/** True when `s` from `i` to `j` holds a character that trim would keep. */
function hasText(s: string, i: number, j: number): boolean {
  TEXT.lastIndex = i;
  const m = TEXT.exec(s);
  return m !== null && m.index < j;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** The end of a run of characters from `i` that holds none of `a`, `b`, `c`, `d`. */
function runEnd(s: string, i: number, a: number, b: number, c: number, d: number): number {
  const n = s.length;
  let j = i + 1;
  while (j < n) {
    const x = s.charCodeAt(j);
    if (x === a || x === b || x === c || x === d) break;
    j++;
  }
  return j;
}

/** Where the scanner is in the text: the state `records()` keeps, without the fields. */
class IdScanner {
  line = 1; // the line being read
  start = 1; // the line the current record starts on
  column = 0; // the index of the field being read
  id = ''; // the id field's text so far
  text = false; // a field of the record so far holds a character trim keeps
  quoted = false; // inside a quoted field
  afterQuote = false; // just after a quote that closed a quoted field (or starts a doubled one)
  fieldStarted = false; // the current field has any character yet (a quote may open it only then)
  pendingCR = false;

  constructor(
    private readonly headerLine: number,
    private readonly idColumn: number,
    private readonly onId: (id: string) => void,
  ) {}

  /** The end of a record: its id, when it is a data record with text. */
  endRecord(): void {
    if (this.text && this.start > this.headerLine) this.onId(this.id.trim());
    this.id = '';
    this.text = false;
    this.column = 0;
    this.fieldStarted = false;
  }

  /** A run of field text from `i` to `j`. */
  private run(chunk: string, i: number, j: number): void {
    if (!this.text && hasText(chunk, i, j)) this.text = true;
    if (this.column === this.idColumn) this.id += chunk.slice(i, j);
  }

  /** Inside a quoted field, at `i`: the index of the last character read. */
  private inQuotes(chunk: string, i: number, c: number): number {
    if (c === QUOTE) {
      this.quoted = false;
      this.afterQuote = true;
      return i;
    }
    if (c === LF) this.line++;
    // a run with no quote or line break
    const j = runEnd(chunk, i, QUOTE, LF, QUOTE, LF);
    this.run(chunk, i, j);
    return j - 1;
  }

  /** A quote outside a quoted field: false when `records()` refuses it. */
  private quote(): boolean {
    if (this.afterQuote) {
      // a doubled quote inside a quoted field
      if (this.column === this.idColumn) this.id += '"';
      this.text = true;
      this.quoted = true;
      this.afterQuote = false;
    } else if (!this.fieldStarted) {
      this.quoted = true;
      this.fieldStarted = true;
    } else return false; // a quote inside an unquoted field
    return true;
  }

  /** Reads a chunk of text; false when `records()` would refuse it. */
  feed(chunk: string): boolean {
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === LF) continue;
      }
      if (this.quoted) {
        i = this.inQuotes(chunk, i, c);
        continue;
      }
      if (c === QUOTE) {
        if (!this.quote()) return false;
        continue;
      }
      if (this.afterQuote && c !== COMMA && c !== CR && c !== LF) return false; // text after a closing quote
      this.afterQuote = false;
      if (c === COMMA) {
        this.column++;
        this.fieldStarted = false;
      } else if (c === CR || c === LF) {
        this.endRecord();
        this.line++;
        this.start = this.line;
        if (c === CR) this.pendingCR = true;
      } else {
        const j = runEnd(chunk, i, COMMA, QUOTE, CR, LF);
        this.run(chunk, i, j);
        this.fieldStarted = true;
        i = j - 1;
      }
    }
    return true;
  }
}

/**
 * Gives `onId` the trimmed cell of column `idColumn` of each record that starts after line
 * `headerLine`, blank records left out, in file order; false (having stopped) when the text is not CSV
 * that `records()` reads.
 */
export function scanIds(
  chunks: Iterable<string>,
  headerLine: number,
  idColumn: number,
  onId: (id: string) => void,
): boolean {
  const scanner = new IdScanner(headerLine, idColumn, onId);
  let first = true;
  for (let chunk of chunks) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    if (!scanner.feed(chunk)) return false;
  }
  if (scanner.quoted) return false; // a quoted field is not closed
  scanner.endRecord();
  return true;
}

/**
 * Counts the rows of each id (the trimmed cell of column `idColumn`) in the records that start after
 * line `headerLine`, blank records left out; null when the text is not CSV that `records()` reads.
 */
export function countIds(
  chunks: Iterable<string>,
  headerLine: number,
  idColumn: number,
): Map<string, number> | null {
  const counts = new Map<string, number>();
  const ok = scanIds(chunks, headerLine, idColumn, (key) => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return ok ? counts : null;
}

/**
 * How many rows each record's id has, for the second pass (internal): `rowsOf(ordinal, id)` for the
 * `ordinal`-th data record (from 0, blank records not counted), whose id is `id`. An id of one row —
 * most of a roster — is known by its ordinal alone (one bit each), so the second pass looks nothing up
 * for it; only ids with several rows (renewals) are kept by name. `records` is how many data records
 * the first pass read: the second must read as many.
 */
export interface IdPlan {
  readonly records: number;
  rowsOf(ordinal: number, id: string): number;
}

/** Builds an {@link IdPlan} from the ids of the data records, given in file order (internal). */
export class IdPlanner {
  // id → the ordinal of its first record; the map of every id, dropped when the plan is made
  private firstAt: Map<string, number> | null = new Map();
  // ids with several rows → their number of rows
  private readonly several = new Map<string, number>();
  // bit `ordinal`: the record's id has several rows
  private bits = new Uint8Array(1 << 12);
  private count = 0;

  /** The next record's id. */
  readonly add = (id: string): void => {
    const ordinal = this.count++;
    if (ordinal >>> 3 >= this.bits.length) {
      const grown = new Uint8Array(this.bits.length * 2);
      grown.set(this.bits);
      this.bits = grown;
    }
    const firstAt = this.firstAt as Map<string, number>;
    const first = firstAt.get(id);
    if (first === undefined) {
      firstAt.set(id, ordinal);
      return;
    }
    const n = this.several.get(id);
    if (n === undefined) {
      this.mark(first);
      this.several.set(id, 2);
    } else this.several.set(id, n + 1);
    this.mark(ordinal);
  };

  private mark(ordinal: number): void {
    this.bits[ordinal >>> 3] = (this.bits[ordinal >>> 3] as number) | (1 << (ordinal & 7));
  }

  /** The plan of the ids given; the planner's map of every id is let go. */
  plan(): IdPlan {
    this.firstAt = null;
    const { bits, several, count } = this;
    return {
      records: count,
      rowsOf: (ordinal, id) =>
        ((bits[ordinal >>> 3] as number) & (1 << (ordinal & 7))) === 0 ? 1 : (several.get(id) ?? 1),
    };
  }
}
