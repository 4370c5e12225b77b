import { markup, type SafeHtml } from '../../_lib/escape.js';
import { readOptions } from '../../_lib/options.js';
import type { Profile } from '../../profiles/schema.js';
import { fillTemplate, formatCell } from '../format-cell.js';
import { checkReport } from '../check-report.js';
import type { Report, ReportTable } from '../model.js';
import {
  annexOf,
  chineseDates,
  modeOf,
  officialHeader,
  signOffLine,
  type OfficialOptions,
  type SignOff,
} from './official.js';

// Markup is only ever built with the `markup` template, which escapes every interpolated value unless
// it is markup built the same way: escaping is enforced by construction, never remembered per call.

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
// The style sheet is our own constant; it holds quotes and > that must not be escaped.
const STYLE_MARKUP = markup([STYLE] as unknown as TemplateStringsArray);
// Official mode only: the 附件N label and the sign-off line (the explained page is unchanged).
const OFFICIAL_STYLE = markup([
  '\np.annex { font-weight: bold; margin: 0 0 2mm; } p.sign-off { margin-top: 8mm; white-space: pre-wrap; }',
] as unknown as TemplateStringsArray);

/** An inline SVG bar chart: one bar per category (coverage), with the target as a tick. */
function chart(t: ReportTable): SafeHtml {
  const bars = t.chart ?? [];
  const width = 640;
  const row = 26;
  const left = 200;
  const scale = (width - left - 20) / 100;
  const height = bars.length * row + 24;
  const parts = bars.map((b, i) => {
    const y = 8 + i * row;
    const pct = b.rate.applicable ? Number(b.rate.percent) : 0;
    const x = left + Number(b.targetPercent) * scale;
    const target =
      b.targetPercent === null
        ? markup``
        : markup`<line class="target" x1="${x}" x2="${x}" y1="${y - 2}" y2="${y + 18}" stroke="#c00" stroke-width="2"/>`;
    return markup`<text x="${left - 6}" y="${y + 13}" text-anchor="end" font-size="11">${b.label}</text><rect class="bar" x="${left}" y="${y}" width="${pct * scale}" height="16" fill="#4a78b5"><title>${b.label} ${b.rate.applicable ? `${b.rate.percent}%` : '—'}</title></rect>${target}`;
  });
  const axis = markup`<line x1="${left}" x2="${left + 100 * scale}" y1="${height - 12}" y2="${height - 12}" stroke="#000"/><text x="${left}" y="${height - 1}" font-size="9">0%</text><text x="${left + 100 * scale}" y="${height - 1}" font-size="9" text-anchor="end">100%</text>`;
  return markup`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="coverage against target">${parts}${axis}</svg>`;
}

/** Options of {@link renderHtml}: the mode (see {@link OfficialOptions}). */
export type HtmlOptions = OfficialOptions;

/**
 * Renders a report as one standalone, printable HTML page: A4 print CSS, no external assets, every value
 * escaped, and an inline SVG bar chart of coverage against target for a dashboard. The default
 * `explained` mode ends with the footnotes (rule IDs, citations, English); `official` mode
 * (`{ mode: 'official', profile }`) is the form to file: the 附件N label, Chinese only, no rule IDs or
 * English, dates as 2021年12月31日, the jurisdiction by the profile's Chinese name, the sign-off lines.
 *
 * @throws {ValidationError} a report that is not a valid report model; an unknown mode; official mode
 *   for a report whose 地区 is an id, without its profile
 * @example
 * ```ts
 * writeFileSync('附件4.html', renderHtml(jingzhouAnnex4(input), { mode: 'official' }));
 * ```
 */
export function renderHtml(input: Report, options: HtmlOptions = {}): string {
  const report = checkReport(input);
  const o = readOptions(options, ['mode', 'profile', 'signOff'], ['options']);
  const official = modeOf(o) === 'official';
  const t = official ? chineseDates : (s: string) => s;
  const header = official
    ? officialHeader(report, o['profile'] as Profile | undefined)
    : report.header;
  const label = official ? annexOf(report) : null;
  const body: SafeHtml[] = [];
  if (label !== null) body.push(markup`<p class="annex">${label}</p>`);
  body.push(markup`<h1>${t(report.title)}</h1>`);
  if (report.period !== null) body.push(markup`<p class="period">${t(report.period)}</p>`);
  if (header.length > 0)
    body.push(
      markup`<dl class="header">${header.map((h) => markup`<dt>${t(h.label)}</dt><dd>${t(formatCell(h.value))}</dd>`)}</dl>`,
    );
  for (const table of report.tables) {
    if (table.caption !== null) body.push(markup`<h2>${t(table.caption)}</h2>`);
    if (table.chart !== null) body.push(chart(table));
    body.push(
      markup`<table><thead><tr>${table.columns.map((c) => markup`<th>${t(c)}</th>`)}</tr></thead><tbody>${table.rows.map((r) => markup`<tr>${r.map((c) => markup`<td>${t(formatCell(c))}</td>`)}</tr>`)}</tbody></table>`,
    );
    if (table.closing !== null)
      body.push(
        markup`<p class="closing">备注：${t(fillTemplate(table.closing.template, table.closing.values))}</p>`,
      );
  }
  for (const l of report.closingLines) body.push(markup`<p class="closing">${t(l)}</p>`);
  if (official) {
    const signOff = o['signOff'] as SignOff | null | undefined;
    if (signOff !== null) body.push(markup`<p class="sign-off">${signOffLine(signOff)}</p>`);
  } else if (report.footnotes.length > 0)
    body.push(
      markup`<footer><ol>${report.footnotes.map((f) => markup`<li>${f.ruleId}（${f.citation.document} ${f.citation.section}）：${f.text.zh} / ${f.text.en}</li>`)}</ol></footer>`,
    );
  const page = markup`<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${t(report.title)}</title>\n<style>\n${STYLE_MARKUP}${official ? OFFICIAL_STYLE : markup``}\n</style>\n</head>\n<body>\n${body.map((b, i) => (i === 0 ? b : markup`\n${b}`))}\n</body>\n</html>\n`;
  return page.toString();
}
