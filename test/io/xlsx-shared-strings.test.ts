import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { coverageStatus, jingzhou } from '../../src/index.js';
import {
  FileReadError,
  readRosterXlsx,
  streamRosterXlsx,
  type RandomAccessSource,
  type XlsxStreamOptions,
} from '../../src/io/index.js';
import { streamWith } from '../../src/io/xlsx-roster.js';
import type { SharedLimits } from '../../src/io/xlsx-stream.js';

// streamRosterXlsx reads the shared strings table beside the sheet instead of holding it, and reads a
// workbook from a random-access source instead of its bytes. Whatever order the table is in, the
// units and the report are readRosterXlsx's (exceljs holds the table whole and reads any order).

const HEADER = ['编号', '类型', '行业', '是否纳入统计', '保险起期', '保险止期', '名称'];

/**
 * A roster saved with a shared strings table (exceljs numbers the texts in the order of first use, as
 * Excel does): `count` enterprises (the sector in Chinese or English), every fifth renewed for 2021 by a row at the end, a rich-text
 * name, one bad date (row 4, column E) when `bad`.
 */
async function roster(count: number, bad = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('名单');
  s.addRow(HEADER);
  for (let i = 0; i < count; i++)
    s.addRow([
      `E${String(i)}`,
      '企业',
      i % 4 === 0 ? 'construction' : '建筑施工',
      i % 3 === 0 ? '否' : '是',
      bad && i === 2 ? '2021/2/30' : '2020/1/1',
      '2020/12/31',
      i === 1
        ? { richText: [{ text: '荆楚' }, { text: '建设 & 路桥' }] }
        : `某某建设有限公司${String(i)}`,
    ]);
  for (let i = 0; i < count; i += 5)
    s.addRow([
      `E${String(i)}`,
      '企业',
      '建筑施工',
      i % 3 === 0 ? '否' : '是',
      '2021/1/1',
      '2021/12/31',
    ]);
  return new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: true }));
}

/**
 * The same workbook with its shared strings table put in another order: entry k of the old table
 * goes to place `order(n)[k]`, and every `t="s"` cell of the sheet is renumbered to match.
 */
function reordered(bytes: Uint8Array, order: (n: number) => number[]): Uint8Array {
  const files = unzipSync(bytes);
  const sst = strFromU8(files['xl/sharedStrings.xml'] as Uint8Array);
  const entries = sst.match(/<si>[\s\S]*?<\/si>/g) ?? [];
  const first = sst.indexOf('<si>');
  const last = sst.lastIndexOf('</si>') + '</si>'.length;
  const place = order(entries.length);
  expect([...place].sort((a, b) => a - b)).toEqual(entries.map((_, k) => k)); // a permutation
  const table: string[] = [];
  entries.forEach((e, k) => (table[place[k] as number] = e));
  files['xl/sharedStrings.xml'] = strToU8(sst.slice(0, first) + table.join('') + sst.slice(last));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
  const renumbered = sheet.replace(
    /(<c [^>]*t="s"[^>]*>)<v>(\d+)<\/v>/g,
    (_, open: string, k: string) => `${open}<v>${String(place[Number(k)])}</v>`,
  );
  expect(renumbered).not.toBe(sheet);
  files['xl/worksheets/sheet1.xml'] = strToU8(renumbered);
  return zipSync(files);
}

const reverse = (n: number) => Array.from({ length: n }, (_, k) => n - 1 - k);
/** A fixed shuffle: k → (k × 7 + 3) mod n, a permutation when 7 does not divide n. */
const shuffle = (n: number) => Array.from({ length: n }, (_, k) => (k * 7 + 3) % n);

type Outcome =
  | { ok: true; units: unknown[]; rows: unknown[] }
  | { ok: false; file: string | null; problems: unknown[] };

async function outcome(read: () => Promise<{ units: unknown[]; rows: unknown[] }>) {
  try {
    return { ok: true, ...(await read()) } as Outcome;
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    return { ok: false, file: e.file, problems: [...e.problems] } as Outcome;
  }
}

const whole = (bytes: Uint8Array, options: XlsxStreamOptions) =>
  outcome(async () => {
    const r = await readRosterXlsx(bytes, options);
    return { units: [...r.units], rows: [...r.rows] };
  });

/** The units (two passes) and rows (grouped: one pass) streamed with these bounds; the stats of both. */
async function streamed(
  file: Uint8Array | RandomAccessSource,
  options: XlsxStreamOptions,
  bounds: Omit<SharedLimits, 'stats'> = { cache: 4096, restarts: 32 },
) {
  const stats = { restarts: 0, whole: false };
  const limits = { ...bounds, stats };
  const got = await outcome(async () => ({
    units: [...(await streamWith(file, options, limits))],
    rows: [...(await streamWith(file, { ...options, as: 'rows' }, limits))],
  }));
  return { got, stats };
}

const OPTIONS = { profile: jingzhou, file: 'roster.xlsx' };

describe('streamRosterXlsx: the shared strings table read beside the sheet', () => {
  it('JZ-TGT-01 a table in the order of use (as Excel and exceljs save it) is never read again from its start', async () => {
    const bytes = await roster(40);
    const stats = { restarts: 0, whole: false };
    const options = { ...OPTIONS, grouped: false };
    const units = [...(await streamWith(bytes, options, { cache: 4096, restarts: 0, stats }))];
    // restarts: 0 allowed, so one index behind the stream and not cached would have held the table
    // whole: the two passes over the sheet (without grouped) find every index ahead or in the cache
    expect(stats).toEqual({ restarts: 0, whole: false });
    expect(units).toEqual([...(await readRosterXlsx(bytes, OPTIONS)).units]);
    // worked from the generator: 40 enterprises, E0, E3, … E39 (14) out of the statistics (否); of
    // the 26 others E5, E10, E20, E25, E35 (i % 5 = 0) renewed for 2021: 5 insured on 2021-06-30
    const status = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units });
    expect(status.units).toBe(40);
    expect(status.categories[0]).toMatchObject({ total: 26, insured: 5 });
  });

  it('JZ-TGT-01 one pass (grouped) with a cache of 16: the repeated texts stay in it, the new ones come next', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('名单');
    s.addRow(HEADER);
    for (let i = 0; i < 60; i++)
      s.addRow([
        `E${String(i).padStart(3, '0')}`,
        '企业',
        i % 2 === 0 ? 'construction' : '建筑施工',
        i % 3 === 0 ? '否' : '是',
        '2020/1/1',
        '2020/12/31',
        `名${String(i)}`,
      ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: true }));
    const stats = { restarts: 0, whole: false };
    const options = { ...OPTIONS, grouped: true };
    const units = [...(await streamWith(bytes, options, { cache: 16, restarts: 0, stats }))];
    expect(stats).toEqual({ restarts: 0, whole: false });
    expect(units).toEqual([...(await readRosterXlsx(bytes, OPTIONS)).units]);
    expect(units).toHaveLength(60);
  });

  it.each([
    ['reversed', reverse],
    ['shuffled', shuffle],
  ])(
    'JZ-TGT-01 a table %s: read again from its start (restarts), the same units, rows and report',
    async (_, order) => {
      for (const bad of [false, true]) {
        const bytes = reordered(await roster(40, bad), order);
        const expected = await whole(bytes, OPTIONS);
        // the reordered workbook still reads as the original (exceljs holds the whole table)
        expect(expected).toEqual(await whole(await roster(40, bad), OPTIONS));
        const { got, stats } = await streamed(bytes, OPTIONS, { cache: 4, restarts: 1_000_000 });
        expect(got).toEqual(expected);
        expect(stats.whole).toBe(false);
        expect(stats.restarts).toBeGreaterThan(2);
        expect(got.ok).toBe(!bad);
        if (!got.ok)
          expect(
            (got.problems as { line: number; columnLetter: string; value: string }[]).map((p) => [
              p.line,
              p.columnLetter,
              p.value,
            ]),
          ).toEqual([[4, 'E', '2021/2/30']]);
      }
    },
  );

  it.each([
    ['reversed', reverse],
    ['shuffled', shuffle],
  ])(
    'JZ-TGT-01 a table %s past the restarts allowed: held whole (the worst case), the same units, rows and report',
    async (_, order) => {
      for (const bad of [false, true]) {
        const bytes = reordered(await roster(40, bad), order);
        const { got, stats } = await streamed(bytes, OPTIONS, { cache: 4, restarts: 2 });
        expect(stats).toEqual({ restarts: 2, whole: true });
        expect(got).toEqual(await whole(bytes, OPTIONS));
      }
    },
  );

  it('JZ-TGT-01 the default bounds: a reversed table of a small roster fits the cache, no restart', async () => {
    const bytes = reordered(await roster(40), reverse);
    const { got, stats } = await streamed(bytes, OPTIONS);
    expect(got).toEqual(await whole(bytes, OPTIONS));
    expect(stats).toEqual({ restarts: 0, whole: false });
  });

  it('JZ-TGT-01 the cache is bounded by characters too: room for one text, the repeated ones are read again', async () => {
    const bytes = await roster(40);
    const roomy = await streamed(bytes, OPTIONS, {
      cache: 4096,
      characters: 1 << 20,
      restarts: 1e6,
    });
    const tight = await streamed(bytes, OPTIONS, { cache: 4096, characters: 1, restarts: 1e6 });
    expect(roomy.stats).toEqual({ restarts: 0, whole: false });
    // each row goes back to 企业, its sector and 是/否 (entries 8–12 or so): a restart each time
    expect(tight.stats.restarts).toBeGreaterThan(40);
    expect(tight.stats.whole).toBe(false);
    expect(tight.got).toEqual(roomy.got);
    expect(roomy.got).toEqual(await whole(bytes, OPTIONS));
  });

  it('a shared strings part cut short, or damaged, is an unreadable workbook in the report', async () => {
    const bytes = await roster(20);
    const files = unzipSync(bytes);
    const sst = files['xl/sharedStrings.xml'] as Uint8Array;
    const variants = {
      'cut short': sst.subarray(0, Math.floor(sst.length / 2)),
      'a tag misnamed': strToU8(strFromU8(sst).replace('</t>', '</x>')),
    };
    for (const [what, part] of Object.entries(variants)) {
      const damaged = zipSync({ ...files, 'xl/sharedStrings.xml': part });
      const { got } = await streamed(damaged, OPTIONS);
      expect(got.ok, what).toBe(false);
      const problems = (got as { problems: { message: { en: string } }[] }).problems;
      expect(
        problems.map((p) => p.message.en.slice(0, 31)),
        what,
      ).toEqual(['not a readable .xlsx workbook (']);
    }
    // the compressed bytes damaged: the part's deflate stream overwritten in the middle
    const zipped = zipSync(files, { level: 6 });
    const name = strToU8('xl/sharedStrings.xml');
    let at = -1;
    for (let i = 0; i < zipped.length - name.length && at < 0; i++)
      if (name.every((c, k) => zipped[i + k] === c)) at = i + name.length;
    expect(at).toBeGreaterThan(0);
    zipped.fill(0xff, at + 40, at + 60);
    const { got } = await streamed(zipped, OPTIONS);
    expect(got).toMatchObject({ ok: false, file: 'roster.xlsx' });
  });
});

describe('streamRosterXlsx: a random-access source instead of the bytes', () => {
  /** A source over bytes that records each read's length. */
  const over = (bytes: Uint8Array, reads: number[]): RandomAccessSource => ({
    size: bytes.length,
    read: (position, length) => {
      reads.push(length);
      return bytes.slice(position, position + length);
    },
  });

  it('JZ-TGT-01 the same units and rows as from the bytes, read at most 64 KiB (the tail: 64 KiB + 21 bytes) at a time', async () => {
    const bytes = await roster(6000);
    expect(bytes.length).toBeGreaterThan(3 * 65_557); // more than three of the largest reads
    const reads: number[] = [];
    const fromSource = await streamed(over(bytes, reads), OPTIONS);
    const fromBytes = await streamed(bytes, OPTIONS);
    expect(fromSource.got).toEqual(fromBytes.got);
    // not compared with readRosterXlsx here: exceljs's reader (4.4.0) garbles a character whose
    // UTF-8 bytes are split between two of its chunks (some of these 6,000 names come back with
    // U+FFFD); this reader decodes the part as one text, so every name is whole
    const rows = (fromSource.got as { rows: { id: string; name?: string }[] }).rows;
    expect(rows).toHaveLength(6000);
    for (const { id, name } of rows)
      expect(name).toBe(id === 'E1' ? '荆楚建设 & 路桥' : `某某建设有限公司${id.slice(1)}`);
    expect(Math.max(...reads)).toBe(22 + 0xffff); // the tail, where the zip directory is looked for
    expect(reads.filter((n) => n > 65_536)).toHaveLength(2); // once per stream (units, rows)
  }, 60_000);

  it.each([
    [
      'a size that is not a whole number',
      { size: 10.5, read: () => new Uint8Array(0) },
      'size: 10.5',
    ],
    ['a negative size', { size: -1, read: () => new Uint8Array(0) }, 'size: -1'],
    ['a size given as text', { size: '100', read: () => new Uint8Array(0) }, 'size: 100'],
    ['no read function', { size: 100, read: 'x' }, 'read: string'],
  ])('%s is refused at once', async (_, source, got) => {
    let error: unknown;
    try {
      await streamRosterXlsx(source as never, OPTIONS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileReadError);
    const e = error as FileReadError;
    expect(e.file).toBe('roster.xlsx');
    expect(e.problems.map((p) => [p.value, p.message.en])).toEqual([
      [got, `not a file source (${got})`],
    ]);
  });

  it('a read that gives fewer bytes than asked: at once for the first bytes, else when the stream ends — never a shorter roster', async () => {
    const bytes = await roster(20);
    const short = (from: number): RandomAccessSource => ({
      size: bytes.length,
      read: (p, l) => bytes.slice(p, p + l - (p >= from ? 1 : 0)),
    });
    await expect(streamRosterXlsx(short(0), OPTIONS)).rejects.toThrow(
      /read\(0, 8\) gave 7 bytes, not 8 bytes/,
    );
    const units = await streamRosterXlsx(short(1), OPTIONS);
    expect(() => Array.from(units)).toThrow(/gave \d+ bytes, not \d+ bytes/);
    // a size larger than the file (it got shorter since): the reads past its end come back short
    const longer = {
      size: bytes.length + 100,
      read: (p: number, l: number) => bytes.slice(p, p + l),
    };
    const stream = await streamRosterXlsx(longer, OPTIONS);
    expect(() => Array.from(stream)).toThrow(FileReadError);
    // and the read that returns no Uint8Array at all
    const text = { size: bytes.length, read: () => 'PK' as unknown as Uint8Array };
    await expect(streamRosterXlsx(text, OPTIONS)).rejects.toThrow(/gave string, not 8 bytes/);
  });
});
