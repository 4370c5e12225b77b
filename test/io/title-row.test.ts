import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { coverageStatus, jingzhou } from '../../src/index.js';
import { readRosterCsv, readRosterXlsx, streamRosterCsv } from '../../src/io/index.js';

// Offices put a title (荆州市安责险投保台账) and sometimes a 填报单位 line above the header. Before, the title
// was taken as the header and every real column was "unknown"; now the rows above the first row that is
// a header are skipped, and the result lists them.

const BODY = [
  '编号,类型,行业,是否纳入统计,保险起期,保险止期',
  'E1,企业,建筑施工,是,2021/1/1,2021/12/31',
  'E2,企业,建筑施工,是,,',
];

describe('a roster with a title row above its header', () => {
  it('JZ-TGT-01 CSV: the title is skipped and said so; E1 insured, E2 not → 1 of 2', () => {
    const csv = ['荆州市安责险投保台账,,,,,', '填报单位：荆州区住建局,,,,,', ...BODY].join('\r\n');
    const r = readRosterCsv(csv, { profile: jingzhou });
    expect(r.titleRows).toEqual([
      { line: 1, text: '荆州市安责险投保台账' },
      { line: 2, text: '填报单位：荆州区住建局' },
    ]);
    expect(r.units.map((u) => u.id)).toEqual(['E1', 'E2']);
    expect(r.records).toBe(2);
    const s = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: r.units });
    const construction = s.categories.find((c) => c.total > 0);
    expect(construction).toMatchObject({ total: 2, insured: 1 });
    // the stream reads it the same way (both passes skip the title)
    expect([...streamRosterCsv(csv, { profile: jingzhou })]).toEqual(r.units);
    // without a title nothing is skipped
    expect(readRosterCsv(BODY.join('\n'), { profile: jingzhou }).titleRows).toEqual([]);
  });

  it('xlsx: a merged title cell A1:F1 above the header, rows numbered as Excel shows them', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('名单');
    s.addRow(['荆州市安责险投保台账']);
    s.mergeCells('A1:F1');
    for (const line of BODY) s.addRow(line.split(','));
    s.addRow(['E3', '企业', '建筑施工', '是', '2021/2/30', '2021/12/31']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(readRosterXlsx(bytes, { profile: jingzhou })).rejects.toMatchObject({
      problems: [{ line: 5, column: 5, columnLetter: 'E', header: '保险起期', value: '2021/2/30' }],
    });
    s.spliceRows(5, 1);
    const r = await readRosterXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), {
      profile: jingzhou,
    });
    expect(r.titleRows).toEqual([{ line: 1, text: '荆州市安责险投保台账' }]);
    expect(r.units.map((u) => u.id)).toEqual(['E1', 'E2']);
  });

  it('a title over a misspelt header is not taken for a title: the unknown names are still refused', () => {
    expect(() =>
      readRosterCsv('荆州市安责险投保台账\n编码,种类\nE1,企业\n', { profile: jingzhou }),
    ).toThrow(/unknown column "荆州市安责险投保台账"/);
  });
});
