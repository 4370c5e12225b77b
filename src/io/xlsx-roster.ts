// streamRosterXlsx: the .xlsx roster as a stream. The sheet reader (xlsx-stream.ts, with fflate and
// saxes) is loaded only when a workbook is streamed, so the CSV readers never carry it.
import { bi } from '../errors/messages.js';
import type { Unit } from '../coverage/unit.js';
import type { RosterRow } from '../coverage/roster.js';
import { Problems } from './problems.js';
import { rosterEntries, type RosterReadOptions } from './roster.js';
import { isOle2, isZip, type SheetOptions } from './xlsx.js';
import type { StreamDeps } from './xlsx-stream.js';

/** Options of {@link streamRosterXlsx}. */
export interface XlsxStreamOptions extends RosterReadOptions, SheetOptions {
  /** `units` (default): what `coverageStatus` takes; `rows`: with the details the report builders take. */
  readonly as?: 'units' | 'rows';
}

/**
 * The units (or rows) of an .xlsx roster as a stream — the .xlsx twin of `streamRosterCsv`, for
 * workbooks of hundreds of thousands of rows: the sheet is unzipped and parsed as it is read, and a
 * unit is yielded as soon as its last row is read. The same reading, columns, cells (Excel rows and
 * column letters in the report) and merging of renewal rows as `readRosterXlsx`, and the same units.
 *
 * What it holds: the workbook's bytes (the caller's), its shared strings table (every distinct text of
 * the workbook: the file format keeps them apart from the rows, and a cell names one by its index), and
 * the reader's state. Without `grouped` the sheet is read twice and that state is a count per id and
 * the units with several rows (renewals) until their last row; with `grouped: true` (a roster sorted by
 * 编号) it is read once holding only the current unit — an id out of order is refused by its row.
 *
 * **When the stream ends** it throws the file's `FileReadError` if any cell was bad — so
 * `coverageStatus` over it throws instead of answering; a consumer that acts on each unit as it comes
 * must wait for the end before trusting any of them. Needs the `fflate` and `saxes` packages (not
 * exceljs), loaded when it is called.
 *
 * @param bytes - the workbook file's bytes
 * @param options - the profile, the file's name, the sheet, `grouped`, `as`
 * @returns a one-pass iterable of the units (or rows), each deeply frozen
 * @throws {FileReadError} at once: a file that is not .xlsx (an Excel 97–2003 .xls said so); when the
 *   stream ends: every bad cell, an unknown sheet, an unreadable workbook
 * @example
 * ```ts
 * import { coverageStatus, jingzhou } from 'anzexian';
 * import { streamRosterXlsx } from 'anzexian/io';
 * const units = await streamRosterXlsx(readFileSync('名单.xlsx'), { profile: jingzhou, grouped: true });
 * coverageStatus({ profile: jingzhou, asOf: '2021-12-31', units });
 * ```
 */
export async function streamRosterXlsx(
  bytes: Uint8Array,
  options: XlsxStreamOptions & { readonly as: 'rows' },
): Promise<Iterable<RosterRow>>;
export async function streamRosterXlsx(
  bytes: Uint8Array,
  options?: XlsxStreamOptions,
): Promise<Iterable<Unit>>;
export async function streamRosterXlsx(
  bytes: Uint8Array,
  options: XlsxStreamOptions = {},
): Promise<Iterable<Unit | RosterRow>> {
  const problems = new Problems('row');
  if (!(bytes instanceof Uint8Array && isZip(bytes)))
    problems.add(
      0,
      0,
      '',
      '',
      bytes instanceof Uint8Array && isOle2(bytes)
        ? bi(
            'an Excel 97–2003 .xls file: save it as .xlsx (or CSV) first',
            '这是 Excel 97–2003 的 .xls 文件：请先另存为 .xlsx（或 CSV）',
          )
        : bi('not an .xlsx workbook', '不是 .xlsx 工作簿'),
      bi('an .xlsx workbook', '.xlsx 工作簿'),
    );
  problems.throwIfAny(options.file ?? null);
  const { loadStreamDeps, streamedSheet } = await import('./xlsx-stream.js');
  const deps = await loadStreamDeps(problems);
  problems.throwIfAny(options.file ?? null);
  return entries(streamedSheet(bytes, options, problems, deps as StreamDeps), options, problems);
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
