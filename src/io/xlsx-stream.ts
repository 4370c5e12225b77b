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

/** A part of the zip: its name, compression method and where its compressed bytes are (internal). */
interface ZipPart {
  readonly name: string;
  readonly method: number;
  readonly start: number;
  readonly size: number;
}

/** The parts of a zip from its central directory, in the order they are stored (internal). */
export function zipParts(b: Uint8Array): ZipPart[] {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--)
    if (v.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw new Error('no zip directory at the end of the file (cut short?)');
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new Error('a ZIP64 archive (over 4 GiB)');
  const names = new Utf8();
  const parts: ZipPart[] = [];
  for (let k = 0; k < count; k++) {
    if (v.getUint32(at, true) !== 0x02014b50) throw new Error('a damaged zip directory');
    const nameLength = v.getUint16(at + 28, true);
    const local = v.getUint32(at + 42, true);
    if (v.getUint32(local, true) !== 0x04034b50) throw new Error('a damaged zip entry');
    parts.push({
      name: names.decode(b.subarray(at + 46, at + 46 + nameLength)),
      method: v.getUint16(at + 10, true),
      start: local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true),
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

/** A part's bytes, inflated a chunk at a time (internal). */
function* inflated(b: Uint8Array, part: ZipPart, deps: StreamDeps): Generator<Uint8Array> {
  const data = b.subarray(part.start, part.start + part.size);
  if (part.method === 0) {
    for (let i = 0; i < data.length; i += CHUNK) yield data.subarray(i, i + CHUNK);
    return;
  }
  if (part.method !== 8) throw new Error(`${part.name}: zip compression method ${part.method}`);
  const out: Uint8Array[] = [];
  const inflate = new deps.Inflate((chunk) => out.push(chunk));
  for (let i = 0; i < data.length; i += CHUNK) {
    inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
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
 * A part's XML events, parsed as it is inflated (internal). Like exceljs: the same parser (saxes),
 * its opentag, text and closetag events, an error thrown after the chunk that caused it.
 */
function* xmlEvents(b: Uint8Array, part: ZipPart, deps: StreamDeps): Generator<XmlEvent> {
  const parser = new deps.Sax();
  const events: XmlEvent[] = [];
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => events.push({ open: tag.name, attributes: tag.attributes }));
  parser.on('text', (text) => events.push({ text }));
  parser.on('closetag', (tag) => events.push({ close: tag.name }));
  // one decoder for the part: a character split between two chunks is read whole
  const text = new Utf8();
  const write = (s: string) => {
    if (s !== '') parser.write(s);
    if (error !== null) throw error;
  };
  for (const chunk of inflated(b, part, deps)) {
    write(text.decode(chunk, { stream: true }));
    for (const e of events) yield e;
    events.length = 0;
  }
  write(text.decode());
  for (const e of events) yield e;
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

/** What a sheet's cells need from the rest of the workbook (internal). */
interface Book {
  /** The shared strings table (text, or `{ richText }`), in full: O(distinct strings). */
  readonly shared: StringTable | null;
  /** Whether the style of each index (cellXfs) shows a date; undefined for an index with no style. */
  readonly dateStyle: readonly boolean[];
  readonly date1904: boolean;
  /** The sheets in the order their parts are stored, with their names. */
  readonly sheets: readonly { readonly part: ZipPart; readonly name: string }[];
}

const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** The workbook's relationships, sheet names, date system, styles and shared strings (internal). */
function readBook(b: Uint8Array, parts: readonly ZipPart[], deps: StreamDeps): Book {
  const events = (name: string) => {
    const part = parts.find((p) => p.name === name);
    return part === undefined ? [] : xmlEvents(b, part, deps);
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
  // the shared strings, as exceljs caches them (sharedStrings: 'cache')
  let shared: StringTable | null = null;
  if (parts.some((p) => p.name === 'xl/sharedStrings.xml')) {
    shared = new StringTable();
    let text: string | null = null;
    let rich: { text: string | null }[] = [];
    for (const e of events('xl/sharedStrings.xml')) {
      if ('open' in e) {
        if (e.open === 'si') {
          rich = [];
          text = null;
        } else if (e.open === 't') text = null;
      } else if ('text' in e) text = text === null ? e.text : text + e.text;
      else if (e.close === 'r') {
        rich.push({ text });
        text = null;
      } else if (e.close === 'si') {
        shared.push(rich.length > 0 ? { richText: rich } : text);
        rich = [];
        text = null;
      }
    }
    shared.seal();
  }
  const sheets = parts
    .filter((p) => SHEET_PART.test(p.name))
    .map((part) => {
      const n = SHEET_PART.exec(part.name)?.[1] ?? '';
      const rel = rels.find((r) => r.target === `worksheets/sheet${n}.xml`);
      const sheet = rel === undefined ? undefined : listed.find((s) => s.rId === rel.id);
      return { part, name: sheet?.name ?? '' };
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
function* sheetRows(
  b: Uint8Array,
  book: Book,
  part: ZipPart,
  deps: StreamDeps,
): Generator<{ line: number; values: unknown[] }> {
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
  const parser = new deps.Sax();
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
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
  // one decoder for the part: a character split between two chunks is read whole
  const text = new Utf8();
  const write = (s: string) => {
    if (s !== '') parser.write(s);
    if (error !== null) throw error;
  };
  for (const chunk of inflated(b, part, deps)) {
    write(text.decode(chunk, { stream: true }));
    for (const r of ready) yield r;
    ready.length = 0;
  }
  write(text.decode());
  for (const r of ready) yield r;
}

/** A cell's value as exceljs's streaming reader makes it (internal). */
function cellValue(
  c: { t: string | undefined; f?: { text: string }; v?: { text: string } },
  book: Book,
  date: boolean,
): unknown {
  if (c.f !== undefined) {
    if (c.v === undefined) return { formula: c.f.text };
    return {
      formula: c.f.text,
      result: c.t === 'str' ? xmlDecode(c.v.text) : parseFloat(c.v.text),
    };
  }
  if (c.v === undefined) return null;
  switch (c.t) {
    case 's': {
      const i = parseInt(c.v.text, 10);
      return book.shared === null ? { sharedString: i } : book.shared.get(i);
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
  bytes: Uint8Array,
  options: SheetOptions,
  problems: Problems,
  deps: StreamDeps,
): RecordSource | null {
  let book: Book;
  try {
    book = readBook(bytes, zipParts(bytes), deps);
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
      for (const { line, values } of sheetRows(bytes, book, sheet.part, deps))
        yield textRecord(line, values, seen, problems);
    } catch (e) {
      unreadable(e, problems);
    }
  };
}
