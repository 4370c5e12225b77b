import { describe, expect, it } from 'vitest';
import { coverageStatus, jingzhou } from '../../src/index.js';
import { FileReadError, readRosterCsv, streamRosterCsv } from '../../src/io/index.js';
import { compareIds } from '../../src/io/roster.js';

// A roster sorted by 编号 (every id's rows together, ids ascending) is read in one pass holding only the
// current unit: memory flat however many ids. An id out of order is refused, never counted twice.

const HEADER = '编号,类型,行业,是否纳入统计,保险起期,保险止期';

describe('streamRosterCsv({ grouped: true }): one pass over a roster sorted by id', () => {
  it('JZ-TGT-01 renewal rows next to their unit: the same units as the two-pass reading; 2 firms, 1 insured → 50%', () => {
    const csv = [
      HEADER,
      'E1,企业,建筑施工,是,2020/1/1,2020/12/31',
      'E1,企业,建筑施工,是,2021/1/1,2021/12/31',
      'E2,企业,建筑施工,是,2020/1/1,2020/12/31',
    ].join('\n');
    const grouped = [...streamRosterCsv(csv, { profile: jingzhou, grouped: true })];
    expect(grouped).toEqual(readRosterCsv(csv, { profile: jingzhou }).units);
    expect(grouped.map((u) => u.policies?.length)).toEqual([2, 1]);
    const s = coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: grouped });
    expect(s.categories.find((c) => c.total > 0)).toMatchObject({ total: 2, insured: 1 });
  });

  it('an id seen before (not next to its rows) or out of order is refused by its line', () => {
    const csv = [
      HEADER,
      'E1,企业,建筑施工,是,2020/1/1,2020/12/31',
      'E2,企业,建筑施工,是,2020/1/1,2020/12/31',
      'E1,企业,建筑施工,是,2021/1/1,2021/12/31',
    ].join('\n');
    let error: unknown;
    try {
      Array.from(streamRosterCsv(csv, { profile: jingzhou, grouped: true }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).problems.map((p) => [p.line, p.column, p.value])).toEqual([
      [4, 1, 'E1'],
    ]);
    expect((error as FileReadError).problems[0]?.message.zh).toContain(
      '编号"E1"排在"E2"（第3行）之后',
    );
  });

  it('ids in Excel’s order: whole numbers by value (2 before 10), others by their characters', () => {
    expect(compareIds('2', '10')).toBeLessThan(0);
    expect(compareIds('010', '9')).toBeGreaterThan(0);
    expect(compareIds('007', '7')).toBe(0);
    expect(compareIds('E10', 'E2')).toBeLessThan(0);
    expect(compareIds('E2', 'E2')).toBe(0);
    const csv = [HEADER, '2,企业,建筑施工,是,,', '10,企业,建筑施工,是,,'].join('\n');
    expect(
      [...streamRosterCsv(csv, { profile: jingzhou, grouped: true })].map((u) => u.id),
    ).toEqual(['2', '10']);
  });
});
