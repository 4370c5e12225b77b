import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// End-to-end: the built CLI (dist/cli.js) in a child process, as a user runs it.
const run = (args: string[], options: { input?: string; heapMiB?: number } = {}) => {
  const node = options.heapMiB === undefined ? [] : [`--max-old-space-size=${options.heapMiB}`];
  const r = spawnSync(process.execPath, [...node, 'dist/cli.js', ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('the anzexian command line', () => {
  it('TIME-01 --version, --help for every command with an example, and exit 2 with no command', () => {
    expect(run(['--version'])).toMatchObject({ code: 0, out: '0.1.0\n' });
    for (const c of [
      'profiles',
      'quote',
      'check',
      'coverage',
      'report',
      'calendar',
      'budget',
      'ledger',
    ]) {
      const r = run([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.out, c).toContain('Example:');
    }
    expect(run([]).code).toBe(2);
  }, 30_000); // spawns a dozen processes: seconds on a loaded machine

  it('AH-RATE-02 quote: flags in, JSON or Markdown out, with the worksheet', () => {
    const json = run([
      'quote',
      '--jurisdiction',
      'anhui',
      '--as-of',
      '2026-01-01',
      '--amount',
      '1200万元',
      '--adjust=-10:claims-free',
    ]);
    expect(json.code).toBe(0);
    const q = JSON.parse(json.out) as { premium: { amount: string }; worksheet: unknown[] };
    expect(q.premium.amount).toBe('17820.00');
    expect(q.worksheet.length).toBeGreaterThan(5);
    const md = run([
      'quote',
      '--jurisdiction',
      'xinzhou',
      '--as-of',
      '2026-01-01',
      '--amount',
      '8650000',
      '--rate',
      '1.8‰',
      '--format',
      'md',
    ]);
    expect(md.out).toContain('¥15,570.00');
    expect(md.out).toContain('壹万伍仟伍佰柒拾元整');
  });

  it('XZ-OPS-04 bad input exits 2 with a bilingual message on stderr', () => {
    const r = run(['quote', '--jurisdiction', 'xinzhou', '--as-of', '2026-01-01', '--amount', '1']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("the insurer's filed rate is required");
    expect(r.err).toContain('须提供保险机构的费率');
    expect(run(['quote', '--jurisdiction', 'anhui', '--amount', '1']).code).toBe(2); // --as-of required
    expect(run(['frobnicate']).code).toBe(2);
  });

  it('AH-INS-03 check: a failed check exits 1; JSON input from a file', () => {
    const r = run(['check', 'insurer', '--input', 'examples/data/insurer.json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { status: string }).status).toBe('fail');
  });

  it('JZ-TGT-01 coverage: a CSV roster with Chinese headers, and the same roster saved as GBK', () => {
    const args = ['coverage', '--jurisdiction', 'jingzhou', '--as-of', '2021-12-31', '--input'];
    const utf8 = JSON.parse(run([...args, 'examples/data/jingzhou-roster.csv']).out) as {
      categories: { category: string; insured: number; total: number; status: string }[];
    };
    expect(utf8.categories[0]).toMatchObject({
      category: 'enterprises-in-statistics',
      total: 3,
      insured: 2,
      status: 'missed',
    });
    const gbk = JSON.parse(run([...args, 'test/fixtures/jingzhou-roster-gbk.csv']).out) as unknown;
    expect(gbk).toEqual(utf8);
    const stdin = run([...args, '-', '--format', 'csv'], {
      input: '\uFEFFid,kind,sector,inStatistics\nE1,enterprise,construction,yes\n',
    });
    expect(stdin.code).toBe(0);
    expect(stdin.out).toContain('纳入统计建筑施工企业,1,0,0.00');
  });

  it('JZ-TGT-01 coverage: a malformed CSV or a bad cell is reported with its row and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anzexian-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'id,kind,sector,inStatistics\nE1,enterprise,construction,yes\nE2,enterprise,construction,"yes"x\n',
    );
    const r = run([
      'coverage',
      '--jurisdiction',
      'jingzhou',
      '--as-of',
      '2021-12-31',
      '--input',
      bad,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 3, column \d+/);
    const cell = join(dir, 'cell.csv');
    writeFileSync(cell, 'id,kind,sector,inStatistics\nE1,enterprise,construction,maybe\n');
    const c = run([
      'coverage',
      '--jurisdiction',
      'jingzhou',
      '--as-of',
      '2021-12-31',
      '--input',
      cell,
    ]);
    expect(c.code).toBe(2);
    expect(c.err).toContain('line 2, column 4 (inStatistics)');
    expect(c.err).toContain('第2行第4列');
  });

  it('JZ-TGT-01 coverage streams a 100,000-row roster in bounded memory (a 40 MiB heap)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anzexian-'));
    const path = join(dir, 'big.csv');
    const lines = ['id,kind,sector,inStatistics,policyFrom,policyTo'];
    for (let i = 0; i < 100_000; i++)
      lines.push(
        `E${i},enterprise,construction,${i % 3 ? 'yes' : 'no'},${i % 10 < 7 ? '2021-01-01,2021-12-31' : ','}`,
      );
    writeFileSync(path, `${lines.join('\n')}\n`);
    const r = run(
      ['coverage', '--jurisdiction', 'jingzhou', '--as-of', '2021-06-30', '--input', path],
      { heapMiB: 40 },
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { units: number }).units).toBe(100_000);
  }, 60_000);

  it('JZ-CAL-03 calendar as iCalendar; JZ-RPT-04 a report rendered to a format', () => {
    const ics = run([
      'calendar',
      '--jurisdiction',
      'jingzhou',
      '--from',
      '2020-01-01',
      '--to',
      '2022-12-31',
      '--format',
      'ics',
    ]);
    expect(ics.out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const annex = run([
      'report',
      'jingzhou-annex-4',
      '--input',
      'examples/data/jingzhou-roster.csv',
      '--year',
      '2021',
      '--quarter',
      '3',
      '--unit',
      '荆州区住建局',
      '--format',
      'md',
    ]);
    expect(annex.code).toBe(0);
    expect(annex.out).toContain('荆州市建筑业施工企业安责险强制推行工作进度季度报表');
    expect(annex.out).toContain('（2021年第3季度）');
  });

  it('AH-PREV-05 budget and AH-PREV-06 ledger', () => {
    expect(
      JSON.parse(
        run([
          'budget',
          '--jurisdiction',
          'anhui',
          '--as-of',
          '2026-01-01',
          '--collected',
          '19800.03',
        ]).out,
      ),
    ).toMatchObject({ cap: { amount: '3960.00' } });
    const l = run([
      'ledger',
      '--jurisdiction',
      'anhui',
      '--as-of',
      '2026-12-31',
      '--policies',
      'examples/data/policies.json',
      '--input',
      'examples/data/ledger.csv',
    ]);
    expect(l.code).toBe(1);
    expect(l.out).toContain('"over"');
  });

  it('TIME-01 profiles: the list, and one profile as of a date', () => {
    expect((JSON.parse(run(['profiles']).out) as unknown[]).length).toBe(7);
    const md = run(['profiles', '--id', 'xinzhou', '--as-of', '2025-01-01', '--format', 'md']);
    expect(md.out).toContain('未载明印发日期');
    expect(run(['profiles', '--id', 'anhui', '--as-of', '2020-01-01']).code).toBe(2);
  }, 30_000);
});
