// Roster CSV → units. Header names may be English or Chinese; values as spreadsheets write them.
import { DATE_FORMS, readCount, readDate, sectorNames, type SectorName } from './cells.js';
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
  policyFrom: [
    'policyFrom',
    'policy_from',
    '保险起期',
    '保险起始日',
    '保险起始日期',
    '保险开始日期',
    '起保日期',
    '保单起期',
  ],
  policyTo: [
    'policyTo',
    'policy_to',
    '保险止期',
    '保险终止日',
    '保险终止日期',
    '保险结束日期',
    '保险到期日',
    '终保日期',
    '保单止期',
  ],
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
  房屋建筑工程: 'housing',
  房建工程: 'housing',
  municipal: 'municipal',
  市政: 'municipal',
  市政项目: 'municipal',
  市政工程: 'municipal',
  市政基础设施: 'municipal',
  市政基础设施工程: 'municipal',
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
      column === 0
        ? `line ${line} (${header}): ${en} / 第${line}行（${header}）：${zh}`
        : `line ${line}, column ${column} (${header}): ${en} / 第${line}行第${column}列（${header}）：${zh}`,
    );
  }
}

/** Free-text columns an office adds that no computation reads; every other unknown header is refused. */
const IGNORED_COLUMNS = new Set(['备注', '说明', 'remark', 'remarks', 'note', 'notes', 'comment']);

function headerMap(header: readonly string[], line: number): Map<string, number> {
  const map = new Map<string, number>();
  header.forEach((h, i) => {
    const name = h.trim().replace(/^\uFEFF/, '');
    const key = Object.entries(ROSTER_COLUMNS).find(([, names]) =>
      names.some((n) => n.toLowerCase() === name.toLowerCase()),
    )?.[0];
    if (key === undefined) {
      if (IGNORED_COLUMNS.has(name.toLowerCase())) return;
      // A misspelt header must not read as an empty column (everyone uninsured): name it and refuse.
      throw new RosterCellError(
        line,
        i + 1,
        name,
        `unknown column "${name}"; accepted headers: ${Object.values(ROSTER_COLUMNS).flat().join(', ')} (free text: 备注)`,
        `未知列"${name}"；可用的列名：${Object.values(ROSTER_COLUMNS).flat().join('、')}（自由文字：备注）`,
      );
    }
    if (map.has(key))
      throw new RosterCellError(
        line,
        i + 1,
        name,
        `column "${name}" repeats column ${String((map.get(key) ?? 0) + 1)} (${header[map.get(key) ?? 0] ?? ''})`,
        `列"${name}"与第${String((map.get(key) ?? 0) + 1)}列（${header[map.get(key) ?? 0] ?? ''}）重复`,
      );
    map.set(key, i);
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
  options: {
    /** The sectors of the profile in force: a sector cell may then carry their Chinese names. */
    readonly sectors?: readonly SectorName[];
  } = {},
): Generator<Record<string, unknown>> {
  // a profile that lists no sectors (the 2017 measure) takes any code, as the library does
  const sectors =
    options.sectors === undefined || options.sectors.length === 0
      ? null
      : sectorNames(options.sectors);
  let columns: Map<string, number> | null = null;
  let header: readonly string[] = [];
  let n = 0;
  const seen = new Map<string, number>();
  for (const rec of records(chunks)) {
    if (columns === null) {
      header = rec.fields;
      columns = headerMap(rec.fields, rec.line);
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
      const i = map.get(key);
      if (i === undefined)
        throw new RosterCellError(
          rec.line,
          0,
          ROSTER_COLUMNS[key]?.slice(0, 2).join('/') ?? key,
          en,
          zh,
        );
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
    const id = get('id');
    if (id === '') bad('id', 'the id is empty', '编号为空');
    const first = seen.get(id);
    if (first !== undefined)
      bad(
        'id',
        `id "${id}" is already on line ${String(first)}: one row per unit (a renewal is not a second unit; put one row per unit with its current policy)`,
        `编号"${id}"已在第${String(first)}行出现：每个单位一行（续保不是另一个单位）`,
      );
    seen.set(id, rec.line);
    const row: Record<string, unknown> = { kind, id };
    const date = (key: string): string =>
      readDate(get(key)) ??
      bad(
        key,
        `expected ${DATE_FORMS.en}, got "${get(key)}"`,
        `应为${DATE_FORMS.zh}，得到"${get(key)}"`,
      );
    const period = (from: string, to: string) =>
      get(from) === '' && get(to) === '' ? undefined : [{ from: date(from), to: date(to) }];
    if (kind === 'enterprise') {
      // An enterprise without a sector would silently fall out of every category: refuse it.
      const sector =
        get('sector') ||
        bad(
          'sector',
          columns.has('sector')
            ? 'the sector of an enterprise is empty'
            : 'an enterprise needs a sector/行业 column',
          columns.has('sector') ? '企业的行业为空' : '企业须有"行业"列',
        );
      row['sector'] =
        sectors === null
          ? sector
          : (sectors.get(sector.toLowerCase()) ??
            bad(
              'sector',
              `unknown sector "${sector}"; expected one of ${(options.sectors ?? []).map((x) => `${x.code} (${x.name.zh})`).join(', ')} or other (其他)`,
              `未知行业"${sector}"；应为${(options.sectors ?? []).map((x) => `${x.name.zh}（${x.code}）`).join('、')}或其他`,
            ));
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
      if (get('startDate') !== '') row['startDate'] = date('startDate');
    }
    const policies = period('policyFrom', 'policyTo');
    if (policies !== undefined) row['policies'] = policies;
    for (const key of ['name', 'address', 'contact', 'generalContractor'])
      if (get(key) !== '') row[key] = get(key);
    if (get('employees') !== '')
      row['employees'] =
        readCount(get('employees')) ??
        bad(
          'employees',
          `expected a whole number (1200, 1,200), got "${get('employees')}"`,
          `应为整数（如1200、1,200），得到"${get('employees')}"`,
        );
    n++;
    onRow?.(n);
    yield row;
  }
  // An empty file, or a header with no row, is not "a roster where nobody is insured".
  if (n === 0)
    throw new CsvSyntaxError(1, 1, 'the roster has no rows (an empty file, or a header only)');
}

/** The unit part of a roster row (without the descriptive fields). */
export function unitOf(row: Record<string, unknown>): Record<string, unknown> {
  const { name: _n, address: _a, contact: _c, employees: _e, generalContractor: _g, ...unit } = row;
  return unit;
}
