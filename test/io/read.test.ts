import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCount, readDate, sectorNames } from '../../src/io/cells.js';
import { text } from '../../src/cli/read.js';
import { jingzhou } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'anzexian-read-'));

/** The GBK bytes of the first line of the GBK fixture that contains `word`, and that line decoded. */
function gbkLine(word: string): { bytes: Uint8Array; line: string } {
  const bytes = readFileSync('test/fixtures/jingzhou-roster-gbk.csv');
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  const gbk = new TextDecoder('gbk');
  const found = lines.find((l) => gbk.decode(l).includes(word));
  if (found === undefined) throw new Error(`no line with ${word}`);
  return { bytes: found, line: gbk.decode(found) };
}

describe('CSV text: the encoding is decided on the whole file', () => {
  it('a GBK roster whose first 64 KiB are ASCII is read as GBK, not refused as bad UTF-8', () => {
    const ascii = `id,kind,sector,inStatistics\n${Array.from({ length: 4000 }, (_, i) => `A${String(i)},enterprise,construction,yes`).join('\n')}\n`;
    expect(ascii.length).toBeGreaterThan(65_536);
    const late = gbkLine('荆楚建设集团有限公司');
    const path = join(dir, 'late-gbk.csv');
    writeFileSync(path, Buffer.concat([Buffer.from(ascii, 'latin1'), late.bytes]));
    const decoded = [...text(path, 'auto')].join('');
    expect(decoded.endsWith(late.line)).toBe(true);
    expect(decoded).toContain('荆楚建设集团有限公司');
  });

  it('UTF-8 with or without a BOM stays UTF-8 (the BOM is dropped)', () => {
    const path = join(dir, 'utf8.csv');
    writeFileSync(path, '\uFEFFid,名称\nE1,荆楚建设\n');
    expect([...text(path, 'auto')].join('')).toBe('id,名称\nE1,荆楚建设\n');
    writeFileSync(path, 'id,名称\nE1,荆楚建设\n');
    expect([...text(path, 'auto')].join('')).toBe('id,名称\nE1,荆楚建设\n');
  });
});

describe('roster cells as offices write them', () => {
  it.each([
    ['2021-01-01', '2021-01-01'],
    ['2021-1-1', '2021-01-01'],
    ['2021/1/1', '2021-01-01'],
    ['2021.12.31', '2021-12-31'],
    ['2021年1月1日', '2021-01-01'],
    ['２０２１／１／１', '2021-01-01'],
    // Excel serials on the 1900 system: 44197 is 2021-01-01 (1899-12-30 + 44,197 days)
    ['44197', '2021-01-01'],
    ['44561', '2021-12-31'],
    [' 2024/2/29 ', '2024-02-29'],
  ])('a date %j reads as %s', (cell, date) => {
    expect(readDate(cell)).toBe(date);
  });

  it.each([
    '2021/2/30',
    '2023年2月29日',
    '2021-13-01',
    '4419',
    '441970',
    '21/1/1',
    '2021/1/1 8:00',
    '',
  ])('a date %j is refused (null), never guessed', (cell) => {
    expect(readDate(cell)).toBeNull();
  });

  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['１２００', 1200],
    ['1,234,567', 1234567],
    ['0', 0],
  ])('a count %j reads as %d', (cell, n) => {
    expect(readCount(cell)).toBe(n);
  });

  it.each(['1,20', '12.5', '-3', '1 200', 'abc', ''])('a count %j is refused (null)', (cell) => {
    expect(readCount(cell)).toBeNull();
  });

  it("sector names come from the profile: Jingzhou's 建筑施工（资质建筑施工企业）, its short form and its code", () => {
    const names = sectorNames(jingzhou.scope.sectors);
    expect(names.get('construction')).toBe('construction');
    expect(names.get('建筑施工')).toBe('construction');
    expect(names.get('建筑施工（资质建筑施工企业）')).toBe('construction');
    expect(names.get('其他')).toBe('other');
    expect(names.get('建筑业')).toBeUndefined();
  });
});
