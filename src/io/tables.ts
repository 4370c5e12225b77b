// Ledgers, policy lists and staff lists from the files offices keep: the same reading as rosters (a
// header in English or Chinese with its variants, title rows above it skipped, one report per file),
// each row into the object a library function takes — `checkPreventionLedger`'s entries and policies,
// `checkServiceFirm`'s staff.
import { bi, type Bilingual } from '../errors/messages.js';
import type { NON_PREVENTION_CATEGORIES as CORE_NON_PREVENTION } from '../prevention/ledger.js';
import type { CheckServiceFirmInput } from '../eligibility/service-firm.js';
import type { Profile } from '../profiles/schema.js';

type StaffMemberInput = NonNullable<CheckServiceFirmInput['staff']>[number];
import { compareValid, type CalendarDate } from '../time/calendar-date.js';
import { DATE_FORMS, halfWidth, readDate } from './cells.js';
import { findHeader, headerMap, type TitleRow } from './header.js';
import type { Problems } from './problems.js';
import { ROSTER_COLUMNS, type TextRecord } from './roster.js';

/** A cell read into the library's form, or what it should have held. */
type Read = { readonly ok: unknown } | { readonly expected: Bilingual };

/** One column of a table: its accepted header names, whether it must be there, how a cell is read. */
interface ColumnDef {
  readonly names: readonly string[];
  readonly required: boolean;
  readonly read: (cell: string) => Read;
}

/** What a table reading counts besides its rows (internal). */
export interface TableStats {
  records: number;
  titleRows: readonly TitleRow[];
}

/** One row of a table, every present cell read (internal). */
interface TableRow {
  readonly line: number;
  readonly values: Readonly<Record<string, unknown>>;
  /** Notes a problem of one of this row's cells (for checks across cells). */
  readonly bad: (key: string, detail: Bilingual, expected: Bilingual) => void;
}

/**
 * The rows of a table (internal): the header found below any title rows, its columns matched, every
 * cell read; a row with a bad cell is noted and not yielded. Empty files and header-only files are
 * problems of the report.
 */
function* tableRows(
  records: Iterable<TextRecord>,
  defs: Readonly<Record<string, ColumnDef>>,
  problems: Problems,
  stats: TableStats,
  what: Bilingual,
): Generator<TableRow> {
  const names = Object.fromEntries(Object.entries(defs).map(([k, d]) => [k, d.names]));
  const found = findHeader(records, names);
  if (found === null) {
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
  const required = Object.entries(defs)
    .filter(([, d]) => d.required)
    .map(([k]) => k);
  const map = headerMap(found.header, names, required, problems);
  if (required.some((k) => !map.has(k))) return; // no row can be read without them
  const header = found.header.fields;
  let count = 0;
  for (const rec of found.rest) {
    if (rec.fields.every((f) => f.trim() === '')) continue; // a blank row Excel left in
    count++;
    const state = { ok: true };
    const values: Record<string, unknown> = {};
    const bad = (key: string, detail: Bilingual, expected: Bilingual): void => {
      state.ok = false;
      const i = map.get(key) ?? -1;
      problems.add(
        rec.line,
        i + 1,
        (header[i] ?? key).trim(),
        (rec.fields[i] ?? '').trim(),
        detail,
        expected,
      );
    };
    for (const [key, i] of map) {
      const def = defs[key];
      if (def === undefined) continue;
      const cell = (rec.fields[i] ?? '').trim();
      if (cell === '') {
        if (def.required)
          bad(
            key,
            bi(
              `the ${key} is empty`,
              `${def.names.find((n) => /[\u3400-\u9fff]/.test(n)) ?? key}为空`,
            ),
            bi(`a ${key}`, def.names.find((n) => /[\u3400-\u9fff]/.test(n)) ?? key),
          );
        continue;
      }
      const r = def.read(cell);
      if ('ok' in r) values[key] = r.ok;
      else
        bad(
          key,
          bi(`expected ${r.expected.en}, got "${cell}"`, `应为${r.expected.zh}，得到"${cell}"`),
          r.expected,
        );
    }
    if (state.ok) yield { line: rec.line, values, bad };
  }
  stats.records = count;
  if (count === 0 && problems.count === 0)
    problems.add(
      found.header.line,
      0,
      'header',
      '',
      bi(`the ${what.en} has no rows (a header only)`, `${what.zh}没有数据行（只有表头）`),
      bi('at least one row under the header', '表头下至少一行数据'),
    );
}

// ---------------------------------------------------------------------------------------------------
// Cells

const text = (cell: string): Read => ({ ok: cell });
const date = (cell: string): Read => {
  const d = readDate(cell);
  return d === null ? { expected: bi(DATE_FORMS.en, DATE_FORMS.zh) } : { ok: d };
};

/** What an amount cell may be, in both languages. */
export const AMOUNT_FORMS = bi(
  'an amount in yuan ≥ 0 with at most 2 decimals: 1200, 1,200.50, ¥1,200.50, 1200元',
  '以元为单位、不小于0、最多两位小数的金额：1200、1,200.50、¥1,200.50、1200元',
);

/**
 * An amount of money in yuan from a cell, as a decimal string (exact, never a float): `1200`,
 * `1,200.50`, `¥1,200.50`, `1200元`, full-width digits. Null for anything else — a negative amount,
 * more than 2 decimals (a fen is the smallest unit), `1,20`.
 */
export function readMoney(cell: string): string | null {
  const s = halfWidth(cell.trim())
    .replace(/，/g, ',')
    .replace(/．/g, '.')
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*元$/, '');
  if (!/^(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.[0-9]{1,2})?$/.test(s)) return null;
  return s.replace(/,/g, '');
}
const money = (cell: string): Read => {
  const m = readMoney(cell);
  return m === null ? { expected: AMOUNT_FORMS } : { ok: m };
};

/** A list item a profile names: its code and its name in both languages. */
interface Named {
  readonly code: string;
  readonly name: { readonly zh: string; readonly en: string };
}

/**
 * The names a cell may carry for an item of a profile's list: its code, its Chinese name, the Chinese
 * name without a bracketed note or a leading 国家, its English name (compared case-insensitively).
 */
function namesOf(items: readonly Named[], extra: Readonly<Record<string, string>> = {}) {
  const names = new Map<string, string>(Object.entries(extra));
  for (const s of items)
    for (const n of [
      s.code,
      s.name.zh,
      s.name.zh.replace(/[（(].*$/, ''),
      s.name.zh.replace(/^国家/, ''),
      s.name.en,
    ])
      names.set(n.trim().toLowerCase(), s.code);
  return names;
}
const listOf = (items: readonly Named[]) =>
  bi(
    items.map((x) => `${x.code} (${x.name.zh})`).join(', '),
    items.map((x) => `${x.name.zh}（${x.code}）`).join('、'),
  );

/** A profile's list parameter, or an empty list when the profile lacks the rule (internal). */
function listParam(profile: Profile | undefined, ruleId: string, name: string): readonly Named[] {
  const p = profile?.rules.find((r) => r.id === ruleId)?.params[name];
  return p?.type === 'list' ? p.value : [];
}

// ---------------------------------------------------------------------------------------------------
// Ledger entries

/**
 * The codes of spending outside prevention: the ledger's `NON_PREVENTION_CATEGORIES`, repeated here so
 * the readers do not load the ledger check (a test holds the two lists equal).
 */
export const NON_PREVENTION_CATEGORIES: typeof CORE_NON_PREVENTION = [
  'administration',
  'marketing',
  'commission',
  'claims',
  'profit',
  'other-non-prevention',
] as const;

/**
 * The spending outside prevention (`NON_PREVENTION_CATEGORIES`, AH-PREV-04) by the names an insurer's
 * books give them. These are labels, not a reading of a clause: a ledger may also use the codes.
 */
export const NON_PREVENTION_NAMES: Readonly<
  Record<(typeof NON_PREVENTION_CATEGORIES)[number], readonly string[]>
> = Object.freeze({
  administration: ['管理费用', '管理费'],
  marketing: ['营销费用', '销售费用', '宣传营销'],
  commission: ['手续费', '佣金', '手续费及佣金'],
  claims: ['赔款', '赔付', '理赔'],
  profit: ['利润'],
  'other-non-prevention': ['其他非预防支出', '非预防支出'],
});

/** The columns of a ledger of prevention spending, each with the header names accepted for it. */
export const LEDGER_COLUMNS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  id: ['id', '编号', '序号', '凭证号', '记账编号'],
  date: ['date', '日期', '支出日期', '发生日期', '记账日期'],
  amount: ['amount', '金额', '支出金额', '金额（元）', '金额(元)', '发生额'],
  category: ['category', '类别', '费用类别', '支出类别', '服务类别', '服务项目'],
  policy: ['policy', '保单号', '保单号码', '保险单号'],
});

/** One entry of a ledger, as `checkPreventionLedger` takes it. */
export interface LedgerRow {
  readonly id?: string;
  readonly date: CalendarDate;
  /** A decimal string in yuan (exact). */
  readonly amount: string;
  readonly category: string;
  readonly policy: string;
}

/** The rows of a ledger file as entries (internal, streamed). */
export function* ledgerRows(
  records: Iterable<TextRecord>,
  problems: Problems,
  profile: Profile | undefined,
  stats: TableStats,
): Generator<LedgerRow> {
  const prevention = listParam(profile, 'AH-PREV-01', 'categories');
  const extra: Record<string, string> = {};
  for (const code of NON_PREVENTION_CATEGORIES) {
    extra[code] = code;
    for (const n of NON_PREVENTION_NAMES[code]) extra[n] = code;
  }
  const names = namesOf(prevention, extra);
  const valid = bi(
    `${prevention.length > 0 ? `${listOf(prevention).en}, ` : ''}or outside prevention: ${NON_PREVENTION_CATEGORIES.join(', ')}`,
    `${prevention.length > 0 ? `${listOf(prevention).zh}，` : ''}或非预防支出：${Object.values(
      NON_PREVENTION_NAMES,
    )
      .map((n) => n[0])
      .join('、')}`,
  );
  const category = (cell: string): Read => {
    const code = names.get(cell.toLowerCase());
    // without a profile the codes are taken as written (checkPreventionLedger refuses an unknown one)
    if (code !== undefined) return { ok: code };
    return prevention.length === 0 ? { ok: cell } : { expected: valid };
  };
  const defs: Record<string, ColumnDef> = {
    id: { names: LEDGER_COLUMNS['id'] ?? [], required: false, read: text },
    date: { names: LEDGER_COLUMNS['date'] ?? [], required: true, read: date },
    amount: { names: LEDGER_COLUMNS['amount'] ?? [], required: true, read: money },
    category: { names: LEDGER_COLUMNS['category'] ?? [], required: true, read: category },
    policy: { names: LEDGER_COLUMNS['policy'] ?? [], required: true, read: text },
  };
  for (const { values } of tableRows(records, defs, problems, stats, bi('ledger', '台账'))) {
    const entry: Record<string, unknown> = {};
    if (values['id'] !== undefined) entry['id'] = values['id'];
    for (const k of ['date', 'amount', 'category', 'policy']) entry[k] = values[k];
    yield Object.freeze(entry) as unknown as LedgerRow;
  }
}

// ---------------------------------------------------------------------------------------------------
// Policies

/** The columns of a list of policies, each with the header names accepted for it. */
export const POLICY_COLUMNS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  policy: ['policy', '保单号', '保单号码', '保险单号'],
  collected: [
    'collected',
    '实收保费',
    '实收保费（元）',
    '实收保费(元)',
    '已收保费',
    '保费',
    '保费（元）',
  ],
  from: ['from', ...(ROSTER_COLUMNS['policyFrom'] ?? []).filter((n) => !/^policy/.test(n))],
  to: ['to', ...(ROSTER_COLUMNS['policyTo'] ?? []).filter((n) => !/^policy/.test(n))],
});

/** One policy, as `checkPreventionLedger` takes it (`policies`): its number, premium collected, period. */
export interface PolicyRow {
  readonly policy: string;
  /** The premium actually collected, a decimal string in yuan (exact). */
  readonly collected: string;
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
}

/** The rows of a policy list (internal): a repeated policy number and a period ending before it starts refused. */
export function* policyRows(
  records: Iterable<TextRecord>,
  problems: Problems,
  stats: TableStats,
): Generator<PolicyRow> {
  const defs: Record<string, ColumnDef> = {
    policy: { names: POLICY_COLUMNS['policy'] ?? [], required: true, read: text },
    collected: { names: POLICY_COLUMNS['collected'] ?? [], required: true, read: money },
    from: { names: POLICY_COLUMNS['from'] ?? [], required: true, read: date },
    to: { names: POLICY_COLUMNS['to'] ?? [], required: true, read: date },
  };
  const seen = new Map<string, number>();
  for (const { line, values, bad } of tableRows(
    records,
    defs,
    problems,
    stats,
    bi('policy list', '保单清单'),
  )) {
    const policy = values['policy'] as string;
    const from = values['from'] as CalendarDate;
    const to = values['to'] as CalendarDate;
    const before = seen.get(policy);
    if (before !== undefined) {
      bad(
        'policy',
        bi(
          `policy ${policy} is already on line ${String(before)}`,
          `保单${policy}已在第${String(before)}行出现`,
        ),
        bi('each policy once', '每张保单只列一次'),
      );
      continue;
    }
    seen.set(policy, line);
    if (compareValid(from, to) > 0) {
      bad(
        'to',
        bi(
          `the period ends (${to}) before it starts (${from})`,
          `止期（${to}）早于起期（${from}）`,
        ),
        bi(`a date on or after ${from}`, `不早于${from}的日期`),
      );
      continue;
    }
    yield Object.freeze({
      policy,
      collected: values['collected'] as string,
      period: Object.freeze({ from, to }),
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Staff

/** The columns of a service firm's staff list (XZ-FIRM-05), each with the header names accepted for it. */
export const STAFF_COLUMNS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  name: ['name', '姓名'],
  title: ['title', '职称', '技术职称'],
  certificates: ['certificates', '注册证书', '注册执业证书', '执业资格证书', '执业资格'],
  safetyYears: [
    'safetyYears',
    'safety_years',
    '安全管理年限',
    '安全管理工作年限',
    '从事安全管理年限',
    '安全管理经验（年）',
  ],
});

/** Professional titles by the names a staff list gives them. */
const TITLES: Readonly<Record<string, string>> = Object.freeze({
  none: 'none',
  无: 'none',
  无职称: 'none',
  junior: 'junior',
  初级: 'junior',
  初级职称: 'junior',
  intermediate: 'intermediate',
  中级: 'intermediate',
  中级职称: 'intermediate',
  senior: 'senior',
  高级: 'senior',
  副高级: 'senior',
  副高: 'senior',
  高级职称: 'senior',
  'full-senior': 'full-senior',
  正高级: 'full-senior',
  正高: 'full-senior',
});
const TITLE_FORMS = bi(
  'a title: none (无), junior (初级), intermediate (中级), senior (高级/副高级), full-senior (正高级)',
  '职称：无、初级、中级、高级（副高级）、正高级',
);

/**
 * One member of a firm's staff, as `checkServiceFirm` takes it (`staff`). Without a profile the
 * certificate cells are taken as written, so a code `checkServiceFirm` does not know reaches it and is
 * refused there.
 */
export type StaffRow = StaffMemberInput;

/** The rows of a staff list (internal). Certificates are separated by 、 , ， ; ； / or spaces; 无 is none. */
export function* staffRows(
  records: Iterable<TextRecord>,
  problems: Problems,
  profile: Profile | undefined,
  stats: TableStats,
): Generator<StaffRow> {
  const kinds = listParam(profile, 'XZ-FIRM-05', 'certificates');
  const names = namesOf(kinds);
  const certificates = (cell: string): Read => {
    if (['无', 'none', '-', '—'].includes(cell.toLowerCase())) return { ok: [] };
    const out: string[] = [];
    for (const part of cell.split(/[、,，;；/\s]+/).filter((p) => p !== '')) {
      const code = names.get(part.toLowerCase());
      // without a profile the codes are taken as written (checkServiceFirm refuses an unknown one)
      if (code === undefined && kinds.length > 0)
        return {
          expected: bi(
            `registered certificates, each one of ${listOf(kinds).en}, or 无 (none)`,
            `注册证书，每项为${listOf(kinds).zh}之一，或"无"`,
          ),
        };
      if (!out.includes(code ?? part)) out.push(code ?? part);
    }
    return { ok: out };
  };
  const title = (cell: string): Read => {
    const t = TITLES[cell.toLowerCase()];
    return t === undefined ? { expected: TITLE_FORMS } : { ok: t };
  };
  const years = (cell: string): Read => {
    const s = halfWidth(cell).replace(/\s*年$/, '');
    const n = /^[0-9]{1,2}(?:\.[0-9]+)?$/.test(s) ? Number(s) : NaN;
    return Number.isFinite(n) && n <= 80
      ? { ok: n }
      : {
          expected: bi(
            'years from 0 to 80 (15, 15.5, 15年)',
            '0至80之间的年数（如15、15.5、15年）',
          ),
        };
  };
  const defs: Record<string, ColumnDef> = {
    name: { names: STAFF_COLUMNS['name'] ?? [], required: true, read: text },
    title: { names: STAFF_COLUMNS['title'] ?? [], required: true, read: title },
    certificates: {
      names: STAFF_COLUMNS['certificates'] ?? [],
      required: false,
      read: certificates,
    },
    safetyYears: { names: STAFF_COLUMNS['safetyYears'] ?? [], required: true, read: years },
  };
  for (const { values } of tableRows(records, defs, problems, stats, bi('staff list', '人员名单')))
    yield {
      name: values['name'] as string,
      title: values['title'] as StaffRow['title'],
      certificates: (values['certificates'] as StaffRow['certificates'] | undefined) ?? [],
      safetyYears: values['safetyYears'] as number,
    };
}
