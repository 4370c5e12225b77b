// streamRosterXlsx: the .xlsx roster as a stream. The sheet reader (xlsx-stream.ts, with fflate and
// saxes) is loaded only when a workbook is streamed, so the CSV readers never carry it.
import { bi } from '../errors/messages.js';
import type { Unit } from '../coverage/unit.js';
import type { RosterRow } from '../coverage/roster.js';
import { Problems } from './problems.js';
import { rosterEntries, type RosterReadOptions } from './roster.js';
import { notXlsx, unreadable, type SheetOptions } from './xlsx.js';
import type { SharedLimits, StreamDeps } from './xlsx-stream.js';

/** Options of {@link streamRosterXlsx}. */
export interface XlsxStreamOptions extends RosterReadOptions, SheetOptions {
  /** `units` (default): what `coverageStatus` takes; `rows`: with the details the report builders take. */
  readonly as?: 'units' | 'rows';
}

/**
 * A file that {@link streamRosterXlsx} reads piece by piece instead of whole: its size and a way to
 * read any bytes of it. The reader reads the zip directory from the file's tail, then each part it
 * needs 64 KiB at a time, so the workbook's bytes are never all in memory. In Node, over a file
 * descriptor (close it when the stream has been read to its end):
 *
 * @example
 * ```ts
 * import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
 * const fd = openSync('名单.xlsx', 'r');
 * const source = {
 *   size: fstatSync(fd).size,
 *   read(position: number, length: number) {
 *     const buffer = Buffer.alloc(length);
 *     let done = 0;
 *     while (done < length) {
 *       const n = readSync(fd, buffer, done, length - done, position + done);
 *       if (n === 0) break; // the file got shorter: the reader refuses the short read
 *       done += n;
 *     }
 *     return buffer.subarray(0, done);
 *   },
 * };
 * ```
 */
export interface RandomAccessSource {
  /** The file's size in bytes: a whole number, 0 or more. */
  readonly size: number;
  /**
   * `length` bytes from `position` (0-based), never past `size`: exactly `length` of them — fewer (or
   * anything but a Uint8Array) ends the stream with the file's `FileReadError`, never a short read.
   */
  read(position: number, length: number): Uint8Array;
}

/**
 * The units (or rows) of an .xlsx roster as a stream — the .xlsx twin of `streamRosterCsv`, for
 * workbooks of hundreds of thousands of rows: the sheet is unzipped and parsed as it is read, and a
 * unit is yielded as soon as its last row is read. The same reading, columns, cells (Excel rows and
 * column letters in the report) and merging of renewal rows as `readRosterXlsx`, and the same units.
 *
 * What it holds: the reader's state, a cache of the shared strings used last, and — given the
 * workbook's bytes — those bytes (the caller's); given a {@link RandomAccessSource}, 64 KiB of the
 * file at a time. The shared strings table (every distinct text of the workbook, kept apart from the
 * rows, a cell naming one by its index) is read beside the sheet: Excel and exceljs write it in the
 * order of first use, so it is never held whole; a table in another order is read again from its
 * start when a cell goes back in it, and after 32 such restarts held whole (the worst case: memory
 * then grows with the distinct texts, as in `readRosterXlsx`). Without `grouped` the sheet is read
 * twice and the state is a count per id and the units with several rows (renewals) until their last
 * row; with `grouped: true` (a roster sorted by 编号) it is read once holding only the current unit —
 * an id out of order is refused by its row.
 *
 * **When the stream ends** it throws the file's `FileReadError` if any cell was bad — so
 * `coverageStatus` over it throws instead of answering; a consumer that acts on each unit as it comes
 * must wait for the end before trusting any of them. Needs the `fflate` and `saxes` packages (not
 * exceljs), loaded when it is called.
 *
 * @param file - the workbook file's bytes, or a {@link RandomAccessSource} to read them from
 * @param options - the profile, the file's name, the sheet, `grouped`, `as`
 * @returns a one-pass iterable of the units (or rows), each deeply frozen
 * @throws {FileReadError} at once: a file that is not .xlsx (an Excel 97–2003 .xls said so), a source
 *   whose size is not a whole number of bytes or that cannot read its first bytes; when the stream
 *   ends: every bad cell, an unknown sheet, an unreadable, cut-short or damaged workbook (a short read
 *   of the source among them)
 * @example
 * ```ts
 * import { coverageStatus, jingzhou } from 'anzexian';
 * import { streamRosterXlsx } from 'anzexian/io';
 * const units = await streamRosterXlsx(readFileSync('名单.xlsx'), { profile: jingzhou, grouped: true });
 * coverageStatus({ profile: jingzhou, asOf: '2021-12-31', units });
 * ```
 */
export async function streamRosterXlsx(
  file: Uint8Array | RandomAccessSource,
  options: XlsxStreamOptions & { readonly as: 'rows' },
): Promise<Iterable<RosterRow>>;
export async function streamRosterXlsx(
  file: Uint8Array | RandomAccessSource,
  options?: XlsxStreamOptions,
): Promise<Iterable<Unit>>;
export async function streamRosterXlsx(
  file: Uint8Array | RandomAccessSource,
  options: XlsxStreamOptions = {},
): Promise<Iterable<Unit | RosterRow>> {
  return streamWith(file, options);
}

/** {@link streamRosterXlsx} with the shared strings reader's bounds given (internal: tests). */
export async function streamWith(
  file: Uint8Array | RandomAccessSource,
  options: XlsxStreamOptions,
  limits?: SharedLimits,
): Promise<Iterable<Unit | RosterRow>> {
  const problems = new Problems('row');
  const source = sourceOf(file, problems);
  problems.throwIfAny(options.file ?? null);
  const { byteReader, loadStreamDeps, streamedSheet } = await import('./xlsx-stream.js');
  if (source !== null) {
    let head: Uint8Array | null = null;
    try {
      head = byteReader(source)(0, Math.min(8, source.size));
    } catch (e) {
      unreadable(e, problems);
    }
    if (head !== null) notXlsx(head, problems);
  }
  problems.throwIfAny(options.file ?? null);
  const deps = await loadStreamDeps(problems);
  problems.throwIfAny(options.file ?? null);
  return entries(
    streamedSheet(source as RandomAccessSource, options, problems, deps as StreamDeps, limits),
    options,
    problems,
  );
}

/** The workbook as a source to read from, or null with the problem noted (internal). */
function sourceOf(file: unknown, problems: Problems): RandomAccessSource | null {
  if (file instanceof Uint8Array)
    return {
      size: file.length,
      read: (position, length) => file.subarray(position, position + length),
    };
  const maybe = file as Partial<RandomAccessSource> | null;
  if (typeof maybe !== 'object' || maybe === null || !('read' in maybe || 'size' in maybe)) {
    notXlsx(file, problems);
    return null;
  }
  if (!(
    typeof maybe.read === 'function' &&
    Number.isSafeInteger(maybe.size) &&
    (maybe.size as number) >= 0
  )) {
    const got =
      typeof maybe.read !== 'function'
        ? `read: ${typeof maybe.read}`
        : `size: ${String(maybe.size)}`;
    problems.add(
      0,
      0,
      '',
      got,
      bi(`not a file source (${got})`, `不是可读取的文件来源（${got}）`),
      bi(
        'a Uint8Array, or { size: a whole number of bytes, read(position, length) }',
        'Uint8Array，或 { size: 字节数（整数）, read(position, length) }',
      ),
    );
    return null;
  }
  // read once: the size as it is now, and the read function called as the source's method
  const { size } = maybe as RandomAccessSource;
  const source = maybe as RandomAccessSource;
  return { size, read: (position, length) => source.read(position, length) };
}
function* entries(
  open: ReturnType<typeof import('./xlsx-stream.js').streamedSheet>,
  options: XlsxStreamOptions,
  problems: Problems,
): Generator<Unit | RosterRow> {
  if (open !== null) {
    const rows = options.as === 'rows';
    const stats = { records: 0, merged: 0, titleRows: [] };
    for (const e of rosterEntries(open, problems, options, stats, rows ? 'rows' : 'units')) {
      const item = rows ? e.row : e.unit;
      if (item !== null) yield item;
    }
  }
  problems.throwIfAny(options.file ?? null);
}
