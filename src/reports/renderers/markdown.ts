import { markdownInline, markdownLine } from '../../_lib/escape.js';
import { fillTemplate, formatCell } from '../format-cell.js';
import { checkReport } from '../check-report.js';
import type { Report } from '../model.js';

// Every text from the model goes through markdownInline (cells, inline runs) or markdownLine (a line
// of its own): no value can end a table row, move a cell, open a block or pass HTML through.
const cell = markdownInline;
const line = markdownLine;

/** Renders a report as Markdown: title, period, header fields, tables with their closing lines, footnotes. */
export function renderMarkdown(input: Report): string {
  const report = checkReport(input);
  const out: string[] = [`# ${cell(report.title)}`, ''];
  if (report.period !== null) out.push(line(report.period), '');
  for (const h of report.header) out.push(`- **${cell(h.label)}**：${cell(formatCell(h.value))}`);
  if (report.header.length > 0) out.push('');
  for (const t of report.tables) {
    if (t.caption !== null) out.push(`## ${cell(t.caption)}`, '');
    out.push(
      `| ${t.columns.map(cell).join(' | ')} |`,
      `| ${t.columns.map(() => '---').join(' | ')} |`,
    );
    for (const row of t.rows) out.push(`| ${row.map((c) => cell(formatCell(c))).join(' | ')} |`);
    out.push('');
    if (t.closing !== null)
      out.push(`备注：${cell(fillTemplate(t.closing.template, t.closing.values))}`, '');
  }
  for (const l of report.closingLines) out.push(line(l), '');
  if (report.footnotes.length > 0) {
    out.push('---', '');
    for (const f of report.footnotes)
      out.push(
        `- ${cell(f.ruleId)}（${cell(f.citation.document)} ${cell(f.citation.section)}）：${cell(f.text.zh)} / ${cell(f.text.en)}`,
      );
    out.push('');
  }
  return out.join('\n');
}
