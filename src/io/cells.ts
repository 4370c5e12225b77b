// Reading roster cells the way offices write them: dates as Excel shows or stores them, counts with
// thousands separators or full-width digits, sectors by the profile's own Chinese names. Each reader
// returns the library's form, or null when the cell is not in any accepted form (the caller then names
// the line, the column, the value and what was expected).
import { addDays } from '../time/arithmetic.js';
import { parseDate } from '../time/calendar-date.js';

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/** Full-width digits (０-９), the full-width solidus and hyphen, as ASCII. */
export function halfWidth(s: string): string {
  return s
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/／/g, '/')
    .replace(/－/g, '-');
}

/** Excel's day 0 on the 1900 date system; serials from 61 on are exact from this base. */
const EXCEL_EPOCH = parseDate('1899-12-30');

/** What a date cell may be, said in both languages when it is none of them. */
export const DATE_FORMS = {
  en: 'a date: 2021-01-01, 2021/1/1, 2021.1.1, 2021年1月1日 or an Excel date number (e.g. 44197)',
  zh: '日期：2021-01-01、2021/1/1、2021.1.1、2021年1月1日或Excel日期序号（如44197）',
} as const;

/**
 * A calendar date from a roster cell: `2021-01-01`, `2021-1-1`, `2021/1/1` (Excel's default display in
 * China), `2021.1.1`, `2021年1月1日`, or an Excel serial date of five digits (10000–99999, i.e. 1927–2173;
 * a smaller number is far more likely a mistake than a date before 1927). Null when it is none of these
 * or not a real day (2021/2/30).
 */
export function readDate(cell: string): string | null {
  const s = halfWidth(cell.trim());
  if (/^[0-9]{5}$/.test(s)) return addDays(EXCEL_EPOCH, Number(s));
  const m =
    /^([0-9]{4})(?:[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|年([0-9]{1,2})月([0-9]{1,2})日)$/.exec(s);
  if (m === null) return null;
  const [, y = '', m1, d1, m2, d2] = m;
  const date = `${y}-${(m1 ?? m2 ?? '').padStart(2, '0')}-${(d1 ?? d2 ?? '').padStart(2, '0')}`;
  try {
    return parseDate(date);
  } catch {
    return null;
  }
}

/** A whole count: `1200`, `1,200`, `１２００`. Null for anything else (`12.5`, `1,20`, `-3`). */
export function readCount(cell: string): number | null {
  const s = halfWidth(cell.trim()).replace(/，/g, ',');
  if (!/^(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)$/.test(s)) return null;
  const n = Number(s.replace(/,/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/** A sector a profile lists: its code and its name in both languages. */
export interface SectorName {
  readonly code: string;
  readonly name: { readonly zh: string; readonly en: string };
}

/**
 * The names a sector cell may carry, from the profile itself (so a new jurisdiction brings its own):
 * the code, the Chinese name, the Chinese name without its bracketed note (建筑施工 for
 * 建筑施工（资质建筑施工企业）), and the English name; `other` / 其他 for any other sector.
 */
export function sectorNames(sectors: readonly SectorName[]): Map<string, string> {
  const names = new Map<string, string>([
    ['other', 'other'],
    ['其他', 'other'],
  ]);
  for (const s of sectors) {
    for (const n of [s.code, s.name.zh, s.name.zh.replace(/[（(].*$/, ''), s.name.en])
      names.set(n.trim().toLowerCase(), s.code);
  }
  return names;
}
