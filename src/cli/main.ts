#!/usr/bin/env node
// The anzexian command line: a thin shell over the pure library. It reads files, standard input and —
// only for `--as-of today` — the clock; everything it computes comes from the library.
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as lib from '../index.js';
import { markdownInline } from '../_lib/escape.js';
import * as io from '../io/index.js';
import { bytes, randomAccess, readAll, source, type Encoding } from './read.js';
import { HELP, VERSION } from './help.js';

const EXIT = { ok: 0, failed: 1, badInput: 2, internal: 3 } as const;

class UsageError extends Error {}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  format: { type: 'string' },
  'as-of': { type: 'string' },
  out: { type: 'string' },
  input: { type: 'string' },
  encoding: { type: 'string' },
  jurisdiction: { type: 'string' },
  id: { type: 'string' },
  amount: { type: 'string' },
  'base-kind': { type: 'string' },
  rate: { type: 'string' },
  adjust: { type: 'string', multiple: true },
  combine: { type: 'string' },
  reject: { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  stamp: { type: 'string' },
  art203: { type: 'string' },
  year: { type: 'string' },
  quarter: { type: 'string' },
  unit: { type: 'string' },
  insurer: { type: 'string' },
  collected: { type: 'string' },
  policies: { type: 'string' },
  staff: { type: 'string' },
  mode: { type: 'string' },
  profile: { type: 'string' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

function asOf(v: Values, required = true): string {
  const a = v['as-of'];
  if (a === 'today') {
    const d = new Date(); // the CLI, not the library, may read the clock — and only when asked to
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  if (a === undefined && required)
    throw new UsageError('--as-of YYYY-MM-DD is required (or --as-of today)');
  return a ?? '';
}

const need = (v: Values, key: keyof Values): string => {
  const x = v[key];
  if (typeof x !== 'string' || x === '') throw new UsageError(`--${key} is required`);
  return x;
};

/**
 * A rate typed on the command line must carry its unit: `1.8‰` or `0.18%`. A bare `1.8` could mean
 * 1.8‰, 1.8% or 180%, and pricing it at 180% of the contract is a silent wrong answer, so it is refused.
 */
function parseRateArg(s: string): lib.Rate {
  const t = s.trim();
  if (t.endsWith('‰')) return lib.permille(t.slice(0, -1).trim());
  if (t.endsWith('%')) return lib.percent(t.slice(0, -1).trim());
  throw new UsageError(
    `--rate needs its unit: write 1.8‰ or 0.18% (got ${JSON.stringify(s)}) / --rate 须带单位：如 1.8‰ 或 0.18%`,
  );
}

function encodingOf(v: Values): Encoding {
  const e = (v.encoding ?? 'auto').toLowerCase();
  if (e === 'auto' || e === 'utf-8' || e === 'utf8' || e === 'gbk')
    return e === 'utf8' ? 'utf-8' : e;
  throw new UsageError(`--encoding must be auto, utf-8 or gbk (got ${e})`);
}

/** The path of an input file option: `-` (standard input) or a file that exists and is not a folder. */
function inputFile(v: Values, key: 'input' | 'policies' | 'staff' | 'profile'): string {
  const path = need(v, key);
  if (path !== '-' && existsSync(path) && statSync(path).isDirectory())
    throw new UsageError(
      `--${key} ${path} is a directory; give a file / --${key} 须为文件，不能是目录`,
    );
  return path;
}

function jsonInput(v: Values): unknown {
  return JSON.parse(readAll(inputFile(v, 'input')));
}

// The verdict table escapes every cell like the report renderer does (markdownInline): a staff name
// with a line break, a pipe or <script> stays text inside its cell.
const md = (rows: string[][]): string =>
  rows.map((r) => `| ${r.map(markdownInline).join(' | ')} |`).join('\n');

function verdictMarkdown(v: lib.Verdict & { status: string }): string {
  return [
    `**${v.status}**`,
    '',
    md([
      ['rule', 'status', 'reason'],
      ['---', '---', '---'],
      ...v.criteria.map((c) => [c.ruleId, c.status, `${c.reason.zh} / ${c.reason.en}`]),
    ]),
  ].join('\n');
}

/**
 * A roster, from CSV or .xlsx (read by the library's reader, anzexian/io: one report of every bad cell,
 * renewal rows merged) or from JSON (an array of units or roster rows), handed to `use`, which reads
 * it to its end; a file opened to stream it is closed when `use` returns or throws.
 */
async function withRoster<T>(
  v: Values,
  as: 'units' | 'rows',
  profile: lib.Profile,
  use: (roster: Iterable<never>) => T,
): Promise<T> {
  const opened: (() => void)[] = [];
  try {
    return use((await roster(v, as, profile, opened)) as Iterable<never>);
  } finally {
    for (const close of opened) close();
  }
}

/** The roster of {@link withRoster}; a file it opens has its `close` put in `opened`. */
async function roster(
  v: Values,
  as: 'units' | 'rows',
  profile: lib.Profile,
  opened: (() => void)[],
): Promise<Iterable<unknown>> {
  const input = inputFile(v, 'input');
  if (input.toLowerCase().endsWith('.json')) {
    const rows: unknown = JSON.parse(readAll(input));
    if (!Array.isArray(rows))
      throw new UsageError(
        `${input}: a JSON roster must be an array of units (got ${rows === null ? 'null' : typeof rows}) / JSON 名单须为单位数组`,
      );
    rows.forEach((r: unknown, i) => {
      if (typeof r !== 'object' || r === null || Array.isArray(r))
        throw new UsageError(
          `${input}: unit ${i} must be an object (got ${r === null ? 'null' : Array.isArray(r) ? 'an array' : typeof r}) / 第${i}个单位须为对象`,
        );
    });
    if (rows.length === 0) throw new UsageError(`${input}: the roster is empty / 名单为空`);
    return as === 'rows' ? (rows as unknown[]) : (rows as Record<string, unknown>[]).map(unitOf);
  }
  const options = { profile, file: input === '-' ? '(stdin)' : input };
  const lower = input.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xls')) {
    if (v.encoding !== undefined)
      throw new UsageError('--encoding applies to CSV, not to .xlsx / --encoding 仅用于 CSV');
    // streamed: the sheet read as it is unzipped, the file read 64 KiB at a time (never held whole,
    // standard input excepted); it throws its report when it ends
    if (input === '-') return io.streamRosterXlsx(bytes(input), { ...options, as });
    const file = randomAccess(input);
    opened.push(file.close);
    return io.streamRosterXlsx(file.source, { ...options, as });
  }
  // streamed: a CSV roster of any size in bounded memory; it throws its report when it ends
  return io.streamRosterCsv(source(input), { ...options, encoding: encodingOf(v), as });
}

/** The unit part of a JSON roster row (the descriptive fields dropped). */
function unitOf(row: Record<string, unknown>): Record<string, unknown> {
  const { name: _n, address: _a, contact: _c, employees: _e, generalContractor: _g, ...unit } = row;
  return unit;
}

/** A note on stderr: what was clamped, capped or assumed, so that it is never only in the JSON. */
function note(en: string, zh: string): void {
  process.stderr.write(`note: ${en} / ${zh}\n`);
}

function warn(warnings: readonly { message: lib.Bilingual }[]): void {
  for (const w of warnings) note(w.message.en, w.message.zh);
}

/**
 * Writes the result to stdout, or to `--out FILE` atomically: a temporary file beside it, then a
 * rename, so a reader never sees half a file and a failed run leaves the old file as it was.
 */
function output(v: Values, body: string | Uint8Array): void {
  const text = typeof body !== 'string' || body.endsWith('\n') ? body : `${body}\n`;
  if (v.out === undefined) {
    process.stdout.write(text);
    return;
  }
  if (existsSync(v.out) && statSync(v.out).isDirectory())
    throw new UsageError(
      `--out ${v.out} is a directory; give a file name / --out 须为文件名，不能是目录`,
    );
  const tmp = join(dirname(v.out), `.${basename(v.out)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, v.out);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** `--mode explained|official`: read only by the formats that have an official form (md, html, xlsx). */
function modeArg(v: Values, format: string): lib.RenderMode {
  const mode = v.mode ?? 'explained';
  if (mode !== 'explained' && mode !== 'official')
    throw new UsageError(
      `--mode must be explained or official (got ${mode}) / --mode 只能是 explained 或 official`,
    );
  if (v.mode !== undefined && !['md', 'html', 'xlsx'].includes(format))
    throw new UsageError(
      `--mode applies to --format md, html or xlsx, not ${format} / --mode 仅用于 md、html、xlsx 格式`,
    );
  return mode;
}

/**
 * Renders a report in a format: md, html and xlsx in the explained (default) or official mode (the
 * jurisdiction named from `profile`), csv as forms or csv-table (one table, read by strict parsers),
 * json. An .xlsx is bytes.
 */
async function render(
  report: lib.Report,
  format: string,
  v: Values,
  profile?: lib.Profile,
): Promise<string | Uint8Array> {
  const mode = modeArg(v, format);
  const official = { mode, ...(profile === undefined ? {} : { profile }) };
  switch (format) {
    case 'md':
      return lib.renderMarkdown(report, official);
    case 'csv':
      return lib.renderCsv(report);
    case 'csv-table':
      return lib.renderCsv(report, { layout: 'table' });
    case 'html':
      return lib.renderHtml(report, official);
    case 'json':
      return lib.renderJson(report);
    case 'xlsx': {
      if (v.out === undefined)
        throw new UsageError(
          '--format xlsx writes a workbook: give --out FILE.xlsx / xlsx 格式须用 --out 指定文件',
        );
      // loaded only for an .xlsx, so every other command runs without the exceljs package
      const { renderXlsx } = await import('../xlsx/index.js');
      return renderXlsx(report, official);
    }
    default:
      throw new UsageError(
        `--format must be md, csv, csv-table, html, json or xlsx (got ${format})`,
      );
  }
}

function commandProfiles(v: Values): number {
  if (v.id === undefined) {
    const list = lib.listProfiles();
    output(
      v,
      v.format === 'md'
        ? md([
            ['id', 'name', 'versions'],
            ['---', '---', '---'],
            ...list.map((p) => [
              p.id,
              p.name.zh,
              p.versions.map((x) => `${x.document} (${x.validFrom})`).join('; '),
            ]),
          ])
        : JSON.stringify(list, null, 2),
    );
    return EXIT.ok;
  }
  const { profile, warnings } = lib.lookupProfile(v.id as lib.JurisdictionId, { asOf: asOf(v) });
  output(
    v,
    v.format === 'md'
      ? [
          `# ${profile.name.zh} · ${profile.name.en}`,
          '',
          ...warnings.map((w) => `> ${w.message.zh}`),
          '',
          md([
            ['ID', 'tag', 'summary', 'citation'],
            ['---', '---', '---', '---'],
            ...profile.rules.map((r) => [
              r.id,
              r.tag,
              r.summary.zh,
              `${r.citation.document} ${r.citation.section}`,
            ]),
          ]),
        ].join('\n')
      : JSON.stringify(profile, null, 2),
  );
  return EXIT.ok;
}

const bi = (en: string, zh: string): lib.Bilingual => ({ en, zh });

/** The columns of a batch of projects to price, each with the header names accepted for it. */
const QUOTE_COLUMNS: Record<string, readonly string[]> = {
  id: ['id', '编号', '序号'],
  name: ['name', '项目名称', '名称'],
  amount: ['amount', '合同金额', '合同价款', '工程合同金额', '工程造价', '金额'],
  baseKind: ['baseKind', '计费基数'],
  rate: ['rate', '费率'],
  adjust: ['adjust', '浮动比例', '费率浮动'],
  reason: ['reason', '浮动原因'],
  asOf: ['asOf', '报价日期', '投保日期'],
};
const BASE_KINDS: Record<string, string> = {
  'contract-price': 'contract-price',
  合同价款: 'contract-price',
  合同金额: 'contract-price',
  payroll: 'payroll',
  工资总额: 'payroll',
  revenue: 'revenue',
  营业收入: 'revenue',
  'insurer-defined': 'insurer-defined',
};

/** The columns of a batch-quote table by their header (unknown, repeated or missing ones noted). */
function quoteColumns(table: io.Table, problems: io.ProblemList): Map<string, number> {
  const columns = new Map<string, number>();
  table.header.fields.forEach((h, i) => {
    const name = h.trim();
    if (name === '' || ['备注', 'remark', 'remarks', 'note'].includes(name.toLowerCase())) return;
    const key = Object.entries(QUOTE_COLUMNS).find(([, names]) =>
      names.some((n) => n.toLowerCase() === name.toLowerCase()),
    )?.[0];
    if (key === undefined || columns.has(key))
      problems.add(
        table.header.line,
        i + 1,
        name,
        name,
        bi(
          key === undefined
            ? `unknown column "${name}"; accepted: ${Object.values(QUOTE_COLUMNS).flat().join(', ')}`
            : `column "${name}" repeats another`,
          key === undefined
            ? `未知列"${name}"；可用的列名：${Object.values(QUOTE_COLUMNS).flat().join('、')}`
            : `列"${name}"重复`,
        ),
      );
    else columns.set(key, i);
  });
  for (const key of ['id', 'amount'])
    if (!columns.has(key))
      problems.add(
        table.header.line,
        0,
        (QUOTE_COLUMNS[key] ?? []).join('/'),
        '',
        bi(
          `the required column ${(QUOTE_COLUMNS[key] ?? []).join('/')} is missing`,
          `缺少必需的列：${(QUOTE_COLUMNS[key] ?? []).join('/')}`,
        ),
      );
  return columns;
}

/** One priced row of a batch. */
interface BatchQuote {
  readonly line: number;
  readonly id: string;
  readonly name: string;
  readonly quote: lib.Quote;
}

/** Reads the rows of a batch-quote table one by one: its cells, and a problem noted at a cell. */
class QuoteRow {
  constructor(
    private readonly table: io.Table,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly problems: io.ProblemList,
    readonly rec: io.TextRecord,
  ) {}

  get(key: string): string {
    const i = this.columns.get(key);
    return i === undefined ? '' : (this.rec.fields[i] ?? '').trim();
  }

  at(key: string, en: string, zh: string): void {
    const i = this.columns.get(key);
    this.problems.add(
      this.rec.line,
      i === undefined ? 0 : i + 1,
      i === undefined ? key : (this.table.header.fields[i] ?? key).trim(),
      this.get(key),
      bi(en, zh),
    );
  }

  /** The amount's cell is a valid amount (each problem noted). */
  private amountOk(): boolean {
    if (this.get('amount') === '') {
      this.at('amount', 'the amount is empty', '金额为空');
      return false;
    }
    try {
      lib.parseCny(this.get('amount'));
      return true;
    } catch (e) {
      if (!lib.isValidationError(e)) throw e;
      this.at(
        'amount',
        e.issues[0]?.message.en ?? 'not an amount',
        e.issues[0]?.message.zh ?? '不是金额',
      );
      return false;
    }
  }

  /** The rate cell: undefined when blank, null when refused (noted). */
  private rate(): lib.Rate | undefined | null {
    if (this.get('rate') === '') return undefined;
    try {
      return parseRateArg(this.get('rate'));
    } catch {
      this.at(
        'rate',
        `a rate needs its unit, 1.8‰ or 0.18% (got "${this.get('rate')}")`,
        `费率须带单位，如1.8‰或0.18%（得到"${this.get('rate')}"）`,
      );
      return null;
    }
  }

  /** The row's quote input; null when a cell is bad (every bad cell noted). */
  input(v: Values, jurisdiction: lib.JurisdictionId): lib.QuoteInput | null {
    let ok = true;
    if (this.get('id') === '') {
      this.at('id', 'the id is empty', '编号为空');
      ok = false;
    }
    if (!this.amountOk()) ok = false;
    const rate = this.rate();
    if (rate === null) ok = false;
    const kindCell = this.get('baseKind');
    const baseKind = kindCell === '' ? 'contract-price' : BASE_KINDS[kindCell];
    if (baseKind === undefined) {
      this.at('baseKind', `unknown premium base "${kindCell}"`, `未知计费基数"${kindCell}"`);
      ok = false;
    }
    const adjust = this.get('adjust');
    const m = /^([+-]?[0-9]+(?:\.[0-9]+)?)%$/.exec(adjust);
    if (adjust !== '' && (m === null || this.get('reason') === '')) {
      this.at(
        'adjust',
        m === null
          ? `a float as a percentage, e.g. -10% (got "${adjust}")`
          : 'a float needs its reason (reason/浮动原因)',
        m === null ? `浮动比例应为百分数，如-10%（得到"${adjust}"）` : '浮动须写明原因（浮动原因）',
      );
      ok = false;
    }
    if (!ok) return null;
    const date = this.get('asOf');
    return {
      jurisdiction,
      asOf: date === '' ? asOf(v) : (io.readDate(date) ?? date),
      base: { kind: baseKind as 'contract-price', amount: this.get('amount') },
      ...(rate == null ? {} : { rate: { source: 'filed' as const, rate } }),
      ...(m === null ? {} : { adjustments: [{ percent: m[1] ?? '', reason: this.get('reason') }] }),
      ...(v.reject === true ? { outOfBand: 'reject' as const } : {}),
    } as lib.QuoteInput;
  }

  /** The library's refusal of the row, each issue at the column it comes from. */
  refused(e: lib.ValidationError): void {
    for (const i of e.issues) {
      const field = String(i.path[0] ?? '');
      const key =
        field === 'base'
          ? 'amount'
          : field === 'rate' || field === 'outOfBand'
            ? 'rate'
            : field === 'adjustments'
              ? 'adjust'
              : field;
      this.at(key, i.message.en, i.message.zh);
    }
  }
}

/** The table row of a priced row (and a note on stderr when its rate was clamped). */
function batchCells(kind: string, { line, id, name, quote: q }: BatchQuote): lib.Cell[] {
  const cny = (c: lib.Cny): lib.Cell => ({ kind: 'money', value: c });
  if (q.clamped)
    note(
      `${kind} ${String(line)} (${id}): the rate × float factor ${q.requestedFactor} is outside the band, clamped to its ${q.clampedTo ?? ''}`,
      `第${String(line)}行（${id}）：费率×浮动系数 ${q.requestedFactor} 超出区间，已按${q.clampedTo === 'floor' ? '下限' : '上限'}计`,
    );
  const band = q.worksheet.find((s) => s.key === 'band');
  const rules = [...new Set(q.worksheet.flatMap((s) => (s.ruleId === null ? [] : [s.ruleId])))];
  return [
    { kind: 'count', value: line },
    { kind: 'text', value: id },
    { kind: 'text', value: name },
    cny(q.base.amount),
    { kind: 'rate', value: q.rate.rate },
    { kind: 'text', value: q.appliedFactor },
    { kind: 'rate', value: q.effectiveRate },
    { kind: 'text', value: band?.value ?? '—' },
    {
      kind: 'text',
      value: q.clamped ? `是（${q.clampedTo === 'floor' ? '下限' : '上限'}）` : '否',
    },
    cny(q.premium),
    { kind: 'text', value: rules.join(' ') },
  ];
}

/** The batch's table as a report, for the renderers. */
function batchReport(rows: lib.Cell[][]): lib.Report {
  return {
    id: 'batch-quote',
    title: '保费批量报价',
    period: null,
    unit: null,
    header: [],
    tables: [
      {
        id: 'quotes',
        caption: null,
        columns: [
          '行',
          '编号',
          '项目名称',
          '计费基数（元）',
          '基础费率',
          '适用浮动系数',
          '适用费率',
          '费率区间（小数）',
          '是否按区间调整',
          '保险费（元）',
          '规则',
        ],
        rows,
        closing: null,
        chart: null,
      },
    ],
    closingLines: [],
    footnotes: [],
  };
}

/**
 * `quote --input projects.csv|xlsx`: prices every row with quotePremium and writes one table (premium,
 * band, clamping and rule IDs per row). Every bad cell and every row the library refuses is reported
 * by its line (or row) and column, and nothing is written: a batch is priced whole or not at all.
 */
async function batchQuote(v: Values): Promise<number> {
  const path = inputFile(v, 'input');
  const file = path === '-' ? '(stdin)' : path;
  const table = await io.readTable(bytes(path), { file, encoding: encodingOf(v) });
  const problems = new io.ProblemList(table.kind);
  const columns = quoteColumns(table, problems);
  if (!columns.has('asOf') && v['as-of'] === undefined)
    throw new UsageError('--as-of is required when the file has no asOf/报价日期 column');
  const jurisdiction = need(v, 'jurisdiction') as lib.JurisdictionId;
  const quotes: BatchQuote[] = [];
  for (const rec of table.rows) {
    if (problems.count > 0 && columns.size === 0) break;
    const row = new QuoteRow(table, columns, problems, rec);
    const input = row.input(v, jurisdiction);
    if (input === null) continue;
    try {
      quotes.push({
        line: rec.line,
        id: row.get('id'),
        name: row.get('name'),
        quote: lib.quotePremium(input),
      });
    } catch (e) {
      if (!lib.isValidationError(e)) throw e;
      row.refused(e);
    }
  }
  problems.throwIfAny(file);
  const rows = quotes.map((q) => batchCells(table.kind, q));
  warn(quotes[0]?.quote.warnings ?? []);
  const format = v.format ?? (v.out?.toLowerCase().endsWith('.xlsx') === true ? 'xlsx' : 'csv');
  if (format === 'json') {
    output(
      v,
      JSON.stringify(
        quotes.map(({ line, id, name, quote }) => ({ line, id, name, quote })),
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  output(v, await render(batchReport(rows), format === 'csv' ? 'csv-table' : format, v));
  return EXIT.ok;
}

async function commandQuote(v: Values): Promise<number> {
  if (v.input !== undefined && /\.(csv|xlsx|xls)$/i.test(v.input)) return batchQuote(v);
  if (v.format !== undefined && v.format !== 'json' && v.format !== 'md')
    throw new UsageError(
      `--format for a single quote must be json or md (csv and xlsx are for a batch: --input projects.csv) / 单笔报价的 --format 只能是 json 或 md`,
    );
  if (v.encoding !== undefined)
    throw new UsageError(
      '--encoding applies to a batch CSV (--input projects.csv) / --encoding 仅用于批量 CSV',
    );
  let input: lib.QuoteInput;
  if (v.input !== undefined) input = jsonInput(v) as lib.QuoteInput;
  else {
    const adjustments = (v.adjust ?? []).map((a) => {
      const [percent = '', reason = ''] = a.split(':');
      return { percent, reason } as NonNullable<lib.QuoteInput['adjustments']>[number];
    });
    input = {
      jurisdiction: need(v, 'jurisdiction') as lib.JurisdictionId,
      asOf: asOf(v),
      base: {
        kind: (v['base-kind'] ?? 'contract-price') as 'contract-price',
        amount: need(v, 'amount'),
      },
      ...(v.rate !== undefined
        ? { rate: { source: 'filed' as const, rate: parseRateArg(v.rate) } }
        : {}),
      ...(adjustments.length > 0 ? { adjustments } : {}),
      ...(v.combine === 'additive' ? { combine: 'additive' as const } : {}),
      ...(v.reject === true ? { outOfBand: 'reject' as const } : {}),
    };
  }
  const q = lib.quotePremium(input);
  if (q.clamped)
    note(
      `the rate ${lib.formatRate(q.rate.rate)} × float factor ${q.requestedFactor} is outside the band: clamped to its ${q.clampedTo ?? ''}, effective rate ${lib.formatRate(q.effectiveRate)} (applied factor ${q.appliedFactor}); --reject refuses instead`,
      `费率 ${lib.formatRate(q.rate.rate)} × 浮动系数 ${q.requestedFactor} 超出浮动区间，已按${q.clampedTo === 'floor' ? '下限' : '上限'}计，实际费率 ${lib.formatRate(q.effectiveRate)}（适用系数 ${q.appliedFactor}）；加 --reject 则拒绝`,
    );
  warn(q.warnings);
  output(
    v,
    v.format === 'md'
      ? [
          `# 保费报价 / Premium quote — ${q.jurisdiction} (${q.asOf})`,
          '',
          `**${lib.formatCny(q.premium)}**（人民币${lib.toChineseUppercase(q.premium)}）`,
          '',
          md([
            ['#', 'step', 'value', 'formula', 'rule'],
            ['---', '---', '---', '---', '---'],
            ...q.worksheet.map((s) => [
              String(s.step),
              `${s.label.zh} / ${s.label.en}`,
              s.value,
              s.formula,
              `${s.ruleId ?? '—'}${s.citation && s.citation.document !== 'anzexian' ? ` ${s.citation.document} ${s.citation.section}` : ''}`,
            ]),
          ]),
          ...q.warnings.map((w) => `\n> ${w.message.zh} / ${w.message.en}`),
        ].join('\n')
      : JSON.stringify(q, null, 2),
  );
  return EXIT.ok;
}

async function commandCheck(v: Values, what: string | undefined): Promise<number> {
  const input = jsonInput(v) as never;
  const checks: Record<string, (x: never) => lib.Verdict> = {
    insurer: lib.checkInsurer,
    firm: lib.checkServiceFirm,
    'quote-letter': lib.checkQuoteLetter,
    policy: lib.checkPolicy,
    project: lib.checkProject,
    enterprise: lib.checkEnterprise,
  };
  const check = what === undefined ? undefined : checks[what];
  if (check === undefined) throw new UsageError(`check what? ${Object.keys(checks).join(' | ')}`);
  if (v.staff !== undefined) {
    // --staff STAFF.csv|xlsx: the firm's staff list, read by anzexian/io into the input's `staff`
    if (what !== 'firm')
      throw new UsageError('--staff goes with check firm / --staff 仅用于 check firm');
    const facts = input as Record<string, unknown> | null;
    if (typeof facts !== 'object' || facts === null || Array.isArray(facts))
      throw new UsageError('the input must be an object / 输入须为对象');
    if (facts['staff'] !== undefined)
      throw new UsageError(
        'the staff are given twice: in the JSON input and with --staff / 人员名单重复给出：JSON 中已有 staff',
      );
    const path = inputFile(v, 'staff');
    const jurisdiction = facts['jurisdiction'];
    const asOfDate = facts['asOf'];
    // the certificate names are the profile's own; without a known profile codes are taken as written
    const profile =
      typeof jurisdiction === 'string' && typeof asOfDate === 'string'
        ? lib.getProfile(jurisdiction as lib.JurisdictionId, { asOf: asOfDate })
        : undefined;
    const options = { file: fileLabel(path), ...(profile === undefined ? {} : { profile }) };
    let staff: readonly unknown[];
    if (isXlsxPath(path)) {
      noEncodingForXlsx(v);
      staff = (await io.readStaffXlsx(bytes(path), options)).staff;
    } else staff = io.readStaffCsv(bytes(path), { ...options, encoding: encodingOf(v) }).staff;
    const verdict = check({ ...facts, staff } as never);
    output(v, v.format === 'md' ? verdictMarkdown(verdict) : JSON.stringify(verdict, null, 2));
    return verdict.status === 'fail' ? EXIT.failed : EXIT.ok;
  }
  const verdict = check(input);
  output(v, v.format === 'md' ? verdictMarkdown(verdict) : JSON.stringify(verdict, null, 2));
  return verdict.status === 'fail' ? EXIT.failed : EXIT.ok;
}

function profileArg(v: Values): lib.Profile {
  return lib.getProfile(need(v, 'jurisdiction') as lib.JurisdictionId, { asOf: asOf(v) });
}

async function commandCoverage(v: Values): Promise<number> {
  const profile = profileArg(v);
  const at = asOf(v);
  const status = await withRoster(v, 'units', profile, (units) =>
    lib.coverageStatus({ profile, asOf: at, units }),
  );
  const format = v.format ?? 'json';
  if (format === 'json') {
    modeArg(v, format); // --mode is refused with JSON
    output(v, JSON.stringify(status, null, 2));
  } else output(v, await render(lib.coverageDashboard(status, { profile }), format, v, profile));
  warn(status.warnings);
  return targetsMissed(status) ? EXIT.failed : EXIT.ok;
}

/** Says on stderr which targets are missed (their deadline has come); true if any is. */
function targetsMissed(status: lib.CoverageStatus): boolean {
  const missed = status.categories.filter((c) => c.status === 'missed');
  for (const c of missed)
    note(
      `target missed: ${c.category} ${c.insured}/${c.total} insured, ${c.needed} more needed`,
      `目标未完成：${c.category} 已参保 ${c.insured}/${c.total}，尚需 ${c.needed}`,
    );
  return missed.length > 0;
}

/** The formats a report is written in. */
const REPORT_FORMATS = ['md', 'csv', 'csv-table', 'html', 'json', 'xlsx'] as const;

/** The options each report reads (besides --format, --mode and --out). */
const REPORT_OPTIONS: Record<string, readonly Option[]> = {
  dashboard: ['jurisdiction', 'as-of', 'input', 'encoding'],
  'jingzhou-annex-1': [],
  'jingzhou-annex-2': ['as-of', 'input', 'encoding', 'unit'],
  'jingzhou-annex-3': ['as-of', 'input', 'encoding', 'unit'],
  'jingzhou-annex-4': ['year', 'quarter', 'input', 'encoding', 'unit'],
  'jingzhou-annex-5': ['year', 'quarter', 'input', 'encoding', 'unit'],
  'jingzhou-annex-6': ['as-of', 'input', 'encoding', 'unit'],
  'jingzhou-annex-7': ['as-of', 'input', 'encoding', 'unit'],
  'anhua-annual': ['insurer', 'year'],
};

/** A whole number typed in decimal digits only: `2021`, never `0x7E5` or `2.021e3`. */
function integerArg(v: Values, key: 'year' | 'quarter'): number {
  const s = need(v, key); // not trimmed: ' 2021' is as much a slip as '2021.0'
  if (!/^[0-9]{1,6}$/.test(s))
    throw new UsageError(
      `--${key} must be a whole number in decimal digits (got ${JSON.stringify(s)}) / --${key} 须为十进制整数`,
    );
  return Number(s);
}

async function commandReport(v: Values, name: string | undefined): Promise<number> {
  const allowed = name === undefined ? undefined : REPORT_OPTIONS[name];
  if (allowed !== undefined)
    checkOptions(`report ${String(name)}`, v, [...allowed, 'mode'], REPORT_FORMATS);
  const format = v.format ?? 'md';
  const unit = v.unit ?? '（填报单位）';
  let report: lib.Report;
  let profile: lib.Profile | undefined;
  const quarter = () => ({
    year: integerArg(v, 'year'),
    quarter: integerArg(v, 'quarter') as lib.Quarter,
  });
  // the options are read first (a bad --as-of is reported before the roster is opened), the roster
  // read inside the builder
  const annex = (build: (input: never) => lib.Report, input: object) =>
    withRoster(v, 'rows', lib.jingzhou, (rows) => build({ ...input, rows } as never));
  switch (name) {
    case 'dashboard': {
      const p = profileArg(v);
      const at = asOf(v);
      profile = p;
      report = await withRoster(v, 'units', p, (units) =>
        lib.coverageDashboard(lib.coverageStatus({ profile: p, asOf: at, units }), { profile: p }),
      );
      break;
    }
    case 'jingzhou-annex-1':
      report = lib.jingzhouAnnex1();
      break;
    case 'jingzhou-annex-2':
      report = await annex(lib.jingzhouAnnex2, { unit, asOf: asOf(v) });
      break;
    case 'jingzhou-annex-3':
      report = await annex(lib.jingzhouAnnex3, { unit, asOf: asOf(v) });
      break;
    case 'jingzhou-annex-4':
      report = await annex(lib.jingzhouAnnex4, { unit, ...quarter() });
      break;
    case 'jingzhou-annex-5':
      report = await annex(lib.jingzhouAnnex5, { unit, ...quarter() });
      break;
    case 'jingzhou-annex-6':
      report = await annex(lib.jingzhouAnnex6, { unit, asOf: asOf(v) });
      break;
    case 'jingzhou-annex-7':
      report = await annex(lib.jingzhouAnnex7, { unit, asOf: asOf(v) });
      break;
    case 'anhua-annual':
      report = lib.anhuaAnnualReport({
        insurer: need(v, 'insurer'),
        year: integerArg(v, 'year'),
      });
      break;
    default:
      throw new UsageError(
        'report what? dashboard | jingzhou-annex-1 … jingzhou-annex-7 | anhua-annual',
      );
  }
  output(v, await render(report, format, v, profile));
  return EXIT.ok;
}

function commandCalendar(v: Values): number {
  const profile = lib.getProfile(need(v, 'jurisdiction') as lib.JurisdictionId, {
    asOf: need(v, 'to'),
  });
  const calendar = lib.complianceCalendar(
    profile,
    { from: need(v, 'from'), to: need(v, 'to') },
    v.art203 !== undefined ? { art203: v.art203 as lib.Art203Mode } : {},
  );
  output(
    v,
    v.format === 'ics'
      ? lib.renderIcs(calendar, v.stamp !== undefined ? { stamp: v.stamp } : {})
      : JSON.stringify(calendar, null, 2),
  );
  return EXIT.ok;
}

function commandBudget(v: Values): number {
  const b = lib.preventionBudget({
    jurisdiction: need(v, 'jurisdiction') as lib.JurisdictionId,
    asOf: asOf(v),
    collected: need(v, 'collected'),
  });
  output(
    v,
    v.format === 'md'
      ? `${b.cap === null ? '—' : lib.formatCny(b.cap)} (${b.ruleId ?? '—'}): ${b.reason.zh} / ${b.reason.en}`
      : JSON.stringify(b, null, 2),
  );
  return EXIT.ok;
}

/** The label of an input file in the error report. */
const fileLabel = (path: string): string => (path === '-' ? '(stdin)' : path);
const isXlsxPath = (path: string): boolean => /\.xlsx?$/i.test(path);

/** Refuses --encoding with an .xlsx file (a workbook has no text encoding). */
function noEncodingForXlsx(v: Values): void {
  if (v.encoding !== undefined)
    throw new UsageError('--encoding applies to CSV, not to .xlsx / --encoding 仅用于 CSV');
}

/** The policies of a ledger: POLICIES.json (the library's array), or a CSV or .xlsx list read by anzexian/io. */
async function ledgerPolicies(v: Values): Promise<lib.LedgerInput['policies']> {
  const path = inputFile(v, 'policies');
  if (path.toLowerCase().endsWith('.json'))
    return JSON.parse(readAll(path)) as lib.LedgerInput['policies'];
  const options = { file: fileLabel(path), encoding: encodingOf(v) };
  if (isXlsxPath(path))
    return (await io.readPoliciesXlsx(bytes(path), { file: fileLabel(path) })).policies;
  return io.readPoliciesCsv(bytes(path), options).policies;
}

async function commandLedger(v: Values): Promise<number> {
  const profile = profileArg(v);
  const path = inputFile(v, 'input');
  const policiesPath = inputFile(v, 'policies');
  // --encoding is for the CSV files among the two: refused only when neither is CSV
  if (isXlsxPath(path) && (isXlsxPath(policiesPath) || /\.json$/i.test(policiesPath)))
    noEncodingForXlsx(v);
  const policies = await ledgerPolicies(v);
  const options = { profile, file: fileLabel(path) };
  let entries: Iterable<unknown>;
  if (isXlsxPath(path)) {
    entries = (await io.readLedgerXlsx(bytes(path), options)).entries;
  } else
    // streamed: a CSV ledger of any size; it throws its report (every bad cell) when it ends
    entries = io.streamLedgerCsv(source(path), { ...options, encoding: encodingOf(v) });
  const result = lib.checkPreventionLedger({
    jurisdiction: need(v, 'jurisdiction') as lib.JurisdictionId,
    asOf: asOf(v),
    policies,
    entries,
  });
  output(v, v.format === 'md' ? verdictMarkdown(result) : JSON.stringify(result, null, 2));
  return result.status === 'fail' ? EXIT.failed : EXIT.ok;
}

/**
 * `anzexian cases --input cases.yaml [--jurisdiction ID | --profile PROFILE.json]`: runs a case file
 * against a shipped or caller-defined jurisdiction; exit 1 when any case fails, 2 for a bad file (each
 * problem with its line and column).
 */
async function commandCases(v: Values): Promise<number> {
  const cli = await import('./cases.js');
  const { runCases } = await import('../cases/index.js');
  if (v.jurisdiction !== undefined && v.profile !== undefined)
    throw new UsageError(
      'give --jurisdiction or --profile, not both / --jurisdiction 与 --profile 只能给出一个',
    );
  const path = inputFile(v, 'input');
  const label = path === '-' ? '(stdin)' : path;
  const read = (p: string, l: string) => {
    try {
      return cli.parseFile(readAll(p), l);
    } catch (e) {
      if (!(e instanceof cli.CaseFileSyntaxError)) throw e;
      throw new UsageError(
        `${e.file}:${String(e.line)}:${String(e.column)}: not valid YAML or JSON: ${e.message} / 第${String(e.line)}行第${String(e.column)}列：不是有效的 YAML 或 JSON`,
      );
    }
  };
  const parsed = read(path, label);
  let jurisdiction: lib.JurisdictionId | lib.Profile | lib.Jurisdiction | undefined =
    v.jurisdiction as lib.JurisdictionId | undefined;
  if (v.profile !== undefined) {
    const profilePath = inputFile(v, 'profile');
    const profile = read(profilePath, profilePath);
    try {
      const data = profile.data as { versions?: unknown } | null;
      jurisdiction =
        typeof data === 'object' && data !== null && 'versions' in data
          ? lib.defineJurisdiction(data as lib.JurisdictionDefinition)
          : lib.defineProfile(data);
    } catch (e) {
      if (!lib.isValidationError(e)) throw e;
      // defineProfile names its argument `profile`; the file is that argument
      const inFile = e.issues.map((i) =>
        i.path[0] === 'profile' ? { ...i, path: i.path.slice(1) } : i,
      );
      process.stderr.write(cli.locatedIssues(inFile, profilePath, profile));
      return EXIT.badInput;
    }
  }
  let report;
  try {
    report = runCases(parsed.data as never, jurisdiction === undefined ? {} : { jurisdiction });
  } catch (e) {
    if (!lib.isValidationError(e)) throw e;
    process.stderr.write(cli.locatedIssues(e.issues, label, parsed));
    return EXIT.badInput;
  }
  output(v, v.format === 'json' ? JSON.stringify(report, null, 2) : cli.caseReportText(report));
  return report.status === 'fail' ? EXIT.failed : EXIT.ok;
}

function printError(e: unknown): number {
  if (e instanceof io.FileReadError) {
    // one report for the file: every bad cell with its line, column, header, value and what was expected
    const where = e.file === null ? '' : `${e.file}: `;
    for (const p of e.problems)
      process.stderr.write(`error: ${where}${p.message.en} / ${p.message.zh}\n`);
    if (e.more > 0)
      process.stderr.write(
        `error: ${where}… and ${String(e.more)} more problems / 另有${String(e.more)}处问题\n`,
      );
    return EXIT.badInput;
  }
  if (e instanceof lib.ValidationError) {
    for (const i of e.issues)
      process.stderr.write(
        `error: ${i.path.join('.') || '(input)'}: ${i.message.en} / ${i.message.zh}\n`,
      );
    return EXIT.badInput;
  }
  if (e instanceof io.CsvSyntaxError) {
    process.stderr.write(
      `error: line ${e.line}, column ${e.column}: malformed CSV: ${e.message} / 第${e.line}行第${e.column}列：CSV格式错误\n`,
    );
    return EXIT.badInput;
  }
  if (
    e instanceof UsageError ||
    e instanceof SyntaxError ||
    e instanceof io.EncodingProblem ||
    ['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES'].includes(
      (e as NodeJS.ErrnoException | null)?.code ?? '',
    ) ||
    (e as { code?: string } | null)?.code?.startsWith('ERR_PARSE_ARGS') === true ||
    (e instanceof TypeError && /encoded data/.test(e.message))
  ) {
    process.stderr.write(`error: ${(e as Error).message}\n(see anzexian --help)\n`);
    return EXIT.badInput;
  }
  process.stderr.write(
    `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  return EXIT.internal;
}

type Option = keyof typeof OPTIONS;

/** What each command accepts: its own options (besides --help and --out) and its output formats. */
const COMMANDS: Record<
  string,
  {
    readonly options: readonly Option[];
    readonly formats: readonly string[];
    readonly run: (v: Values, sub: string | undefined) => number | Promise<number>;
  }
> = {
  profiles: { options: ['id', 'as-of'], formats: ['json', 'md'], run: commandProfiles },
  quote: {
    options: [
      'jurisdiction',
      'as-of',
      'amount',
      'base-kind',
      'rate',
      'adjust',
      'combine',
      'reject',
      'input',
      'encoding',
    ],
    formats: ['json', 'md', 'csv', 'xlsx'],
    run: commandQuote,
  },
  check: { options: ['input', 'staff', 'encoding'], formats: ['json', 'md'], run: commandCheck },
  coverage: {
    options: ['jurisdiction', 'as-of', 'input', 'encoding', 'mode'],
    formats: ['json', 'md', 'csv', 'csv-table', 'html', 'xlsx'],
    run: commandCoverage,
  },
  report: {
    options: [
      'jurisdiction',
      'as-of',
      'input',
      'encoding',
      'year',
      'quarter',
      'unit',
      'insurer',
      'mode',
    ],
    formats: REPORT_FORMATS,
    run: commandReport,
  },
  calendar: {
    options: ['jurisdiction', 'from', 'to', 'stamp', 'art203'],
    formats: ['json', 'ics'],
    run: commandCalendar,
  },
  budget: {
    options: ['jurisdiction', 'as-of', 'collected'],
    formats: ['json', 'md'],
    run: commandBudget,
  },
  cases: {
    options: ['input', 'jurisdiction', 'profile'],
    formats: ['text', 'json'],
    run: commandCases,
  },
  ledger: {
    options: ['jurisdiction', 'as-of', 'policies', 'input', 'encoding'],
    formats: ['json', 'md'],
    run: commandLedger,
  },
};

/** Refuses an option the command does not read, and a format it does not write — never ignored. */
function checkOptions(
  command: string,
  v: Values,
  allowed: readonly Option[],
  formats: readonly string[],
): void {
  for (const key of Object.keys(v) as Option[]) {
    if (key === 'help' || key === 'out' || key === 'format' || allowed.includes(key)) continue;
    throw new UsageError(
      `--${key} is not an option of ${command} (its options: ${allowed.map((o) => `--${o}`).join(' ')}) / ${command} 命令没有 --${key} 选项`,
    );
  }
  if (v.format !== undefined && !formats.includes(v.format))
    throw new UsageError(
      `--format for ${command} must be ${formats.join(', ')} (got ${v.format}) / ${command} 的 --format 只能是 ${formats.join('、')}`,
    );
}

/** Runs the CLI with these arguments; returns the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    const [command, sub] = positionals;
    if (values.version === true) {
      if (command !== undefined) throw new UsageError('--version takes no command');
      output(values, VERSION);
      return EXIT.ok;
    }
    if (command === 'help') {
      const text = HELP[sub ?? 'main'];
      if (text === undefined) throw new UsageError(`unknown command ${String(sub)}`);
      process.stdout.write(`${text}\n`);
      return EXIT.ok;
    }
    if (command === undefined || values.help === true) {
      const text = HELP[command ?? 'main'];
      if (text === undefined) throw new UsageError(`unknown command ${String(command)}`);
      process.stdout.write(`${text}\n`);
      return command === undefined && values.help !== true ? EXIT.badInput : EXIT.ok;
    }
    const spec = COMMANDS[command];
    if (spec === undefined) throw new UsageError(`unknown command ${command}`);
    checkOptions(command, values, spec.options, spec.formats);
    return await spec.run(values, sub);
  } catch (e) {
    return printError(e);
  }
}

// `anzexian … | head -1`: the reader went away; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.ok);
  throw e;
});
process.exitCode = await run(process.argv.slice(2));
