import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';

// Issue 17, item 6: the CLI's own Markdown (verdict tables) escaped only "|"; a staff name with a
// line break, a pipe row and <script> broke the table and passed the HTML through. Read back with
// markdown-it (CommonMark + GFM tables, raw HTML enabled so a pass-through would show).
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('the CLI’s Markdown cannot be injected', () => {
  it.each([
    'Evil\n| injected | row |<script>alert(1)</script>',
    'Evil\r| injected |',
    'Evil <img src=x onerror=alert(1)> [x](javascript:1)',
  ])(
    'XZ-SVC-02 check firm --format md with a staff member named %j',
    (name) => {
      const dir = mkdtempSync(join(tmpdir(), 'anzexian-'));
      const file = join(dir, 'firm.json');
      writeFileSync(
        file,
        JSON.stringify({
          jurisdiction: 'xinzhou',
          asOf: '2025-06-01',
          facts: {},
          staff: [{ name, title: 'senior', certificates: ['civil-engineer'], safetyYears: 20 }],
        }),
      );
      const r = run(['check', 'firm', '--input', file, '--format', 'md']);
      expect(r.err).toBe('');
      const tokens = new MarkdownIt({ html: true }).parse(r.out, {});
      const types = tokens.flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)]);
      expect(types).not.toContain('html_block');
      expect(types).not.toContain('link_open');
      expect(types).not.toContain('image');
      // one table, three cells in every row, and the name inside the reason cell of one row
      expect(tokens.filter((t) => t.type === 'table_open').length).toBe(1);
      const rows: number[] = [];
      let cells = 0;
      for (const t of tokens) {
        if (t.type === 'tr_open') cells = 0;
        if (t.type === 'th_open' || t.type === 'td_open') cells++;
        if (t.type === 'tr_close') rows.push(cells);
      }
      expect(rows.every((n) => n === 3)).toBe(true);
      const html = new MarkdownIt({ html: true }).render(r.out);
      expect(html).not.toMatch(/<(script|img)\b/);
      expect(html.match(/<tr>/g)?.length).toBe(rows.length);
    },
    120_000,
  );
});
