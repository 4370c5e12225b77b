import { readOptions } from '../../_lib/options.js';
import { csvField } from '../../_lib/escape.js';
import { fillTemplate, formatCell } from '../format-cell.js';
import { checkReport } from '../check-report.js';
import type { Report, ReportTable } from '../model.js';
import { bi, fail } from '../../errors/errors.js';

// RFC 4180 quoting, with formula injection neutralised by the rule in docs/reports.md (OWASP's
// leading characters, after trimming leading whitespace, full-width forms included).
const field = csvField;

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
  /**
   * `forms` (default): the multi-table layout above, as a person reads it. `table`: **one table that
   * strict CSV parsers read** — its header row, then its rows, every record with the same number of
   * fields; no title, caption or closing line. A report with several tables needs `table` to say which.
   */
  readonly layout?: 'forms' | 'table';
}

/**
 * Renders a report as CSV (RFC 4180: CRLF line ends, quoted fields), UTF-8 with a BOM by default.
 * One table: its header row, rows and closing line. **Multi-table layout** (the default when a report
 * has several tables): a first row with the title (and period), then for each table a row with its
 * caption, the table, and an empty row between tables. A field a spreadsheet could run as a formula
 * (after leading spaces, one of = + - @ or its full-width form, or a tab, CR or LF; a plain number
 * excepted) is prefixed with '.
 */
export function renderCsv(input: Report, options: CsvOptions = {}): string {
  const report = checkReport(input);
  const o = readOptions(options, ['table', 'bom', 'layout'], ['options']);
  const bom = o['bom'] === false ? '' : '\uFEFF';
  const layout = o['layout'] ?? 'forms';
  if (layout !== 'forms' && layout !== 'table')
    fail(
      ['options', 'layout'],
      'invalid_option',
      {
        detail: bi(`unknown layout ${JSON.stringify(layout)}`, `未知版式${JSON.stringify(layout)}`),
      },
      'forms | table',
    );
  if (layout === 'table') return bom + strictTable(report, o['table']);
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

/** One table, rectangular: the header row and the rows, nothing else (internal). */
function strictTable(report: Report, id: unknown): string {
  const ids = report.tables.map((t) => t.id);
  const table =
    id === undefined
      ? report.tables.length === 1
        ? report.tables[0]
        : undefined
      : report.tables.find((t) => t.id === id);
  if (table === undefined)
    fail(
      ['options', 'table'],
      'invalid_option',
      {
        detail:
          id === undefined
            ? bi(
                `the report has ${String(ids.length)} tables: say which one (${ids.join(', ')})`,
                `报表有${String(ids.length)}个表格：请指定其一（${ids.join('、')}）`,
              )
            : bi(
                `no table ${JSON.stringify(id)} (tables: ${ids.join(', ')})`,
                `没有表格${JSON.stringify(id)}（现有：${ids.join('、')}）`,
              ),
      },
      ids.join(' | '),
    );
  const width = table.columns.length;
  const pad = (cells: readonly string[], index: number) => {
    if (cells.length > width)
      fail(['report', 'tables', report.tables.indexOf(table), 'rows', index], 'invalid_option', {
        detail: bi(
          `the row has ${String(cells.length)} cells for ${String(width)} columns`,
          `该行有${String(cells.length)}个单元格，而表头只有${String(width)}列`,
        ),
      });
    return [...cells, ...Array<string>(width - cells.length).fill('')];
  };
  const lines = [
    line(table.columns),
    ...table.rows.map((row, i) => line(pad(row.map(formatCell), i))),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
