import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readRosterXlsx } from '../../src/io/index.js';
import { Problems } from '../../src/io/problems.js';
import { sheetRecords, textRecord, type HeaderSeen } from '../../src/io/xlsx.js';

// Every .xlsx reader of anzexian/io reads a sheet with the library's own streamed reader (fflate and
// saxes, src/io/xlsx-stream.ts). The oracle here is independent of it: exceljs's in-memory workbook
// (`Workbook.xlsx.load`), whose cell values go through the same `textRecord`. The two must give the
// same text records and the same problems for any workbook exceljs writes. (A row with no value at
// all is left out of the comparison: exceljs in memory has no such row, the streamed readers give it
// as blank, and every reader skips a blank row.)

type Records = { records: { readonly fields: readonly string[] }[]; problems: unknown[] };
const withoutBlank = (r: Records) => ({
  ...r,
  records: r.records.filter((x) => x.fields.some((f) => f !== '')),
});

/** The sheet's records as exceljs's in-memory reader gives them, and their problems. */
async function oracle(bytes: Uint8Array): Promise<Records> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const sheet = wb.worksheets[0];
  const problems = new Problems('row');
  const seen: HeaderSeen = { header: null };
  const records: Records['records'] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, line) => {
    const values: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(row.getCell(c).value);
    records.push(textRecord(line, values, seen, problems));
  });
  return withoutBlank({ records, problems: [...problems.list] });
}

async function ours(bytes: Uint8Array): Promise<Records> {
  const problems = new Problems('row');
  const records = await sheetRecords(bytes, {}, problems);
  return withoutBlank({ records, problems: [...problems.list] });
}

const cjk = fc
  .array(
    fc.constantFrom(
      '荆',
      '州',
      '建',
      '设',
      '有',
      '限',
      '公',
      '司',
      '路',
      '桥',
      '&',
      '<',
      ' ',
      'a',
      '1',
      '𠮷',
    ),
    {
      minLength: 1,
      maxLength: 40,
    },
  )
  .map((cs) => cs.join(''));
const cell = fc.oneof(
  cjk,
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constant(null),
  fc.integer({ min: 0, max: 20_000 }).map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000)),
  fc.tuple(cjk, cjk).map(([a, b]) => ({ richText: [{ text: a }, { text: b }] })),
  fc.integer({ min: 1, max: 99 }).map((n) => ({ formula: `1+${String(n)}`, result: n + 1 })),
  // a formula whose saved result is an error, a boolean or text
  fc
    .constantFrom('#N/A', '#DIV/0!', '#VALUE!')
    .map((error) => ({ formula: 'NA()', result: { error } })),
  // (true only: exceljs in memory reads a saved FALSE as no result at all, where ours reads `false`)
  fc.constant({ formula: 'TRUE()', result: true }),
  cjk.map((t) => ({ formula: 'A1&""', result: t })),
);

describe('the .xlsx sheet reader against exceljs in memory', () => {
  it('any workbook exceljs writes (shared or inline strings) reads to the same records and problems', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        async (rows, shared) => {
          const wb = new ExcelJS.Workbook();
          const s = wb.addWorksheet('名单');
          for (const r of rows) s.addRow(r);
          const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: shared }));
          expect(await ours(bytes)).toEqual(await oracle(bytes));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('JZ-TGT-01 a 6,000-row roster of Chinese names: every name whole, as exceljs in memory reads it (its streaming reader garbled some into U+FFFD)', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('名单');
    s.addRow(['编号', '类型', '行业', '是否纳入统计', '保险起期', '保险止期', '名称']);
    for (let i = 0; i < 6000; i++)
      s.addRow([
        `E${String(i)}`,
        '企业',
        '建筑施工',
        '是',
        '2020/1/1',
        '2020/12/31',
        `某某建设有限公司${String(i)}`,
      ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: true }));
    const got = await ours(bytes);
    expect(got).toEqual(await oracle(bytes));
    const roster = await readRosterXlsx(bytes, { file: 'roster.xlsx' });
    expect(roster.rows).toHaveLength(6000);
    for (const [i, row] of roster.rows.entries())
      expect(row.name).toBe(`某某建设有限公司${String(i)}`);
  }, 60_000);

  /** A two-row workbook (header, one row) with a part rewritten. */
  async function rewritten(part: string, edit: (xml: string) => string): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('名单');
    s.addRow(['编号', '名称']);
    s.addRow(['E1', '荆州建设']);
    const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: true })));
    const xml = strFromU8(files[part] as Uint8Array);
    const changed = edit(xml);
    expect(changed).not.toBe(xml);
    return zipSync({ ...files, [part]: strToU8(changed) });
  }

  it('a shared string index the table does not have is a cell that cannot be read, never a blank', async () => {
    // the last cell (E1's name, shared string 3) pointed past the table's 4 entries
    const bytes = await rewritten('xl/worksheets/sheet1.xml', (x) =>
      x.replace(/<v>3<\/v>(?![\s\S]*<v>)/, '<v>99</v>'),
    );
    const got = await ours(bytes);
    expect(got.problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: 2,
        header: '名称',
        value: '{"sharedString":"99"}',
      }),
    ]);
  });

  it('a sheet whose relationship target is absolute (/xl/worksheets/…) is still found by its name', async () => {
    const bytes = await rewritten('xl/_rels/workbook.xml.rels', (x) =>
      x.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"'),
    );
    const problems = new Problems('row');
    const records = await sheetRecords(bytes, { sheet: '名单' }, problems);
    expect(problems.list).toEqual([]);
    expect(records.map((r) => r.fields)).toEqual([
      ['编号', '名称'],
      ['E1', '荆州建设'],
    ]);
  });
});
