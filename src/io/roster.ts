// Roster records (a CSV file's or a sheet's rows, already split into cells) → the units `coverageStatus`
// takes, plus the descriptive fields the forms list. Every bad cell of the file is collected into one
// report; several rows with the same id are one unit with several policies (renewals), never two units.
import { bi } from '../errors/messages.js';
import type { Bilingual } from '../errors/messages.js';
import type { Unit } from '../coverage/unit.js';
import type { Profile } from '../profiles/schema.js';
import type { RosterRow } from '../coverage/roster.js';
import { compareValid, type CalendarDate } from '../time/calendar-date.js';
import { DATE_FORMS, readCount, readDate, sectorNames, type SectorName } from './cells.js';
import { IdPlanner, type IdPlan } from './id-scan.js';
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

/** A unit being read: its first row's line, its fields, its details and the policies of its rows. */
interface Entry {
  readonly line: number;
  /** kind, id and the unit's own fields (what `coverageStatus` reads). */
  readonly unit: Record<string, unknown>;
  /** The descriptive fields given (name, address, contact, generalContractor, employees). */
  readonly details: Record<string, unknown>;
  readonly policies: Period[];
  readonly equivalent: Period[];
  /** Rows of the unit still to read. */
  remaining: number;
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
 * Opens a file's records anew for each pass (internal). The first pass needs only each data record's
 * id (the trimmed cell of the id column, blank records left out, the records after the header line):
 * `planIds`, when given, reads them without building the records — the same ids as reading the
 * records — or gives null to have them read.
 */
export type RecordSource = (() => Iterable<TextRecord>) & {
  planIds?: (headerLine: number, idColumn: number) => IdPlan | null;
  /**
   * Called once the first pass is done: true when it must be read again — the source read it in a
   * tentative encoding and has now decided on the file's (see `openCsv`).
   */
  settle?: () => boolean;
};

const blank = (rec: TextRecord) => rec.fields.every((f) => f.trim() === '');

/**
 * Reads roster records (the first non-blank one is the header) into units, in two passes over
 * `open()`: the first reads each row's id (how many rows each id has), the second reads every cell,
 * yields each unit as soon as its last row is read (a unit of one row at once), and holds only units
 * with several rows (renewals) until their last. Every problem goes to `problems`; the caller throws
 * the report when the stream ends (internal).
 */
export function* rosterEntries(
  open: RecordSource,
  problems: Problems,
  options: RosterReadOptions = {},
  stats: RosterStats = { records: 0, merged: 0, titleRows: [] },
  want: EntryWant = 'both',
): Generator<RosterEntry> {
  const grouped = options.grouped === true;
  // pass 1: the header (below any title rows), and how many rows each id has
  const { found, quick } = headerAndIds(open, grouped);
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
  if (grouped) {
    // one pass: every id's rows together, ids ascending — nothing held but the current unit
    const { header, rest } = found;
    const again = function* () {
      yield header;
      yield* rest;
    };
    yield* readRows(again(), header.line, null, problems, options, stats, want);
    return;
  }
  const plan = quick ?? slowPlan(found, map.get('id') ?? -1);
  yield* readRows(open(), found.header.line, plan, problems, options, stats, want);
}

/** The header found by {@link findHeader}. */
type Found = NonNullable<ReturnType<typeof findHeader>>;

/**
 * The first pass: the header, and the ids by the source's quick reader when it can (null: read them
 * from the records). A source whose encoding was tentative and is now decided otherwise asks for it
 * to be read again (`settle`), so that nothing read in a wrong encoding is kept.
 */
function headerAndIds(
  open: RecordSource,
  grouped: boolean,
): { found: Found | null; quick: IdPlan | null } {
  for (;;) {
    const found = findHeader(open(), ROSTER_COLUMNS);
    // the columns, to find the id's (the header's problems are noted once it is final)
    const columns =
      found === null ? null : headerMap(found.header, ROSTER_COLUMNS, [], new Problems('line'));
    let quick: IdPlan | null = null;
    if (found !== null && columns !== null && columns.has('id') && columns.has('kind') && !grouped)
      quick = quickPlan(open, found, columns.get('id') ?? -1);
    if (open.settle?.() === true) continue;
    return { found, quick };
  }
}

/** The ids by the source's quick reader (null when it has none or cannot read the file). */
function quickPlan(open: RecordSource, found: Found, idColumn: number): IdPlan | null {
  return open.planIds?.(found.header.line, idColumn) ?? null;
}

/** The ids read from the records after the header. */
function slowPlan(found: Found, idColumn: number): IdPlan {
  const planner = new IdPlanner();
  for (const rec of found.rest) {
    if (blank(rec)) continue;
    planner.add((rec.fields[idColumn] ?? '').trim());
  }
  return planner.plan();
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

/** One row's reading: the unit's fields, its details, its policy and equivalent insurance. */
interface ReadRow {
  readonly id: string;
  readonly unit: Record<string, unknown>;
  readonly details: Record<string, unknown>;
  readonly policy: Period | null;
  readonly equivalent: Period | null;
}

/**
 * Reads the cells of one row after another (`read`): the columns resolved once from the header, each
 * distinct date cell read once per file, every bad cell noted in `problems`.
 */
class RowReader {
  /** The row being read. */
  rec: TextRecord = { line: 0, fields: [] };
  /** The row has no problem so far. */
  ok = true;
  // the column of each key, -1 when the file has none
  private readonly at: Record<string, number> = {};
  // each distinct date cell is read once (a roster names a few thousand days at most)
  private readonly dates = new Map<string, CalendarDate | null>();
  private readonly sectorList: readonly SectorName[];
  // a profile that lists no sectors (the 2017 measure) takes any code, as the library does
  private readonly sectors: Map<string, string> | null;

  constructor(
    private readonly header: readonly string[],
    columns: ReadonlyMap<string, number>,
    private readonly problems: Problems,
    options: RosterReadOptions,
  ) {
    for (const key of Object.keys(ROSTER_COLUMNS)) this.at[key] = columns.get(key) ?? -1;
    this.sectorList = options.profile?.scope.sectors ?? [];
    this.sectors = this.sectorList.length === 0 ? null : sectorNames(this.sectorList);
  }

  /** The trimmed cell of a column ('' when the file has no such column). */
  get(key: string): string {
    const i = this.at[key] ?? -1;
    return i < 0 ? '' : (this.rec.fields[i] ?? '').trim();
  }

  private has(key: string): boolean {
    return (this.at[key] ?? -1) >= 0;
  }

  /** Notes a problem of the row's cell of `key` (or of the row, when the file has no such column). */
  bad(key: string, detail: Bilingual, expected: Bilingual): void {
    this.ok = false;
    const i = this.at[key] ?? -1;
    if (i < 0)
      this.problems.add(
        this.rec.line,
        0,
        ROSTER_COLUMNS[key]?.slice(0, 2).join('/') ?? key,
        '',
        detail,
        expected,
      );
    else
      this.problems.add(
        this.rec.line,
        i + 1,
        (this.header[i] ?? key).trim(),
        this.get(key),
        detail,
        expected,
      );
  }

  private bool(key: string): boolean | undefined {
    const v = this.get(key).toLowerCase();
    if (v === '') return undefined;
    if (YES.has(v)) return true;
    if (NO.has(v)) return false;
    this.bad(
      key,
      bi(`expected 是/否 (yes/no), got "${this.get(key)}"`, `应为是/否，得到"${this.get(key)}"`),
      bi('是/否 (yes/no)', '是/否'),
    );
    return undefined;
  }

  private date(key: string): CalendarDate | undefined {
    const cell = this.get(key);
    let d = this.dates.get(cell);
    if (d === undefined) {
      d = readDate(cell) as CalendarDate | null;
      if (this.dates.size < MAX_DATES) this.dates.set(cell, d);
    }
    if (d !== null) return d;
    this.bad(
      key,
      bi(`expected ${DATE_FORMS.en}, got "${cell}"`, `应为${DATE_FORMS.zh}，得到"${cell}"`),
      bi(DATE_FORMS.en, DATE_FORMS.zh),
    );
    return undefined;
  }

  /** A row with one date of a period but no column for the other. */
  private noColumn(key: string, other: string): void {
    const names = (ROSTER_COLUMNS[key] ?? []).filter((n) => CJK.test(n)).slice(0, 1);
    this.bad(
      key,
      bi(
        `the row has a ${other} but there is no ${key} column (${names.join('')})`,
        `此行有${(ROSTER_COLUMNS[other] ?? []).find((n) => CJK.test(n)) ?? other}，但没有${names.join('')}列`,
      ),
      bi(`a ${key} column`, `${names.join('')}列`),
    );
  }

  /** The period of two date columns: null when both are blank, undefined when it is refused. */
  private period(from: string, to: string): Period | null | undefined {
    if (this.get(from) === '' && this.get(to) === '') return null;
    if (!this.has(from)) {
      this.noColumn(from, to);
      return undefined;
    }
    if (!this.has(to)) {
      this.noColumn(to, from);
      return undefined;
    }
    const f = this.date(from);
    const t = this.date(to);
    if (f === undefined || t === undefined) return undefined;
    // a policy that ends before it starts covers no day: refuse it rather than count nobody
    if (compareValid(f, t) > 0) {
      this.bad(
        to,
        bi(`the period ends (${t}) before it starts (${f})`, `止期（${t}）早于起期（${f}）`),
        bi(`a date on or after ${f}`, `不早于${f}的日期`),
      );
      return undefined;
    }
    return { from: f, to: t };
  }

  /** An enterprise's sector, as the profile names it. */
  private sector(unit: Record<string, unknown>): void {
    // An enterprise without a sector would silently fall out of every category: refuse it.
    const sector = this.get('sector');
    if (sector === '') {
      this.bad(
        'sector',
        this.has('sector')
          ? bi('the sector of an enterprise is empty', '企业的行业为空')
          : bi('an enterprise needs a sector/行业 column', '企业须有"行业"列'),
        bi('a sector', '行业'),
      );
      return;
    }
    if (this.sectors === null) {
      unit['sector'] = sector;
      return;
    }
    const code = this.sectors.get(sector.toLowerCase());
    if (code !== undefined) {
      unit['sector'] = code;
      return;
    }
    const list = bi(
      `${this.sectorList.map((x) => `${x.code} (${x.name.zh})`).join(', ')} or other (其他)`,
      `${this.sectorList.map((x) => `${x.name.zh}（${x.code}）`).join('、')}或其他`,
    );
    this.bad(
      'sector',
      bi(
        `unknown sector "${sector}"; expected one of ${list.en}`,
        `未知行业"${sector}"；应为${list.zh}`,
      ),
      list,
    );
  }

  /** An enterprise's own fields. */
  private enterprise(unit: Record<string, unknown>): void {
    this.sector(unit);
    const s = this.bool('inStatistics');
    if (s !== undefined) unit['inStatistics'] = s;
    const a = this.bool('aboveScaleIndustryTrade');
    if (a !== undefined) unit['aboveScaleIndustryTrade'] = a;
    const activity = this.get('activity');
    if (activity !== '') unit['activity'] = activity;
  }

  /** A project's own fields. */
  private project(unit: Record<string, unknown>): void {
    const pk = this.get('projectKind');
    const projectKind = PROJECT_KIND[pk.toLowerCase()] ?? PROJECT_KIND[pk];
    if (projectKind === undefined)
      this.bad(
        'projectKind',
        bi(`unknown project kind "${pk}"`, `未知项目类别"${pk}"`),
        bi(
          'housing (房屋建筑工程, 房建), municipal (市政基础设施工程, 市政) or other (其他)',
          '房屋建筑工程（房建）、市政基础设施工程（市政）或其他',
        ),
      );
    else unit['projectKind'] = projectKind;
    const p = this.bool('needsConstructionPermit');
    if (p !== undefined) unit['needsConstructionPermit'] = p;
    if (this.get('startDate') !== '') {
      const d = this.date('startDate');
      if (d !== undefined) unit['startDate'] = d;
    }
  }

  /** The descriptive fields given (text, and the number of employees). */
  private details(): Record<string, unknown> {
    const details: Record<string, unknown> = {};
    for (const key of DETAIL_TEXT) {
      const text = this.get(key);
      if (text !== '') details[key] = text;
    }
    const employees = this.get('employees');
    if (employees !== '') {
      const n = readCount(employees);
      if (n === null)
        this.bad(
          'employees',
          bi(
            `expected a whole number (1200, 1,200), got "${employees}"`,
            `应为整数（如1200、1,200），得到"${employees}"`,
          ),
          bi('a whole number (1200, 1,200)', '整数（如1200、1,200）'),
        );
      else details['employees'] = n;
    }
    return details;
  }

  /** A fresh row: no problem yet (a method, so the type checker does not take `ok` to stay true). */
  private start(rec: TextRecord): void {
    this.rec = rec;
    this.ok = true;
  }

  /** Reads a (non-blank) row; null when any of its cells is bad (each noted). */
  read(rec: TextRecord): ReadRow | null {
    this.start(rec);
    const kindCell = this.get('kind');
    const kind = KIND[kindCell.toLowerCase()] ?? KIND[kindCell];
    if (kind === undefined)
      this.bad(
        'kind',
        bi(`unknown kind "${kindCell}"`, `未知类型"${kindCell}"`),
        bi('企业 (enterprise) or 项目 (project)', '企业或项目'),
      );
    const id = this.get('id');
    if (id === '')
      this.bad('id', bi('the id is empty', '编号为空'), bi('the unit’s id', '单位编号'));
    const unit: Record<string, unknown> = { kind, id };
    if (kind === 'enterprise') this.enterprise(unit);
    else if (kind === 'project') this.project(unit);
    const policy = this.period('policyFrom', 'policyTo');
    const equivalent = kind === 'enterprise' ? this.period('equivalentFrom', 'equivalentTo') : null;
    const details = this.details();
    if (!this.ok || kind === undefined || id === '') return null;
    return { id, unit, details, policy: policy ?? null, equivalent: equivalent ?? null };
  }
}

/**
 * Merges the rows of each unit (renewals) and yields each unit when its last row is read: by the
 * first pass's plan of each id's rows, or, grouped (no plan), when a new id begins.
 */
class UnitMerger {
  // units with several rows, held until their last row is read
  readonly held = new Map<string, Entry>();
  merged = 0;

  constructor(
    private readonly reader: RowReader,
    private readonly plan: IdPlan | null,
  ) {}

  /**
   * Adds a read row to its unit, whose id has `total` rows (Infinity: grouped); the unit it completes,
   * if any: its own (its last row), or — grouped — the one before it (a new id begins). Null when
   * none, or when the row is refused.
   */
  add(r: ReadRow, line: number, total: number): Entry | null {
    const { id } = r;
    let done: Entry | null = null;
    if (this.plan === null && !this.held.has(id)) {
      // grouped: a new id ends the unit before it, which must come first in the order
      const before = this.endGroup(id);
      if (before === false) return null;
      done = before;
    }
    // an id of one row is never held: it is complete at once
    const before = total === 1 ? undefined : this.held.get(id);
    if (before === undefined) {
      const entry: Entry = {
        line,
        unit: r.unit,
        details: r.details,
        policies: [],
        equivalent: [],
        remaining: total - 1,
      };
      if (r.policy) addPeriod(entry.policies, r.policy);
      if (r.equivalent) addPeriod(entry.equivalent, r.equivalent);
      if (entry.remaining === 0) return entry;
      this.held.set(id, entry);
      return done;
    }
    if (!this.agree(before, r)) return null;
    for (const k of DESCRIPTIVE)
      if (before.details[k] === undefined && r.details[k] !== undefined)
        before.details[k] = r.details[k];
    if (r.policy) addPeriod(before.policies, r.policy);
    if (r.equivalent) addPeriod(before.equivalent, r.equivalent);
    this.merged++;
    before.remaining--;
    if (before.remaining !== 0) return null;
    this.held.delete(id);
    return before;
  }

  /**
   * Grouped: the unit before a new id, now complete (null when none); false when the new id does not
   * come after it (noted: the row is refused).
   */
  private endGroup(id: string): Entry | null | false {
    let refused = false;
    let done: Entry | null = null;
    for (const [prevId, prev] of this.held) {
      this.held.delete(prevId);
      if (compareIds(prevId, id) >= 0) {
        this.reader.bad(
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
      done = prev;
    }
    return refused ? false : done;
  }

  /**
   * Renewals: another row of the same unit adds its policy. The unit's own fields must agree — two
   * different units under one id would otherwise be merged into one (and counted once).
   */
  private agree(before: Entry, r: ReadRow): boolean {
    const disagree: { k: string; was: unknown; now: unknown }[] = [
      ...UNIT_FIELDS.filter((k) => before.unit[k] !== r.unit[k]).map((k) => ({
        k,
        was: before.unit[k],
        now: r.unit[k],
      })),
      ...DESCRIPTIVE.filter(
        (k) =>
          r.details[k] !== undefined &&
          before.details[k] !== undefined &&
          before.details[k] !== r.details[k],
      ).map((k) => ({ k, was: before.details[k], now: r.details[k] })),
    ];
    if (disagree.length === 0) return true;
    const fields = disagree.map((d) => `${d.k} ${show(d.was)} ≠ ${show(d.now)}`).join('; ');
    this.reader.bad(
      'id',
      bi(
        `id "${r.id}" is already on line ${String(before.line)} with other unit fields (${fields}); a repeated id is read as a renewal only when the unit's own fields agree`,
        `编号"${r.id}"已在第${String(before.line)}行出现，但单位信息不同（${fields}）；同一编号的多行仅在单位信息一致时按续保合并`,
      ),
      bi(
        `a new id, or the same fields as line ${String(before.line)}`,
        `新的编号，或与第${String(before.line)}行一致的单位信息`,
      ),
    );
    return false;
  }
}

/**
 * The second pass: every row read after the header line `headerAt`, merged into units by the first
 * pass's `plan` (or, null, grouped: by order); counts what it read into `stats`.
 */
function* readRows(
  records: Iterable<TextRecord>,
  headerAt: number,
  plan: IdPlan | null,
  problems: Problems,
  options: RosterReadOptions,
  stats: RosterStats,
  want: EntryWant,
): Generator<RosterEntry> {
  const it = records[Symbol.iterator]();
  const head = headerRecord(it, headerAt);
  if (head === null) return;
  // its problems were noted in the first pass
  const columns = headerMap(head, ROSTER_COLUMNS, [], new Problems('line'));
  const reader = new RowReader(head.fields, columns, problems, options);
  const merger = new UnitMerger(reader, plan);
  let count = 0;
  for (let next = it.next(); next.done !== true; next = it.next()) {
    const rec = next.value;
    if (blank(rec)) continue; // a blank row Excel left in
    count++;
    const r = reader.read(rec);
    // asked for every row, good or bad, in order (the plan follows the rows)
    const total = plan === null ? Infinity : plan.rowsOf(reader.get('id'));
    const done = r === null ? null : merger.add(r, rec.line, total);
    if (done !== null) yield finish(done, want);
  }
  // grouped: the last unit ends with the file
  if (plan === null)
    for (const [, last] of merger.held) if (problems.count === 0) yield finish(last, want);
  stats.records = count;
  stats.merged += merger.merged;
  samePasses(plan, count, problems);
  // An empty file, or a header with no row, is not "a roster where nobody is insured".
  if (count === 0 && problems.count === 0)
    problems.add(
      head.line,
      0,
      'header',
      '',
      bi('the roster has no rows (a header only)', '名单没有数据行（只有表头）'),
      bi('at least one row under the header', '表头下至少一行数据'),
    );
}

/** The header record (a title row or a blank one above it skipped); null when the records end first. */
function headerRecord(it: Iterator<TextRecord>, headerAt: number): TextRecord | null {
  for (let next = it.next(); next.done !== true; next = it.next())
    if (next.value.line === headerAt) return next.value;
  return null;
}

/**
 * The two passes must have read the same rows: a file that changed between them (or a reader that
 * disagrees with itself) would merge the wrong rows, so it is refused rather than counted.
 */
function samePasses(plan: IdPlan | null, count: number, problems: Problems): void {
  if (plan === null || plan.records < 0 || plan.records === count || problems.count > 0) return;
  throw new Error(
    `the roster's two passes read ${String(plan.records)} and ${String(count)} rows: was the file changed while it was read? / 两遍读取的行数不同（${String(plan.records)}与${String(count)}）：文件是否在读取时被修改？`,
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

/**
 * The row and the unit of an entry whose rows are all read, only the side(s) wanted (internal). With
 * the units alone, the entry's own unit object is the unit (nothing copied).
 */
function finish(e: Entry, want: EntryWant): RosterEntry {
  const wantRow = want !== 'units';
  const wantUnit = want !== 'rows';
  let row: Record<string, unknown> | null = null;
  if (wantRow) {
    row = { ...e.unit, ...e.details };
    if (e.policies.length > 0) row['policies'] = e.policies;
    if (e.equivalent.length > 0) row['equivalentInsurance'] = e.equivalent;
  }
  let unit: Record<string, unknown> | null = null;
  if (wantUnit) {
    unit = wantRow ? { ...e.unit } : e.unit;
    if (e.policies.length > 0)
      unit['policies'] = wantRow ? e.policies.map((p) => ({ ...p })) : e.policies;
    if (e.equivalent.length > 0)
      unit['equivalentInsurance'] = wantRow ? e.equivalent.map((p) => ({ ...p })) : e.equivalent;
  }
  return {
    row: row === null ? null : (frozen(row) as unknown as RosterRow),
    unit: unit === null ? null : (frozen(unit) as unknown as Unit),
  };
}
