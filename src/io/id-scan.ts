// The first pass over a CSV roster, made cheap: each record's id, read from the text with no record
// objects and no cell strings but the id's. It reads the records exactly as `records()` in csv.ts does
// (quoted fields, doubled quotes, CR, LF or CRLF, a quoted line break inside a field) and skips blank
// records as the roster reader does (every cell empty or white space). On anything that `records()`
// would refuse it gives up: the caller then reads the ids with the full tokenizer, which reports the
// problem as before.
import { runEnd } from './csv.js';

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
 * How many rows each id has, for the second pass (internal): `rowsOf(id)`, asked once for each data
 * record's id in file order (blank records left out), gives the number of rows of that id in the file.
 * `records` is how many data records the first pass read: the second must read as many.
 */
export interface IdPlan {
  readonly records: number;
  rowsOf(id: string): number;
}

/** FNV-1a over a string's UTF-16 code units: 32 bits. */
export function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * How many ids had each hash: an open-addressing table of 32-bit hashes and their counts, in typed
 * arrays (no object per id for the garbage collector to trace).
 */
class HashCounts {
  private keys = new Uint32Array(1 << 12);
  /** The count of the hash in each slot; 0: an empty slot. */
  counts = new Uint32Array(1 << 12);
  private size = 0;

  /** The slot of hash `h`, or -1 when it was never added. */
  find(h: number): number {
    const mask = this.keys.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      if (this.counts[i] === 0) return -1;
      if (this.keys[i] === h) return i;
    }
  }

  /** Counts one more id of hash `h`; the count before (0: a hash not seen yet). */
  add(h: number): number {
    const mask = this.keys.length - 1;
    let i = h & mask;
    for (; ; i = (i + 1) & mask) {
      const c = this.counts[i] as number;
      if (c === 0) break;
      if (this.keys[i] === h) {
        this.counts[i] = c + 1;
        return c;
      }
    }
    this.keys[i] = h;
    this.counts[i] = 1;
    if (++this.size * 4 > this.keys.length * 3) this.grow();
    return 0;
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const c = counts[j] as number;
      if (c === 0) continue;
      const h = keys[j] as number;
      let i = h & mask;
      while (this.counts[i] !== 0) i = (i + 1) & mask;
      this.keys[i] = h;
      this.counts[i] = c;
    }
  }
}

/**
 * Builds an {@link IdPlan} from the ids of the data records, given in file order (internal). Ids are
 * not kept, only their hashes: an id whose hash no other row has is an id of one row — most of a
 * roster — and is never looked up by name. A row whose hash an earlier row had (the same id: a
 * renewal; or, rarely, another id with the same hash) is counted by its id in `repeats`. The second
 * pass then knows each id's rows exactly: the rows of id S are its repeats, plus one when S is the id
 * of the first row with its hash (which the second pass reads first, the rows being in the same order).
 */
export class IdPlanner {
  private readonly hashes = new HashCounts();
  // id → its rows that were not the first row of their hash
  private readonly repeats = new Map<string, number>();
  private count = 0;

  constructor(private readonly hash: (id: string) => number = hashOf) {}

  /** The next record's id. */
  readonly add = (id: string): void => {
    this.count++;
    if (this.hashes.add(this.hash(id)) > 0) this.repeats.set(id, (this.repeats.get(id) ?? 0) + 1);
  };

  /** The plan: `rowsOf` must be asked for every data record's id, in file order. */
  plan(): IdPlan {
    const { hashes, repeats, count, hash } = this;
    // hash slot → the id of the first row with that hash (for hashes of several rows)
    const firstOf = new Map<number, string>();
    return {
      records: count,
      rowsOf: (id) => {
        const slot = hashes.find(hash(id));
        if (slot < 0 || hashes.counts[slot] === 1) return 1;
        const first = firstOf.get(slot);
        if (first === undefined) firstOf.set(slot, id);
        return (repeats.get(id) ?? 0) + (first === undefined || first === id ? 1 : 0);
      },
    };
  }
}
