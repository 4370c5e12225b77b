import { fillTemplate, formatCell } from '../format-cell.js';
import { checkReport } from '../check-report.js';
import type { Report, ReportTable } from '../model.js';

const escape = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const STYLE = `@page { size: A4; margin: 18mm 15mm; }
body { font-family: "Noto Serif CJK SC", "Songti SC", "SimSun", "Noto Sans SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", serif; font-size: 11pt; color: #000; margin: 0 auto; max-width: 180mm; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4mm; }
.period { text-align: center; margin: 0 0 4mm; }
dl.header { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 4mm; }
dl.header dt { font-weight: bold; } dl.header dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; page-break-inside: auto; }
th, td { border: 0.3mm solid #000; padding: 1.5mm 2mm; text-align: center; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
p.closing { margin: 0 0 4mm; } footer { font-size: 9pt; border-top: 0.3mm solid #000; margin-top: 6mm; padding-top: 2mm; }
svg { display: block; margin: 2mm auto 4mm; }
@media print { .no-print { display: none; } }`;

/** An inline SVG bar chart: one bar per category (coverage), with the target as a tick. */
function chart(t: ReportTable): string {
  const bars = t.chart ?? [];
  const width = 640;
  const row = 26;
  const left = 200;
  const scale = (width - left - 20) / 100;
  const height = bars.length * row + 24;
  const parts = bars.map((b, i) => {
    const y = 8 + i * row;
    const pct = b.rate.applicable ? Number(b.rate.percent) : 0;
    const target =
      b.targetPercent === null
        ? ''
        : `<line class="target" x1="${left + Number(b.targetPercent) * scale}" x2="${left + Number(b.targetPercent) * scale}" y1="${y - 2}" y2="${y + 18}" stroke="#c00" stroke-width="2"/>`;
    return `<text x="${left - 6}" y="${y + 13}" text-anchor="end" font-size="11">${escape(b.label)}</text><rect class="bar" x="${left}" y="${y}" width="${pct * scale}" height="16" fill="#4a78b5"><title>${escape(b.label)} ${escape(b.rate.applicable ? `${b.rate.percent}%` : '—')}</title></rect>${target}`;
  });
  const axis = `<line x1="${left}" x2="${left + 100 * scale}" y1="${height - 12}" y2="${height - 12}" stroke="#000"/><text x="${left}" y="${height - 1}" font-size="9">0%</text><text x="${left + 100 * scale}" y="${height - 1}" font-size="9" text-anchor="end">100%</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="coverage against target">${parts.join('')}${axis}</svg>`;
}

/**
 * Renders a report as one standalone, printable HTML page: A4 print CSS, no external assets, every value
 * escaped, and an inline SVG bar chart of coverage against target for a dashboard.
 */
export function renderHtml(input: Report): string {
  const report = checkReport(input);
  const body: string[] = [`<h1>${escape(report.title)}</h1>`];
  if (report.period !== null) body.push(`<p class="period">${escape(report.period)}</p>`);
  if (report.header.length > 0)
    body.push(
      `<dl class="header">${report.header.map((h) => `<dt>${escape(h.label)}</dt><dd>${escape(formatCell(h.value))}</dd>`).join('')}</dl>`,
    );
  for (const t of report.tables) {
    if (t.caption !== null) body.push(`<h2>${escape(t.caption)}</h2>`);
    if (t.chart !== null) body.push(chart(t));
    body.push(
      `<table><thead><tr>${t.columns.map((c) => `<th>${escape(c)}</th>`).join('')}</tr></thead><tbody>${t.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(formatCell(c))}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
    );
    if (t.closing !== null)
      body.push(
        `<p class="closing">备注：${escape(fillTemplate(t.closing.template, t.closing.values))}</p>`,
      );
  }
  for (const l of report.closingLines) body.push(`<p class="closing">${escape(l)}</p>`);
  if (report.footnotes.length > 0)
    body.push(
      `<footer><ol>${report.footnotes.map((f) => `<li>${escape(f.ruleId)}（${escape(f.citation.document)} ${escape(f.citation.section)}）：${escape(f.text.zh)} / ${escape(f.text.en)}</li>`).join('')}</ol></footer>`,
    );
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${escape(report.title)}</title>\n<style>\n${STYLE}\n</style>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
