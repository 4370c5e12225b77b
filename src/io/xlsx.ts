// The rows of an .xlsx sheet as text cells, with their row numbers as Excel shows them. exceljs is
// loaded only here, and only when an .xlsx is read, so the CSV readers never need it.
import { bi } from '../errors/messages.js';
import { isCalendarDate } from '../time/calendar-date.js';
import type { TextRecord } from './roster.js';
import type { Problems } from './problems.js';

/** The first bytes of a zip file, which an .xlsx is. */
export const isZip = (b: Uint8Array): boolean =>
  b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The first bytes of an OLE2 compound file: Excel 97–2003 .xls (and other old Office files). */
export const isOle2 = (b: Uint8Array): boolean =>
  b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/**
 * Notes a file that is not an .xlsx workbook (an old .xls said so) as the report's problem, from its
 * first bytes (internal; the readers of both kinds share it).
 */
export function notXlsx(head: unknown, problems: Problems): void {
  if (head instanceof Uint8Array && isZip(head)) return;
  problems.add(
    0,
    0,
    '',
    '',
    head instanceof Uint8Array && isOle2(head)
      ? bi(
          'an Excel 97–2003 .xls file: save it as .xlsx (or CSV) first',
          '这是 Excel 97–2003 的 .xls 文件：请先另存为 .xlsx（或 CSV）',
        )
      : bi('not an .xlsx workbook', '不是 .xlsx 工作簿'),
    bi('an .xlsx workbook', '.xlsx 工作簿'),
  );
}

/** A day from a date exceljs made from a serial (midnight UTC); null when it carries a time of day. */
function dayOf(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  if (d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() + d.getUTCMilliseconds() !== 0)
    return null;
  const s = `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  return isCalendarDate(s) ? s : null;
}

type Cell = unknown;

/** The text a person sees in a cell, or a reason it has none (internal). */
function cellText(
  v: Cell,
): { text: string } | { problem: { en: string; zh: string }; text: string } {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number')
    return Number.isFinite(v)
      ? { text: String(v) }
      : { text: '', problem: bi('a number that cannot be read', '无法读取的数值') };
  if (typeof v === 'boolean') return { text: v ? 'true' : 'false' };
  if (v instanceof Date) {
    const day = dayOf(v);
    return day !== null
      ? { text: day }
      : {
          text: v.toISOString(),
          problem: bi(
            `a date with a time of day (${v.toISOString()}); the roster takes whole days`,
            `日期带有时刻（${v.toISOString()}）；名单只用整日`,
          ),
        };
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o['richText']))
      return {
        text: (o['richText'] as { text?: unknown }[])
          .map((r) => (typeof r.text === 'string' ? r.text : ''))
          .join(''),
      };
    if ('error' in o) return { text: String(o['error']) };
    if ('formula' in o || 'sharedFormula' in o) {
      if (o['result'] === undefined)
        return {
          text: `=${String(o['formula'] ?? o['sharedFormula'])}`,
          problem: bi(
            `a formula with no saved value (=${String(o['formula'] ?? o['sharedFormula'])}); save the file in Excel, or paste the values`,
            `公式没有保存的结果（=${String(o['formula'] ?? o['sharedFormula'])}）；请在Excel中保存，或粘贴为数值`,
          ),
        };
      return cellText(o['result']);
    }
    if ('hyperlink' in o) return cellText(o['text']);
  }
  return {
    text: typeof v === 'object' ? JSON.stringify(v) : typeof v,
    problem: bi('a cell whose value cannot be read', '无法读取的单元格'),
  };
}

/** Options of the sheet reader. */
export interface SheetOptions {
  /** The worksheet's name; the first sheet when not given. */
  readonly sheet?: string;
}

/**
 * The rows of a workbook's sheet as text records (internal). Dates become `YYYY-MM-DD`, numbers their
 * shortest text (an Excel serial stays a number, which the date reader accepts), formulas their saved
 * value. Problems of the file (no sheet, an unreadable cell) go to `problems`.
 *
 * Read by the streamed sheet reader (`xlsx-stream.ts`: fflate and saxes, exceljs's cell semantics),
 * the same one as `streamRosterXlsx`, and no longer by exceljs's `WorkbookReader`: exceljs 4.4.0
 * decodes a part's UTF-8 chunk by chunk, so a Chinese character split between two chunks became
 * U+FFFD in a name — a wrong text with no error (found on a 6,000-row workbook with shared strings).
 */
export async function sheetRecords(
  bytes: Uint8Array,
  options: SheetOptions,
  problems: Problems,
): Promise<TextRecord[]> {
  const { loadStreamDeps, streamedSheet } = await import('./xlsx-stream.js');
  const deps = await loadStreamDeps(problems);
  if (deps === null) return [];
  const source = {
    size: bytes.length,
    read: (position: number, length: number) => bytes.subarray(position, position + length),
  };
  const open = streamedSheet(source, options, problems, deps);
  return open === null ? [] : [...open()];
}

/** The header once a sheet's first non-blank row is read, for the problems of the cells under it (internal). */
export interface HeaderSeen {
  header: readonly string[] | null;
}

/**
 * A sheet row's cell values (exceljs's forms: text, numbers, dates, rich text, formulas) as the text
 * record the roster and table readers take; a cell with no readable text goes to `problems` under its
 * column's header (internal: the in-memory and the streamed .xlsx readers share it).
 */
export function textRecord(
  line: number,
  values: readonly unknown[],
  seen: HeaderSeen,
  problems: Problems,
): TextRecord {
  const fields: string[] = [];
  for (let c = 1; c <= values.length; c++) {
    const t = cellText(values[c - 1]);
    fields.push(t.text);
    if ('problem' in t)
      problems.add(
        line,
        c,
        (seen.header?.[c - 1] ?? '').trim(),
        t.text,
        t.problem,
        bi('a value', '数值'),
      );
  }
  if (seen.header === null && fields.some((f) => f.trim() !== '')) seen.header = fields;
  return { line, fields };
}

/** The problem of a sheet that is not there, with the sheets that are (internal; the streamed reader's too). */
export function noSheet(options: SheetOptions, names: readonly string[], problems: Problems): null {
  problems.add(
    0,
    0,
    '',
    options.sheet ?? '',
    options.sheet === undefined
      ? bi('the workbook has no sheet', '工作簿没有工作表')
      : bi(
          `no sheet named "${options.sheet}" (sheets: ${names.join(', ')})`,
          `没有名为"${options.sheet}"的工作表（现有：${names.join('、')}）`,
        ),
    bi(`one of the sheets ${names.join(', ')}`, `以下工作表之一：${names.join('、')}`),
  );
  return null;
}

export const unreadable = (e: unknown, problems: Problems): null => {
  problems.add(
    0,
    0,
    '',
    '',
    bi(
      `not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})`,
      `不是可读取的 .xlsx 工作簿（${e instanceof Error ? e.message : String(e)}）`,
    ),
    bi('an .xlsx workbook saved by Excel or WPS', 'Excel 或 WPS 保存的 .xlsx 工作簿'),
  );
  return null;
};
