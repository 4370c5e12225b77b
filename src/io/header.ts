// Finding a file's header: offices put a title ("荆州市安责险投保台账"), a 填报单位 line or a date above the
// header row. Those rows are skipped — and said so in the result — when a later row is a header.
import { bi } from '../errors/messages.js';
import type { Problems } from './problems.js';
import type { TextRecord } from './roster.js';

/** Free-text columns an office adds that no computation reads; every other unknown header is refused. */
export const IGNORED_COLUMNS: readonly string[] = Object.freeze([
  '备注',
  '说明',
  'remark',
  'remarks',
  'note',
  'notes',
  'comment',
]);

/** The most rows above the header that are taken as titles (a title, a 填报单位 line, a date…). */
export const MAX_TITLE_ROWS = 5;

/** A row above the header that was skipped: its line (or sheet row) and its text. */
export interface TitleRow {
  readonly line: number;
  readonly text: string;
}

const blank = (rec: TextRecord) => rec.fields.every((f) => f.trim() === '');
const cellName = (h: string) =>
  h
    .trim()
    .replace(/^\uFEFF/, '')
    .toLowerCase();

/** The key of a header cell among `columns` (names compared case-insensitively), or undefined. */
export function columnKey(
  columns: Readonly<Record<string, readonly string[]>>,
  header: string,
): string | undefined {
  const name = cellName(header);
  return Object.entries(columns).find(([, names]) =>
    names.some((n) => n.toLowerCase() === name),
  )?.[0];
}

/**
 * The header of a file and the title rows above it (internal). The header is the first non-blank row
 * with at least one known column name; the non-blank rows above it (at most {@link MAX_TITLE_ROWS}) are
 * titles. When no row of the first six non-blank ones has a known name, the first non-blank row is the
 * header (and its unknown names are reported). Null for a file with no non-blank row.
 */
export function findHeader(
  records: Iterable<TextRecord>,
  columns: Readonly<Record<string, readonly string[]>>,
): { header: TextRecord; titles: TitleRow[]; rest: Iterable<TextRecord> } | null {
  const it = records[Symbol.iterator]();
  const seen: TextRecord[] = [];
  let found = -1;
  let done = false;
  while (seen.length <= MAX_TITLE_ROWS) {
    const next = it.next();
    if (next.done === true) {
      done = true;
      break;
    }
    if (blank(next.value)) continue;
    seen.push(next.value);
    if (next.value.fields.some((f) => columnKey(columns, f) !== undefined)) {
      found = seen.length - 1;
      break;
    }
  }
  if (seen.length === 0) return null;
  const at = found === -1 ? 0 : found;
  const header = seen[at] as TextRecord;
  const after = seen.slice(at + 1);
  const rest: Iterable<TextRecord> = {
    *[Symbol.iterator]() {
      yield* after;
      if (!done) for (let n = it.next(); n.done !== true; n = it.next()) yield n.value;
    },
  };
  const titles = seen.slice(0, at).map((r) => ({
    line: r.line,
    // a merged title repeats its text in every cell it spans: each text once
    text: [...new Set(r.fields.map((f) => f.trim()).filter((f) => f !== ''))].join(' '),
  }));
  return { header, titles, rest };
}

/**
 * The header's column keys (internal): each cell matched to a column by its accepted names; an unknown
 * name (not a free-text column such as 备注), a repeated column and a missing required column are
 * noted as problems.
 */
export function headerMap(
  rec: TextRecord,
  columns: Readonly<Record<string, readonly string[]>>,
  required: readonly string[],
  problems: Problems,
): Map<string, number> {
  const map = new Map<string, number>();
  const accepted = Object.values(columns).flat();
  rec.fields.forEach((h, i) => {
    const name = h.trim().replace(/^\uFEFF/, '');
    if (name === '') return;
    const key = columnKey(columns, name);
    if (key === undefined) {
      if (IGNORED_COLUMNS.includes(name.toLowerCase())) return;
      // A misspelt header must not read as an empty column (everyone uninsured): name it and refuse.
      problems.add(
        rec.line,
        i + 1,
        name,
        name,
        bi(
          `unknown column "${name}"; accepted headers: ${accepted.join(', ')} (free text: 备注)`,
          `未知列"${name}"；可用的列名：${accepted.join('、')}（自由文字：备注）`,
        ),
        bi(`one of ${accepted.join(', ')}`, `以下之一：${accepted.join('、')}`),
      );
      return;
    }
    const before = map.get(key);
    if (before !== undefined) {
      problems.add(
        rec.line,
        i + 1,
        name,
        name,
        bi(
          `column "${name}" repeats column ${String(before + 1)} (${rec.fields[before] ?? ''})`,
          `列"${name}"与第${String(before + 1)}列（${rec.fields[before] ?? ''}）重复`,
        ),
        bi('each column once', '每列只出现一次'),
      );
      return;
    }
    map.set(key, i);
  });
  for (const key of required)
    if (!map.has(key)) {
      const names = columns[key] ?? [];
      problems.add(
        rec.line,
        0,
        names.join('/'),
        '',
        bi(`the required column ${names.join('/')} is missing`, `缺少必需的列：${names.join('/')}`),
        bi(`a column headed ${names.join(' or ')}`, `列名为${names.join('或')}的列`),
      );
    }
  return map;
}
