import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coverageRate, formatCell, parseCny, type Report } from '../../src/index.js';
import { chineseDates, renderXlsx } from '../../src/xlsx/index.js';
import { REPORTS } from '../reports/samples.js';

// Every form as an .xlsx workbook, read back with the same library an office's tools use: values,
// number formats, merged title rows, borders, A4 page setup, and never a formula.
const ARTIFACTS = fileURLToPath(new URL('../../test-results/xlsx/', import.meta.url));

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return wb;
}

/** Every cell value in the workbook as text, row by row. */
function texts(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => out.push(cell.text));
    });
  });
  return out;
}

/** The row whose cells are exactly the table's column headers. */
function headerRow(sheet: ExcelJS.Worksheet, columns: readonly string[]): number {
  let found = -1;
  sheet.eachRow((row, n) => {
    const values = (row.values as unknown[]).slice(1).map(String);
    if (found === -1 && values.join('\u0000') === columns.join('\u0000')) found = n;
  });
  return found;
}

describe('renderXlsx: every form as an office-ready workbook', () => {
  for (const [name, build] of Object.entries(REPORTS)) {
    it(`${name}: one sheet per table, the title merged over it, every cell as the other renderers show it, A4, no formula`, async () => {
      const report = build();
      const bytes = await renderXlsx(report);
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(`${ARTIFACTS}${name}.xlsx`, bytes);
      const wb = await read(bytes);
      expect(wb.worksheets.length).toBe(Math.max(report.tables.length, 1));
      report.tables.forEach((table, i) => {
        const sheet = wb.worksheets[i] as ExcelJS.Worksheet;
        expect(sheet.pageSetup.paperSize).toBe(9);
        expect(sheet.pageSetup.fitToWidth).toBe(1);
        // the title is a row merged across the table
        let titleRow = -1;
        sheet.eachRow((row, n) => {
          if (titleRow === -1 && row.getCell(1).value === report.title) titleRow = n;
        });
        expect(titleRow).toBeGreaterThan(0);
        expect(sheet.getCell(titleRow, 1).font.bold).toBe(true);
        if (table.columns.length > 1) expect(sheet.getCell(titleRow, 2).isMerged).toBe(true);
        const head = headerRow(sheet, table.columns);
        expect(head).toBeGreaterThan(titleRow);
        table.rows.forEach((cells, r) => {
          cells.forEach((cell, c) => {
            const x = sheet.getCell(head + 1 + r, c + 1);
            expect(x.type).not.toBe(ExcelJS.ValueType.Formula);
            expect(x.border.top?.style).toBe('thin');
            if (cell.kind === 'count') expect(x.value).toBe(cell.value);
            else if (cell.kind === 'money' && cell.uppercase !== true) {
              expect(x.value).toBe(Number(cell.value.amount));
              expect(x.numFmt).toBe('#,##0.00');
            } else if (cell.kind === 'coverage' && cell.value.applicable) {
              expect((x.value as number) * 100).toBeCloseTo(Number(cell.value.percent), 10);
              expect(x.numFmt).toBe('0.00%');
            } else expect(x.value).toBe(formatCell(cell));
          });
        });
      });
      // the sign-off lines an office fills in, and the rule IDs in the explained mode
      const all = texts(wb).join('\n');
      expect(all).toContain('填报人：__________');
      expect(all).toContain('填报日期：____年__月__日');
      for (const f of report.footnotes) expect(all).toContain(f.ruleId);
    });
  }

  it('XZ-OPS-04 the quote letter states the premium 8,650,000.00 × 1.8‰ = 15,570.00 with its 大写, beside its label', async () => {
    const report = REPORTS['xinzhou-quote-letter']?.() as Report;
    const sheet = (await read(await renderXlsx(report))).worksheets[0] as ExcelJS.Worksheet;
    let premium: unknown;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '保险费') premium = row.getCell(2).value;
    });
    expect(premium).toBe('¥15,570.00（人民币壹万伍仟伍佰柒拾元整）');
  });

  it('MONEY-05 amounts and coverage rates are numbers with their formats: 15,570.00 is 15570 (#,##0.00), 2 of 3 is 0.6667 (0.00%)', async () => {
    const base = REPORTS['jingzhou-annex-1']?.() as Report;
    const report: Report = {
      ...base,
      header: [{ label: '保险费合计', value: { kind: 'money', value: parseCny('15570.00') } }],
      tables: [
        {
          id: 't',
          caption: null,
          columns: ['保险费', '参保率', '未参保'],
          rows: [
            [
              { kind: 'money', value: parseCny('15570.00') },
              { kind: 'coverage', value: coverageRate(2, 3) },
              { kind: 'coverage', value: coverageRate(0, 0) },
            ],
          ],
          closing: null,
          chart: null,
        },
      ],
    };
    const sheet = (await read(await renderXlsx(report))).worksheets[0] as ExcelJS.Worksheet;
    const head = headerRow(sheet, ['保险费', '参保率', '未参保']);
    expect(sheet.getCell(head + 1, 1).value).toBe(15570);
    expect(sheet.getCell(head + 1, 1).numFmt).toBe('#,##0.00');
    // 2 / 3 = 66.67% (MONEY-05, two decimals): stored as 0.6667
    expect(sheet.getCell(head + 1, 2).value).toBe(0.6667);
    expect(sheet.getCell(head + 1, 2).numFmt).toBe('0.00%');
    // no units: not applicable, never 0% or 100%
    expect(sheet.getCell(head + 1, 3).value).toBe('—');
    let total: unknown;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '保险费合计') total = row.getCell(2);
    });
    expect((total as ExcelJS.Cell).value).toBe(15570);
    expect((total as ExcelJS.Cell).numFmt).toBe('#,##0.00');
  });

  it('official mode: Chinese only — no rule ID, no English note — dates as 2021年6月30日, the annex label on top', async () => {
    const report = REPORTS['jingzhou-annex-2']?.() as Report;
    const wb = await read(
      await renderXlsx(report, {
        mode: 'official',
        signOff: {
          preparedBy: '张某',
          reviewedBy: '李某',
          phone: '0716-0000000',
          date: '2021-07-05',
        },
      }),
    );
    const all = texts(wb).join('\n');
    expect(wb.worksheets[0]?.getCell(1, 1).value).toBe('附件2');
    expect(all).not.toMatch(/\b[A-Z]{2,5}[0-9]*-[A-Z]+-[0-9]{2}\b/);
    expect(all).not.toMatch(/[0-9]{4}-[0-9]{2}-[0-9]{2}/);
    expect(all).toContain('填报人：张某');
    expect(all).toContain('填报日期：2021年7月5日');
    const explained = texts(await read(await renderXlsx(report))).join('\n');
    expect(explained).toMatch(/JZ-[A-Z]+-[0-9]{2}/);
  });

  it('chineseDates writes every ISO date in a text the way forms do, without leading zeros', () => {
    expect(chineseDates('截至2021-06-30，自2020-08-01起')).toBe(
      '截至2021年6月30日，自2020年8月1日起',
    );
    expect(chineseDates('no date 2021-6-30')).toBe('no date 2021-6-30');
  });

  it('a malformed report or an unknown mode is a ValidationError, never a broken file', async () => {
    await expect(renderXlsx({ title: 1 } as unknown as Report)).rejects.toMatchObject({
      name: 'ValidationError',
    });
    await expect(
      renderXlsx(REPORTS['jingzhou-annex-1']?.() as Report, { mode: 'pretty' as 'official' }),
    ).rejects.toMatchObject({ name: 'ValidationError' });
  });
});
