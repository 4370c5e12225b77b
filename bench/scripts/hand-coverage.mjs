/* global process, Buffer, TextDecoder, console */
// The baseline of the CLI pair (bench/cases/cli.ts): what a person would write by hand to count a
// Jingzhou roster CSV — read the file in chunks, split lines and commas (the bench file has no quotes),
// find the columns by header once, merge a unit's rows by 编号 (a renewal is a second row), classify
// construction enterprises in / not in the statistics, and count who is insured on the day (both ends
// included). No validation, no error report. Prints the counts as JSON.
import { openSync, readSync, closeSync } from 'node:fs';

const [file, asOf] = process.argv.slice(2);
const day = (s) => {
  // 2021/1/1 → 2021-01-01 (the bench file writes dates this way)
  const [y, m, d] = s.split('/');
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
};
const units = new Map(); // 编号 → [category, insured]
let col = null;
const onLine = (line) => {
  if (line === '') return;
  const cells = line.split(',');
  if (col === null) {
    col = Object.fromEntries(cells.map((h, i) => [h, i]));
    return;
  }
  const id = cells[col['编号']];
  let u = units.get(id);
  if (u === undefined) {
    const construction = cells[col['类型']] === '企业' && cells[col['行业']] === '建筑施工';
    const stats = cells[col['是否纳入统计']];
    const category = !construction
      ? null
      : stats === '是'
        ? 'enterprises-in-statistics'
        : stats === '否'
          ? 'enterprises-not-in-statistics'
          : null;
    u = [category, false];
    units.set(id, u);
  }
  const from = cells[col['保险起期']];
  const to = cells[col['保险止期']];
  if (from && to && day(from) <= asOf && asOf <= day(to)) u[1] = true;
};
const fd = openSync(file, 'r');
const buffer = Buffer.alloc(1 << 20);
const decoder = new TextDecoder('utf-8');
let rest = '';
for (;;) {
  const n = readSync(fd, buffer, 0, buffer.length, null);
  const text = rest + decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
  const lines = text.split('\r\n');
  rest = n > 0 ? (lines.pop() ?? '') : '';
  for (const line of lines) onLine(line);
  if (n === 0) break;
}
closeSync(fd);
const counts = {};
for (const [category, insured] of units.values()) {
  if (category === null) continue;
  const c = (counts[category] ??= { total: 0, insured: 0 });
  c.total++;
  if (insured) c.insured++;
}
console.log(JSON.stringify(counts));
