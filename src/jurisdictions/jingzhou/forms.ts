import { lazySchema } from '../../_lib/lazy.js';
import { readOnce } from '../../_lib/plain.js';
import { PROFILES } from '../../profiles/shipped.js';
import * as z from 'zod/mini';
import { bi, fail, issue, ValidationError, type Issue } from '../../errors/errors.js';
import { deepFreeze } from '../../_lib/freeze.js';
import { fromZodIssues, parseWith } from '../../errors/zod.js';
import type { Issue as ValidationIssue } from '../../errors/errors.js';
import { coverageStatus, type CoverageStatus } from '../../coverage/status.js';
import {
  classificationOn,
  coversDate,
  RosterDetailsSchema,
  unitsOfRows,
  validUnitOfRow,
} from '../../coverage/roster.js';
import { ensureProfile } from '../../profiles/ensure.js';
import { profileFor } from '../../profiles/profile-for.js';
import type { Jurisdiction } from '../../profiles/jurisdiction.js';
import { ruleById } from '../../profiles/find-rule.js';
import { jingzhou as shipped } from './profile.js';
import {
  JurisdictionInputSchema,
  type JurisdictionId,
  type Profile,
  type Rule,
} from '../../profiles/schema.js';
import { quarterEnd, type Quarter } from '../../time/arithmetic.js';
import { CalendarDateSchema, type CalendarDate } from '../../time/calendar-date.js';
import { count, text, type Cell, type Report, type ReportTable } from '../../reports/model.js';

export { RosterDetailsSchema, type RosterRow } from '../../coverage/roster.js';

const InputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** 填报单位: the reporting unit, as it signs the form. */
    unit: z.string().check(z.minLength(1)),
    /** The day the counts are taken (not needed by the quarterly forms: they count on the quarter's last day). */
    asOf: z.optional(CalendarDateSchema),
    year: z.optional(z.int()),
    quarter: z.optional(z.int()),
  }),
);
/**
 * Common input of the Jingzhou forms: the reporting unit, the roster rows and the jurisdiction — as every
 * capability takes it, `jurisdiction` (the id `'jingzhou'`, a `defineJurisdiction` value or a profile of
 * Jingzhou), whose version in force on the day the form counts applies (`asOf`; the quarter's last day
 * for 附件4/5) — or, as before, `profile`, a Jingzhou profile object (default: the shipped one). One of
 * the two, not both.
 */
export interface JingzhouFormInput {
  readonly unit: string;
  readonly asOf?: string;
  readonly rows: Iterable<unknown>;
  readonly jurisdiction?: JurisdictionId | Profile | Jurisdiction;
  /** A Jingzhou profile object (default: the shipped one). */
  readonly profile?: Profile;
}

const footnote = (rule: Rule, en: string, zh: string) =>
  Object.freeze({ ruleId: rule.id, citation: rule.citation, text: Object.freeze(bi(en, zh)) });
const titleOf = (rule: Rule): string => {
  const t = rule.params['title'];
  return t?.type === 'text' ? t.value.zh : rule.summary.zh;
};
const columnsOf = (rule: Rule): readonly string[] => {
  const t = rule.params['columns'];
  return t?.type === 'table' ? t.columns : [];
};
const rowLabelsOf = (rule: Rule): readonly (readonly string[])[] => {
  const t = rule.params['columns'];
  return t?.type === 'table' ? t.rows : [];
};

const isShippedProfile = (v: object): boolean => PROFILES.includes(v as Profile);

function setup(input: JingzhouFormInput) {
  const raw: unknown = readOnce(input, isShippedProfile);
  if (typeof raw !== 'object' || raw === null)
    fail([], 'invalid_type', { expected: 'object' }, 'object');
  const { rows, profile, jurisdiction, ...rest } = raw as {
    rows?: unknown;
    profile?: unknown;
    jurisdiction?: unknown;
  };
  const q = parseWith(InputSchema, rest);
  if (rows === null || typeof rows !== 'object' || !(Symbol.iterator in rows))
    fail(['rows'], 'invalid_type', { expected: 'Iterable<RosterRow>' }, 'Iterable<RosterRow>');
  return { q, profileOn: jingzhouOn(profile, jurisdiction), rows: rows as Iterable<unknown> };
}

/**
 * The Jingzhou profile a form counts with, on the day it counts: the version of `jurisdiction` in force
 * that day, or the profile object given (which must apply that day), or the shipped one.
 */
function jingzhouOn(profile: unknown, jurisdiction: unknown): (date: CalendarDate) => Profile {
  if (profile !== undefined && jurisdiction !== undefined)
    fail(['profile'], 'invalid_option', {
      detail: bi('give jurisdiction or profile, not both', '地区与档案只能给出其一'),
    });
  const parsed =
    jurisdiction === undefined
      ? undefined
      : parseWith(JurisdictionInputSchema, jurisdiction, ['jurisdiction']);
  const given = profile === undefined ? undefined : ensureProfile(profile, ['profile']);
  const path = jurisdiction === undefined ? 'profile' : 'jurisdiction';
  return (date) => {
    const p = parsed === undefined ? (given ?? shipped) : profileFor(parsed, date).profile;
    if (p.id !== 'jingzhou')
      fail(
        [path],
        'invalid_option',
        { detail: bi('the Jingzhou forms need the Jingzhou profile', '荆州报表须使用荆州档案') },
        "'jingzhou'",
      );
    return p;
  };
}

function asOfOf(q: { asOf?: CalendarDate | undefined }): CalendarDate {
  if (q.asOf === undefined) fail(['asOf'], 'invalid_date', { value: 'undefined' }, 'YYYY-MM-DD');
  return q.asOf;
}

const table = (
  id: string,
  columns: readonly string[],
  rows: Cell[][],
  closing: ReportTable['closing'] = null,
): ReportTable =>
  Object.freeze({
    id,
    caption: null,
    columns,
    rows: Object.freeze(rows.map((r) => Object.freeze(r))),
    closing,
    chart: null,
  });

const report = (
  r: Omit<Report, 'header'> & { header?: Report['header'] },
  profile: Profile,
): Report => {
  // 附件N, as the notice numbers its forms: jingzhou-annex-4, or the form rule jz-rpt-04
  const n = /(?:annex-|-rpt-)0*([1-9][0-9]*)$/.exec(r.id)?.[1];
  return deepFreeze({
    header: [],
    annex: n === undefined ? null : `附件${n}`,
    // the name from the profile the figures were computed with (a derived profile keeps its own)
    jurisdiction: { id: profile.id, name: { ...profile.name } },
    ...r,
  });
};

/** The period label of a quarter, as the forms write it: 2021年第3季度. */
const quarterLabel = (year: number, quarter: Quarter): string => `${year}年第${quarter}季度`;

/** The input of {@link jingzhouAnnex1} in the one shape every capability takes. */
export const JingzhouAnnex1InputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
  }),
);

/**
 * 附件1 (JZ-RPT-01): the target table, from the profile's targets (JZ-TGT-01/02). Given
 * `{ jurisdiction, asOf }` (the id `'jingzhou'`, a `defineJurisdiction` value or a Jingzhou profile),
 * the version in force on `asOf`; given a profile object (the older form), that profile; given
 * nothing, the shipped one.
 * @throws {ValidationError} a bad input, or a jurisdiction other than Jingzhou
 * @throws {ProfileNotInForceError} when no version is in force on `asOf`
 */
export function jingzhouAnnex1(
  input: Profile | z.input<typeof JingzhouAnnex1InputSchema> = shipped,
): Report {
  const raw: unknown = readOnce(input, isShippedProfile);
  let p: Profile;
  if (typeof raw === 'object' && raw !== null && 'jurisdiction' in raw) {
    const q = parseWith(JingzhouAnnex1InputSchema, raw);
    p = jingzhouOn(undefined, q.jurisdiction)(q.asOf);
  } else p = ensureProfile(raw);
  const r = ruleById(p, 'JZ-RPT-01');
  const t1 = ruleById(p, 'JZ-TGT-01');
  const t2 = ruleById(p, 'JZ-TGT-02');
  const targets = (rule: Rule) =>
    rule.params['targets']?.type === 'targets' ? rule.params['targets'].value : [];
  const pct = (category: string, year: number) =>
    targets(t1).find((t) => t.category === category && t.year === year)?.percent ?? '';
  const projects = targets(t2)[0]?.percent ?? '';
  const from = targets(t2)[0]?.deadline ?? '2020-08-01';
  const columns = [
    '项目',
    '责任单位',
    '2020年 纳入统计',
    '2020年 未纳入统计',
    '2021年 纳入统计',
    '2021年 未纳入统计',
    '2022年 纳入统计',
    '2022年 未纳入统计',
  ];
  const labels = rowLabelsOf(r);
  const rows: Cell[][] = [
    [
      text(labels[0]?.[0] ?? '建筑施工企业'),
      text(labels[0]?.[1] ?? ''),
      ...[2020, 2021, 2022].flatMap((y) => [
        text(pct('enterprises-in-statistics', y)),
        text(pct('enterprises-not-in-statistics', y)),
      ]),
    ],
    [
      text(labels[1]?.[0] ?? '新开工房屋市政工程项目'),
      text(labels[1]?.[1] ?? ''),
      ...Array.from({ length: 6 }, () => text(projects)),
    ],
  ];
  return report(
    {
      id: 'jingzhou-annex-1',
      title: titleOf(r),
      period: null,
      unit: null,
      tables: [table('targets', columns, rows)],
      closingLines: ['目标任务（参保率%）'],
      footnotes: [
        footnote(t1, 'Enterprise targets by year end', '建筑施工企业年度目标'),
        footnote(
          t2,
          `New projects: 100% from ${from} (一): an uninsured one is a missed obligation`,
          `新开工项目自${from}起100%（正文一）：未投保即为未履行的义务`,
        ),
      ],
    },
    p,
  );
}

function listing(input: JingzhouFormInput, kind: 'enterprise' | 'project'): Report {
  const { q: parsed, profileOn, rows } = setup(input);
  const q = { ...parsed, asOf: asOfOf(parsed) };
  const p = profileOn(q.asOf);
  const r = ruleById(p, kind === 'enterprise' ? 'JZ-RPT-02' : 'JZ-RPT-03');
  // every row read once: the details, the unit and the count all come from one copy
  const given = Array.from(rows, (row) => readOnce(row));
  refuseAsCoverageDoes(p, q.asOf, given);
  const listed = listRows(p, q.asOf, given, kind);
  const notListed = [...listed.left.values()].map((x) =>
    footnote(
      r,
      `Not listed (${x.en}): ${String(x.n)}`,
      `未列入本表（${x.zh}）：${String(x.n)}${kind === 'enterprise' ? '家' : '个'}`,
    ),
  );
  const closing = r.params['closingLine'];
  const template = closing?.type === 'text' ? closing.value.zh : '';
  return report(
    {
      id: kind === 'enterprise' ? 'jingzhou-annex-2' : 'jingzhou-annex-3',
      title: titleOf(r),
      period: null,
      unit: q.unit,
      header: [{ label: '填报单位（盖章）', value: text(q.unit) }],
      tables: [
        table('list', columnsOf(r), listed.out, {
          template,
          values: {
            unit: text(q.unit),
            total: count(listed.total),
            insured: count(listed.insured),
            persons: count(listed.persons),
          },
        }),
      ],
      closingLines: [],
      footnotes: [
        footnote(
          r,
          `Statistics as of ${q.asOf}; insured = a policy covers that day`,
          `统计截至${q.asOf}；已投保指保单覆盖当日`,
        ),
        ...notListed,
      ],
    },
    p,
  );
}

/**
 * The roster module's one validator and count: the rows are refused exactly as annexes 4–7 and the
 * dashboard refuse them (paths under `rows`), and the listed units are exactly the ones coverageStatus
 * counts in the form's categories (附件2: JZ-TGT-01's enterprises; 附件3: JZ-TGT-02's new projects).
 */
function refuseAsCoverageDoes(p: Profile, asOf: CalendarDate, given: readonly unknown[]): void {
  try {
    coverageStatus({ profile: p, asOf, units: unitsOfRows(given) });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    throw new ValidationError(
      e.issues.map((i): ValidationIssue =>
        Object.freeze({
          ...i,
          path: Object.freeze(i.path[0] === 'units' ? ['rows', ...i.path.slice(1)] : [...i.path]),
        }),
      ),
    );
  }
}

type Details = z.output<typeof RosterDetailsSchema>;

/**
 * The rows of the form's categories, numbered, with the closing line's counts; the units of other
 * categories counted by reason (for a footnote: never silently dropped).
 * @throws {ValidationError} rows without the form's details or a name (up to 100)
 */
function listRows(
  p: Profile,
  asOf: CalendarDate,
  given: readonly unknown[],
  kind: 'enterprise' | 'project',
) {
  const categories = kind === 'enterprise' ? ENTERPRISES : PROJECTS;
  const classify = classificationOn(p, asOf);
  const problems: Issue[] = [];
  const out: Cell[][] = [];
  const left = new Map<string, { zh: string; en: string; n: number }>();
  let total = 0;
  let insured = 0;
  let persons = 0;
  given.forEach((row, index) => {
    const details = z.safeParse(RosterDetailsSchema, row, { reportInput: true });
    if (!details.success) {
      if (problems.length < 100)
        problems.push(...fromZodIssues(details.error.issues, ['rows', index]));
      return;
    }
    const unit = validUnitOfRow(row);
    if (unit === null || unit.kind !== kind) return; // coverageStatus accepted it; the other form's kind
    const k = classify(unit);
    if (k.category === null || !categories.includes(k.category)) {
      const before = left.get(k.reason.en) ?? { ...k.reason, n: 0 };
      before.n++;
      left.set(k.reason.en, before);
      return;
    }
    if (details.data.name === undefined) {
      if (problems.length < 100)
        problems.push(
          issue(['rows', index, 'name'], 'invalid_option', {
            detail: bi('a name is required on the form', '报表须填写名称'),
          }),
        );
      return;
    }
    const covered = coversDate(unit.policies, asOf);
    total++;
    if (covered) {
      insured++;
      persons += details.data.employees ?? 0;
    }
    out.push(rowCells(kind, total, details.data, covered));
  });
  if (problems.length > 0) throw new ValidationError(problems);
  return { out, left, total, insured, persons };
}

/** One listed row, in the form's columns: 附件2 序号/企业名称/地址/联系人/人数/是否投保, 附件3 with 总包单位. */
const rowCells = (
  kind: 'enterprise' | 'project',
  n: number,
  d: Details,
  covered: boolean,
): Cell[] =>
  kind === 'enterprise'
    ? [
        count(n),
        text(d.name ?? ''),
        text(d.address ?? ''),
        text(d.contact ?? ''),
        d.employees === undefined ? text('') : count(d.employees),
        { kind: 'yes-no', value: covered },
      ]
    : [
        count(n),
        text(d.name ?? ''),
        text(d.address ?? ''),
        text(d.generalContractor ?? ''),
        text(d.contact ?? ''),
        { kind: 'yes-no', value: covered },
      ];

/** 附件2 (JZ-RPT-02): the enterprise statistics, with its closing line (X（单位）共有建筑施工企业N家…). */
export const jingzhouAnnex2 = (input: JingzhouFormInput): Report => listing(input, 'enterprise');
/** 附件3 (JZ-RPT-03): the project statistics, with its closing line (X（单位）共在建有房屋市政项目N个…). */
export const jingzhouAnnex3 = (input: JingzhouFormInput): Report => listing(input, 'project');

function progress(
  input: JingzhouFormInput,
  ruleId: string,
  categories: readonly string[],
  period: string | null,
  asOf: CalendarDate | null,
  note: string,
): Report {
  const { q: parsed, profileOn, rows } = setup(input);
  const q = { ...parsed, asOf: asOf ?? asOfOf(parsed) };
  const p = profileOn(q.asOf);
  const r = ruleById(p, ruleId);
  const status: CoverageStatus = coverageStatus({
    profile: p,
    asOf: q.asOf,
    units: unitsOfRows(rows),
  });
  const labels = rowLabelsOf(r);
  const out: Cell[][] = categories.map((category, k) => {
    const c = status.categories.find((x) => x.category === category);
    return [
      text(labels[k]?.[0] ?? String(k + 1)),
      text(labels[k]?.[1] ?? category),
      count(c?.total ?? 0),
      count(c?.insured ?? 0),
      {
        kind: 'coverage',
        value: c?.rate ?? { applicable: false, insured: 0, total: 0, percent: null },
      },
    ];
  });
  // JZ-TGT-02 (附件1, 一): new projects are due from 2020-08-01, so each uninsured one is a missed
  // obligation — the same count as coverageStatus's `missed` categories, stated on the form.
  const missed = categories
    .map((category) => status.categories.find((x) => x.category === category))
    .filter((c) => c !== undefined && c.status === 'missed' && c.target?.ruleId === 'JZ-TGT-02')
    .reduce((n, c) => n + (c === undefined ? 0 : c.total - c.insured), 0);
  const t2 = ruleById(p, 'JZ-TGT-02');
  const t2Targets = t2.params['targets'];
  const since =
    (t2Targets?.type === 'targets' ? t2Targets.value[0]?.deadline : undefined) ?? '2020-08-01';
  const projectNotes =
    categories === PROJECTS
      ? [
          footnote(
            t2,
            `Newly started projects not insured on ${q.asOf}: ${missed}, each a missed obligation (100% from ${since}); projects starting after ${q.asOf} are not counted: ${status.notYetDue}`,
            `截至${q.asOf}未投保的新开工项目：${missed}个，均为未履行的义务（自${since}起100%）；开工日晚于${q.asOf}的项目不计入：${status.notYetDue}个`,
          ),
        ]
      : [];
  return report(
    {
      id: ruleId.toLowerCase(),
      title: titleOf(r),
      period,
      unit: q.unit,
      header: [{ label: '填报单位（盖章）', value: text(q.unit) }],
      tables: [table('progress', columnsOf(r), out)],
      closingLines: [note],
      footnotes: [
        footnote(
          r,
          `Counts as of ${q.asOf}; 完成率 = insured / total, 2 decimals (MONEY-05)`,
          `截至${q.asOf}；完成率=完成数量/总数量，保留2位小数（MONEY-05）`,
        ),
        ...projectNotes,
      ],
    },
    p,
  );
}

const ENTERPRISES = ['enterprises-in-statistics', 'enterprises-not-in-statistics'];
const PROJECTS = ['new-projects-housing', 'new-projects-municipal'];
const QUARTERLY = '备注：从2020年10月开始，每季度结束后5日内上报。';
const COMPLETION = '备注：2022年12月15日前将完成情况汇总后上报';

type QuarterInput = JingzhouFormInput & { readonly year: number; readonly quarter: Quarter };

/** The quarterly forms count on the quarter's last day; the year and quarter are checked before use. */
function quarterly(given: QuarterInput, ruleId: string, categories: readonly string[]): Report {
  const raw: unknown = readOnce(given, isShippedProfile);
  const q = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<QuarterInput>;
  const end = quarterEnd(q.year as number, q.quarter as Quarter);
  return progress(
    raw as QuarterInput,
    ruleId,
    categories,
    `（${quarterLabel(q.year as number, q.quarter as Quarter)}）`,
    end,
    QUARTERLY,
  );
}

/** 附件4 (JZ-RPT-04): quarterly enterprise progress, counted as of the quarter's last day. */
export const jingzhouAnnex4 = (input: QuarterInput): Report =>
  quarterly(input, 'JZ-RPT-04', ENTERPRISES);
/** 附件5 (JZ-RPT-05): quarterly new-project progress, counted as of the quarter's last day. */
export const jingzhouAnnex5 = (input: QuarterInput): Report =>
  quarterly(input, 'JZ-RPT-05', PROJECTS);
/** 附件6 (JZ-RPT-06): enterprise completion summary, as of `asOf`. */
export const jingzhouAnnex6 = (input: JingzhouFormInput): Report =>
  progress(input, 'JZ-RPT-06', ENTERPRISES, null, null, COMPLETION);
/** 附件7 (JZ-RPT-07): project completion summary, as of `asOf`. */
export const jingzhouAnnex7 = (input: JingzhouFormInput): Report =>
  progress(input, 'JZ-RPT-07', PROJECTS, null, null, COMPLETION);
