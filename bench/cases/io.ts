// Reading rosters from files (anzexian/io): a CSV of 1,000,000 rows streamed through coverageStatus,
// and an .xlsx of 200,000 rows, for time and peak memory. The CSV is generated chunk by chunk on each
// pass (the reader reads it twice), so the file itself is never held: what the heap holds is the
// reader's. Run at two sizes, to see whether memory grows with the rows.
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

/** An .xlsx roster of `count` rows, made with exceljs (not timed). */
async function workbook(count: number): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('名单');
  sheet.addRow(['编号', '类型', '行业', '是否纳入统计', '保险起期', '保险止期', '名称']);
  for (let i = 0; i < count; i++)
    sheet.addRow([
      `E${String(i)}`,
      '企业',
      '建筑施工',
      i % 3 === 0 ? '否' : '是',
      44197,
      44561,
      `某某建设有限公司${String(i)}`,
    ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * .xlsx rosters of 50,000 and 200,000 rows read by readRosterXlsx (exceljs's streaming reader): seconds
 * and peak heap above the start, at two sizes to show how memory grows with the rows.
 */
export async function bulkXlsxRoster({ jingzhou }: Lib, io: Io, counts = [50_000, 200_000]) {
  const runs = [];
  for (const count of counts) {
    const bytes = await workbook(count);
    globalThis.gc?.();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 20);
    const start = process.hrtime.bigint();
    const roster = await io.readRosterXlsx(bytes, { profile: jingzhou });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (roster.units.length !== count) throw new Error('io bench: the workbook lost rows');
    runs.push({
      rows: count,
      fileMiB: Number((bytes.length / 2 ** 20).toFixed(1)),
      seconds: Number(seconds.toFixed(3)),
      peakHeapMiB: Number(((peak - base) / 2 ** 20).toFixed(1)),
    });
  }
  return { name: 'io.xlsx-roster-streamed', runs };
}
