import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageStatus, jingzhou } from '../../src/index.js';
import {
  FileReadError,
  readRosterXlsx,
  streamRosterXlsx,
  type XlsxStreamOptions,
} from '../../src/io/index.js';

// streamRosterXlsx reads a workbook as it is unzipped, unit by unit: it must give what readRosterXlsx
// (the whole roster, collected) gives — the same units, rows and report — on workbooks built with
// exceljs the way offices make them. Both read the sheet with the same streamed reader since
// 2026-12-02; its cells are held to exceljs's in-memory reader by test/io/xlsx-oracle.test.ts.

const HEADER = ['编号', '类型', '行业', '是否纳入统计', '保险起期', '保险止期', '名称'];

/** An .xlsx built with exceljs: rows of the first sheet (more sheets and settings by `setup`). */
async function workbook(
  rows: unknown[][],
  setup?: (s: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
  write: { useSharedStrings?: boolean } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('名单');
  for (const r of rows) s.addRow(r);
  setup?.(s, wb);
  return new Uint8Array(await wb.xlsx.writeBuffer(write));
}

type Outcome =
  | { ok: true; units: unknown[]; rows: unknown[] }
  | { ok: false; file: string | null; problems: unknown[]; more: number };

const failed = (e: unknown): Outcome => {
  if (!(e instanceof FileReadError)) throw e;
  return { ok: false, file: e.file, problems: [...e.problems], more: e.more };
};

/** What readRosterXlsx gives: the units and rows, or its report. */
async function whole(bytes: Uint8Array, options: XlsxStreamOptions = {}): Promise<Outcome> {
  try {
    const r = await readRosterXlsx(bytes, options);
    return { ok: true, units: [...r.units], rows: [...r.rows] };
  } catch (e) {
    return failed(e);
  }
}

/** What streamRosterXlsx gives, read to its end twice (units, then rows). */
async function streamed(bytes: Uint8Array, options: XlsxStreamOptions = {}): Promise<Outcome> {
  try {
    const units = [...(await streamRosterXlsx(bytes, options))];
    const rows = [...(await streamRosterXlsx(bytes, { ...options, as: 'rows' }))];
    return { ok: true, units, rows };
  } catch (e) {
    return failed(e);
  }
}

const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const CASES: [string, () => Promise<Uint8Array>, XlsxStreamOptions?][] = [
  [
    'JZ-TGT-01 a renewal row (the same 编号 again), date cells, bare serials, rich text, a formula with its value',
    () =>
      workbook(
        [
          HEADER,
          [
            'E1',
            '企业',
            '建筑施工',
            '是',
            date(2020, 1, 1),
            date(2020, 12, 31),
            { richText: [{ text: '荆楚' }, { text: '建设' }] },
          ],
          ['E2', '企业', 'construction', '是', date(2020, 1, 1), date(2020, 12, 31), '江汉路桥'],
          ['E1', '企业', '建筑施工', '是', 44197, 44561, null],
          [
            'E3',
            '企业',
            'construction',
            '否',
            '2021/1/1',
            { formula: 'E5+364', result: 44561 },
            '长湖',
          ],
        ],
        (s) => {
          s.getColumn(5).numFmt = 'yyyy/m/d';
        },
      ),
  ],
  [
    'a misspelt header (保险起始时间)',
    () =>
      workbook([
        ['编号', '类型', '行业', '是否纳入统计', '保险起始时间', '保险止期'],
        ['E1', '企业', 'construction', '是', '2021-01-01', '2021-12-31'],
      ]),
  ],
  [
    'bad dates, a formula with no saved value, blank rows counted',
    () =>
      workbook([HEADER, ['E1', '企业', 'construction', '是', '2021-01-01', '2021-12-31']], (s) => {
        s.getRow(5).values = ['E2', '企业', 'construction', '是', '2021/2/30', '2021/12/31'];
        s.getRow(6).values = ['E3', '企业', 'construction', '是', 44197, { formula: 'E6+364' }];
        s.getRow(7).values = [
          'E4',
          '企业',
          'construction',
          '是',
          date(2021, 1, 1),
          new Date(Date.UTC(2021, 11, 31, 8)),
        ];
      }),
  ],
  ['an empty sheet', () => workbook([])],
  ['a header only', () => workbook([HEADER])],
  ['an unknown sheet', () => workbook([HEADER]), { sheet: 'Sheet9' }],
  [
    'the second sheet by name, title rows above the header, a date in the 1904 system',
    () =>
      workbook([['other']], (_s, wb) => {
        wb.properties.date1904 = true;
        const t = wb.addWorksheet('台账 & 2021');
        t.addRow(['荆州市安责险投保台账']);
        t.addRow(['填报单位：某区应急管理局']);
        t.addRow(HEADER);
        t.addRow(['P1', '项目', '', '', date(2021, 3, 1), date(2022, 2, 28), '长江大桥']);
        t.addRow([
          'E9',
          '企业',
          '危险化学品',
          true,
          date(2021, 1, 1),
          date(2021, 12, 31),
          { text: '链接', hyperlink: 'https://example.com' },
        ]);
        t.getColumn(5).numFmt = 'yyyy"年"m"月"d"日"';
        t.getColumn(6).numFmt = 'yyyy/m/d';
      }),
    { sheet: '台账 & 2021' },
  ],
  [
    'text written inline (no shared strings), an error cell, a boolean',
    () =>
      workbook(
        [
          HEADER,
          ['E1', '企业', '建筑施工', false, '2021/1/1', '2021/12/31', 'A & B <公司>'],
          ['E2', '企业', '建筑施工', '是', '2021/1/1', { error: '#N/A' }, '某'],
        ],
        undefined,
        { useSharedStrings: false },
      ),
  ],
  [
    'two units under one id with different sectors, an unknown kind, an empty id',
    () =>
      workbook([
        HEADER,
        ['E1', '企业', '建筑施工', '是', '2021/1/1', '2021/12/31', 'a'],
        ['E1', '企业', '危险化学品', '是', '2022/1/1', '2022/12/31', 'a'],
        ['E2', '公司', '建筑施工', '是', '', '', 'b'],
        ['', '企业', '建筑施工', '是', '', '', 'c'],
      ]),
  ],
];

describe('streamRosterXlsx: the same units and the same report as readRosterXlsx', () => {
  for (const [title, make, options = {}] of CASES)
    it(title, async () => {
      const bytes = await make();
      const opts = { profile: jingzhou, file: '名单.xlsx', ...options };
      const expected = await whole(bytes, opts);
      expect(await streamed(bytes, opts)).toEqual(expected);
    });

  it('the cases above are not all alike: units read, and reports with their rows and column letters', async () => {
    // the comparison above could pass with both readers failing alike: pin what they give
    const [first, misspelt, bad, empty] = await Promise.all(
      CASES.slice(0, 4).map(async ([, make]) => streamed(await make(), { profile: jingzhou })),
    );
    expect(first).toMatchObject({ ok: true });
    const units = (first as { units: { id: string; policies?: unknown[] }[] }).units;
    // each unit as soon as its last row is read: E1's renewal is row 4
    expect(units.map((u) => [u.id, u.policies?.length])).toEqual([
      ['E2', 1],
      ['E1', 2],
      ['E3', 1],
    ]);
    // as of 2021-06-30: E1 (renewed) insured, E2 not; E3 out of the statistics (否)
    const status = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: units as never });
    expect(status.categories[0]).toMatchObject({ total: 2, insured: 1 });
    const cells = (o: Outcome) =>
      (o as { problems: { line: number; columnLetter: string; value: string }[] }).problems.map(
        (p) => [p.line, p.columnLetter, p.value],
      );
    expect(cells(misspelt as Outcome)).toEqual([
      [1, 'E', '保险起始时间'],
      [2, '', ''],
    ]);
    expect(cells(bad as Outcome)).toEqual([
      [5, 'E', '2021/2/30'],
      [6, 'F', '=E6+364'],
      [7, 'F', '2021-12-31T08:00:00.000Z'],
    ]);
    expect((empty as { problems: { message: { en: string } }[] }).problems[0]?.message.en).toBe(
      'the file is empty: no header and no rows',
    );
  });

  it('JZ-TGT-01 random rosters (renewal rows, blanks, bad dates, shuffled): the same as readRosterXlsx', async () => {
    const cell = fc.constantFrom(
      '2021/1/1',
      '2021-12-31',
      '2021/2/30',
      '',
      '44197',
      '2021年6月1日',
    );
    const rowArb = fc.tuple(
      fc.integer({ min: 1, max: 6 }),
      fc.constantFrom('企业', '项目', '企业 '),
      fc.constantFrom('建筑施工', 'construction', '危险化学品', '不明'),
      fc.constantFrom('是', '否', ''),
      cell,
      cell,
      fc.constantFrom('', '某公司', '某项目'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { maxLength: 12 }), async (rows) => {
        const bytes = await workbook([
          HEADER,
          ...rows.map(([id, ...rest]) => [`E${String(id)}`, ...rest]),
        ]);
        const opts = { profile: jingzhou };
        expect(await streamed(bytes, opts)).toEqual(await whole(bytes, opts));
      }),
      { numRuns: 40 },
    );
    // 40 workbooks built and read three times each: seconds on a busy machine (no timing is tested)
  }, 120_000);
});

describe('streamRosterXlsx({ grouped: true }): one pass over a roster sorted by 编号', () => {
  it('JZ-TGT-01 renewal rows next to their unit: the same units as the two-pass reading', async () => {
    const bytes = await workbook([
      HEADER,
      ['E1', '企业', '建筑施工', '是', '2020/1/1', '2020/12/31', 'a'],
      ['E1', '企业', '建筑施工', '是', '2021/1/1', '2021/12/31', ''],
      ['E2', '企业', '建筑施工', '是', '2020/1/1', '2020/12/31', 'b'],
    ]);
    const grouped = [...(await streamRosterXlsx(bytes, { profile: jingzhou, grouped: true }))];
    expect(grouped).toEqual([...(await readRosterXlsx(bytes, { profile: jingzhou })).units]);
    expect(grouped.map((u) => u.policies?.length)).toEqual([2, 1]);
  });

  it('an id out of order is refused by its Excel row and column letter, never counted twice', async () => {
    const bytes = await workbook([
      HEADER,
      ['E1', '企业', '建筑施工', '是', '2020/1/1', '2020/12/31'],
      ['E2', '企业', '建筑施工', '是', '2020/1/1', '2020/12/31'],
      ['E1', '企业', '建筑施工', '是', '2021/1/1', '2021/12/31'],
    ]);
    const units = await streamRosterXlsx(bytes, {
      profile: jingzhou,
      grouped: true,
      file: 'x.xlsx',
    });
    let error: unknown;
    try {
      Array.from(units);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileReadError);
    const e = error as FileReadError;
    expect(e.file).toBe('x.xlsx');
    expect(e.problems.map((p) => [p.line, p.columnLetter, p.value])).toEqual([[4, 'A', 'E1']]);
    expect(e.problems[0]?.message.en).toMatch(
      /^row 4, column A \(编号\): id "E1" comes after "E2"/,
    );
  });
});

describe('streamRosterXlsx: what is not a workbook is refused at once', () => {
  it('an .xls and bytes that are no workbook, before any row is read', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(streamRosterXlsx(xls)).rejects.toThrow(
      'an Excel 97–2003 .xls file: save it as .xlsx (or CSV) first',
    );
    await expect(streamRosterXlsx(new TextEncoder().encode('id,kind'))).rejects.toThrow(
      'not an .xlsx workbook',
    );
  });

  it('a workbook cut short is an unreadable workbook in the report, not a shorter roster', async () => {
    const bytes = await workbook([HEADER, ['E1', '企业', '建筑施工', '是', '', '', 'a']]);
    const cut = bytes.subarray(0, bytes.length - 30);
    let error: unknown;
    try {
      Array.from(await streamRosterXlsx(cut));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).problems[0]?.message.en).toMatch(
      /^not a readable \.xlsx workbook \(/,
    );
  });
});
