/**
 * `anzexian/io`: rosters from the files offices keep — CSV (UTF-8, UTF-8 with BOM, GBK; CRLF; quoted
 * fields) and .xlsx — into the units `coverageStatus` takes and the rows the report builders take,
 * with one error report per file. Its own entry, so the core stays small; pure like the core: the
 * readers take bytes or text, never a path (the caller reads the file). An .xlsx is read by the
 * library's own streamed sheet reader, with the `fflate` and `saxes` packages (dependencies), loaded
 * only when an .xlsx is read; exceljs is needed only to write forms (`anzexian/xlsx`).
 *
 * @packageDocumentation
 */
import { bi } from '../errors/messages.js';
import { CsvSyntaxError, records, type CsvRecord } from './csv.js';
import {
  decodeText,
  detectEncoding,
  EncodingProblem,
  reReadable,
  type Encoding,
  type TextSource,
} from './decode.js';
import { Problems } from './problems.js';
import { IdPlanner, scanIds } from './id-scan.js';
import { deepFreeze } from '../_lib/freeze.js';
import type { Unit } from '../coverage/unit.js';
import type { RosterRow } from '../coverage/roster.js';
import {
  rosterEntries,
  type RosterEntry,
  type RosterFile,
  type RosterReadOptions,
  type RecordSource,
  type RosterStats,
  type TextRecord,
} from './roster.js';
import { isOle2, isZip, notXlsx, sheetRecords, type SheetOptions } from './xlsx.js';
import type { TitleRow } from './header.js';
import type { Profile } from '../profiles/schema.js';
import type { CalendarDate } from '../time/calendar-date.js';
import {
  ledgerRows,
  policyRows,
  staffRows,
  type LedgerRow,
  type PolicyRow,
  type StaffRow,
  type TableStats,
} from './tables.js';

export { readCount, readDate, DATE_FORMS } from './cells.js';
export { CsvSyntaxError, type CsvRecord } from './csv.js';
export {
  decodeText,
  detectEncoding,
  EncodingProblem,
  type Encoding,
  type TextSource,
} from './decode.js';
export { columnLetter, FileReadError, MAX_PROBLEMS, type FileProblem } from './problems.js';
export { Problems as ProblemList } from './problems.js';
export { MAX_TITLE_ROWS, type TitleRow } from './header.js';
export {
  IGNORED_COLUMNS,
  ROSTER_COLUMNS,
  type RosterFile,
  type RosterReadOptions,
  type TextRecord,
} from './roster.js';
export type { SheetOptions } from './xlsx.js';
export {
  streamRosterXlsx,
  type RandomAccessSource,
  type XlsxStreamOptions,
} from './xlsx-roster.js';
export {
  AMOUNT_FORMS,
  LEDGER_COLUMNS,
  NON_PREVENTION_NAMES,
  POLICY_COLUMNS,
  readMoney,
  STAFF_COLUMNS,
  type LedgerRow,
  type PolicyRow,
  type StaffRow,
} from './tables.js';

/** Options of {@link readRosterCsv}. */
export interface CsvRosterOptions extends RosterReadOptions {
  /** `auto` (default): UTF-8 when the whole file is valid UTF-8, otherwise GBK. */
  readonly encoding?: Encoding;
}

/** Options of {@link readRoster}: those of the CSV and the .xlsx reader. */
export interface RosterOptions extends CsvRosterOptions, SheetOptions {}

/** CSV records, a malformed file becoming a problem of the report (internal). */
function* csvRecords(
  source: TextSource,
  encoding: Encoding,
  problems: Problems,
): Generator<TextRecord> {
  try {
    yield* records(decodeText(source, encoding));
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      problems.add(
        e.line,
        e.column,
        'CSV',
        '',
        bi(`malformed CSV: ${e.message}`, `CSV格式错误：${csvZh(e.message)}`),
        bi(
          'RFC 4180 CSV: fields with a comma, quote or line break in double quotes',
          'RFC 4180 CSV：含逗号、引号或换行的字段须用双引号括起',
        ),
      );
    else if (e instanceof EncodingProblem)
      problems.add(
        0,
        0,
        '',
        '',
        bi(
          `the file is not valid ${e.encoding} text`,
          `文件不是有效的${e.encoding.toUpperCase()}文本`,
        ),
        bi('CSV text in UTF-8 or GBK', 'UTF-8 或 GBK 编码的 CSV 文本'),
      );
    else throw e;
  }
}

const csvZh = (en: string): string =>
  ({
    'a quote inside an unquoted field': '未加引号的字段中有引号',
    'text after a closing quote': '结束引号后还有文字',
    'a quoted field is not closed': '引号没有闭合',
  })[en] ?? en;

/**
 * Reads a roster from CSV: the header (English or Chinese names and their common variants, see
 * {@link ROSTER_COLUMNS}), then one row per unit — or per policy: several rows with the same id are
 * one unit with several policies (renewals), refused only when the unit's own fields differ.
 * Accepts what offices write: UTF-8 with or without BOM, or GBK (decided on the whole file), CRLF,
 * quoted fields, dates as 2021-01-01, 2021/1/1, 2021.1.1, 2021年1月1日 or Excel serials (44197),
 * counts as 1,200 or full-width digits, sectors by the profile's own names.
 *
 * @param source - the file's bytes (one Uint8Array, or chunks), or its text
 * @param options - the profile (for sector names), the file's name (for the report), the encoding
 * @returns the units, the rows with their details, and how many rows were read and merged (deeply frozen)
 * @throws {FileReadError} one report for the file: every bad cell with its line, column, header, value
 *   and what was expected (unknown or missing columns, an empty file, malformed CSV, GBK that is not)
 * @example
 * ```ts
 * import { coverageStatus, jingzhou } from 'anzexian';
 * import { readRosterCsv } from 'anzexian/io';
 * import { readFileSync } from 'node:fs';
 * const roster = readRosterCsv(readFileSync('roster.csv'), { profile: jingzhou, file: 'roster.csv' });
 * coverageStatus({ profile: jingzhou, asOf: '2021-12-31', units: roster.units });
 * ```
 */
export function readRosterCsv(source: TextSource, options: CsvRosterOptions = {}): RosterFile {
  const problems = new Problems('line');
  const stats: RosterStats = { records: 0, merged: 0, titleRows: [] };
  const file = collect(
    rosterEntries(openCsv(source, options, problems, true), problems, options, stats),
  );
  problems.throwIfAny(options.file ?? null);
  return deepFreeze({ ...file, ...stats });
}

/** Options of {@link streamRosterCsv}. */
export interface StreamOptions extends CsvRosterOptions {
  /** `units` (default): what `coverageStatus` takes; `rows`: with the details the report builders take. */
  readonly as?: 'units' | 'rows';
}

/**
 * The units (or rows) of a CSV roster as a stream, for rosters of millions of rows: the file is read
 * twice (the first pass counts each id's rows), a unit is yielded as soon as its last row is read, and
 * only units with several rows are held until then — the same reading, columns and merging as
 * {@link readRosterCsv}. Give the bytes as an array of chunks or an iterable that opens the file anew
 * each time it is iterated (a one-shot generator is held in memory).
 *
 * **When the stream ends** it throws the file's {@link FileReadError} if any cell was bad — so
 * `coverageStatus` over it throws instead of answering; a consumer that acts on each unit as it comes
 * must wait for the end before trusting any of them (or use {@link readRosterCsv}).
 *
 * @example
 * ```ts
 * const units = streamRosterCsv({ [Symbol.iterator]: () => chunksOf('big.csv') }, { profile: jingzhou });
 * coverageStatus({ profile: jingzhou, asOf: '2021-12-31', units });
 * ```
 */
export function streamRosterCsv(
  source: TextSource,
  options: StreamOptions & { readonly as: 'rows' },
): Iterable<RosterRow>;
export function streamRosterCsv(source: TextSource, options?: StreamOptions): Iterable<Unit>;
export function* streamRosterCsv(
  source: TextSource,
  options: StreamOptions = {},
): Generator<Unit | RosterRow> {
  const problems = new Problems('line');
  const rows = options.as === 'rows';
  const stats = { records: 0, merged: 0, titleRows: [] };
  for (const e of rosterEntries(
    openCsv(source, options, problems, true),
    problems,
    options,
    stats,
    rows ? 'rows' : 'units',
  )) {
    const item = rows ? e.row : e.unit;
    if (item !== null) yield item;
  }
  problems.throwIfAny(options.file ?? null);
}

/** True when the first bytes of the chunks are UTF-8's BOM (as `detectEncoding` reads them). */
function startsWithBom(chunks: Iterable<Uint8Array>): boolean {
  for (const chunk of chunks)
    if (chunk.length > 0) return chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
  return false;
}

/**
 * Opens the CSV's records anew for each pass, the encoding decided once (internal). With `auto`, the
 * file is not read ahead to decide it: the first pass reads it as UTF-8 — tentatively, its problems
 * held apart — and the id pass, which decodes the whole file, decides: every byte valid UTF-8 (or a
 * BOM) → UTF-8, the same test as {@link detectEncoding}; otherwise GBK, and the first pass is read
 * again (`settle`). The file is then decoded twice (ids, rows), not three times. Only the roster
 * reader, which reads a first pass and calls `settle`, asks for this (`firstPass`); a reader of one
 * pass has the encoding decided on the whole file first, as before.
 */
function openCsv(
  source: TextSource,
  options: CsvRosterOptions,
  problems: Problems,
  firstPass = false,
): RecordSource {
  const text: TextSource =
    typeof source === 'string'
      ? source
      : source instanceof Uint8Array
        ? source
        : reReadable(source);
  const bytes = typeof text === 'string' ? null : text instanceof Uint8Array ? [text] : text;
  let chosen: 'utf-8' | 'gbk' = 'utf-8';
  // the encoding is not decided yet: UTF-8 is tried, its problems kept apart
  let pending = false;
  // something was read in a tentative encoding that turned out wrong, or noted a problem in it
  let stale = false;
  let tentative = new Problems('line');
  if (bytes !== null) {
    const encoding = options.encoding ?? 'auto';
    if (encoding !== 'auto') chosen = encoding;
    else if (!firstPass) chosen = detectEncoding(bytes);
    else if (!startsWithBom(bytes)) pending = true;
  }
  const open: RecordSource = () => csvRecords(text, chosen, pending ? tentative : problems);
  // the first pass (each record's id) reads only the id cells; on a file it cannot read, the full
  // reader reads them (and reports the problem)
  open.planIds = (headerLine, idColumn) => {
    const planner = new IdPlanner();
    try {
      if (!scanIds(decodeText(text, chosen), headerLine, idColumn, planner.add)) return null;
      pending = false; // every byte decoded: it is UTF-8 (or the encoding given)
      return planner.plan();
    } catch (e) {
      if (!(e instanceof EncodingProblem)) throw e;
      if (pending) {
        // not UTF-8: GBK, and the header read again in it
        chosen = 'gbk';
        pending = false;
        stale = true;
      }
      return null;
    }
  };
  open.settle = () => {
    if (pending && bytes !== null) {
      chosen = detectEncoding(bytes);
      pending = false;
      stale = true;
    }
    if (tentative.count > 0) stale = true;
    const again = stale;
    stale = false;
    tentative = new Problems('line');
    return again;
  };
  return open;
}

function collect(entries: Iterable<RosterEntry>): { units: Unit[]; rows: RosterRow[] } {
  const units: Unit[] = [];
  const rows: RosterRow[] = [];
  for (const e of entries) {
    // rosterEntries builds both sides unless told otherwise
    if (e.unit !== null) units.push(e.unit);
    if (e.row !== null) rows.push(e.row);
  }
  return { units, rows };
}

/**
 * Reads a roster from an .xlsx workbook (the first sheet, or `options.sheet`): the same columns and
 * cell forms as {@link readRosterCsv}, with Excel's own dates and numbers; rows are numbered as Excel
 * shows them and columns by their letters. Read by the streamed sheet reader (fflate and saxes).
 *
 * @param bytes - the workbook file's bytes
 * @param options - the profile, the file's name, the sheet
 * @returns the units and rows (deeply frozen)
 * @throws {FileReadError} every bad cell, an unknown sheet, a file that is not .xlsx, a formula with
 *   no saved value, a missing fflate or saxes
 * @example
 * ```ts
 * import { readRosterXlsx } from 'anzexian/io';
 * const roster = await readRosterXlsx(readFileSync('名单.xlsx'), { profile: jingzhou });
 * ```
 */
export async function readRosterXlsx(
  bytes: Uint8Array,
  options: RosterReadOptions & SheetOptions = {},
): Promise<RosterFile> {
  const problems = new Problems('row');
  notXlsx(bytes, problems);
  problems.throwIfAny(options.file ?? null);
  const records = await sheetRecords(bytes, options, problems);
  const stats: RosterStats = { records: 0, merged: 0, titleRows: [] };
  const file = collect(rosterEntries(() => records, problems, options, stats));
  problems.throwIfAny(options.file ?? null);
  return deepFreeze({ ...file, ...stats });
}

/**
 * Reads a roster from a file's bytes, whichever format it is in: an .xlsx workbook (recognised by its
 * content, not its name) or CSV. See {@link readRosterCsv} and {@link readRosterXlsx}.
 *
 * @throws {FileReadError} see the two readers; an Excel 97–2003 .xls is refused with what to do
 * @example
 * ```ts
 * const roster = await readRoster(readFileSync(path), { profile: jingzhou, file: path });
 * ```
 */
export async function readRoster(
  source: TextSource,
  options: RosterOptions = {},
): Promise<RosterFile> {
  if (source instanceof Uint8Array && (isZip(source) || isOle2(source)))
    return readRosterXlsx(source, options);
  return readRosterCsv(source, options);
}

/**
 * The records of CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a BOM at the start),
 * each with the line it starts on, from any chunks.
 *
 * @throws {CsvSyntaxError} at the line and column where the file stops being CSV
 */
export function csvRecordsOf(text: Iterable<string> | string): Iterable<CsvRecord> {
  return records(typeof text === 'string' ? [text] : text);
}

/** A file's rows as text cells: the header (the first non-blank row) and the rows under it. */
export interface Table {
  /** `line` for CSV (lines of the file), `row` for .xlsx (rows of the sheet). */
  readonly kind: 'line' | 'row';
  readonly header: TextRecord;
  readonly rows: readonly TextRecord[];
}

/**
 * Any table from a CSV or .xlsx file's bytes (recognised by the bytes), as text cells with the line or
 * row a person sees — for tables other than rosters (the CLI's batch quotes). Decoding, CSV syntax and
 * workbook reading are the roster readers'; the columns are the caller's to check (with a
 * {@link ProblemList} for one report of every bad cell).
 *
 * @throws {FileReadError} malformed CSV, bytes that are neither UTF-8 nor GBK, an unreadable workbook or
 *   sheet, an empty file
 */
export async function readTable(
  source: TextSource,
  options: { readonly encoding?: Encoding; readonly file?: string } & SheetOptions = {},
): Promise<Table> {
  const xlsx = source instanceof Uint8Array && (isZip(source) || isOle2(source));
  const problems = new Problems(xlsx ? 'row' : 'line');
  let records: TextRecord[];
  if (xlsx) {
    if (isOle2(source)) {
      problems.add(
        0,
        0,
        '',
        '',
        bi(
          'an Excel 97–2003 .xls file: save it as .xlsx (or CSV) first',
          '这是 Excel 97–2003 的 .xls 文件：请先另存为 .xlsx（或 CSV）',
        ),
        bi('an .xlsx workbook', '.xlsx 工作簿'),
      );
      records = [];
    } else records = await sheetRecords(source, options, problems);
  } else records = [...openCsv(source, options, problems)()];
  const nonBlank = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const [header, ...rows] = nonBlank;
  if (header === undefined && problems.count === 0)
    problems.add(
      0,
      0,
      '',
      '',
      bi('the file is empty: no header and no rows', '文件为空：没有表头也没有数据行'),
      bi('a header row and at least one row', '表头及至少一行数据'),
    );
  else if (rows.length === 0 && problems.count === 0 && header !== undefined)
    problems.add(
      header.line,
      0,
      'header',
      '',
      bi('the file has no rows (a header only)', '文件没有数据行（只有表头）'),
      bi('at least one row under the header', '表头下至少一行数据'),
    );
  problems.throwIfAny(options.file ?? null);
  return { kind: xlsx ? 'row' : 'line', header: header as TextRecord, rows };
}

// ---------------------------------------------------------------------------------------------------
// Ledgers, policy lists, staff lists

/** Options of the ledger, policy-list and staff-list readers. */
export interface TableReadOptions extends SheetOptions {
  /**
   * The profile in force: a category (ledger) or certificate (staff) cell may then carry the profile's
   * own names (安全生产宣传教育培训 for `training`, 注册安全工程师 for `registered-safety-engineer`), and
   * an unknown one is refused with the valid ones. Without it, codes are taken as written.
   */
  readonly profile?: Profile;
  /** The file's name, for the error report (the readers never open it). */
  readonly file?: string;
  /** CSV only. `auto` (default): UTF-8 when the whole file is valid UTF-8, otherwise GBK. */
  readonly encoding?: Encoding;
}

/** What any table file holds besides its rows: rows read and title rows skipped. */
export interface TableFileInfo {
  /** Data rows read (the header, title rows and blank lines not counted). */
  readonly records: number;
  /** Rows above the header that were skipped as titles, with their lines. */
  readonly titleRows: readonly TitleRow[];
}

/** A ledger file once read: the entries `checkPreventionLedger` takes. */
export interface LedgerFile extends TableFileInfo {
  /** Typed as the mutable array the library's input types name; frozen at run time. */
  readonly entries: LedgerRow[];
}

/** A policy list once read: the `policies` `checkPreventionLedger` takes, and their periods alone. */
export interface PolicyFile extends TableFileInfo {
  /** Typed as the mutable array the library's input types name; frozen at run time. */
  readonly policies: PolicyRow[];
  /** The periods, in file order: what a project's `facts.policies` (AH-TERM-01) takes. */
  readonly periods: { readonly from: CalendarDate; readonly to: CalendarDate }[];
}

/** A staff list once read: the `staff` `checkServiceFirm` takes (XZ-FIRM-05). */
export interface StaffFile extends TableFileInfo {
  /** Typed as the mutable array the library's input types name; frozen at run time. */
  readonly staff: StaffRow[];
}

type RowsOf<T> = (
  records: Iterable<TextRecord>,
  problems: Problems,
  stats: TableStats,
) => Iterable<T>;

/** A table's rows from CSV, every problem in one report (internal). */
function csvTable<T>(source: TextSource, options: TableReadOptions, rows: RowsOf<T>) {
  const problems = new Problems('line');
  const stats: TableStats = { records: 0, titleRows: [] };
  const items = [...rows(openCsv(source, options, problems)(), problems, stats)];
  problems.throwIfAny(options.file ?? null);
  return { items, info: { records: stats.records, titleRows: stats.titleRows } };
}

/** A table's rows from an .xlsx sheet, every problem in one report (internal). */
async function xlsxTable<T>(bytes: Uint8Array, options: TableReadOptions, rows: RowsOf<T>) {
  const problems = new Problems('row');
  notXlsx(bytes, problems);
  problems.throwIfAny(options.file ?? null);
  const records = await sheetRecords(bytes, options, problems);
  const stats: TableStats = { records: 0, titleRows: [] };
  const items = problems.count > 0 ? [] : [...rows(records, problems, stats)];
  problems.throwIfAny(options.file ?? null);
  return { items, info: { records: stats.records, titleRows: stats.titleRows } };
}

const isWorkbook = (source: TextSource): source is Uint8Array =>
  source instanceof Uint8Array && (isZip(source) || isOle2(source));

const ledgerOf =
  (options: TableReadOptions): RowsOf<LedgerRow> =>
  (records, problems, stats) =>
    ledgerRows(records, problems, options.profile, stats);
const ledgerFile = ({ items, info }: { items: LedgerRow[]; info: TableFileInfo }): LedgerFile =>
  deepFreeze({ entries: items, ...info });

/**
 * Reads a ledger of prevention spending from CSV: a header (English or Chinese — 编号, 日期, 金额,
 * 费用类别, 保单号 and their variants, see {@link LEDGER_COLUMNS}; title rows above it are skipped), then
 * one entry per row, into the entries `checkPreventionLedger` takes. Accepts what offices write: dates
 * as 2021/1/1, 2021年1月1日 or Excel serials, amounts as 1,200.50 or ¥1,200.50 (kept exact, as decimal
 * strings), full-width digits, categories by the profile's own names (安全生产宣传教育培训) and the
 * spending outside prevention by its usual names ({@link NON_PREVENTION_NAMES}).
 *
 * @param source - the file's bytes (one Uint8Array, or chunks), or its text
 * @param options - the profile (Anhui, for its category names), the file's name, the encoding
 * @returns the entries, rows read and title rows skipped (deeply frozen)
 * @throws {FileReadError} every bad cell with its line, column, header, value and what was expected;
 *   unknown or missing columns; an empty file
 * @example
 * ```ts
 * const { entries } = readLedgerCsv(readFileSync('台账.csv'), { profile: anhui, file: '台账.csv' });
 * checkPreventionLedger({ jurisdiction: 'anhui', asOf: '2026-12-31', policies, entries });
 * ```
 */
export function readLedgerCsv(source: TextSource, options: TableReadOptions = {}): LedgerFile {
  return ledgerFile(csvTable(source, options, ledgerOf(options)));
}

/**
 * The entries of a CSV ledger as a stream, for ledgers of millions of rows: the same reading as
 * {@link readLedgerCsv}, each entry yielded as its row is read, nothing held. **When the stream ends**
 * it throws the file's {@link FileReadError} if any cell was bad — so `checkPreventionLedger` over it
 * throws instead of answering.
 *
 * @example
 * ```ts
 * const entries = streamLedgerCsv({ [Symbol.iterator]: () => chunksOf('big.csv') }, { profile: anhui });
 * checkPreventionLedger({ jurisdiction: 'anhui', asOf, policies, entries });
 * ```
 */
export function* streamLedgerCsv(
  source: TextSource,
  options: TableReadOptions = {},
): Generator<LedgerRow> {
  const problems = new Problems('line');
  const stats: TableStats = { records: 0, titleRows: [] };
  for (const e of ledgerRows(
    openCsv(source, options, problems)(),
    problems,
    options.profile,
    stats,
  ))
    if (problems.count === 0) yield e; // once a cell is bad, only look for more bad cells
  problems.throwIfAny(options.file ?? null);
}

/**
 * Reads a ledger from an .xlsx workbook (the first sheet, or `options.sheet`): the same columns and
 * cells as {@link readLedgerCsv}, with Excel's own dates and numbers.
 *
 * @throws {FileReadError} every bad cell (by Excel row and column letter), an unknown sheet, a file that
 *   is not .xlsx
 */
export async function readLedgerXlsx(
  bytes: Uint8Array,
  options: TableReadOptions = {},
): Promise<LedgerFile> {
  return ledgerFile(await xlsxTable(bytes, options, ledgerOf(options)));
}

/** Reads a ledger from a file's bytes, .xlsx (recognised by its content) or CSV. */
export async function readLedger(
  source: TextSource,
  options: TableReadOptions = {},
): Promise<LedgerFile> {
  return isWorkbook(source) ? readLedgerXlsx(source, options) : readLedgerCsv(source, options);
}

const policyFile = ({ items, info }: { items: PolicyRow[]; info: TableFileInfo }): PolicyFile =>
  deepFreeze({ policies: items, periods: items.map((p) => ({ ...p.period })), ...info });
const policiesOf: RowsOf<PolicyRow> = (records, problems, stats) =>
  policyRows(records, problems, stats);

/**
 * Reads a list of policies from CSV: 保单号, 实收保费, 保险起期, 保险止期 (and their variants, see
 * {@link POLICY_COLUMNS}), one policy per row, into the `policies` `checkPreventionLedger` takes (the
 * premium actually collected kept exact) and the periods a project's facts take (AH-TERM-01). A policy
 * number listed twice and a period that ends before it starts are refused by their line.
 *
 * @throws {FileReadError} every bad cell; unknown or missing columns; an empty file
 * @example
 * ```ts
 * const { policies } = readPoliciesCsv(readFileSync('保单.csv'), { file: '保单.csv' });
 * ```
 */
export function readPoliciesCsv(source: TextSource, options: TableReadOptions = {}): PolicyFile {
  return policyFile(csvTable(source, options, policiesOf));
}

/** Reads a list of policies from an .xlsx workbook (see {@link readPoliciesCsv}). */
export async function readPoliciesXlsx(
  bytes: Uint8Array,
  options: TableReadOptions = {},
): Promise<PolicyFile> {
  return policyFile(await xlsxTable(bytes, options, policiesOf));
}

/** Reads a list of policies from a file's bytes, .xlsx (recognised by its content) or CSV. */
export async function readPolicies(
  source: TextSource,
  options: TableReadOptions = {},
): Promise<PolicyFile> {
  return isWorkbook(source) ? readPoliciesXlsx(source, options) : readPoliciesCsv(source, options);
}

const staffOf =
  (options: TableReadOptions): RowsOf<StaffRow> =>
  (records, problems, stats) =>
    staffRows(records, problems, options.profile, stats);
const staffFile = ({ items, info }: { items: StaffRow[]; info: TableFileInfo }): StaffFile =>
  deepFreeze({ staff: items, ...info });

/**
 * Reads a service firm's staff list from CSV: 姓名, 职称 (无, 初级, 中级, 高级/副高级, 正高级), 注册证书
 * (several separated by 、 or commas; 无 for none; by the profile's names, 注册安全工程师, or codes) and
 * 安全管理年限 (15, 15.5, 15年), see {@link STAFF_COLUMNS}, into the `staff` `checkServiceFirm` takes
 * (XZ-FIRM-05).
 *
 * @throws {FileReadError} every bad cell; unknown or missing columns; an empty file
 * @example
 * ```ts
 * const { staff } = readStaffCsv(readFileSync('人员.csv'), { profile: xinzhou });
 * checkServiceFirm({ jurisdiction: 'xinzhou', asOf, facts, staff });
 * ```
 */
export function readStaffCsv(source: TextSource, options: TableReadOptions = {}): StaffFile {
  return staffFile(csvTable(source, options, staffOf(options)));
}

/** Reads a staff list from an .xlsx workbook (see {@link readStaffCsv}). */
export async function readStaffXlsx(
  bytes: Uint8Array,
  options: TableReadOptions = {},
): Promise<StaffFile> {
  return staffFile(await xlsxTable(bytes, options, staffOf(options)));
}

/** Reads a staff list from a file's bytes, .xlsx (recognised by its content) or CSV. */
export async function readStaff(
  source: TextSource,
  options: TableReadOptions = {},
): Promise<StaffFile> {
  return isWorkbook(source) ? readStaffXlsx(source, options) : readStaffCsv(source, options);
}
