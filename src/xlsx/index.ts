// `anzexian/xlsx`: any report as an office-ready .xlsx workbook. Its own entry, so that the core stays
// pure and small: it needs the `exceljs` package (an optional peer dependency — install it to use this
// entry). The workbook is built from the report model alone, like every other renderer.
import type ExcelJS from 'exceljs';
import { bi, fail } from '../errors/errors.js';
import { Dec } from '../money/decimal.js';
import { checkReport } from '../reports/check-report.js';
import { fillTemplate, formatCell } from '../reports/format-cell.js';
import type { Cell, Report, ReportTable } from '../reports/model.js';
import type { Profile } from '../profiles/schema.js';
import {
  annexOf,
  chineseDates,
  officialHeader,
  signOffLine,
  type RenderMode,
} from '../reports/renderers/official.js';

export { chineseDates } from '../reports/renderers/official.js';

/** How a form is rendered: `explained` (default, for programs and reviewers) or `official` (to file). */
export type XlsxMode = RenderMode;

/** Options of {@link renderXlsx}. */
export interface XlsxOptions {
  /**
   * `explained` (default): the rule IDs and citations under each table, as the other renderers print
   * them. `official`: what an office files — Chinese only, no rule IDs or English notes, dates written
   * 2021年12月31日.
   */
  readonly mode?: XlsxMode;
  /**
   * The sign-off lines under the form (填报人, 审核人, 联系电话, 填报日期), filled in where given and left
   * blank for a pen otherwise. `null` leaves them out.
   */
  /**
   * The profile the report was computed with: in official mode the dashboard's 地区 (an id such as
   * `jingzhou`) is written as its Chinese name (荆州市); required then.
   */
  readonly profile?: Profile;
  readonly signOff?: {
    readonly preparedBy?: string;
    readonly reviewedBy?: string;
    readonly phone?: string;
    readonly date?: string;
  } | null;
}

/** The display width of a text in Excel columns: a CJK or full-width character takes two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return w;
}

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const MONEY_FORMAT = '#,##0.00';
const PERCENT_FORMAT = '0.00%';

/**
 * One cell's value and number format in the workbook: counts and amounts as numbers (amounts with
 * `#,##0.00`, only where the number holds the amount to the fen exactly; otherwise the text), coverage
 * rates as percentages (`0.00%`, "—" where not applicable), rates, dates and 是/否 as the text every
 * renderer shows.
 */
function cellValue(cell: Cell, mode: XlsxMode): { value: string | number; numFmt?: string } {
  switch (cell.kind) {
    case 'count':
      return { value: cell.value, numFmt: '0' };
    case 'money': {
      if (cell.uppercase === true) return { value: formatCell(cell) };
      const n = Number(cell.value.amount);
      return n.toFixed(2) === cell.value.amount
        ? { value: n, numFmt: MONEY_FORMAT }
        : { value: formatCell(cell) };
    }
    case 'coverage':
      return cell.value.applicable
        ? // 66.67 → 0.6667 exactly in decimal, then the nearest double (no float division)
          { value: Number(new Dec(cell.value.percent).div(100).toString()), numFmt: PERCENT_FORMAT }
        : { value: '—' };
    case 'date':
      return { value: mode === 'official' ? chineseDates(cell.value) : cell.value };
    default:
      return { value: mode === 'official' ? chineseDates(formatCell(cell)) : formatCell(cell) };
  }
}

function sheetName(report: Report, table: ReportTable | null, index: number): string {
  const base =
    report.tables.length <= 1 || table === null
      ? report.title
      : (table.caption ?? `${report.title}（${String(index + 1)}）`);
  // Excel: at most 31 characters, none of : \ / ? * [ ]
  return `${String(index + 1)} ${base}`.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

/** Writes rows into one sheet, tracking each column's width. */
class SheetWriter {
  readonly widths: number[];
  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly columns: number,
    readonly mode: XlsxMode,
    headers: readonly string[],
  ) {
    this.widths = headers.map((c) => width(c));
  }

  text(s: string): string {
    return this.mode === 'official' ? chineseDates(s) : s;
  }

  /** A line of text merged across the sheet's width. */
  line(value: string, style: Partial<ExcelJS.Style> = {}): void {
    const row = this.sheet.addRow([value]);
    this.sheet.mergeCells(row.number, 1, row.number, this.columns);
    const cell = row.getCell(1);
    cell.alignment = { vertical: 'middle', wrapText: true, ...style.alignment };
    if (style.font !== undefined) cell.font = style.font;
  }

  /** A header item as label | value, the value merged across the rest (numbers stay numbers). */
  field(label: string, value: Cell): void {
    const v = cellValue(value, this.mode);
    const row = this.sheet.addRow([this.text(label), v.value]);
    if (this.columns > 2) this.sheet.mergeCells(row.number, 2, row.number, this.columns);
    row.getCell(1).font = { bold: true };
    for (const i of [1, 2]) {
      row.getCell(i).border = BORDER;
      row.getCell(i).alignment = { vertical: 'middle', wrapText: true };
    }
    if (v.numFmt !== undefined) row.getCell(2).numFmt = v.numFmt;
    this.widths[0] = Math.max(this.widths[0] ?? 0, width(label));
  }

  /** The table: a shaded header row, then one bordered row per row, then its closing line. */
  table(table: ReportTable, captioned: boolean): void {
    if (captioned && table.caption !== null)
      this.line(this.text(table.caption), { font: { bold: true } });
    const head = this.sheet.addRow(table.columns.map((c) => this.text(c)));
    head.eachCell((cell) => {
      cell.font = { bold: true };
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    });
    for (const r of table.rows) {
      const values = r.map((c) => cellValue(c, this.mode));
      const row = this.sheet.addRow(values.map((v) => v.value));
      values.forEach((v, i) => {
        const cell = row.getCell(i + 1);
        cell.border = BORDER;
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        if (v.numFmt !== undefined) cell.numFmt = v.numFmt;
        this.widths[i] = Math.max(this.widths[i] ?? 0, width(String(v.value)));
      });
    }
    if (table.closing !== null)
      this.line(this.text(fillTemplate(table.closing.template, table.closing.values)));
  }
}

/** One sheet: the form's head, its table (if any), closing lines, sign-off and (explained) notes. */
function addSheet(
  workbook: ExcelJS.Workbook,
  report: Report,
  table: ReportTable | null,
  index: number,
  mode: XlsxMode,
  signOff: XlsxOptions['signOff'],
  profile: Profile | undefined,
): void {
  const columns = Math.max(table?.columns.length ?? 0, 2);
  const sheet = workbook.addWorksheet(sheetName(report, table, index), {
    pageSetup: {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- PaperSize is an ambient const enum, out of reach under isolatedModules: 9 is A4
      paperSize: 9,
      orientation: columns > 6 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
  });
  const w = new SheetWriter(sheet, columns, mode, table?.columns ?? []);
  const label = annexOf(report);
  if (label !== null) w.line(label, { font: { bold: true, size: 12 } });
  w.line(w.text(report.title), {
    font: { bold: true, size: 16 },
    alignment: { horizontal: 'center' },
  });
  if (report.period !== null)
    w.line(w.text(report.period), { alignment: { horizontal: 'center' } });
  if (report.unit !== null) w.line(`填报单位：${report.unit}`);
  for (const h of mode === 'official' ? officialHeader(report, profile) : report.header)
    w.field(h.label, h.value);
  if (table !== null) w.table(table, report.tables.length > 1);
  for (const l of report.closingLines) w.line(w.text(l));
  if (signOff !== null) {
    const s = signOff ?? {};
    sheet.addRow([]);
    w.line(signOffLine(s));
  }
  if (mode === 'explained' && report.footnotes.length > 0) {
    sheet.addRow([]);
    report.footnotes.forEach((f, i) => {
      w.line(
        `${String(i + 1)}. ${f.ruleId}（${f.citation.document} ${f.citation.section}）：${f.text.zh} / ${f.text.en}`,
        { font: { size: 9 } },
      );
    });
  }
  sheet.columns.forEach((col, i) => {
    col.width = Math.min(Math.max((w.widths[i] ?? 8) + 2, 8), 40);
  });
}

/**
 * Renders a report as an .xlsx workbook (the bytes of the file): one sheet per table, each ready to
 * print on A4 — the 附件N label, the title, period and 填报单位 over the table, merged across it; the
 * table with borders and a shaded header row; counts and amounts as numbers (`#,##0.00`), coverage as
 * percentages (`0.00%`), never a formula; the closing lines and the sign-off lines
 * 填报人/审核人/联系电话/填报日期 under it. In the default `explained` mode the rule IDs and citations
 * follow; `official` mode leaves them out and writes dates as 2021年12月31日.
 *
 * @param report - any report a builder made (checked like every renderer's input)
 * @param options - the mode and the sign-off names
 * @returns the workbook file's bytes
 * @throws {ValidationError} when the report is not a valid report model
 * @example
 * ```ts
 * import { jingzhouAnnex1 } from 'anzexian';
 * import { renderXlsx } from 'anzexian/xlsx';
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('附件1.xlsx', await renderXlsx(jingzhouAnnex1(), { mode: 'official' }));
 * ```
 */
export async function renderXlsx(report: Report, options: XlsxOptions = {}): Promise<Uint8Array> {
  const r = checkReport(report);
  const mode: unknown = options.mode ?? 'explained'; // JavaScript callers may pass anything
  if (mode !== 'explained' && mode !== 'official')
    fail(
      ['options', 'mode'],
      'invalid_option',
      { detail: bi(`unknown mode ${String(mode)}`, `未知模式${String(mode)}`) },
      'explained | official',
    );
  // loaded when a workbook is written: a program (or the CLI) that bundles this entry runs without
  // exceljs until it asks for an .xlsx
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  workbook.creator = 'anzexian';
  // a fixed date: the same report always gives the same workbook contents
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  if (r.tables.length === 0) addSheet(workbook, r, null, 0, mode, options.signOff, options.profile);
  r.tables.forEach((t, i) => {
    addSheet(workbook, r, t, i, mode, options.signOff, options.profile);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
