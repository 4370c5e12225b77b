import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { coverageStatus, jingzhou } from '../../src/index.js';
import { readRosterXlsx } from '../../src/io/index.js';

// `anzexian coverage --input roster.xlsx` reads the workbook with streamRosterXlsx: the same answer as
// the whole roster read by readRosterXlsx, in a heap where the whole roster does not fit.

const node = (args: string[], heapMiB?: number) => {
  const r = spawnSync(
    process.execPath,
    [...(heapMiB === undefined ? [] : [`--max-old-space-size=${heapMiB}`]), ...args],
    { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 * 2 ** 20 },
  );
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
};

/** A roster of `count` enterprises written by exceljs's streaming writer (the way the bench makes them). */
async function roster(count: number, renewals: boolean): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const sheet = wb.addWorksheet('名单');
  sheet.addRow(['编号', '类型', '行业', '是否纳入统计', '保险起期', '保险止期', '名称']).commit();
  for (let i = 0; i < count; i++) {
    // 2020-01-01…2020-12-31 for seven in ten; one in three out of the statistics
    const policy = i % 10 < 7 ? [43831, 44196] : [null, null];
    sheet
      .addRow([
        `E${String(i)}`,
        '企业',
        '建筑施工',
        i % 3 ? '是' : '否',
        ...policy,
        `某某${String(i)}`,
      ])
      .commit();
  }
  // renewals at the end (a policy-per-row export): E0, E5, E10, … renewed for 2021
  if (renewals)
    for (let i = 0; i < count; i += 5)
      sheet
        .addRow([`E${String(i)}`, '企业', '建筑施工', i % 3 ? '是' : '否', 44197, 44561, null])
        .commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

const SPAWNING = { timeout: 180_000 };

describe('anzexian coverage --input roster.xlsx: the streamed reader', SPAWNING, () => {
  it('JZ-TGT-01 the same output as the whole roster read by readRosterXlsx (renewal rows at the end merged)', async () => {
    const bytes = await roster(300, true);
    const dir = mkdtempSync(join(tmpdir(), 'anzexian-xlsx-stream-'));
    const path = join(dir, 'roster.xlsx');
    writeFileSync(path, bytes);
    const r = node([
      'dist/cli.js',
      'coverage',
      '--jurisdiction',
      'jingzhou',
      '--as-of',
      '2021-06-30',
      '--input',
      path,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const whole = coverageStatus({
      profile: jingzhou,
      asOf: '2021-06-30',
      units: (await readRosterXlsx(bytes, { profile: jingzhou })).units,
    });
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(whole)));
    // worked by hand: 200 of the 300 in the statistics (i % 3 ≠ 0); insured on 2021-06-30 only the
    // renewed ones, i % 5 = 0 and i % 3 ≠ 0: 60 − 20 = 40 → 20.00%
    expect(whole.categories[0]).toMatchObject({
      total: 200,
      insured: 40,
      rate: { percent: '20.00' },
    });
  });

  it('a 100,000-row workbook runs in a 64 MiB heap, where the whole roster (readRosterXlsx) does not fit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'anzexian-xlsx-stream-'));
    const path = join(dir, 'big.xlsx');
    writeFileSync(path, await roster(100_000, false));
    const r = node(
      [
        'dist/cli.js',
        'coverage',
        '--jurisdiction',
        'jingzhou',
        '--as-of',
        '2021-06-30',
        '--input',
        path,
      ],
      64,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { units: number }).units).toBe(100_000);
    // the control: the same file read whole in the same heap runs out of memory (so the limit is tight
    // enough for this test to fail if the CLI held the roster)
    const whole = node(
      [
        '--input-type=module',
        '-e',
        `import { readFileSync } from 'node:fs'; import { readRosterXlsx } from './dist/io.js'; await readRosterXlsx(new Uint8Array(readFileSync(${JSON.stringify(path)})));`,
      ],
      64,
    );
    expect(whole.code).not.toBe(0);
    expect(whole.err).toMatch(/heap out of memory|Allocation failed/);
  });
});
