import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { coverageStatus, jingzhou } from '../../src/index.js';
import { readRosterXlsx } from '../../src/io/index.js';
import { jingzhouCoverage, node, runCli } from '../helpers/cli.js';

// `anzexian coverage --input roster.xlsx` reads the workbook with streamRosterXlsx: the same answer as
// the whole roster read by readRosterXlsx, in a heap where the whole roster does not fit — nor the
// workbook's shared strings table.

/**
 * A roster of `count` enterprises written by exceljs's streaming writer (the way the bench makes
 * them), with the shared strings table Excel writes; `name(i)` gives the 名称 of enterprise i.
 */
async function roster(
  count: number,
  renewals: boolean,
  name = (i: number) => `某某${String(i)}`,
): Promise<Uint8Array> {
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
      .addRow([`E${String(i)}`, '企业', '建筑施工', i % 3 ? '是' : '否', ...policy, name(i)])
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

/** readRosterXlsx (exceljs's reader: the whole roster and the shared strings table held) over a file, in a heap of this size: it runs out of memory. */
function expectWholeOutOfMemory(path: string, heapMiB: number): void {
  const whole = node(
    [
      '--input-type=module',
      '-e',
      `import { readFileSync } from 'node:fs'; import { readRosterXlsx } from './dist/io.js'; await readRosterXlsx(new Uint8Array(readFileSync(${JSON.stringify(path)})));`,
    ],
    { heapMiB },
  );
  expect(whole.code).not.toBe(0);
  expect(whole.err).toMatch(/heap out of memory|Allocation failed/);
}

const SPAWNING = { timeout: 180_000 };

describe('anzexian coverage --input roster.xlsx: the streamed reader', SPAWNING, () => {
  it('JZ-TGT-01 the same output as the whole roster read by readRosterXlsx (renewal rows at the end merged)', async () => {
    const bytes = await roster(300, true);
    const dir = mkdtempSync(join(tmpdir(), 'anzexian-xlsx-stream-'));
    const path = join(dir, 'roster.xlsx');
    writeFileSync(path, bytes);
    const r = runCli(jingzhouCoverage(path));
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
    const r = runCli(jingzhouCoverage(path), { heapMiB: 64 });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { units: number }).units).toBe(100_000);
    // the control: the same file read whole in the same heap runs out of memory (so the limit is tight
    // enough for this test to fail if the CLI held the roster)
    expectWholeOutOfMemory(path, 64);
  });

  it('a workbook whose shared strings table (72 MB of text) cannot be held runs in a 40 MiB heap', async () => {
    // 24,000 names of 1,500 characters each, none repeated: 36,000,000 characters, 72 MB as the
    // two-byte strings V8 keeps them. Measured with the CLI forced to hold the table whole (as it
    // did before, joined 4,096 texts to a string): out of memory at 32 and 48 MiB, fits at 64;
    // reading it beside the sheet, the CLI runs at 32. Characters drawn from sixteen (seeded) so the
    // file compresses about as an office's does (18 MB), not a thousandfold.
    const alphabet = '安全生产责任保险建筑施工企业名录';
    let seed = 19;
    const name = (i: number) => {
      let s = `${String(i)}号`;
      for (let k = 0; k < 1500 - s.length; k++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        s += alphabet[seed >>> 28] as string;
      }
      return s;
    };
    const dir = mkdtempSync(join(tmpdir(), 'anzexian-xlsx-stream-'));
    const path = join(dir, 'long-names.xlsx');
    writeFileSync(path, await roster(24_000, false, name));
    const r = runCli(jingzhouCoverage(path), { heapMiB: 40 });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // worked from the generator: 24,000 enterprises, 16,000 in the statistics (i % 3 ≠ 0), none
    // insured on 2021-06-30 (the policies end 2020-12-31; no renewals)
    const status = JSON.parse(r.out) as {
      units: number;
      categories: { total: number; insured: number }[];
    };
    expect(status.units).toBe(24_000);
    expect(status.categories[0]).toMatchObject({ total: 16_000, insured: 0 });
    // the control: exceljs's reader (readRosterXlsx), which holds the table, does not fit
    expectWholeOutOfMemory(path, 40);
  });
});
