// An .xlsx sheet's rows read as the sheet is unzipped, synchronously, so the roster reader (a
// synchronous generator shared with the CSV) can pull them one at a time: the workbook is a zip whose
// central directory gives each part's place in the bytes; the sheet's XML is inflated 64 KiB at a time
// (fflate's streaming Inflate) and parsed by saxes (the XML parser exceljs itself uses), and a row is
// handed on as soon as its closing tag is read. exceljs's own streaming reader cannot serve here: its
// rows come through an async iterator, which a synchronous reader cannot wait for — and reading them
// all first is what holds the whole roster. Cell values are made exactly as exceljs's streaming reader
// makes them (worksheet-reader.js, exceljs 4.4.0), so a workbook reads the same either way.
import { bi } from '../errors/messages.js';
import type { Problems } from './problems.js';
import type { RecordSource, TextRecord } from './roster.js';
import { noSheet, textRecord, unreadable, type HeaderSeen, type SheetOptions } from './xlsx.js';
import type { RandomAccessSource } from './xlsx-roster.js';

/** A streaming DEFLATE decoder: fflate's `Inflate` (internal). */
type InflateLike = new (cb: (chunk: Uint8Array, final: boolean) => void) => {
  push(chunk: Uint8Array, final?: boolean): void;
};
/** The part of saxes's parser used here (internal). */
interface SaxLike {
  on(
    event: 'opentag',
    h: (tag: { name: string; attributes: Record<string, unknown> }) => void,
  ): void;
  on(event: 'closetag', h: (tag: { name: string }) => void): void;
  on(event: 'text', h: (text: string) => void): void;
  on(event: 'error', h: (e: Error) => void): void;
  write(chunk: string): unknown;
  close(): unknown;
}
/** The two packages the streamed reader needs, loaded when an .xlsx is streamed (internal). */
export interface StreamDeps {
  readonly Inflate: InflateLike;
  readonly Sax: new () => SaxLike;
}

/** Loads fflate and saxes, or notes in `problems` that they are missing (internal). */
export async function loadStreamDeps(problems: Problems): Promise<StreamDeps | null> {
  try {
    const [fflate, saxes] = await Promise.all([import('fflate'), import('saxes')]);
    return {
      Inflate: fflate.Inflate as unknown as InflateLike,
      Sax: saxes.SaxesParser as unknown as new () => SaxLike,
    };
  } catch {
    problems.add(
      0,
      0,
      '',
      '',
      bi(
        'streaming .xlsx needs the fflate and saxes packages: npm install fflate saxes',
        '流式读取 .xlsx 需要 fflate 和 saxes 包：npm install fflate saxes',
      ),
    );
    return null;
  }
}

/** Reads a source's bytes, checked: a read past its end or a short read throws (internal). */
export type ByteReader = (position: number, length: number) => Uint8Array;

/** A checked reader over a source whose size was validated (internal). */
export function byteReader(source: RandomAccessSource): ByteReader {
  const { size } = source;
  return (position, length) => {
    if (position < 0 || length < 0 || position + length > size)
      throw new Error(
        `a part of the zip lies past the end of the file (bytes ${String(position)}–${String(position + length)} of ${String(size)}): cut short or damaged`,
      );
    const got: unknown = source.read(position, length);
    if (!(got instanceof Uint8Array) || got.length !== length)
      throw new Error(
        `read(${String(position)}, ${String(length)}) gave ${got instanceof Uint8Array ? `${String(got.length)} bytes` : typeof got}, not ${String(length)} bytes`,
      );
    return got;
  };
}

/** A part of the zip: its name, compression method and where its compressed bytes are (internal). */
interface ZipPart {
  readonly name: string;
  readonly method: number;
  readonly start: number;
  readonly size: number;
}

/**
 * The parts of a zip from its central directory, in the order they are stored (internal): the end
 * record is looked for in the file's tail, then the directory and each part's local header are read.
 */
export function zipParts(read: ByteReader, fileSize: number): ZipPart[] {
  const tailStart = Math.max(0, fileSize - 22 - 0xffff);
  const tail = read(tailStart, fileSize - tailStart);
  const t = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (t.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw new Error('no zip directory at the end of the file (cut short?)');
  const count = t.getUint16(end + 10, true);
  const directorySize = t.getUint32(end + 12, true);
  const directoryStart = t.getUint32(end + 16, true);
  if (count === 0xffff || directoryStart === 0xffffffff)
    throw new Error('a ZIP64 archive (over 4 GiB)');
  const b = read(directoryStart, directorySize);
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const names = new Utf8();
  const parts: ZipPart[] = [];
  let at = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || v.getUint32(at, true) !== 0x02014b50)
      throw new Error('a damaged zip directory');
    const nameLength = v.getUint16(at + 28, true);
    const localAt = v.getUint32(at + 42, true);
    const local = read(localAt, 30);
    const l = new DataView(local.buffer, local.byteOffset, local.byteLength);
    if (l.getUint32(0, true) !== 0x04034b50) throw new Error('a damaged zip entry');
    parts.push({
      name: names.decode(b.subarray(at + 46, at + 46 + nameLength)),
      method: v.getUint16(at + 10, true),
      start: localAt + 30 + l.getUint16(26, true) + l.getUint16(28, true),
      size: v.getUint32(at + 20, true),
    });
    at += 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return parts.sort((x, y) => x.start - y.start);
}

const CHUNK = 64 * 1024;

// TextDecoder is a global of every runtime the library supports (see decode.ts); the core's type
// settings do not declare it.
interface Utf8Decoder {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}
const Utf8 = (globalThis as unknown as { TextDecoder: new () => Utf8Decoder }).TextDecoder;

/** A part's bytes, read and inflated 64 KiB at a time (internal). */
function* inflated(read: ByteReader, part: ZipPart, deps: StreamDeps): Generator<Uint8Array> {
  const end = part.start + part.size;
  if (part.method === 0) {
    for (let i = part.start; i < end; i += CHUNK) yield read(i, Math.min(CHUNK, end - i));
    return;
  }
  if (part.method !== 8) throw new Error(`${part.name}: zip compression method ${part.method}`);
  const out: Uint8Array[] = [];
  const inflate = new deps.Inflate((chunk) => out.push(chunk));
  for (let i = part.start; i < end; i += CHUNK) {
    inflate.push(read(i, Math.min(CHUNK, end - i)), i + CHUNK >= end);
    for (const chunk of out) yield chunk;
    out.length = 0;
  }
}

/** An XML event: a tag opened (with its attributes), text, a tag closed (internal). */
type XmlEvent =
  | { readonly open: string; readonly attributes: Record<string, unknown> }
  | { readonly text: string }
  | { readonly close: string };

/**
 * A part's XML fed to a parser as it is inflated, and the items the parser's handlers collect handed
 * on after each chunk (internal). Like exceljs: the same parser (saxes), an error thrown after the
 * chunk that caused it — and, unlike it, a part cut short (a tag left open) is an error too.
 */
function* parsed<T>(
  read: ByteReader,
  part: ZipPart,
  deps: StreamDeps,
  handle: (parser: SaxLike) => T[],
): Generator<T> {
  const parser = new deps.Sax();
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  const ready = handle(parser);
  // one decoder for the part: a character split between two chunks is read whole
  const text = new Utf8();
  const write = (s: string | null) => {
    if (s === null) parser.close();
    else if (s !== '') parser.write(s);
    if (error !== null) throw error;
  };
  for (const chunk of inflated(read, part, deps)) {
    write(text.decode(chunk, { stream: true }));
    for (const item of ready) yield item;
    ready.length = 0;
  }
  write(text.decode());
  write(null);
  for (const item of ready) yield item;
}

/** A part's XML events: a tag opened (with its attributes), text, a tag closed (internal). */
function xmlEvents(read: ByteReader, part: ZipPart, deps: StreamDeps): Generator<XmlEvent> {
  return parsed(read, part, deps, (parser) => {
    const events: XmlEvent[] = [];
    parser.on('opentag', (tag) => events.push({ open: tag.name, attributes: tag.attributes }));
    parser.on('text', (text) => events.push({ text }));
    parser.on('closetag', (tag) => events.push({ close: tag.name }));
    return events;
  });
}

const attr = (a: Record<string, unknown>, name: string): string | undefined => {
  const v = a[name];
  return typeof v === 'string' ? v : undefined;
};

/** exceljs's utils.xmlDecode: a second decoding of the five named entities (kept for the same cells). */
const xmlDecode = (s: string): string =>
  s.replace(/&([a-z]*);/g, (c) =>
    c === '&lt;'
      ? '<'
      : c === '&gt;'
        ? '>'
        : c === '&amp;'
          ? '&'
          : c === '&apos;'
            ? "'"
            : c === '&quot;'
              ? '"'
              : c,
  );

/** exceljs's utils.isDateFmt: a number format that shows a date or a time. */
const isDateFormat = (f: string | undefined): boolean =>
  f !== undefined &&
  f !== '' &&
  /[ymdhMsb]+/.test(f.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** exceljs's built-in number formats that have a code of their own (defaultnumformats.js, 0–22). */
const BUILT_IN: Readonly<Record<number, string>> = {
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
};

const SEGMENT = 4096;

/**
 * The shared strings table kept compact (internal): the texts joined 4,096 to a string with their
 * offsets, so a text costs its characters and four bytes — not a string object of its own that may
 * keep the whole parsed chunk it was cut from alive. Rich text and empty entries are kept aside.
 */
class StringTable {
  private readonly segments: string[] = [];
  private readonly offsets: Uint32Array[] = [];
  private readonly odd = new Map<number, unknown>();
  private pending: string[] = [];
  private count = 0;

  push(value: unknown): void {
    if (typeof value === 'string') this.pending.push(value);
    else {
      this.odd.set(this.count, value);
      this.pending.push('');
    }
    this.count++;
    if (this.pending.length === SEGMENT) this.seal();
  }

  /** Joins the texts pushed since the last segment into one. */
  seal(): void {
    if (this.pending.length === 0) return;
    const offsets = new Uint32Array(this.pending.length + 1);
    let at = 0;
    this.pending.forEach((text, i) => {
      offsets[i] = at;
      at += text.length;
    });
    offsets[this.pending.length] = at;
    this.segments.push(this.pending.join(''));
    this.offsets.push(offsets);
    this.pending = [];
  }

  /** The entry at an index, as exceljs's table would give it (undefined past the end). */
  get(i: number): unknown {
    if (this.odd.has(i)) return this.odd.get(i);
    const segment = Math.floor(i / SEGMENT);
    const text = this.segments[segment];
    const offsets = this.offsets[segment];
    const k = i - segment * SEGMENT;
    if (text === undefined || offsets === undefined || !(k >= 0 && k + 1 < offsets.length))
      return undefined;
    return text.slice(offsets[k], offsets[k + 1]);
  }
}

/** Bounds of the shared strings reader (internal: small ones in tests reach every path). */
export interface SharedLimits {
  /** How many entries the cache keeps (the ones used last). */
  readonly cache: number;
  /** How many characters the cached entries may hold in all (long texts keep fewer of them). */
  readonly characters?: number;
  /** How many times the table may be read again from its start before it is held whole. */
  readonly restarts: number;
  /** Filled in as the workbook is read: the restarts made, and whether the table was held whole. */
  readonly stats?: { restarts: number; whole: boolean };
}

/** 4,096 entries and 1,048,576 characters cached; 32 restarts before the table is held whole. */
export const SHARED_LIMITS: SharedLimits = { cache: 4096, characters: 1 << 20, restarts: 32 };

/** The characters an entry holds (its runs' for rich text) (internal). */
const weight = (value: unknown): number =>
  typeof value === 'string'
    ? value.length
    : typeof value === 'object' && value !== null && 'richText' in value
      ? (value.richText as { text: string | null }[]).reduce((n, r) => n + (r.text?.length ?? 0), 0)
      : 0;

// A text cut from a parsed chunk may keep the whole chunk alive in V8 (a sliced string); the copy
// kept in the cache is a string of its own.
const own = (s: string): string => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

/**
 * The shared strings table's entries in order, each as exceljs's cache holds it: the text, null for
 * an empty entry, or `{ richText: [{ text }] }` with the runs of a rich one (`<rPh>` runs too, as
 * exceljs reads them) (internal).
 */
function* sharedEntries(read: ByteReader, part: ZipPart, deps: StreamDeps): Generator {
  let text: string | null = null;
  let rich: { text: string | null }[] = [];
  for (const e of xmlEvents(read, part, deps)) {
    if ('open' in e) {
      if (e.open === 'si') {
        rich = [];
        text = null;
      } else if (e.open === 't') text = null;
    } else if ('text' in e) text = text === null ? e.text : text + e.text;
    else if (e.close === 'r') {
      rich.push({ text: text === null ? null : own(text) });
      text = null;
    } else if (e.close === 'si') {
      yield rich.length > 0 ? { richText: rich } : text === null ? null : own(text);
      rich = [];
      text = null;
    }
  }
}

/**
 * The shared strings table read beside the sheet, never held whole while the workbook is in order
 * (internal). A cell names an entry by its index; Excel and exceljs number the entries in the order
 * of first use, row by row, so in a roster a new index is the next one of the table and a repeated
 * text (a sector, a kind) was used a moment ago. So: the table is read as a second stream, advanced
 * to the index a cell asks for; every entry read passes through a cache of the ones used last; an
 * index behind the stream and not in the cache reads the table again from its start (correct,
 * slower); after `restarts` of those — a table not in the order of use — it is held whole, as
 * exceljs holds it (the worst case, documented in docs/files.md).
 */
class SharedStrings {
  private entries: Iterator<unknown> | null = null;
  /** The index of the entry the stream reads next. */
  private next = 0;
  /** The number of entries, once the stream has reached the end. */
  private length: number | null = null;
  private readonly cache = new Map<number, unknown>();
  /** The characters the cache holds. */
  private characters = 0;
  private table: StringTable | null = null;
  private restarts = 0;

  constructor(
    private readonly open: () => Generator,
    private readonly limits: SharedLimits,
  ) {}

  /** The entry at an index, as exceljs's table would give it (undefined past the end). */
  get(i: number): unknown {
    if (!(Number.isSafeInteger(i) && i >= 0)) return undefined;
    if (this.table !== null) return this.table.get(i);
    if (this.cache.has(i)) {
      const value = this.cache.get(i);
      this.cache.delete(i); // the most recently used last
      this.cache.set(i, value);
      return value;
    }
    if (this.length !== null && i >= this.length) return undefined;
    if (i < this.next || this.entries === null) {
      if (i < this.next) {
        if (this.restarts === this.limits.restarts) return this.holdWhole().get(i);
        this.restarts++;
        if (this.limits.stats !== undefined) this.limits.stats.restarts = this.restarts;
      }
      this.entries?.return?.();
      this.entries = this.open();
      this.next = 0;
    }
    for (;;) {
      const r = this.entries.next();
      if (r.done === true) {
        this.length = this.next;
        return undefined;
      }
      const index = this.next++;
      // read again after a restart: the entry may still be cached (its characters counted once)
      if (this.cache.has(index)) {
        this.characters -= weight(this.cache.get(index));
        this.cache.delete(index);
      }
      this.cache.set(index, r.value);
      this.characters += weight(r.value);
      const most = this.limits.characters ?? Infinity;
      while (
        this.cache.size > this.limits.cache ||
        (this.characters > most && this.cache.size > 1)
      ) {
        const [oldest, value] = this.cache.entries().next().value as [number, unknown];
        this.cache.delete(oldest);
        this.characters -= weight(value);
      }
      if (index === i) return r.value;
    }
  }

  /** Reads the whole table and holds it from now on (the worst case). */
  private holdWhole(): StringTable {
    const table = new StringTable();
    for (const value of this.open()) table.push(value);
    table.seal();
    this.entries?.return?.();
    this.entries = null;
    this.cache.clear();
    this.characters = 0;
    this.table = table;
    if (this.limits.stats !== undefined) this.limits.stats.whole = true;
    return table;
  }
}

/** What a sheet's cells need from the rest of the workbook (internal). */
interface Book {
  /** The shared strings table (text, or `{ richText }`), read beside the sheet. */
  readonly shared: SharedStrings | null;
  /** Whether the style of each index (cellXfs) shows a date; undefined for an index with no style. */
  readonly dateStyle: readonly boolean[];
  readonly date1904: boolean;
  /** The sheets in the order their parts are stored, with their names. */
  readonly sheets: readonly { readonly part: ZipPart; readonly name: string }[];
}

const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** The workbook's relationships, sheet names, date system, styles and shared strings (internal). */
function readBook(
  read: ByteReader,
  parts: readonly ZipPart[],
  deps: StreamDeps,
  limits: SharedLimits,
): Book {
  const events = (name: string) => {
    const part = parts.find((p) => p.name === name);
    return part === undefined ? [] : xmlEvents(read, part, deps);
  };
  const rels: { id: string | undefined; target: string | undefined }[] = [];
  for (const e of events('xl/_rels/workbook.xml.rels'))
    if ('open' in e && e.open === 'Relationship')
      rels.push({ id: attr(e.attributes, 'Id'), target: attr(e.attributes, 'Target') });
  const listed: { name: string; rId: string | undefined }[] = [];
  let date1904 = false;
  for (const e of events('xl/workbook.xml')) {
    if (!('open' in e)) continue;
    if (e.open === 'sheet')
      listed.push({
        name: xmlDecode(attr(e.attributes, 'name') ?? ''),
        rId: attr(e.attributes, 'r:id'),
      });
    else if (e.open === 'workbookPr') date1904 = attr(e.attributes, 'date1904') === '1';
  }
  // styles: custom number formats, and each cell style's format (exceljs's StyleManager)
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  for (const e of events('xl/styles.xml')) {
    if ('open' in e) {
      if (e.open === 'numFmt')
        formats.set(
          parseInt(attr(e.attributes, 'numFmtId') ?? '', 10),
          (attr(e.attributes, 'formatCode') ?? '').replace(/[\\](.)/g, '$1'),
        );
      else if (e.open === 'cellXfs') inCellXfs = true;
      else if (e.open === 'xf' && inCellXfs)
        styleFormats.push(parseInt(attr(e.attributes, 'numFmtId') ?? '', 10));
    } else if ('close' in e && e.close === 'cellXfs') inCellXfs = false;
  }
  const dateStyle = styleFormats.map(
    (id) => id > 0 && isDateFormat(formats.get(id) ?? BUILT_IN[id]),
  );
  const strings = parts.find((p) => p.name === 'xl/sharedStrings.xml');
  const shared =
    strings === undefined
      ? null
      : new SharedStrings(() => sharedEntries(read, strings, deps), limits);
  const sheets = parts
    .filter((p) => SHEET_PART.test(p.name))
    .map((part) => {
      const n = SHEET_PART.exec(part.name)?.[1] ?? '';
      // a target relative to xl/ (Excel, exceljs) or absolute (some other writers)
      const rel = rels.find(
        (r) =>
          r.target === `worksheets/sheet${n}.xml` || r.target === `/xl/worksheets/sheet${n}.xml`,
      );
      const sheet = rel === undefined ? undefined : listed.find((s) => s.rId === rel.id);
      // a sheet the workbook does not name is called as exceljs calls it
      return { part, name: sheet?.name ?? `Sheet${n}` };
    });
  return { shared, dateStyle, date1904, sheets };
}

/** A column's number from a cell reference (C5 → 3), or null (internal). */
function columnOf(ref: string | undefined): number | null {
  const m = ref === undefined ? null : /^\$?([A-Za-z]{1,3})/.exec(ref);
  if (m === null) return null;
  let n = 0;
  for (const ch of (m[1] as string).toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * A sheet's rows as cell values, each handed on when its `</row>` is read (internal). The values are
 * exceljs's: shared and inline text, numbers, a Date for a number whose style (or row's style) shows a
 * date, booleans, `{ error }`, `{ formula, result }`, `{ richText }`. The parser's events are handled
 * as they come (no event list), and the rows of each inflated chunk handed on before the next.
 */
function sheetRows(
  read: ByteReader,
  book: Book,
  part: ZipPart,
  deps: StreamDeps,
): Generator<{ line: number; values: unknown[] }> {
  return parsed(read, part, deps, (parser) => rowHandlers(parser, book));
}

/** Sets the handlers that make a sheet's rows; returns the list they put each finished row in (internal). */
function rowHandlers(parser: SaxLike, book: Book): { line: number; values: unknown[] }[] {
  const ready: { line: number; values: unknown[] }[] = [];
  let inRows = false;
  let row: { line: number; values: unknown[]; date: boolean } | null = null;
  let cell: {
    col: number;
    s: number;
    t: string | undefined;
    f?: { text: string };
    v?: { text: string };
  } | null = null;
  let current: { text: string } | null = null;
  let lastLine = 0;
  let lastCol = 0;
  parser.on('opentag', ({ name, attributes }) => {
    switch (name) {
      case 'sheetData':
        inRows = true;
        break;
      case 'row': {
        if (!inRows) break;
        const r = parseInt(attr(attributes, 'r') ?? '', 10);
        lastLine = Number.isNaN(r) ? lastLine + 1 : r;
        lastCol = 0;
        const s = attr(attributes, 's');
        row = {
          line: lastLine,
          values: [],
          date: s !== undefined && book.dateStyle[parseInt(s, 10)] === true,
        };
        break;
      }
      case 'c':
        if (row !== null) {
          const col = columnOf(attr(attributes, 'r')) ?? lastCol + 1;
          lastCol = col;
          cell = { col, s: parseInt(attr(attributes, 's') ?? '', 10), t: attr(attributes, 't') };
        }
        break;
      case 'f':
        if (cell !== null) current = cell.f = { text: '' };
        break;
      case 'v':
      case 'is':
      case 't':
        if (cell !== null) current = cell.v = { text: '' };
        break;
      default:
        break;
    }
  });
  parser.on('text', (text) => {
    if (current !== null) current.text += text;
  });
  parser.on('closetag', ({ name }) => {
    if (name === 'sheetData') inRows = false;
    else if (name === 'row') {
      if (row !== null) ready.push({ line: row.line, values: row.values });
      row = null;
    } else if (name === 'c' && row !== null && cell !== null) {
      const { values } = row;
      while (values.length < cell.col) values.push(null);
      // a style of its own (index > 0) decides; otherwise the row's
      const styled = cell.s > 0 && book.dateStyle[cell.s] !== undefined;
      const date = styled ? book.dateStyle[cell.s] === true : row.date;
      values[cell.col - 1] = cellValue(cell, book, date);
      cell = null;
    }
  });
  return ready;
}

/** A cell's value as exceljs's streaming reader makes it (internal). */
function cellValue(
  c: { t: string | undefined; f?: { text: string }; v?: { text: string } },
  book: Book,
  date: boolean,
): unknown {
  if (c.f !== undefined) {
    if (c.v === undefined) return { formula: c.f.text };
    // the saved result in its own type: text, an error (#N/A — read as its text, so a date or number
    // column refuses it), a boolean, else a number
    const text = c.v.text;
    return {
      formula: c.f.text,
      result:
        c.t === 'str'
          ? xmlDecode(text)
          : c.t === 'e'
            ? { error: text }
            : c.t === 'b'
              ? parseInt(text, 10) !== 0
              : parseFloat(text),
    };
  }
  if (c.v === undefined) return null;
  switch (c.t) {
    case 's': {
      const i = parseInt(c.v.text, 10);
      // an index the table does not have is a cell that cannot be read (reported), never a blank
      const value = book.shared === null ? undefined : book.shared.get(i);
      return value === undefined ? { sharedString: c.v.text } : value;
    }
    case 'inlineStr':
    case 'str':
      return xmlDecode(c.v.text);
    case 'e':
      return { error: c.v.text };
    case 'b':
      return parseInt(c.v.text, 10) !== 0;
    default: {
      const n = parseFloat(c.v.text);
      if (!date) return n;
      return new Date(Math.round((n - 25569 + (book.date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
    }
  }
}

/**
 * The chosen sheet's records, read anew (from the bytes) for each pass the roster reader makes, or
 * null when the workbook or the sheet cannot be read (the problem noted) (internal).
 */
export function streamedSheet(
  source: RandomAccessSource,
  options: SheetOptions,
  problems: Problems,
  deps: StreamDeps,
  limits: SharedLimits = SHARED_LIMITS,
): RecordSource | null {
  const read = byteReader(source);
  let book: Book;
  try {
    book = readBook(read, zipParts(read, source.size), deps, limits);
  } catch (e) {
    return unreadable(e, problems);
  }
  const sheet =
    options.sheet === undefined
      ? book.sheets[0]
      : book.sheets.find((s) => s.name === options.sheet);
  if (sheet === undefined)
    return noSheet(
      options,
      book.sheets.map((s) => s.name),
      problems,
    );
  return function* records(): Generator<TextRecord> {
    const seen: HeaderSeen = { header: null };
    try {
      for (const { line, values } of sheetRows(read, book, sheet.part, deps))
        yield textRecord(line, values, seen, problems);
    } catch (e) {
      unreadable(e, problems);
    }
  };
}
