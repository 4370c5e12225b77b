import { markdownInline, markdownLine } from '../../_lib/escape.js';
import { readOptions } from '../../_lib/options.js';
import type { Profile } from '../../profiles/schema.js';
import { fillTemplate, formatCell } from '../format-cell.js';
import { checkReport } from '../check-report.js';
import type { Report } from '../model.js';
import {
  annexOf,
  chineseDates,
  modeOf,
  officialHeader,
  signOffLine,
  type OfficialOptions,
  type SignOff,
} from './official.js';

// Every text from the model goes through markdownInline (cells, inline runs) or markdownLine (a line
// of its own): no value can end a table row, move a cell, open a block or pass HTML through.
const cell = markdownInline;
const line = markdownLine;

/** Options of {@link renderMarkdown}: the mode (see {@link OfficialOptions}). */
export type MarkdownOptions = OfficialOptions;

/**
 * Renders a report as Markdown: title, period, header fields, tables with their closing lines, and —
 * in the default `explained` mode — the footnotes with rule IDs, citations and English. In `official`
 * mode (`{ mode: 'official', profile }`): the 附件N label, Chinese only, no rule IDs or English, dates as
 * 2021年12月31日, the jurisdiction by the profile's Chinese name, and the sign-off lines.
 *
 * @throws {ValidationError} a report that is not a valid report model; an unknown mode; official mode
 *   for a report whose 地区 is an id, without its profile
 * @example
 * ```ts
 * renderMarkdown(coverageDashboard(status), { mode: 'official', profile: jingzhou });
 * //=> '# 安全生产责任保险投保情况\n\n截至2021年12月31日\n\n- **地区**：荆州市\n…'
 * ```
 */
export function renderMarkdown(input: Report, options: MarkdownOptions = {}): string {
  const report = checkReport(input);
  const o = readOptions(options, ['mode', 'profile', 'signOff'], ['options']);
  const official = modeOf(o) === 'official';
  const t = official ? chineseDates : (s: string) => s;
  const header = official
    ? officialHeader(report, o['profile'] as Profile | undefined)
    : report.header;
  const label = official ? annexOf(report) : null;
  const out: string[] = label === null ? [] : [label, ''];
  out.push(`# ${cell(t(report.title))}`, '');
  if (report.period !== null) out.push(line(t(report.period)), '');
  for (const h of header) out.push(`- **${cell(t(h.label))}**：${cell(t(formatCell(h.value)))}`);
  if (header.length > 0) out.push('');
  for (const table of report.tables) {
    if (table.caption !== null) out.push(`## ${cell(t(table.caption))}`, '');
    out.push(
      `| ${table.columns.map((c) => cell(t(c))).join(' | ')} |`,
      `| ${table.columns.map(() => '---').join(' | ')} |`,
    );
    for (const row of table.rows)
      out.push(`| ${row.map((c) => cell(t(formatCell(c)))).join(' | ')} |`);
    out.push('');
    if (table.closing !== null)
      out.push(`备注：${cell(t(fillTemplate(table.closing.template, table.closing.values)))}`, '');
  }
  for (const l of report.closingLines) out.push(line(t(l)), '');
  if (official) {
    const signOff = o['signOff'] as SignOff | null | undefined;
    if (signOff !== null) out.push(line(signOffLine(signOff)), '');
  } else if (report.footnotes.length > 0) {
    out.push('---', '');
    for (const f of report.footnotes)
      out.push(
        `- ${cell(f.ruleId)}（${cell(f.citation.document)} ${cell(f.citation.section)}）：${cell(f.text.zh)} / ${cell(f.text.en)}`,
      );
    out.push('');
  }
  return out.join('\n');
}
