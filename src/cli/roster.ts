// Roster CSV → units. Header names may be English or Chinese; values as spreadsheets write them.
import { CsvSyntaxError, records } from './csv.js';

/** The columns a roster may have, each with the header names accepted for it. */
export const ROSTER_COLUMNS: Record<string, readonly string[]> = {
  id: ['id', '编号', '序号'],
  kind: ['kind', '类型'],
  sector: ['sector', '行业', '所属行业'],
  inStatistics: ['inStatistics', 'in_statistics', '是否纳入统计', '纳入统计'],
  aboveScaleIndustryTrade: ['aboveScaleIndustryTrade', '规模以上工贸企业'],
  activity: ['activity', '活动', '经营活动'],
  projectKind: ['projectKind', 'project_kind', '项目类别', '工程类别'],
  needsConstructionPermit: ['needsConstructionPermit', '需施工许可证'],
  startDate: ['startDate', 'start_date', '开工日期'],
  policyFrom: ['policyFrom', 'policy_from', '保险起期', '保险起始日'],
  policyTo: ['policyTo', 'policy_to', '保险止期', '保险终止日'],
  equivalentFrom: ['equivalentFrom', '同类保险起期'],
  equivalentTo: ['equivalentTo', '同类保险止期'],
  name: ['name', '名称', '企业名称', '项目名称'],
  address: ['address', '地址', '企业地址', '项目地址'],
  contact: ['contact', '联系人及电话'],
  employees: ['employees', '员工人数'],
  generalContractor: ['generalContractor', '总包单位'],
};

const KIND: Record<string, string> = {
  enterprise: 'enterprise',
  企业: 'enterprise',
  project: 'project',
  项目: 'project',
};
const PROJECT_KIND: Record<string, string> = {
  housing: 'housing',
  房建: 'housing',
  房建项目: 'housing',
  房屋建筑: 'housing',
  municipal: 'municipal',
  市政: 'municipal',
  市政项目: 'municipal',
  other: 'other',
  其他: 'other',
};
const YES = new Set(['是', 'yes', 'true', 'y', '1']);
const NO = new Set(['否', 'no', 'false', 'n', '0']);

/** A roster cell that cannot be read: its row (file line) and column (1-based, and the header). */
export class RosterCellError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly header: string,
    readonly en: string,
    readonly zh: string,
  ) {
    super(
      `line ${line}, column ${column} (${header}): ${en} / 第${line}行第${column}列（${header}）：${zh}`,
    );
  }
}

function headerMap(header: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  header.forEach((h, i) => {
    const name = h.trim();
    for (const [key, names] of Object.entries(ROSTER_COLUMNS))
      if (names.some((n) => n.toLowerCase() === name.toLowerCase())) map.set(key, i);
  });
  return map;
}

/**
 * Units (plus the descriptive fields the forms list) from roster CSV text, one per record, streamed.
 * A cell that cannot be read throws a {@link RosterCellError} naming its line and column; the library
 * then validates each unit and reports bad rows by index.
 */
export function* rosterRows(
  chunks: Iterable<string>,
  onRow?: (n: number) => void,
): Generator<Record<string, unknown>> {
  let columns: Map<string, number> | null = null;
  let header: readonly string[] = [];
  let n = 0;
  for (const rec of records(chunks)) {
    if (columns === null) {
      header = rec.fields;
      columns = headerMap(rec.fields);
      if (!columns.has('kind') || !columns.has('id'))
        throw new CsvSyntaxError(
          rec.line,
          1,
          'the header needs at least id/编号 and kind/类型 columns',
        );
      continue;
    }
    const map = columns;
    const get = (key: string): string => {
      const i = map.get(key);
      return i === undefined ? '' : (rec.fields[i] ?? '').trim();
    };
    const bad = (key: string, en: string, zh: string): never => {
      const i = map.get(key) ?? 0;
      throw new RosterCellError(rec.line, i + 1, header[i] ?? key, en, zh);
    };
    const bool = (key: string): boolean | undefined => {
      const v = get(key).toLowerCase();
      if (v === '') return undefined;
      if (YES.has(v)) return true;
      if (NO.has(v)) return false;
      return bad(key, `expected 是/否 (yes/no), got "${get(key)}"`, `应为是/否，得到"${get(key)}"`);
    };
    const kind =
      KIND[get('kind').toLowerCase()] ??
      KIND[get('kind')] ??
      bad('kind', `unknown kind "${get('kind')}"`, `未知类型"${get('kind')}"`);
    const row: Record<string, unknown> = { kind, id: get('id') };
    const period = (from: string, to: string) =>
      get(from) === '' && get(to) === '' ? undefined : [{ from: get(from), to: get(to) }];
    if (kind === 'enterprise') {
      row['sector'] = get('sector') || 'other';
      const s = bool('inStatistics');
      if (s !== undefined) row['inStatistics'] = s;
      const a = bool('aboveScaleIndustryTrade');
      if (a !== undefined) row['aboveScaleIndustryTrade'] = a;
      const activity = get('activity');
      if (activity) row['activity'] = activity;
      const eq = period('equivalentFrom', 'equivalentTo');
      if (eq !== undefined) row['equivalentInsurance'] = eq;
    } else {
      row['projectKind'] =
        PROJECT_KIND[get('projectKind').toLowerCase()] ??
        PROJECT_KIND[get('projectKind')] ??
        bad(
          'projectKind',
          `unknown project kind "${get('projectKind')}"`,
          `未知项目类别"${get('projectKind')}"`,
        );
      const p = bool('needsConstructionPermit');
      if (p !== undefined) row['needsConstructionPermit'] = p;
      if (get('startDate') !== '') row['startDate'] = get('startDate');
    }
    const policies = period('policyFrom', 'policyTo');
    if (policies !== undefined) row['policies'] = policies;
    for (const key of ['name', 'address', 'contact', 'generalContractor'])
      if (get(key) !== '') row[key] = get(key);
    if (get('employees') !== '') {
      const e = Number(get('employees'));
      if (!Number.isSafeInteger(e) || e < 0)
        bad(
          'employees',
          `expected a whole number, got "${get('employees')}"`,
          `应为整数，得到"${get('employees')}"`,
        );
      row['employees'] = e;
    }
    n++;
    onRow?.(n);
    yield row;
  }
}

/** The unit part of a roster row (without the descriptive fields). */
export function unitOf(row: Record<string, unknown>): Record<string, unknown> {
  const { name: _n, address: _a, contact: _c, employees: _e, generalContractor: _g, ...unit } = row;
  return unit;
}
