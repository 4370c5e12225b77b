import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jingzhouCoverage, runCli, type ChildOptions } from '../helpers/cli.js';

// End-to-end: the built CLI (dist/cli.js) in a child process, as a user runs it.
const run = (args: string[], options: ChildOptions = {}) => {
  const { code, out, err } = runCli(args, options);
  return { code, out, err };
};

// Each test spawns up to ten node processes: a cold first run on a busy 2-core machine took 10 s for one
// test, so the limit is generous and explicit (vitest's default is 5 s); no test here measures speed.
const SPAWNING = { timeout: 120_000 };

describe('the anzexian command line', SPAWNING, () => {
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
  }); // spawns a dozen processes: the describe's 120 s limit

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
    // E1 uninsured on the deadline day of the 80% target: missed, so the exit code is 1 (a check failed)
    expect(stdin.code).toBe(1);
    expect(stdin.err).toContain(
      'target missed: enterprises-in-statistics 0/1 insured, 1 more needed',
    );
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
  });

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
    expect(ics.out).toContain('DTSTART;VALUE=DATE:20201009'); // 2020-10-05 in 国庆, art. 203
    const cal = [
      'calendar',
      '--jurisdiction',
      'jingzhou',
      '--from',
      '2020-10-01',
      '--to',
      '2020-10-31',
    ];
    const off = run([...cal, '--format', 'ics', '--art203', 'off']);
    expect(off.out).toContain('DTSTART;VALUE=DATE:20201005');
    expect(off.out).not.toContain('DTSTART;VALUE=DATE:20201009');
    expect(run([...cal, '--art203', 'sometimes']).code).toBe(2);
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
  });
});

// A command line that never gives a silent wrong answer: each case below gave a wrong figure, or an
// exit code that hid a mistake, before (issue 19, item 5).
describe('the command line refuses what it cannot read right', SPAWNING, () => {
  const dir = mkdtempSync(join(tmpdir(), 'anzexian-'));
  const file = (name: string, body: string): string => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };
  const coverage = (input: string) =>
    run(['coverage', '--jurisdiction', 'jingzhou', '--as-of', '2021-06-30', '--input', input]);

  it('MONEY-06 a rate must carry its unit: --rate 1.8 is refused, 1.8‰ and 0.18% price the same', () => {
    const args = [
      'quote',
      '--jurisdiction',
      'xinzhou',
      '--as-of',
      '2026-01-01',
      '--amount',
      '8650000',
    ];
    const bare = run([...args, '--rate', '1.8']);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('--rate needs its unit: write 1.8‰ or 0.18%');
    expect(bare.out).toBe('');
    // 8,650,000.00 × 1.8‰ = 15,570.00 (and 0.18% is the same rate)
    for (const rate of ['1.8‰', '0.18%']) {
      const r = run([...args, '--rate', rate]);
      expect(r.code, rate).toBe(0);
      expect((JSON.parse(r.out) as { premium: { amount: string } }).premium.amount, rate).toBe(
        '15570.00',
      );
    }
  });

  it('AH-RATE-03 a rate clamped to the band is said on stderr, not only in the JSON', () => {
    // 12,000,000.00 × 2.5‰ is above the ceiling 1.65‰ × 1.2 = 1.98‰: clamped, 12,000,000.00 × 1.98‰ = 23,760.00
    const r = run([
      'quote',
      '--jurisdiction',
      'anhui',
      '--as-of',
      '2026-01-01',
      '--amount',
      '12000000',
      '--rate',
      '2.5‰',
    ]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { premium: { amount: string } }).premium.amount).toBe('23760.00');
    expect(r.err).toContain('clamped to its ceiling, effective rate 1.98‰');
    expect(r.err).toContain('已按上限计');
  });

  it('options a command does not read, and formats it does not write, are refused (exit 2)', () => {
    const quote = ['quote', '--jurisdiction', 'anhui', '--as-of', '2026-01-01', '--amount', '1'];
    expect(run([...quote, '--year', '2021'])).toMatchObject({ code: 2, out: '' });
    expect(run([...quote, '--year', '2021']).err).toContain('--year is not an option of quote');
    const html = run([...quote, '--format', 'html']);
    expect(html).toMatchObject({ code: 2, out: '' });
    expect(html.err).toContain('--format for quote must be json, md, csv, xlsx (got html)');
    // csv and xlsx are for a batch (--input projects.csv): a single quote refuses them
    expect(run([...quote, '--format', 'csv']).err).toContain(
      '--format for a single quote must be json or md',
    );
    expect(run(['report', 'jingzhou-annex-1', '--unit', 'x']).err).toContain(
      '--unit is not an option of report jingzhou-annex-1',
    );
  });

  it('--year and --quarter are decimal digits only: 0x7E5 and 2.021e3 are refused, not read as 2021', () => {
    for (const year of ['0x7E5', '2.021e3', ' ', '2021.0']) {
      const r = run([
        'report',
        'jingzhou-annex-4',
        '--input',
        'examples/data/jingzhou-roster.csv',
        '--year',
        year,
        '--quarter',
        '3',
      ]);
      expect(r.code, year).toBe(2);
      expect(r.out, year).toBe('');
    }
  });

  it("help <command> prints that command's help; an unknown one exits 2", () => {
    const r = run(['help', 'quote']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('RATE: with its unit');
    expect(run(['help', 'frobnicate']).code).toBe(2);
  });

  it('a folder given as --input or --out, and JSON rosters that are not arrays of objects, exit 2', () => {
    const roster = 'examples/data/jingzhou-roster.csv';
    expect(coverage(dir).code).toBe(2);
    expect(coverage(dir).err).toContain('is a directory');
    const out = run([...jingzhouCoverage(roster), '--out', dir]);
    expect(out.code).toBe(2);
    expect(out.err).toContain('is a directory');
    for (const [name, body] of [
      ['five', '5'],
      ['null', 'null'],
      ['object', '{}'],
      ['null-item', '[null]'],
      ['empty', '[]'],
      ['broken', '[{'],
    ]) {
      const r = coverage(file(`${String(name)}.json`, String(body)));
      expect(r.code, name).toBe(2);
      expect(r.err, name).not.toContain('internal error');
    }
  });

  it('JZ-TGT-01 an empty roster, a misspelt header, a missing sector and a repeated id are refused, never counted', () => {
    const empty = coverage(file('empty.csv', ''));
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('the file is empty: no header and no rows');
    expect(coverage(file('header-only.csv', '编号,类型,行业\n')).code).toBe(2);
    // 保险起始时间 is no header anzexian knows: read as absent, every unit would be uninsured
    const misspelt = coverage(
      file(
        'misspelt.csv',
        '编号,类型,行业,是否纳入统计,保险起始时间,保险止期\nE1,企业,construction,是,2021-01-01,2021-12-31\n',
      ),
    );
    expect(misspelt.code).toBe(2);
    expect(misspelt.err).toContain(
      'line 1, column 5 (保险起始时间): unknown column "保险起始时间"',
    );
    // the common variants offices write are accepted
    const variants = coverage(
      file(
        'variants.csv',
        '编号,类型,行业,是否纳入统计,保险起始日期,保险终止日期,备注\nE1,企业,construction,是,2021-01-01,2021-12-31,续保\n',
      ),
    );
    expect(variants.code).toBe(0);
    expect(
      (JSON.parse(variants.out) as { categories: { insured: number }[] }).categories[0]?.insured,
    ).toBe(1);
    const noSector = coverage(file('no-sector.csv', '编号,类型,是否纳入统计\nE1,企业,是\n'));
    expect(noSector.code).toBe(2);
    expect(noSector.err).toContain(
      'line 2 (sector/行业): an enterprise needs a sector/行业 column',
    );
    // A renewal as a second row of the same id: one unit with two policies, never two units. As of
    // 2021-06-30, E1 (renewed 2021-01-01–2021-12-31) is insured and E2 (2020 only) is not: 1 of 2,
    // 50.00% — read as three units it was 3 firms at 33.33%.
    const renewal = coverage(
      file(
        'renewal.csv',
        '编号,类型,行业,是否纳入统计,保险起期,保险止期\nE1,企业,construction,是,2020-01-01,2020-12-31\nE2,企业,construction,是,2020-01-01,2020-12-31\nE1,企业,construction,是,2021-01-01,2021-12-31\n',
      ),
    );
    expect(renewal.err).not.toContain('error');
    const cat = (
      JSON.parse(renewal.out) as {
        units: number;
        categories: { total: number; insured: number; rate: { percent: string } }[];
      }
    ).categories[0];
    expect(cat).toMatchObject({ total: 2, insured: 1, rate: { percent: '50.00' } });
    // the same id with other unit fields is two units under one id: refused, naming both lines
    const repeated = coverage(
      file(
        'repeated.csv',
        '编号,类型,行业,是否纳入统计,保险起期,保险止期\nE1,企业,construction,是,2020-01-01,2020-12-31\nE1,企业,construction,否,2021-01-01,2021-12-31\n',
      ),
    );
    expect(repeated.code).toBe(2);
    expect(repeated.err).toContain(
      'line 3, column 1 (编号): id "E1" is already on line 2 with other unit fields (inStatistics true ≠ false)',
    );
  });

  it('JZ-TGT-01 rosters as offices write them: Chinese sector and project names, Excel dates, 1,200', () => {
    // As of 2021-06-30: E1 (建筑施工, insured 2021/1/1–2021年12月31日) and E2 (the profile's full Chinese
    // name, insured by Excel serials 44197–44561 = 2021-01-01–2021-12-31) are both insured: 2/2.
    // P1 (房屋建筑工程, started 2021/3/1, insured from 2021/3/1 to 2022/2/28) is insured: housing 1/1.
    const roster = file(
      'office.csv',
      [
        '编号,类型,行业,是否纳入统计,项目类别,开工日期,保险起始日期,保险终止日期,员工人数',
        'E1,企业,建筑施工,是,,,2021/1/1,2021年12月31日,"1,200"',
        'E2,企业,建筑施工（资质建筑施工企业）,是,,,44197,44561,１２０',
        'P1,项目,,,房屋建筑工程,2021/3/1,2021/3/1,2022/2/28,',
      ].join('\n'),
    );
    const r = coverage(roster);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const cats = (
      JSON.parse(r.out) as { categories: { category: string; total: number; insured: number }[] }
    ).categories;
    expect(cats.find((c) => c.category === 'enterprises-in-statistics')).toMatchObject({
      total: 2,
      insured: 2,
    });
    expect(cats.find((c) => c.category === 'new-projects-housing')).toMatchObject({
      total: 1,
      insured: 1,
    });
  });

  it('JZ-TGT-01 a sector or a date no one can read is refused with its line, column, value and the accepted forms', () => {
    const sector = coverage(file('sector.csv', '编号,类型,行业,是否纳入统计\nE1,企业,建筑业,是\n'));
    expect(sector.code).toBe(2);
    expect(sector.err).toContain(
      'line 2, column 3 (行业): unknown sector "建筑业"; expected one of construction (建筑施工（资质建筑施工企业）) or other',
    );
    const date = coverage(
      file(
        'date.csv',
        '编号,类型,行业,是否纳入统计,保险起期,保险止期\nE1,企业,construction,是,2021/2/30,2021/12/31\n',
      ),
    );
    expect(date.code).toBe(2);
    expect(date.err).toContain(
      'line 2, column 5 (保险起期): expected a date: 2021-01-01, 2021/1/1',
    );
    expect(date.err).toContain('got "2021/2/30"');
  });

  it('a report piped into a reader that stops early ends quietly with exit 0', () => {
    // 3,000 listed enterprises make far more than a pipe's 64 KiB buffer: the write fails with EPIPE
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `E${String(i)},企业,construction,是,某某建设有限公司${String(i)}`,
    );
    const big = file('big-listing.csv', `编号,类型,行业,是否纳入统计,名称\n${rows.join('\n')}\n`);
    const r = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; "${process.execPath}" dist/cli.js report jingzhou-annex-2 --as-of 2021-06-30 --input "${big}" --format csv | head -c 1 >/dev/null`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('--out is written whole or not at all: a failed run leaves the old file untouched', () => {
    const out = file('kept.csv', 'old contents\n');
    const failed = run([
      'report',
      'jingzhou-annex-4',
      '--input',
      'examples/data/jingzhou-roster.csv',
      '--year',
      'x',
      '--quarter',
      '3',
      '--out',
      out,
    ]);
    expect(failed.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old contents\n');
    const ok = run(['report', 'jingzhou-annex-1', '--format', 'csv', '--out', out]);
    expect(ok.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('荆州市建筑施工领域推行安责险目标任务表');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('JZ-TGT-01 coverage and a report read an .xlsx roster: a renewal row merged, a bad cell by its Excel row and column', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('名单');
    sheet.addRow(['编号', '类型', '行业', '是否纳入统计', '保险起期', '保险止期', '名称']);
    sheet.addRow(['E1', '企业', '建筑施工', '是', 43831, 44196, '荆楚建设']); // 2020-01-01…2020-12-31
    sheet.addRow(['E2', '企业', '建筑施工', '是', 43831, 44196, '江汉路桥']);
    sheet.addRow(['E1', '企业', '建筑施工', '是', 44197, 44561, null]); // renewed 2021-01-01…2021-12-31
    const dir = mkdtempSync(join(tmpdir(), 'anzexian-xlsx-'));
    const path = join(dir, 'roster.xlsx');
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    // as of 2021-06-30: E1 (renewed) insured, E2 not — 2 firms at 50%, not 3 at 33.33%
    const r = run(jingzhouCoverage(path));
    expect(r.err).toBe('');
    expect(
      (JSON.parse(r.out) as { categories: { total: number; insured: number }[] }).categories[0],
    ).toMatchObject({ total: 2, insured: 1 });
    sheet.getCell('E3').value = '2021/2/30';
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const bad = run(['report', 'jingzhou-annex-2', '--as-of', '2021-06-30', '--input', path]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`error: ${path}: row 3, column E (保险起期): expected a date`);
    expect(run([...jingzhouCoverage(path), '--encoding', 'gbk']).code).toBe(2);
  });

  it('JZ-RPT-04 report --mode official, --format csv-table and --format xlsx --out', async () => {
    const roster = 'examples/data/jingzhou-roster.csv';
    const args = [
      'report',
      'jingzhou-annex-4',
      '--input',
      roster,
      '--year',
      '2021',
      '--quarter',
      '3',
    ];
    const official = run([
      ...args,
      '--unit',
      '荆州区住建局',
      '--format',
      'md',
      '--mode',
      'official',
    ]);
    expect(official.code).toBe(0);
    expect(official.out.startsWith('附件4\n')).toBe(true);
    expect(official.out).not.toContain('JZ-RPT-04');
    const table = run([...args, '--format', 'csv-table']);
    expect(table.code).toBe(0);
    const { parse } = await import('csv-parse/sync');
    const tableRows: string[][] = parse(table.out, { bom: true });
    expect(tableRows[0]).toEqual(['序号', '企业类别', '总数量', '完成数量', '完成率（%）']);
    // the dashboard names the jurisdiction from the profile: 荆州市, not jingzhou
    const dash = run([
      'report',
      'dashboard',
      '--jurisdiction',
      'jingzhou',
      '--as-of',
      '2021-06-30',
      '--input',
      roster,
      '--format',
      'html',
      '--mode',
      'official',
    ]);
    expect(dash.code).toBe(0);
    expect(dash.out).toContain('<dt>地区</dt><dd>荆州市</dd>');
    const dir = mkdtempSync(join(tmpdir(), 'anzexian-form-'));
    const out = join(dir, '附件4.xlsx');
    expect(run([...args, '--format', 'xlsx', '--mode', 'official', '--out', out]).code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]?.getCell('A1').value).toBe('附件4');
    // refused: xlsx to the terminal, --mode with CSV or JSON, an unknown mode
    expect(run([...args, '--format', 'xlsx']).code).toBe(2);
    expect(run([...args, '--format', 'csv', '--mode', 'official']).err).toContain(
      '--mode applies to --format md, html or xlsx',
    );
    expect(run([...args, '--mode', 'formal']).code).toBe(2);
  });

  it('AH-RATE-03 quote --input projects.csv|xlsx prices every row; a bad row is named by line and column and nothing is written', async () => {
    // Anhui, reference rate 1.65‰ (AH-RATE-01), band 1.32‰–1.98‰ (AH-RATE-03), worked by hand:
    // P1 8,650,000 × 1.8‰ (filed) = 15,570.00; P2 12,000,000 × 1.65‰ × 0.9 = 17,820.00;
    // P3 5,000,000 × 1.65‰ × 1.6 = 2.64‰ is above the band: clamped to 1.98‰ → 9,900.00.
    const projects = file(
      'projects.csv',
      '编号,项目名称,合同金额,费率,浮动比例,浮动原因\nP1,滨河小区一期,8650000,1.8‰,,\nP2,东城学校,"1,200万元",,-10%,claims-free\nP3,北区道路,5000000,,+60%,accident\n',
    );
    const args = ['quote', '--jurisdiction', 'anhui', '--as-of', '2026-01-01', '--input', projects];
    const r = run(args);
    expect(r.code).toBe(0);
    const { parse } = await import('csv-parse/sync');
    const rows: string[][] = parse(r.out, { bom: true });
    expect(rows.map((x) => [x[1], x[8], x[9]])).toEqual([
      ['编号', '是否按区间调整', '保险费（元）'],
      ['P1', '否', '¥15,570.00'],
      ['P2', '否', '¥17,820.00'],
      ['P3', '是（上限）', '¥9,900.00'],
    ]);
    expect(rows[3]?.[10]).toContain('AH-RATE-03');
    expect(r.err).toContain('note: line 4 (P3): the rate × float factor 1.6 is outside the band');
    const json = JSON.parse(run([...args, '--format', 'json']).out) as {
      quote: { premium: { amount: string } };
    }[];
    expect(json.map((q) => q.quote.premium.amount)).toEqual(['15570.00', '17820.00', '9900.00']);
    // --reject: the out-of-band row is refused by its line, and nothing is priced
    const rejected = run([...args, '--reject']);
    expect(rejected.code).toBe(2);
    expect(rejected.out).toBe('');
    expect(rejected.err).toContain('line 4, column 5 (浮动比例)');
    // every bad cell at once: an amount that is none, a rate without its unit
    const bad = run([
      'quote',
      '--jurisdiction',
      'anhui',
      '--as-of',
      '2026-01-01',
      '--input',
      file('bad-projects.csv', '编号,合同金额,费率\nP1,abc,1.8\nP2,100,\n'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toContain('line 2, column 2 (合同金额): Invalid amount');
    expect(bad.err).toContain('line 2, column 3 (费率): a rate needs its unit');
    // an .xlsx in, an .xlsx out
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('项目');
    sheet.addRow(['编号', '合同金额']);
    sheet.addRow(['P1', 12000000]);
    const dir = mkdtempSync(join(tmpdir(), 'anzexian-batch-'));
    writeFileSync(join(dir, 'p.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = join(dir, 'quotes.xlsx');
    expect(
      run([
        'quote',
        '--jurisdiction',
        'anhui',
        '--as-of',
        '2026-01-01',
        '--input',
        join(dir, 'p.xlsx'),
        '--out',
        out,
      ]).code,
    ).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const values: unknown[] = [];
    back.worksheets[0]?.eachRow((row) => {
      row.eachCell((c) => values.push(c.value));
    });
    expect(values).toContain(19800); // 12,000,000 × 1.65‰
  });
});
