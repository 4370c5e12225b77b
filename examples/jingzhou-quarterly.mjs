// @ts-check
// A county housing bureau's quarterly Jingzhou forms (附件4 and 附件5) from its roster CSV, as Markdown
// and CSV. Run: npm run build && node examples/jingzhou-quarterly.mjs
import { readFileSync } from 'node:fs';
import { jingzhou, jingzhouAnnex4, jingzhouAnnex5, renderCsv, renderMarkdown } from 'anzexian';
import { readRosterCsv } from 'anzexian/io';

// The roster as a county bureau keeps it: a CSV with Chinese headers (examples/data/jingzhou-roster.csv),
// read by the library: UTF-8 or GBK, quoted fields, 2021/1/1 or Excel dates, renewal rows merged, and
// every bad cell reported with its line and column (a FileReadError) instead of a wrong count.
const path = new URL('./data/jingzhou-roster.csv', import.meta.url);
const { rows } = readRosterCsv(readFileSync(path), {
  profile: jingzhou,
  file: 'jingzhou-roster.csv',
});

const q3 = { unit: '荆州区住房和城乡建设局', year: 2021, quarter: /** @type {const} */ (3), rows };
console.log(renderMarkdown(jingzhouAnnex4(q3)));
console.log(renderMarkdown(jingzhouAnnex5(q3)));
console.log(renderCsv(jingzhouAnnex4(q3), { bom: false }));
