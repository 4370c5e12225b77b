// Reading rosters from files (anzexian/io): a CSV of 1,000,000 rows streamed through coverageStatus,
// and .xlsx rosters of 50,000 to 400,000 rows read whole and streamed, for time and peak memory. The CSV is generated chunk by chunk on each
// pass (the reader reads it twice), so the file itself is never held: what the heap holds is the
// reader's. Run at two sizes, to see whether memory grows with the rows.
import {
  closeSync,
  fstatSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lib } from '../pair.js';

/** The anzexian/io entry as users get it (dist/io.js), typed by the source. */
export type Io = typeof import('../../src/io/index.js');

const HEADER = '编号,类型,行业,是否纳入统计,保险起期,保险止期,名称\r\n';

/** Row i: an enterprise; one in ten has a renewal row at the end of the file (policy-per-row export). */
function row(i: number, renewal: boolean): string {
  return renewal
    ? `E${String(i)},企业,建筑施工,${i % 3 === 0 ? '否' : '是'},2021/1/1,2021/12/31,\r\n`
    : `E${String(i)},企业,建筑施工,${i % 3 === 0 ? '否' : '是'},${i % 10 < 7 ? '2020/1/1,2020/12/31' : ','},某某建设有限公司${String(i)}\r\n`;
}

/**
 * The CSV's bytes in 64 KiB-ish chunks, made anew on each iteration (the file is never held). The
 * renewal rows come at the end of the file, or, `grouped`, right after their unit's row (a file
 * sorted by 编号; the ids E0, E1, … are then given zero-padded so they ascend).
 */
export function csv(count: number, grouped = false): Iterable<Uint8Array> {
  const encoder = new TextEncoder();
  const pad = (line: string) =>
    grouped ? line.replace(/^E([0-9]+)/, (_, n: string) => `E${n.padStart(8, '0')}`) : line;
  return {
    *[Symbol.iterator]() {
      let buffer = HEADER;
      for (let i = 0; i < count; i++) {
        buffer += pad(row(i, false));
        if (grouped && i % 10 === 0) buffer += pad(row(i, true));
        if (buffer.length > 32_000) {
          yield encoder.encode(buffer);
          buffer = '';
        }
      }
      if (grouped) {
        yield encoder.encode(buffer);
        return;
      }
      for (let i = 0; i < count; i += 10) {
        buffer += row(i, true);
        if (buffer.length > 32_000) {
          yield encoder.encode(buffer);
          buffer = '';
        }
      }
      yield encoder.encode(buffer);
    },
  };
}

function measure<T>(fn: (sample: () => void) => T): {
  result: T;
  seconds: number;
  peakHeapMiB: number;
} {
  globalThis.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const start = process.hrtime.bigint();
  const result = fn(sample);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  sample();
  return {
    result,
    seconds: Number(seconds.toFixed(3)),
    peakHeapMiB: Number(((peak - base) / 2 ** 20).toFixed(1)),
  };
}

/**
 * A 1,000,000-row roster CSV (plus 100,000 renewal rows) streamed through streamRosterCsv into
 * coverageStatus, and the same at 250,000 rows: seconds and peak heap above the start. Checked first:
 * as of 2021-06-30 every tenth enterprise, renewed for 2021, is insured (worked from the generator).
 */
export function bulkCsvRoster(
  { coverageStatus, jingzhou }: Lib,
  io: Io,
  counts = [250_000, 1_000_000],
  grouped = false,
) {
  const asOf = '2021-06-30';
  const run = (n: number) =>
    measure((sample) => {
      let i = 0;
      function* sampled() {
        for (const u of io.streamRosterCsv(csv(n, grouped), { profile: jingzhou, grouped })) {
          if (i++ % 20_000 === 0) sample();
          yield u;
        }
      }
      return coverageStatus({ profile: jingzhou, asOf, units: sampled() });
    });
  // the answer: ids 0, 10, 20, … are renewed for 2021; nobody else is insured on 2021-06-30
  const check = run(1000).result;
  const insured = check.categories.reduce((s, c) => s + c.insured, 0);
  if (check.units !== 1000 || insured !== 100)
    throw new Error(
      `io bench: expected 1000 units, 100 insured; got ${String(check.units)}, ${String(insured)}`,
    );
  return {
    name: grouped ? 'io.csv-roster-streamed-grouped' : 'io.csv-roster-streamed',
    runs: counts.map((n) => {
      const { seconds, peakHeapMiB } = run(n);
      return { rows: n + n / 10, units: n, seconds, peakHeapMiB };
    }),
  };
}

/** A seeded generator of numbers in [0, 1) (mulberry32): the same workbook on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An .xlsx roster of `count` enterprises, made with exceljs's streaming writer (not timed; the
 * workbook object is never built): sorted by 编号, so read whole or `grouped`. Seeded: about one in
 * ten is renewed for 2021 by a second row right after its own (the rows insured on 2021-06-30,
 * counted as the file is made), seven in ten insured for 2020, one in three out of the statistics.
 * `shared`: text in the shared strings table, as Excel and exceljs save it; otherwise inline.
 */
async function workbook(
  count: number,
  shared = true,
): Promise<{ bytes: Uint8Array; rows: number; insured: number; inStatistics: number }> {
  const ExcelJS = (await import('exceljs')).default;
  const { PassThrough } = await import('node:stream');
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: shared });
  const sheet = wb.addWorksheet('名单');
  sheet.addRow(['编号', '类型', '行业', '是否纳入统计', '保险起期', '保险止期', '名称']).commit();
  const random = seeded(19);
  let rows = 0;
  let insured = 0;
  let inStatistics = 0;
  for (let i = 0; i < count; i++) {
    const id = `E${String(i).padStart(8, '0')}`;
    const counted = random() >= 1 / 3;
    const renewed = random() < 0.1;
    const name = `某某建设有限公司${String(i)}`;
    const policy = random() < 0.7 ? [43831, 44196] : [null, null]; // 2020-01-01…2020-12-31
    sheet.addRow([id, '企业', '建筑施工', counted ? '是' : '否', ...policy, name]).commit();
    rows++;
    if (renewed) {
      sheet.addRow([id, '企业', '建筑施工', counted ? '是' : '否', 44197, 44561, null]).commit();
      rows++;
    }
    if (counted) inStatistics++;
    if (counted && renewed) insured++;
  }
  await wb.commit();
  return { bytes: new Uint8Array(Buffer.concat(chunks)), rows, insured, inStatistics };
}

/** A file read piece by piece (as the CLI reads an .xlsx --input), and its closing. */
function fileSource(path: string) {
  const fd = openSync(path, 'r');
  return {
    source: {
      size: fstatSync(fd).size,
      read(position: number, length: number) {
        const buffer = Buffer.allocUnsafe(length);
        let done = 0;
        while (done < length) {
          const n = readSync(fd, buffer, done, length - done, position + done);
          if (n === 0) break;
          done += n;
        }
        return buffer.subarray(0, done);
      },
    },
    close: () => {
      closeSync(fd);
    },
  };
}

/** The ways an .xlsx roster is read in {@link bulkXlsxRoster}. */
export type XlsxWay = 'whole' | 'streamed' | 'grouped' | 'grouped-file';

/**
 * .xlsx rosters read four ways into coverageStatus, for seconds and peak heap above the start (the
 * workbook's bytes, the caller's, are outside the heap; `peakBuffersMiB` is the peak of
 * ArrayBuffers above the start): readRosterXlsx (the whole roster, exceljs's reader),
 * streamRosterXlsx (two passes, a count per id held), streamRosterXlsx `grouped` (one pass, the
 * current unit held) from the bytes, and the same from the file on disk read 64 KiB at a time (the
 * CLI's way: the bytes never held) — at 50,000, 200,000 and 400,000 enterprises, to show what memory
 * grows with; and `grouped` on workbooks with inline text (no shared strings table). Checked first:
 * the insured count as of 2021-06-30 is the generator's. `ways` and `inline` narrow a run.
 */
export async function bulkXlsxRoster(
  { coverageStatus, jingzhou }: Lib,
  io: Io,
  counts = [50_000, 200_000, 400_000],
  ways: readonly XlsxWay[] = ['whole', 'streamed', 'grouped', 'grouped-file'],
  inline = true,
) {
  const asOf = '2021-06-30';
  type Way = XlsxWay;
  const dir = mkdtempSync(join(tmpdir(), 'anzexian-bench-'));
  const run = async (way: Way, bytes: Uint8Array) => {
    let file: ReturnType<typeof fileSource> | null = null;
    if (way === 'grouped-file') {
      writeFileSync(join(dir, 'roster.xlsx'), bytes);
      file = fileSource(join(dir, 'roster.xlsx'));
    }
    globalThis.gc?.();
    const start0 = process.memoryUsage();
    const base = start0.heapUsed;
    let peak = base;
    let peakBuffers = start0.arrayBuffers;
    // what is still held after a full collection, every 50,000 units of a streamed read: the peak
    // above counts garbage not yet collected (it grows until V8 decides to collect), this does not
    let retained = base;
    const collected = () => {
      if (globalThis.gc === undefined) return;
      globalThis.gc();
      retained = Math.max(retained, process.memoryUsage().heapUsed);
    };
    const sample = () => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.heapUsed);
      peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
    };
    // the whole reader awaits exceljs's stream: a timer samples it; the streamed ones sample per unit
    const timer = setInterval(sample, 20);
    const start = process.hrtime.bigint();
    let units: Iterable<import('../../src/index.js').Unit>;
    if (way === 'whole') units = (await io.readRosterXlsx(bytes, { profile: jingzhou })).units;
    else {
      const stream = await io.streamRosterXlsx(file === null ? bytes : file.source, {
        profile: jingzhou,
        grouped: way !== 'streamed',
      });
      units = (function* () {
        let i = 0;
        for (const u of stream) {
          if (i % 50_000 === 49_999) collected();
          if (i++ % 5_000 === 0) sample();
          yield u;
        }
      })();
    }
    let status: ReturnType<typeof coverageStatus>;
    try {
      status = coverageStatus({ profile: jingzhou, asOf, units });
    } finally {
      file?.close();
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    clearInterval(timer);
    sample();
    return {
      status,
      seconds: Number(seconds.toFixed(3)),
      peakHeapMiB: Number(((peak - base) / 2 ** 20).toFixed(1)),
      peakBuffersMiB: Number(((peakBuffers - start0.arrayBuffers) / 2 ** 20).toFixed(1)),
      retainedMiB:
        way === 'whole' || globalThis.gc === undefined
          ? null
          : Number(((retained - base) / 2 ** 20).toFixed(1)),
    };
  };
  const check = await workbook(2000);
  for (const way of ways) {
    const { status } = await run(way, check.bytes);
    const c = status.categories.find((x) => x.total > 0);
    if (status.units !== 2000 || c?.total !== check.inStatistics || c.insured !== check.insured)
      throw new Error(
        `io bench (${way}): expected 2000 units, ${String(check.inStatistics)} counted, ${String(check.insured)} insured; got ${String(status.units)}, ${String(c?.total)}, ${String(c?.insured)}`,
      );
  }
  const runs = [];
  for (const shared of inline ? [true, false] : [true])
    for (const count of counts) {
      const file = await workbook(count, shared);
      for (const way of shared ? ways : ways.filter((w) => w.startsWith('grouped'))) {
        const { seconds, peakHeapMiB, peakBuffersMiB, retainedMiB } = await run(way, file.bytes);
        runs.push({
          reader:
            way === 'whole'
              ? 'readRosterXlsx'
              : `streamRosterXlsx${way === 'streamed' ? '' : ' grouped'}${way === 'grouped-file' ? ', file source' : ''}`,
          text: shared ? 'shared strings' : 'inline',
          units: count,
          rows: file.rows,
          fileMiB: Number((file.bytes.length / 2 ** 20).toFixed(1)),
          seconds,
          peakHeapMiB,
          peakBuffersMiB,
          retainedMiB,
        });
      }
    }
  rmSync(dir, { recursive: true, force: true });
  return { name: 'io.xlsx-roster', runs };
}
