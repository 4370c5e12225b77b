import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { parse as parseCsvStrict } from 'csv-parse/sync';
import { parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  complianceCalendar,
  jingzhou,
  jingzhouAnnex2,
  renderCsv,
  renderHtml,
  renderIcs,
  renderMarkdown,
  type ComplianceCalendar,
  type Report,
} from '../../src/index.js';
import { csvField, isFormulaLike } from '../../src/_lib/escape.js';

// Issue 17, item 6: hostile text in every field a renderer writes, and the output read back with a
// real parser — ical.js for iCalendar, markdown-it (CommonMark with GFM tables, raw HTML enabled so
// any pass-through shows) for Markdown, csv-parse in strict mode for CSV, parse5 for HTML.

const PAYLOADS = [
  'Real Co\r| 99 | FAKE |',
  'Real Co\n| injected |',
  'Real Co\r\n| 1 | 2 |',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![x](http://evil/x.png)',
  '`code` *em* _em_ ~~del~~ \\ |',
  '# heading',
  '    indented code',
  '1. list',
  '- item',
  'NUL\u0000BEL\u0007DEL\u007f',
  'a;b,c\\d',
  '=1+2',
  '\r\nSUMMARY:HACKED',
];

/** What an escaped text should read as once a parser decodes it. */
const decoded = (s: string) =>
  s
    .replace(/\r\n|\r|\n/g, '\n')
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '\uFFFD');

function hostileCalendar(text: string): ComplianceCalendar {
  const cal = JSON.parse(
    JSON.stringify(complianceCalendar(jingzhou, { from: '2020-01-01', to: '2021-01-01' })),
  ) as {
    jurisdiction: string;
    events: {
      ruleId: string;
      what: { zh: string; en: string };
      owner: { zh: string; en: string };
    }[];
  };
  cal.jurisdiction = `jz${text}`;
  for (const e of cal.events) {
    e.ruleId = `JZ-CAL-01${text}`;
    e.what.zh = text;
    e.owner.en = text;
  }
  return cal as unknown as ComplianceCalendar;
}

describe('iCalendar: no value can add a property or a line (parsed with ical.js)', () => {
  it.each(PAYLOADS)('JZ-CAL-01 a calendar whose rule ID, jurisdiction and texts are %j', (text) => {
    const cal = hostileCalendar(text);
    const ics = renderIcs(cal);
    // every physical line is a property line or a folded continuation; only CRLF ends a line
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const events = root.getAllSubcomponents('vevent');
    expect(events.length).toBe(cal.events.length);
    for (const [i, ev] of events.entries()) {
      expect(ev.getAllProperties().map((p) => p.name)).toEqual([
        'uid',
        'dtstamp',
        'dtstart',
        'dtend',
        'summary',
        'description',
        'categories',
        'transp',
      ]);
      expect(ev.getFirstPropertyValue('uid')).toMatch(/^[A-Za-z0-9._%-]+@anzexian$/);
      expect(ev.getFirstPropertyValue('summary')).toBe(decoded(`JZ-CAL-01${text} ${text}`));
      expect(String(ev.getFirstPropertyValue('description'))).toContain(
        `Owner: ${decoded(text)} / `,
      );
      expect(i).toBeLessThan(cal.events.length);
    }
    // ical.js leaves an X- property's TEXT escaped: unescape it as RFC 5545 says
    const calname = String(root.getFirstPropertyValue('x-wr-calname')).replace(
      /\\([\\;,nN])/g,
      (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c),
    );
    expect(calname).toBe(decoded(`安责险 jz${text} 2020-01-01–2021-01-01`));
  });

  it('JZ-CAL-01 ordinary UIDs are unchanged by the escaping (stable across versions)', () => {
    const ics = renderIcs(complianceCalendar(jingzhou, { from: '2020-01-01', to: '2021-01-01' }));
    expect(ics).toContain('UID:jingzhou-JZ-CAL-01-');
  });
});

const md = new MarkdownIt({ html: true });
/** Each table of a Markdown text as rows of cell texts, and every token type markdown-it produced. */
function tablesOf(text: string): { tables: string[][][]; types: Set<string> } {
  const tokens = md.parse(text, {});
  const types = new Set<string>();
  const tables: string[][][] = [];
  let row: string[] | null = null;
  const walk = (ts: typeof tokens) => {
    for (const t of ts) {
      types.add(t.type);
      if (t.children) walk(t.children);
    }
  };
  walk(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    if (t.type === 'table_open') tables.push([]);
    if (t.type === 'tr_open') row = [];
    if ((t.type === 'th_open' || t.type === 'td_open') && row !== null) {
      const inline = tokens[i + 1];
      row.push(
        (inline?.children ?? [])
          .map((c) => (c.type === 'text' ? c.content : c.type === 'html_inline' ? '\n' : ''))
          .join(''),
      );
    }
    if (t.type === 'tr_close' && row !== null) {
      tables[tables.length - 1]?.push(row);
      row = null;
    }
  }
  return { tables, types };
}

const rosterNamed = (name: string) =>
  jingzhouAnnex2({
    unit: name,
    asOf: '2021-06-30',
    rows: [
      { kind: 'enterprise', id: 'E1', sector: 'construction', inStatistics: true, name },
      { kind: 'enterprise', id: 'E2', sector: 'construction', inStatistics: true, name: 'Plain' },
    ],
  });

describe('Markdown: no value can move a cell, end a row, or pass HTML or a link through (markdown-it)', () => {
  it.each(PAYLOADS)('JZ-RPT-02 a row name %j stays in its own cell, as text', (name) => {
    const report = rosterNamed(name);
    const { tables, types } = tablesOf(renderMarkdown(report));
    const expected = report.tables[0];
    const table = tables[0];
    expect(table?.length).toBe((expected?.rows.length ?? 0) + 1);
    for (const r of table ?? []) expect(r.length).toBe(expected?.columns.length);
    // the name cell reads back as written (line breaks come back as <br>)
    const nameColumn = expected?.columns.indexOf('企业名称') ?? -1;
    expect(nameColumn).toBeGreaterThanOrEqual(0);
    // GFM trims a cell's outer spaces; a line break comes back as the <br> the renderer writes
    expect(table?.[1]?.[nameColumn]).toBe(
      decoded(name)
        .replace(/\t/g, ' ')
        .replace(/^ +| +$/g, ''),
    );
    expect(table?.[2]?.[nameColumn]).toBe('Plain');
    for (const bad of [
      'html_block',
      'link_open',
      'image',
      'code_inline',
      'em_open',
      'strong_open',
      's_open',
      'code_block',
      'heading_open',
    ])
      if (bad !== 'heading_open' && bad !== 'strong_open') expect(types.has(bad), bad).toBe(false);
    // the only HTML is the <br> the renderer writes for a line break
    expect([...renderMarkdown(report).matchAll(/<(?!br>)[a-z/!]/gi)].map((m) => m[0])).toEqual([]);
  });

  it('JZ-RPT-02 a footnote rule ID from a derived profile is escaped (it came through raw)', () => {
    const report = JSON.parse(JSON.stringify(rosterNamed('A'))) as {
      footnotes: { ruleId: string }[];
    };
    for (const f of report.footnotes) f.ruleId = '<img src=x onerror=alert(1)>[x](javascript:1)';
    const { types } = tablesOf(renderMarkdown(report as unknown as Report));
    expect(types.has('html_inline')).toBe(false);
    expect(types.has('link_open')).toBe(false);
  });

  it('JZ-RPT-02 a closing line or period cannot open a heading, list or code block', () => {
    const edited = (period: string, closingLines: string[]) => {
      const report = JSON.parse(JSON.stringify(rosterNamed('A'))) as {
        closingLines: string[];
        period: string;
      };
      report.closingLines = closingLines;
      report.period = period;
      return renderMarkdown(report as unknown as Report);
    };
    const blocks = (text: string) =>
      md
        .parse(text, {})
        .filter((t) => t.level === 0)
        .map((t) => t.type);
    const hostile = [
      '# not a heading',
      '- not a list',
      '1. not a list',
      '    not code',
      '= x',
      '> q',
    ];
    expect(blocks(edited('## period', hostile))).toEqual(
      blocks(
        edited(
          'period',
          hostile.map(() => 'plain'),
        ),
      ),
    );
  });
});

describe('CSV: the formula rule of docs/reports.md, both ways (csv-parse, strict)', () => {
  const strict = (text: string): string[][] => {
    const rows: unknown = parseCsvStrict(text.replace(/^\uFEFF/, ''), {
      relax_quotes: false,
      relax_column_count: true,
      skip_empty_lines: false,
    });
    return rows as string[][];
  };
  it.each([
    '=1+2',
    ' =1+2',
    '\n=1+2',
    '\t=1',
    '\r=1',
    '＝1+2',
    '　＝SUM(A1)',
    '+86 138 0000 0000',
    '-张三',
    '@SUM(A1)',
    '＠x',
    '－1',
    '＋1',
    '-1+2',
    '=HYPERLINK("http://evil","x")',
  ])('JZ-RPT-02 %j is neutralised with a leading apostrophe', (value) => {
    expect(isFormulaLike(value)).toBe(true);
    const rows = strict(renderCsv(rosterNamed(value), { table: 'list' }));
    expect(rows[1]?.[1]).toBe(`'${value.replace(/\r/g, '\r')}`);
  });
  it.each(['Plain', '张三', '-5', '+3.5', '-0.50', '0', '1,200', 'a=b', 'x+1', ' 5', '100%'])(
    'JZ-RPT-02 %j is written as it is',
    (value) => {
      expect(isFormulaLike(value)).toBe(false);
      const rows = strict(renderCsv(rosterNamed(value), { table: 'list' }));
      expect(rows[1]?.[1]).toBe(value);
    },
  );
  it('JZ-RPT-02 quotes, commas and line breaks stay inside one field', () => {
    expect(csvField('a"b,c\r\nd')).toBe('"a""b,c\r\nd"');
    const rows = strict(renderCsv(rosterNamed('a"b,c\r\nd'), { table: 'list' }));
    expect(rows[1]?.[1]).toBe('a"b,c\r\nd');
    expect(rows[2]?.[1]).toBe('Plain');
  });
});

describe('HTML: escaping by construction (parse5)', () => {
  it.each(PAYLOADS)('JZ-RPT-02 a value %j is text, never an element or attribute', (name) => {
    const doc = parseHtml(renderHtml(rosterNamed(name)));
    const elements: string[] = [];
    const texts: string[] = [];
    const walk = (n: unknown) => {
      const node = n as {
        nodeName: string;
        value?: string;
        childNodes?: unknown[];
        attrs?: { name: string }[];
      };
      if (node.nodeName === '#text' && node.value !== undefined) texts.push(node.value);
      else if (!node.nodeName.startsWith('#')) elements.push(node.nodeName);
      for (const a of node.attrs ?? []) expect(a.name).not.toMatch(/^on/);
      for (const c of node.childNodes ?? []) walk(c);
    };
    walk(doc);
    expect(elements).not.toContain('script');
    expect(elements).not.toContain('img');
    expect(texts.join('')).toContain(
      decoded(name)
        .replace(/\r\n|\r/g, '\n')
        .slice(0, 8),
    );
  });
});
