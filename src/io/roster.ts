// Roster records (a CSV file's or a sheet's rows, already split into cells) → the units `coverageStatus`
// takes, plus the descriptive fields the forms list. Every bad cell of the file is collected into one
// report; several rows with the same id are one unit with several policies (renewals), never two units.
import { bi } from '../errors/messages.js';
import type { Bilingual } from '../errors/messages.js';
import type { Unit } from '../coverage/unit.js';
import type { Profile } from '../profiles/schema.js';
import type { RosterRow } from '../coverage/roster.js';
import { compareValid, type CalendarDate } from '../time/calendar-date.js';
import { DATE_FORMS, readCount, readDate, sectorNames } from './cells.js';
import { findHeader, headerMap, type TitleRow } from './header.js';
import { Problems } from './problems.js';

/** The columns a roster may have, each with the header names accepted for it (case-insensitive). */
export const ROSTER_COLUMNS: Readonly<Record<string, readonly string[]>> = Object.freeze({
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
});

export { IGNORED_COLUMNS } from './header.js';

const KIND: Record<string, 'enterprise' | 'project'> = {
  enterprise: 'enterprise',
  企业: 'enterprise',
  project: 'project',
  项目: 'project',
};
const PROJECT_KIND: Record<string, 'housing' | 'municipal' | 'other'> = {
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

/** Fields of a unit that every row of the same id must repeat exactly (a renewal changes only its policy). */
const UNIT_FIELDS = [
  'kind',
  'sector',
  'inStatistics',
  'aboveScaleIndustryTrade',
  'activity',
  'projectKind',
  'needsConstructionPermit',
  'startDate',
] as const;
/** Descriptive fields: a later row may leave them blank, but may not give a different value. */
const DESCRIPTIVE = ['name', 'address', 'contact', 'employees', 'generalContractor'] as const;

/** One row of a file, split into cells: the line (or sheet row) it starts on, and its cells as text. */
export interface TextRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** What a roster file holds once read: the units, the rows with their details, and how rows merged. */
export interface RosterFile {
  /** One unit per id, in the order ids first appear: what `coverageStatus` takes. */
  readonly units: readonly Unit[];
  /** The same units with the descriptive fields (name, address, …): what the report builders take. */
  readonly rows: readonly RosterRow[];
  /** Data rows read (the header and blank lines not counted). */
  readonly records: number;
  /** Rows that were another policy of a unit already read (renewals), merged into it. */
  readonly merged: number;
  /** Rows above the header that were skipped as titles (荆州市安责险投保台账, 填报单位…), with their lines. */
  readonly titleRows: readonly TitleRow[];
}

/** Options of the roster readers. */
export interface RosterReadOptions {
  /**
   * The profile in force: a sector cell may then carry the profile's own names (建筑施工 for
   * `construction`), and an unknown sector is refused with the list of valid ones. Without it, sector
   * codes are taken as written (and `coverageStatus` refuses an unknown one).
   */
  readonly profile?: Profile;
  /** The file's name, for the error report (the readers never open it). */
  readonly file?: string;
  /**
   * `streamRosterCsv` only: the roster is grouped by id — every id's rows (its renewals) together and
   * the ids in ascending order (whole numbers by value, as Excel sorts them; other ids by their
   * characters), as a file sorted by 编号 is. It is then read in one pass holding only the current
   * unit: memory stays flat however many ids there are. An id out of order is refused by its line
   * (it would otherwise be a second unit with that id, counted twice).
   */
  readonly grouped?: boolean;
}

type Period = { from: CalendarDate; to: CalendarDate };

interface Entry {
  readonly line: number;
  readonly row: Record<string, unknown>;
  readonly policies: Period[];
  readonly equivalent: Period[];
}

const periodKey = (p: Period) => `${p.from}/${p.to}`;
const addPeriod = (list: Period[], p: Period) => {
  // the same period twice (a row copied) is one policy
  if (!list.some((q) => periodKey(q) === periodKey(p))) list.push(p);
};
const show = (v: unknown) =>
  v === undefined ? '(blank)' : typeof v === 'string' ? v : JSON.stringify(v);
const CJK = /[\u3400-\u9fff]/;

/** What a reading counts besides the units (internal). */
export interface RosterStats {
  records: number;
  merged: number;
  titleRows: readonly TitleRow[];
}

/** A unit complete with all its rows: the row (with details) and the unit alone (internal). */
export interface RosterEntry {
  /** null when only the units were asked for (`want` of {@link rosterEntries}). */
  readonly row: RosterRow | null;
  /** null when only the rows were asked for. */
  readonly unit: Unit | null;
}

/**
 * Opens a file's records anew for each pass (internal). `countIds`, when given, counts each id's rows
 * (the trimmed cell of the id column, blank records left out) in the records after the header line
 * without building them — the same counts as reading the records — or gives null to have them read.
 */
export type RecordSource = (() => Iterable<TextRecord>) & {
  countIds?: (headerLine: number, idColumn: number) => ReadonlyMap<string, number> | null;
};

const blank = (rec: TextRecord) => rec.fields.every((f) => f.trim() === '');

/**
 * Reads roster records (the first non-blank one is the header) into units, in two passes over
 * `open()`: the first counts the rows of each id, the second reads every cell, yields each unit as
 * soon as its last row is read (a unit of one row at once), and holds only units with several rows
 * (renewals) until their last. Every problem goes to `problems`; the caller throws the report when the
 * stream ends (internal).
 */
export function* rosterEntries(
  open: RecordSource,
  problems: Problems,
  options: RosterReadOptions = {},
  stats: RosterStats = { records: 0, merged: 0, titleRows: [] },
  want: EntryWant = 'both',
): Generator<RosterEntry> {
  // pass 1: the header (below any title rows), and how many rows each id has
  const counts = new Map<string, number>();
  const found = findHeader(open(), ROSTER_COLUMNS);
  if (found === null) {
    if (problems.count === 0)
      problems.add(
        0,
        0,
        '',
        '',
        bi('the file is empty: no header and no rows', '文件为空：没有表头也没有数据行'),
        bi('a header row and at least one row', '表头及至少一行数据'),
      );
    return;
  }
  stats.titleRows = found.titles;
  const map = headerMap(found.header, ROSTER_COLUMNS, ['id', 'kind'], problems);
  if (!map.has('id') || !map.has('kind')) return; // no row can be read without them
  if (options.grouped === true) {
    // one pass: every id's rows together, ids ascending — nothing held but the current unit
    const { header, rest } = found;
    const again = function* () {
      yield header;
      yield* rest;
    };
    yield* readRows(again(), header.line, null, problems, options, stats, want);
    return;
  }
  const idColumn = map.get('id') ?? -1;
  const quick = open.countIds?.(found.header.line, idColumn) ?? null;
  if (quick === null)
    for (const rec of found.rest) {
      if (blank(rec)) continue;
      const id = (rec.fields[idColumn] ?? '').trim();
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  yield* readRows(open(), found.header.line, quick ?? counts, problems, options, stats, want);
}

/**
 * The order of ids in a grouped roster (internal): whole numbers by their value (2 before 10, as
 * Excel sorts numbers), anything else by its characters' codes. Negative when `a` comes before `b`.
 */
export function compareIds(a: string, b: string): number {
  const whole = /^[0-9]+$/;
  if (whole.test(a) && whole.test(b)) {
    const x = a.replace(/^0+(?=.)/, '');
    const y = b.replace(/^0+(?=.)/, '');
    return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function* readRows(
  records: Iterable<TextRecord>,
  headerAt: number,
  counts: ReadonlyMap<string, number> | null,
  problems: Problems,
  options: RosterReadOptions,
  stats: RosterStats,
  want: EntryWant,
): Generator<RosterEntry> {
  const sectorList = options.profile?.scope.sectors ?? [];
  // a profile that lists no sectors (the 2017 measure) takes any code, as the library does
  const sectors = sectorList.length === 0 ? null : sectorNames(sectorList);
  let columns: Map<string, number> | null = null;
  let header: readonly string[] = [];
  let headerLine = 0;
  let count = 0;
  // units with several rows, held until their last row is read
  const held = new Map<string, Entry & { remaining: number }>();
  // each distinct date cell is read once (a roster names a few thousand days at most)
  const dates = new Map<string, CalendarDate | null>();
  // The reading of one row's cells: defined once, for the row being read (`rec`), not per row.
  let rec: TextRecord = { line: 0, fields: [] };
  const state = { ok: true };
  // a fresh row: no problem yet (a function, so the type checker does not take `ok` to stay true)
  const resetRow = (): void => {
    state.ok = true;
  };
  const map = (): Map<string, number> => columns ?? new Map<string, number>();
  const get = (key: string): string => {
    const i = map().get(key);
    return i === undefined ? '' : (rec.fields[i] ?? '').trim();
  };
  const bad = (key: string, detail: Bilingual, expected: Bilingual): void => {
    state.ok = false;
    const i = map().get(key);
    if (i === undefined)
      problems.add(
        rec.line,
        0,
        ROSTER_COLUMNS[key]?.slice(0, 2).join('/') ?? key,
        '',
        detail,
        expected,
      );
    else problems.add(rec.line, i + 1, (header[i] ?? key).trim(), get(key), detail, expected);
  };
  const bool = (key: string): boolean | undefined => {
    const v = get(key).toLowerCase();
    if (v === '') return undefined;
    if (YES.has(v)) return true;
    if (NO.has(v)) return false;
    bad(
      key,
      bi(`expected 是/否 (yes/no), got "${get(key)}"`, `应为是/否，得到"${get(key)}"`),
      bi('是/否 (yes/no)', '是/否'),
    );
    return undefined;
  };
  const date = (key: string): CalendarDate | undefined => {
    const cell = get(key);
    let d = dates.get(cell);
    if (d === undefined) {
      d = readDate(cell) as CalendarDate | null;
      if (dates.size < MAX_DATES) dates.set(cell, d);
    }
    if (d !== null) return d;
    bad(
      key,
      bi(`expected ${DATE_FORMS.en}, got "${get(key)}"`, `应为${DATE_FORMS.zh}，得到"${get(key)}"`),
      bi(DATE_FORMS.en, DATE_FORMS.zh),
    );
    return undefined;
  };
  const period = (from: string, to: string): Period | null | undefined => {
    if (get(from) === '' && get(to) === '') return null;
    for (const [key, other] of [
      [from, to],
      [to, from],
    ] as const)
      if (!map().has(key)) {
        const names = (ROSTER_COLUMNS[key] ?? []).filter((n) => CJK.test(n)).slice(0, 1);
        bad(
          key,
          bi(
            `the row has a ${other} but there is no ${key} column (${names.join('')})`,
            `此行有${(ROSTER_COLUMNS[other] ?? []).find((n) => CJK.test(n)) ?? other}，但没有${names.join('')}列`,
          ),
          bi(`a ${key} column`, `${names.join('')}列`),
        );
        return undefined;
      }
    const f = date(from);
    const t = date(to);
    if (f === undefined || t === undefined) return undefined;
    // a policy that ends before it starts covers no day: refuse it rather than count nobody
    if (compareValid(f, t) > 0) {
      bad(
        to,
        bi(`the period ends (${t}) before it starts (${f})`, `止期（${t}）早于起期（${f}）`),
        bi(`a date on or after ${f}`, `不早于${f}的日期`),
      );
      return undefined;
    }
    return { from: f, to: t };
  };

  for (rec of records) {
    if (columns === null) {
      if (rec.line !== headerAt) continue; // a title row above the header, or a blank one
      header = rec.fields;
      headerLine = rec.line;
      // its problems were noted in the first pass
      columns = headerMap(rec, ROSTER_COLUMNS, [], new Problems('line'));
      continue;
    }
    if (rec.fields.every((f) => f.trim() === '')) continue; // a blank row Excel left in
    count++;
    resetRow();
    const kindCell = get('kind');
    const kind = KIND[kindCell.toLowerCase()] ?? KIND[kindCell];
    if (kind === undefined)
      bad(
        'kind',
        bi(`unknown kind "${kindCell}"`, `未知类型"${kindCell}"`),
        bi('企业 (enterprise) or 项目 (project)', '企业或项目'),
      );
    const id = get('id');
    if (id === '') bad('id', bi('the id is empty', '编号为空'), bi('the unit’s id', '单位编号'));
    const row: Record<string, unknown> = { kind, id };
    if (kind === 'enterprise') {
      // An enterprise without a sector would silently fall out of every category: refuse it.
      const sector = get('sector');
      if (sector === '')
        bad(
          'sector',
          map().has('sector')
            ? bi('the sector of an enterprise is empty', '企业的行业为空')
            : bi('an enterprise needs a sector/行业 column', '企业须有"行业"列'),
          bi('a sector', '行业'),
        );
      else if (sectors === null) row['sector'] = sector;
      else {
        const code = sectors.get(sector.toLowerCase());
        const list = bi(
          `${sectorList.map((x) => `${x.code} (${x.name.zh})`).join(', ')} or other (其他)`,
          `${sectorList.map((x) => `${x.name.zh}（${x.code}）`).join('、')}或其他`,
        );
        if (code === undefined)
          bad(
            'sector',
            bi(
              `unknown sector "${sector}"; expected one of ${list.en}`,
              `未知行业"${sector}"；应为${list.zh}`,
            ),
            list,
          );
        else row['sector'] = code;
      }
      const s = bool('inStatistics');
      if (s !== undefined) row['inStatistics'] = s;
      const a = bool('aboveScaleIndustryTrade');
      if (a !== undefined) row['aboveScaleIndustryTrade'] = a;
      const activity = get('activity');
      if (activity !== '') row['activity'] = activity;
    } else if (kind === 'project') {
      const pk = get('projectKind');
      const projectKind = PROJECT_KIND[pk.toLowerCase()] ?? PROJECT_KIND[pk];
      if (projectKind === undefined)
        bad(
          'projectKind',
          bi(`unknown project kind "${pk}"`, `未知项目类别"${pk}"`),
          bi(
            'housing (房屋建筑工程, 房建), municipal (市政基础设施工程, 市政) or other (其他)',
            '房屋建筑工程（房建）、市政基础设施工程（市政）或其他',
          ),
        );
      else row['projectKind'] = projectKind;
      const p = bool('needsConstructionPermit');
      if (p !== undefined) row['needsConstructionPermit'] = p;
      if (get('startDate') !== '') {
        const d = date('startDate');
        if (d !== undefined) row['startDate'] = d;
      }
    }
    const policy = period('policyFrom', 'policyTo');
    const equivalent = kind === 'enterprise' ? period('equivalentFrom', 'equivalentTo') : null;
    for (const key of DETAIL_TEXT) {
      const text = get(key);
      if (text !== '') row[key] = text;
    }
    if (get('employees') !== '') {
      const n = readCount(get('employees'));
      if (n === null)
        bad(
          'employees',
          bi(
            `expected a whole number (1200, 1,200), got "${get('employees')}"`,
            `应为整数（如1200、1,200），得到"${get('employees')}"`,
          ),
          bi('a whole number (1200, 1,200)', '整数（如1200、1,200）'),
        );
      else row['employees'] = n;
    }
    if (!state.ok || kind === undefined || id === '') continue;

    if (counts === null && !held.has(id)) {
      // grouped: a new id ends the unit before it, which must come first in the order
      let refused = false;
      for (const [prevId, prev] of held) {
        held.delete(prevId);
        if (compareIds(prevId, id) >= 0) {
          bad(
            'id',
            bi(
              `id "${id}" comes after "${prevId}" (line ${String(prev.line)}): a grouped roster needs every id's rows together and the ids in ascending order`,
              `编号"${id}"排在"${prevId}"（第${String(prev.line)}行）之后：按编号分组读取时，同一编号的各行须相邻且编号须升序`,
            ),
            bi(`an id after "${prevId}"`, `排在"${prevId}"之后的编号`),
          );
          refused = true;
          continue;
        }
        yield finish(prev, want);
      }
      if (refused) continue;
    }
    const total = counts === null ? Infinity : (counts.get(id) ?? 1);
    const before = held.get(id);
    if (before === undefined) {
      const entry = { line: rec.line, row, policies: [], equivalent: [], remaining: total - 1 };
      if (policy) addPeriod(entry.policies, policy);
      if (equivalent) addPeriod(entry.equivalent, equivalent);
      if (entry.remaining === 0) yield finish(entry, want);
      else held.set(id, entry);
      continue;
    }
    // Renewals: another row of the same unit adds its policy. The unit's own fields must agree — two
    // different units under one id would otherwise be merged into one (and counted once).
    const disagree: string[] = [
      ...UNIT_FIELDS.filter((k) => before.row[k] !== row[k]),
      ...DESCRIPTIVE.filter(
        (k) => row[k] !== undefined && before.row[k] !== undefined && before.row[k] !== row[k],
      ),
    ];
    if (disagree.length > 0) {
      const fields = disagree
        .map((k) => `${k} ${show(before.row[k])} ≠ ${show(row[k])}`)
        .join('; ');
      bad(
        'id',
        bi(
          `id "${id}" is already on line ${String(before.line)} with other unit fields (${fields}); a repeated id is read as a renewal only when the unit's own fields agree`,
          `编号"${id}"已在第${String(before.line)}行出现，但单位信息不同（${fields}）；同一编号的多行仅在单位信息一致时按续保合并`,
        ),
        bi(
          `a new id, or the same fields as line ${String(before.line)}`,
          `新的编号，或与第${String(before.line)}行一致的单位信息`,
        ),
      );
      continue;
    }
    for (const k of DESCRIPTIVE)
      if (before.row[k] === undefined && row[k] !== undefined) before.row[k] = row[k];
    if (policy) addPeriod(before.policies, policy);
    if (equivalent) addPeriod(before.equivalent, equivalent);
    stats.merged++;
    before.remaining--;
    if (before.remaining === 0) {
      held.delete(id);
      yield finish(before, want);
    }
  }
  // grouped: the last unit ends with the file
  if (counts === null)
    for (const [, last] of held) if (problems.count === 0) yield finish(last, want);
  stats.records = count;
  // An empty file, or a header with no row, is not "a roster where nobody is insured".
  if (count === 0 && problems.count === 0)
    problems.add(
      headerLine,
      0,
      'header',
      '',
      bi('the roster has no rows (a header only)', '名单没有数据行（只有表头）'),
      bi('at least one row under the header', '表头下至少一行数据'),
    );
}

// The details that are plain text.
const DETAIL_TEXT = ['name', 'address', 'contact', 'generalContractor'] as const;

// Date cells remembered per file, at most this many (past it, a cell is read each time).
const MAX_DATES = 100_000;

/** Which side of an entry a reader needs: the row (with details), the unit, or both (internal). */
export type EntryWant = 'rows' | 'units' | 'both';

/**
 * Freezes an entry's row or unit: its own values are strings, numbers and booleans, and its period
 * lists hold `{ from, to }` objects of strings — so freezing those objects is freezing it deeply, the
 * same as `deepFreeze`, without walking it generically (a roster of millions of rows).
 */
function frozen(o: Record<string, unknown>): Record<string, unknown> {
  for (const key of ['policies', 'equivalentInsurance']) {
    const list = o[key] as Period[] | undefined;
    if (list === undefined) continue;
    for (const p of list) Object.freeze(p);
    Object.freeze(list);
  }
  return Object.freeze(o);
}

/** The row and the unit of an entry whose rows are all read, only the side(s) wanted (internal). */
function finish(e: Entry, want: EntryWant): RosterEntry {
  const wantRow = want !== 'units';
  const wantUnit = want !== 'rows';
  const row: Record<string, unknown> = {};
  const unit: Record<string, unknown> = {};
  for (const k of Object.keys(e.row)) {
    const v = e.row[k];
    if (v === undefined) continue;
    if (wantRow) row[k] = v;
    if (wantUnit && !(DESCRIPTIVE as readonly string[]).includes(k)) unit[k] = v;
  }
  if (e.policies.length > 0) {
    if (wantRow) row['policies'] = e.policies;
    if (wantUnit) unit['policies'] = wantRow ? e.policies.map((p) => ({ ...p })) : e.policies;
  }
  if (e.equivalent.length > 0) {
    if (wantRow) row['equivalentInsurance'] = e.equivalent;
    if (wantUnit)
      unit['equivalentInsurance'] = wantRow ? e.equivalent.map((p) => ({ ...p })) : e.equivalent;
  }
  return {
    row: wantRow ? (frozen(row) as unknown as RosterRow) : null,
    unit: wantUnit ? (frozen(unit) as unknown as Unit) : null,
  };
}
