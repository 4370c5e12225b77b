import { fillTemplate, formatCell } from '../format-cell.js';
import { checkReport } from '../check-report.js';
import type { Report } from '../model.js';

const cell = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');

/** Renders a report as Markdown: title, period, header fields, tables with their closing lines, footnotes. */
export function renderMarkdown(input: Report): string {
  const report = checkReport(input);
  const out: string[] = [`# ${cell(report.title)}`, ''];
  if (report.period !== null) out.push(cell(report.period), '');
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
  for (const line of report.closingLines) out.push(cell(line), '');
  if (report.footnotes.length > 0) {
    out.push('---', '');
    for (const f of report.footnotes)
      out.push(
        `- ${f.ruleId}（${cell(f.citation.document)} ${cell(f.citation.section)}）：${cell(f.text.zh)} / ${cell(f.text.en)}`,
      );
    out.push('');
  }
  return out.join('\n');
}
