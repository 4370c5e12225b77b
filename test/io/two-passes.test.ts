import { describe, expect, it } from 'vitest';
import { coverageStatus, jingzhou } from '../../src/index.js';
import { streamRosterCsv } from '../../src/io/index.js';

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
});
