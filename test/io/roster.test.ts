import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { coverageStatus, jingzhou } from '../../src/index.js';
import {
  FileReadError,
  readRoster,
  readRosterCsv,
  readRosterXlsx,
  streamRosterCsv,
  type FileProblem,
} from '../../src/io/index.js';

/** The FileReadError a call throws (the test fails if it does not throw one). */
function report(f: () => unknown): FileReadError {
  try {
    f();
  } catch (e) {
    if (e instanceof FileReadError) return e;
    throw e;
  }
  throw new Error('no FileReadError thrown');
}
async function reportAsync(f: () => Promise<unknown>): Promise<FileReadError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof FileReadError) return e;
    throw e;
  }
  throw new Error('no FileReadError thrown');
}
const where = (p: FileProblem) => [p.line, p.column, p.header, p.value];

/** The GBK bytes of the name on the first data line (E1) of the GBK fixture: 荆楚建设集团有限公司. */
function gbkName(): Uint8Array {
  const bytes = readFileSync('test/fixtures/jingzhou-roster-gbk.csv');
  const lineStart = bytes.indexOf(0x0a) + 1; // E1's line
  let commas = 0;
  let start = -1;
  for (let i = lineStart; i < bytes.length; i++)
    if (bytes[i] === 0x2c) {
      commas++;
      if (commas === 8) start = i + 1;
      if (commas === 9) return bytes.subarray(start, i);
    }
  throw new Error('fixture changed');
}

describe('anzexian/io readRosterCsv: CSV as offices save it', () => {
  it('UTF-8 with a BOM, CRLF, quoted fields with commas, quotes and line breaks', () => {
    const csv =
      '\uFEFF编号,类型,行业,是否纳入统计,名称,保险起期,保险止期\r\n' +
      'E1,企业,建筑施工,是,"荆楚建设集团有限公司,二分公司",2021/1/1,2021年12月31日\r\n' +
      'E2,企业,construction,否,"江汉""路桥""\r\n工程有限公司",,\r\n' +
      'E3,企业,construction,是,长湖建筑,44197,44561\r\n';
    const r = readRosterCsv(new TextEncoder().encode(csv), { profile: jingzhou });
    expect(r.units).toEqual([
      {
        kind: 'enterprise',
        id: 'E1',
        sector: 'construction',
        inStatistics: true,
        policies: [{ from: '2021-01-01', to: '2021-12-31' }],
      },
      { kind: 'enterprise', id: 'E2', sector: 'construction', inStatistics: false },
      {
        kind: 'enterprise',
        id: 'E3',
        sector: 'construction',
        inStatistics: true,
        policies: [{ from: '2021-01-01', to: '2021-12-31' }],
      },
    ]);
    expect(r.rows.map((x) => x.name)).toEqual([
      '荆楚建设集团有限公司,二分公司',
      '江汉"路桥"\r\n工程有限公司',
      '长湖建筑',
    ]);
    expect(r).toMatchObject({ records: 3, merged: 0 });
    expect(Object.isFrozen(r.units[0]?.policies?.[0])).toBe(true);
  });

  it('a bad cell after a quoted line break is reported on the line where its row starts (line 4)', () => {
    const csv =
      '编号,类型,行业,名称,保险起期,保险止期\nE1,企业,construction,"a\nb",,\nE2,企业,construction,c,2021/2/30,2021/12/31\n';
    const e = report(() => readRosterCsv(csv, { profile: jingzhou }));
    expect(e.problems.map(where)).toEqual([[4, 5, '保险起期', '2021/2/30']]);
  });

  it('GBK is decided on the whole file: 4,000 ASCII rows, then a row with a GBK name', () => {
    const head = ['id,kind,sector,inStatistics,policyFrom,policyTo,name'];
    for (let i = 0; i < 4000; i++)
      head.push(`A${String(i)},enterprise,construction,yes,,,Firm ${String(i)}`);
    const ascii = new TextEncoder().encode(
      `${head.join('\n')}\nLATE,enterprise,construction,yes,2021-01-01,2021-12-31,`,
    );
    expect(ascii.length).toBeGreaterThan(65_536);
    const bytes = new Uint8Array([...ascii, ...gbkName(), 0x0a]);
    const r = readRosterCsv(bytes, { profile: jingzhou });
    expect(r.rows.at(-1)).toMatchObject({ id: 'LATE', name: '荆楚建设集团有限公司' });
    // the same bytes in chunks (a file read 64 KiB at a time) give the same roster
    const chunks = [bytes.subarray(0, 65_536), bytes.subarray(65_536)];
    expect(readRosterCsv(chunks, { profile: jingzhou }).rows.at(-1)?.name).toBe(
      '荆楚建设集团有限公司',
    );
    // said to be UTF-8, the GBK bytes are refused, not read as replacement characters
    const e = report(() => readRosterCsv(bytes, { encoding: 'utf-8' }));
    expect(e.problems[0]?.message.en).toBe('the file is not valid utf-8 text');
  });

  it('JZ-TGT-01 renewals: rows of one id are one unit with its policies — 2 firms at 50%, never 3 at 33.33%', () => {
    // E1 insured 2020, renewed for 2021 (a second row); E2 insured 2020 only. As of 2021-06-30:
    // E1 insured, E2 not → 1 of 2 = 50.00%.
    const csv = [
      '编号,类型,行业,是否纳入统计,名称,保险起期,保险止期',
      'E1,企业,construction,是,荆楚建设,2020-01-01,2020-12-31',
      'E2,企业,construction,是,江汉路桥,2020-01-01,2020-12-31',
      'E1,企业,construction,是,,2021-01-01,2021-12-31',
    ].join('\n');
    const r = readRosterCsv(csv, { profile: jingzhou });
    expect(r).toMatchObject({ records: 3, merged: 1 });
    expect(r.rows.find((x) => x.id === 'E1')).toEqual({
      kind: 'enterprise',
      id: 'E1',
      sector: 'construction',
      inStatistics: true,
      name: '荆楚建设',
      policies: [
        { from: '2020-01-01', to: '2020-12-31' },
        { from: '2021-01-01', to: '2021-12-31' },
      ],
    });
    const status = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: r.units });
    expect(status.units).toBe(2);
    expect(status.categories[0]).toMatchObject({
      total: 2,
      insured: 1,
      rate: { percent: '50.00' },
    });
    // the stream merges the same way
    const streamed = coverageStatus({
      profile: jingzhou,
      asOf: '2021-06-30',
      units: streamRosterCsv(csv, { profile: jingzhou }),
    });
    expect(streamed.categories[0]).toMatchObject({ total: 2, insured: 1 });
  });

  it('a repeated id whose unit fields differ is refused, naming both lines and the fields', () => {
    const csv =
      '编号,类型,行业,是否纳入统计,名称\nE1,企业,construction,是,甲公司\nE1,企业,construction,是,乙公司\n';
    const e = report(() => readRosterCsv(csv, { profile: jingzhou }));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]?.message.en).toBe(
      'line 3, column 1 (编号): id "E1" is already on line 2 with other unit fields (name 甲公司 ≠ 乙公司); a repeated id is read as a renewal only when the unit\'s own fields agree',
    );
  });

  it('one report for the file: every bad cell with its line, column, header, value and what was expected', () => {
    const csv = [
      '编号,类型,行业,是否纳入统计,保险起期,保险止期,员工人数',
      'E1,企业,建筑业,也许,2021/2/30,2021/12/31,12.5',
      'E2,公司,construction,是,,,',
      'E3,企业,construction,是,2021-12-31,2021-01-01,',
    ].join('\n');
    const e = report(() => readRosterCsv(csv, { profile: jingzhou, file: 'roster.csv' }));
    expect(e.problems.map(where)).toEqual([
      [2, 3, '行业', '建筑业'],
      [2, 4, '是否纳入统计', '也许'],
      [2, 5, '保险起期', '2021/2/30'],
      [2, 7, '员工人数', '12.5'],
      [3, 2, '类型', '公司'],
      [4, 6, '保险止期', '2021-01-01'],
    ]);
    expect(e.problems[0]?.columnLetter).toBe('C');
    expect(e.problems[0]?.expected.zh).toContain('建筑施工（资质建筑施工企业）（construction）');
    expect(e.problems[5]?.message).toEqual({
      en: 'line 4, column 6 (保险止期): the period ends (2021-01-01) before it starts (2021-12-31)',
      zh: '第4行第6列（保险止期）：止期（2021-01-01）早于起期（2021-12-31）',
    });
    expect(e.file).toBe('roster.csv');
    expect(e.code).toBe('FILE');
    expect(e.issues[0]?.path).toEqual(['line', 2, '行业']);
    expect(e.message.split('\n')[0]).toMatch(/^roster\.csv: line 2, column 3 \(行业\)/);
  });

  it('unknown and missing columns are named; an empty file and a header alone are refused', () => {
    const e = report(() => readRosterCsv('编号,行业,保险起始时间\nE1,construction,2021-01-01\n'));
    expect(e.problems.map((p) => p.message.en.split(';')[0])).toEqual([
      'line 1 (kind/类型): the required column kind/类型 is missing',
      'line 1, column 3 (保险起始时间): unknown column "保险起始时间"',
    ]);
    expect(report(() => readRosterCsv('')).problems[0]?.message.en).toBe(
      'the file is empty: no header and no rows',
    );
    expect(report(() => readRosterCsv(new Uint8Array(0))).problems[0]?.line).toBe(0);
    expect(report(() => readRosterCsv('编号,类型\n\n')).problems[0]?.message.en).toBe(
      'line 1 (header): the roster has no rows (a header only)',
    );
    // free-text 备注 is read by no computation and accepted
    expect(readRosterCsv('编号,类型,行业,备注\nE1,企业,x,续保\n').units).toHaveLength(1);
  });

  it('malformed CSV is a problem of the report with its line and column', () => {
    const e = report(() => readRosterCsv('编号,类型\nE1,企"业\n'));
    expect(e.problems.map(where)).toEqual([[2, 5, 'CSV', '']]);
    expect(e.problems[0]?.message.zh).toBe(
      '第2行第5列（CSV）：CSV格式错误：未加引号的字段中有引号',
    );
  });

  it('the stream throws the report when it ends, so coverageStatus over it never answers', () => {
    const csv = '编号,类型,行业,是否纳入统计\nE1,企业,construction,是\nE2,企业,建筑业,是\n';
    expect(() =>
      coverageStatus({
        profile: jingzhou,
        asOf: '2021-06-30',
        units: streamRosterCsv(csv, { profile: jingzhou }),
      }),
    ).toThrow(FileReadError);
  });

  it('more than 1,000 bad cells: the first 1,000 listed, the rest counted', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `E${String(i)},企业,construction,也许`);
    const e = report(() => readRosterCsv(`编号,类型,行业,是否纳入统计\n${rows.join('\n')}`));
    expect(e.problems).toHaveLength(1000);
    expect(e.more).toBe(200);
  });
});

/** An .xlsx made the way Excel makes it, with exceljs: a header row, then the rows given. */
async function workbook(
  rows: unknown[][],
  setup?: (s: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('名单');
  for (const r of rows) s.addRow(r);
  setup?.(s);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('anzexian/io readRosterXlsx: workbooks as Excel saves them', () => {
  const HEADER = ['编号', '类型', '行业', '是否纳入统计', '保险起期', '保险止期', '名称'];

  it('JZ-TGT-01 Excel dates (date cells and bare serials), a renewal row, rich text and a formula', async () => {
    // E1: a date cell 2020-01-01…2020-12-31, renewed by a second row as serials 44197…44561
    // (2021-01-01…2021-12-31); E2: 2020 only; E3: its end date a formula with its saved value.
    const bytes = await workbook(
      [
        HEADER,
        [
          'E1',
          '企业',
          '建筑施工',
          '是',
          new Date(Date.UTC(2020, 0, 1)),
          new Date(Date.UTC(2020, 11, 31)),
          { richText: [{ text: '荆楚' }, { text: '建设' }] },
        ],
        [
          'E2',
          '企业',
          'construction',
          '是',
          new Date(Date.UTC(2020, 0, 1)),
          new Date(Date.UTC(2020, 11, 31)),
          '江汉路桥',
        ],
        ['E1', '企业', '建筑施工', '是', 44197, 44561, null],
        [
          'E3',
          '企业',
          'construction',
          '是',
          '2021/1/1',
          { formula: 'E5+364', result: 44561 },
          '长湖',
        ],
      ],
      (s) => {
        s.getColumn(5).numFmt = 'yyyy/m/d';
      },
    );
    const r = await readRosterXlsx(bytes, { profile: jingzhou, file: '名单.xlsx' });
    expect(r).toMatchObject({ records: 4, merged: 1 });
    expect(r.rows.find((x) => x.id === 'E1')).toMatchObject({
      name: '荆楚建设',
      policies: [
        { from: '2020-01-01', to: '2020-12-31' },
        { from: '2021-01-01', to: '2021-12-31' },
      ],
    });
    expect(r.units.find((u) => u.id === 'E3')?.policies).toEqual([
      { from: '2021-01-01', to: '2021-12-31' },
    ]);
    // as of 2021-06-30: E1 (renewed) and E3 insured, E2 not: 2 of 3
    const status = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: r.units });
    expect(status.categories[0]).toMatchObject({
      total: 3,
      insured: 2,
      rate: { percent: '66.67' },
    });
    // readRoster recognises the workbook by its bytes
    expect((await readRoster(bytes, { profile: jingzhou })).units).toHaveLength(3);
  });

  it('a misspelt header is refused at row 1, column E — never read as "nobody insured"', async () => {
    const bytes = await workbook([
      ['编号', '类型', '行业', '是否纳入统计', '保险起始时间', '保险止期'],
      ['E1', '企业', 'construction', '是', '2021-01-01', '2021-12-31'],
    ]);
    const e = await reportAsync(() => readRosterXlsx(bytes, { profile: jingzhou }));
    expect(e.problems.map(where)).toEqual([
      [1, 5, '保险起始时间', '保险起始时间'],
      [2, 0, 'policyFrom/policy_from', ''],
    ]);
    expect(e.problems[1]?.message.en).toBe(
      'row 2 (policyFrom/policy_from): the row has a policyTo but there is no policyFrom column (保险起期)',
    );
    expect(e.problems[0]?.message.en).toMatch(/^row 1, column E \(保险起始时间\): unknown column/);
    expect(e.problems[0]?.message.zh).toMatch(/^第1行E列（保险起始时间）：未知列/);
  });

  it('bad cells by the row Excel shows (blank rows counted), with the column letter', async () => {
    const bytes = await workbook(
      [HEADER, ['E1', '企业', 'construction', '是', '2021-01-01', '2021-12-31']],
      (s) => {
        s.getRow(5).values = ['E2', '企业', 'construction', '是', '2021/2/30', '2021/12/31'];
        s.getRow(6).values = ['E3', '企业', 'construction', '是', 44197, { formula: 'E6+364' }];
      },
    );
    const e = await reportAsync(() => readRosterXlsx(bytes, { profile: jingzhou }));
    // one problem per cell: the formula's own, not a second "expected a date" for the same cell
    expect(e.problems.map((p) => [p.line, p.columnLetter, p.header, p.value])).toEqual([
      [5, 'E', '保险起期', '2021/2/30'],
      [6, 'F', '保险止期', '=E6+364'],
    ]);
    expect(e.problems[1]?.message.en).toContain('a formula with no saved value (=E6+364)');
  });

  it('an .xls, bytes that are no workbook, an unknown sheet and an empty sheet are refused', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await reportAsync(() => readRoster(xls))).problems[0]?.message.en).toBe(
      'an Excel 97–2003 .xls file: save it as .xlsx (or CSV) first',
    );
    expect(
      (await reportAsync(() => readRosterXlsx(new TextEncoder().encode('id,kind')))).problems[0]
        ?.message.en,
    ).toBe('not an .xlsx workbook');
    const bytes = await workbook([HEADER]);
    expect(
      (await reportAsync(() => readRosterXlsx(bytes, { sheet: 'Sheet9' }))).problems[0]?.message.en,
    ).toBe('no sheet named "Sheet9" (sheets: 名单)');
    expect((await reportAsync(() => readRosterXlsx(bytes))).problems[0]?.message.en).toBe(
      'row 1 (header): the roster has no rows (a header only)',
    );
    expect(
      (await reportAsync(async () => readRosterXlsx(await workbook([])))).problems[0]?.message.en,
    ).toBe('the file is empty: no header and no rows');
  });
});
