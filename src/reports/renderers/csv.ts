import { readOptions } from '../../_lib/options.js';
import { fillTemplate, formatCell } from '../format-cell.js';
import { checkReport } from '../check-report.js';
import type { Report, ReportTable } from '../model.js';

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe.
const FORMULA = /^[=+\-@\t\r]/;

/** RFC 4180 quoting, with formula injection neutralised. */
function field(s: string): string {
  const safe = FORMULA.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (cells: readonly string[]): string => cells.map(field).join(',');

function tableLines(t: ReportTable): string[] {
  const lines = [line(t.columns), ...t.rows.map((row) => line(row.map(formatCell)))];
  if (t.closing !== null)
    lines.push(line([`备注：${fillTemplate(t.closing.template, t.closing.values)}`]));
  return lines;
}

/** Options of {@link renderCsv}. */
export interface CsvOptions {
  /** Which table (by id) to write; by default all, in the multi-table layout. */
  readonly table?: string;
  /** Prefix a UTF-8 byte-order mark so Excel reads the Chinese correctly (default true). */
  readonly bom?: boolean;
}

/**
 * Renders a report as CSV (RFC 4180: CRLF line ends, quoted fields), UTF-8 with a BOM by default.
 * One table: its header row, rows and closing line. **Multi-table layout** (the default when a report
 * has several tables): a first row with the title (and period), then for each table a row with its
 * caption, the table, and an empty row between tables. Cells starting with = + - @ are prefixed with '.
 */
export function renderCsv(input: Report, options: CsvOptions = {}): string {
  const report = checkReport(input);
  const o = readOptions(options, ['table', 'bom'], ['options']);
  const bom = o['bom'] === false ? '' : '\uFEFF';
  const chosen =
    o['table'] === undefined ? report.tables : report.tables.filter((t) => t.id === o['table']);
  const lines: string[] = [];
  const only = o['table'] !== undefined && chosen.length === 1 ? chosen[0] : undefined;
  if (only !== undefined) lines.push(...tableLines(only));
  else {
    lines.push(line([report.period === null ? report.title : `${report.title}${report.period}`]));
    for (const h of report.header) lines.push(line([h.label, formatCell(h.value)]));
    chosen.forEach((t, i) => {
      if (i > 0 || report.header.length > 0) lines.push('');
      if (t.caption !== null) lines.push(line([t.caption]));
      lines.push(...tableLines(t));
    });
    for (const l of report.closingLines) lines.push(line([l]));
  }
  return `${bom}${lines.join('\r\n')}\r\n`;
}
