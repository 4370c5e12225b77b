import { describe, expect, it } from 'vitest';
import { coverageStatus, jingzhou } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { FileReadError, readRosterCsv, streamRosterCsv } from '../../src/io/index.js';

// The CSV stream reads a file twice: the first pass reads each row's id (how many rows each id has),
// the second reads the rows and merges renewals by that count. The passes must read the same rows.

const HEADER = '编号,类型,行业,是否纳入统计,保险起期,保险止期';
const bytes = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

/** A source that gains a row at each reading (a file written to while it is read). */
function growing(lines: string[]): Iterable<Uint8Array> {
  let reading = 0;
  return {
    [Symbol.iterator]: () => {
      reading++;
      const extra = Array.from({ length: reading }, (_, i) => `X${String(i)},企业,建筑施工,是,,`);
      return [bytes([...lines, ...extra])][Symbol.iterator]();
    },
  };
}

describe('streamRosterCsv: the two passes over a file', () => {
  it('JZ-TGT-01 a renewal row anywhere in the file: one unit with both policies; 2 firms, 1 insured', () => {
    const csv = bytes([
      HEADER,
      'E1,企业,建筑施工,是,2020/1/1,2020/12/31',
      'E2,企业,建筑施工,是,2020/1/1,2020/12/31',
      'E1,企业,建筑施工,是,2021/1/1,2021/12/31',
    ]);
    const units = [...streamRosterCsv([csv], { profile: jingzhou })];
    expect(units.map((u) => [u.id, u.policies?.length])).toEqual([
      ['E2', 1],
      ['E1', 2],
    ]);
    const s = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units });
    expect(s.categories.find((c) => c.total > 0)).toMatchObject({ total: 2, insured: 1 });
  });

  it('JZ-TGT-01 a file that gained a row between the passes is refused, never counted', () => {
    const source = growing([HEADER, 'E1,企业,建筑施工,是,2020/1/1,2020/12/31']);
    expect(() =>
      coverageStatus({
        profile: jingzhou,
        asOf: '2021-06-30',
        units: streamRosterCsv(source, { profile: jingzhou }),
      }),
    ).toThrow(/two passes read [0-9]+ and [0-9]+ rows/);
  });

  it('JZ-TGT-01 a UTF-8 file is read (and decoded) twice, not three times: ids, then rows', () => {
    const lines = [HEADER];
    for (let i = 0; i < 20_000; i++)
      lines.push(`E${String(i)},企业,建筑施工,是,2021/1/1,2021/12/31`);
    const file = bytes(lines);
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < file.length; at += 65_536) chunks.push(file.subarray(at, at + 65_536));
    let pulled = 0;
    const source = {
      *[Symbol.iterator]() {
        for (const c of chunks) {
          pulled += c.length;
          yield c;
        }
      },
    };
    const units = [...streamRosterCsv(source, { profile: jingzhou })];
    expect(units.length).toBe(20_000);
    // the first chunk twice (is it a BOM? the header), then the whole file twice: the ids, the rows
    // (three times before: the encoding check)
    expect(pulled).toBe(2 * 65_536 + 2 * file.length);
  });

  it('a GBK file is still decided on the whole file, whatever its start reads as', () => {
    // the GBK fixture (Chinese header): the same units as when told it is GBK
    const gbk = readFileSync('test/fixtures/jingzhou-roster-gbk.csv');
    const units = [...streamRosterCsv([gbk], { profile: jingzhou })];
    expect(units.length).toBeGreaterThan(0);
    expect(units).toEqual([...streamRosterCsv([gbk], { profile: jingzhou, encoding: 'gbk' })]);
    // a malformed GBK file: the same report as when told it is GBK
    const bad = new Uint8Array([...gbk.subarray(0, 200), 0x22, 0x61, 0x22, 0x62, 0x0a]);
    const problems = (encoding?: 'gbk') => {
      try {
        readRosterCsv(bad, { profile: jingzhou, ...(encoding ? { encoding } : {}) });
      } catch (e) {
        if (e instanceof FileReadError) return e.problems;
        throw e;
      }
      return [];
    };
    expect(problems().length).toBeGreaterThan(0);
    expect(problems()).toEqual(problems('gbk'));
    // a BOM says UTF-8: bytes that are not are refused as UTF-8 (not read as GBK)
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...gbk]);
    let error: unknown;
    try {
      readRosterCsv(bom, { profile: jingzhou });
    } catch (e) {
      error = e;
    }
    expect((error as FileReadError).problems[0]?.message.en).toBe(
      'the file is not valid utf-8 text',
    );
  });
});
