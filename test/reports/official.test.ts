import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  anhui,
  formatCell,
  jingzhou,
  renderCsv,
  renderHtml,
  renderMarkdown,
  ValidationError,
} from '../../src/index.js';
import { renderXlsx } from '../../src/xlsx/index.js';
import { REPORTS } from './samples.js';

// Official mode: the form an office files. Chinese only (no rule IDs, no English), dates as
// 2021年12月31日, the jurisdiction by the profile's own Chinese name, the 附件N label, the sign-off line.
const LATIN = /[A-Za-z]/;
const RULE_ID = /\b[A-Z]{2,5}[0-9]*-[A-Z]+-[0-9]{2}\b/;
const ISO = /\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b/;

describe('official mode of the Markdown and HTML renderers', () => {
  it('JZ-RPT-04 附件4 as filed: label, no rule ID or English, dates in Chinese, the sign-off line', () => {
    const report = REPORTS['jingzhou-annex-4']?.() ?? expect.unreachable();
    const md = renderMarkdown(report, {
      mode: 'official',
      signOff: { preparedBy: '李四', date: '2021-10-05' },
    });
    expect(md.startsWith('附件4\n\n# 荆州市建筑业施工企业安责险强制推行工作进度季度报表\n')).toBe(
      true,
    );
    expect(md).toContain('| 1 | 纳入统计建筑施工企业 | 3 | 2 | 66.67 |');
    // the blanks for a pen are underscores, escaped so Markdown shows them as written
    expect(md).toContain(
      `填报人：李四    审核人：${'\\_'.repeat(10)}    联系电话：${'\\_'.repeat(10)}    填报日期：2021年10月5日`,
    );
    expect(md).not.toMatch(RULE_ID);
    expect(md).not.toMatch(LATIN);
    expect(md).not.toMatch(ISO);
    // the explained default keeps the footnote with its rule ID, date and English
    const explained = renderMarkdown(report);
    expect(explained).toContain('JZ-RPT-04（');
    expect(explained).toContain('Counts as of 2021-09-30');
    const html = renderHtml(report, { mode: 'official', signOff: null });
    expect(html).toContain('<p class="annex">附件4</p>');
    expect(html).not.toContain('<footer>');
    expect(html).not.toContain('填报人');
    const body = html.slice(html.indexOf('<body>'));
    expect(body).not.toMatch(RULE_ID);
    expect(body.replace(/<[^>]*>/g, '')).not.toMatch(LATIN);
  });

  it('MONEY-05 the dashboard names the jurisdiction by the profile’s Chinese name, and its date in Chinese', () => {
    const report = REPORTS['coverage-dashboard']?.() ?? expect.unreachable();
    expect(renderMarkdown(report)).toContain('- **地区**：jingzhou');
    const md = renderMarkdown(report, { mode: 'official', profile: jingzhou });
    expect(md).toContain('- **地区**：荆州市');
    expect(md).toContain('截至2021年6月30日');
    expect(md).not.toMatch(LATIN);
    expect(renderHtml(report, { mode: 'official', profile: jingzhou })).toContain(
      '<dt>地区</dt><dd>荆州市</dd>',
    );
    // the report carries its jurisdiction's name (issue 19): without the profile the form still says 荆州市
    expect(report.jurisdiction).toEqual({
      id: 'jingzhou',
      name: { zh: '荆州市', en: 'Jingzhou City (Hubei)' },
    });
    expect(renderMarkdown(report, { mode: 'official' })).toContain('- **地区**：荆州市');
    // a form must not say "地区 jingzhou" nor another jurisdiction's name: another profile, or a report
    // without its jurisdiction, is refused
    const bare = { ...report, jurisdiction: null };
    for (const [r, options] of [
      [report, { mode: 'official' as const, profile: anhui }],
      [bare, { mode: 'official' as const }],
    ] as const) {
      expect(() => renderMarkdown(r, options)).toThrow(ValidationError);
      expect(() => renderHtml(r, options)).toThrow(/pass the profile of jingzhou/);
    }
    expect(() => renderMarkdown(report, { mode: 'formal' as never })).toThrow(ValidationError);
  });

  it('MONEY-05 the .xlsx official form names the jurisdiction the same way', async () => {
    const report = REPORTS['coverage-dashboard']?.() ?? expect.unreachable();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await renderXlsx(report, { mode: 'official', profile: jingzhou })) as never,
    );
    const values: string[] = [];
    wb.worksheets[0]?.eachRow((row) => {
      row.eachCell((c) =>
        values.push(typeof c.value === 'string' ? c.value : JSON.stringify(c.value)),
      );
    });
    expect(values).toContain('荆州市');
    expect(values).not.toContain('jingzhou');
    // without the report's own jurisdiction, and without the profile, it is refused
    await expect(
      renderXlsx({ ...report, jurisdiction: null }, { mode: 'official' }),
    ).rejects.toThrow(ValidationError);
    await expect(renderXlsx(report, { mode: 'official', profile: anhui })).rejects.toThrow(
      ValidationError,
    );
  });
});

describe('the one-table CSV layout, read by a strict CSV parser', () => {
  it.each(Object.keys(REPORTS))('%s: every table parses strictly, cell for cell', (name) => {
    const report = REPORTS[name]?.() ?? expect.unreachable();
    for (const table of report.tables) {
      const csv = renderCsv(report, { layout: 'table', table: table.id });
      // csv-parse's defaults are strict: every record must have as many fields as the first
      const records: string[][] = parse(csv, { bom: true, relax_column_count: false });
      expect(records[0]).toEqual(table.columns);
      expect(records.slice(1)).toEqual(
        table.rows.map((r) => {
          const cells = r.map(formatCell);
          return [...cells, ...Array<string>(table.columns.length - cells.length).fill('')];
        }),
      );
    }
  });

  it('JZ-RPT-04 the default multi-table layout is for people: a strict parser refuses it; the table layout is not', () => {
    const report = REPORTS['jingzhou-annex-4']?.() ?? expect.unreachable();
    expect(() => parse(renderCsv(report), { bom: true })).toThrow(/Invalid Record Length/);
    expect(parse(renderCsv(report, { layout: 'table' }), { bom: true })).toEqual([
      ['序号', '企业类别', '总数量', '完成数量', '完成率（%）'],
      ['1', '纳入统计建筑施工企业', '3', '2', '66.67'],
      ['2', '未纳入统计建筑施工企业', '2', '1', '50.00'],
    ]);
  });

  it('a report of several tables needs the table named; an unknown layout is refused', () => {
    const several = REPORTS['xinzhou-policy-schedule']?.() ?? expect.unreachable();
    if (several.tables.length > 1)
      expect(() => renderCsv(several, { layout: 'table' })).toThrow(/say which one/);
    const one = REPORTS['jingzhou-annex-4']?.() ?? expect.unreachable();
    expect(() => renderCsv(one, { layout: 'table', table: 'nope' })).toThrow(ValidationError);
    expect(() => renderCsv(one, { layout: 'grid' as never })).toThrow(ValidationError);
  });
});
