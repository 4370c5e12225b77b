// @ts-check
// A county housing bureau's quarterly Jingzhou forms (附件4 and 附件5) from its roster CSV, as Markdown
// and CSV. Run: npm run build && node examples/jingzhou-quarterly.mjs
import { readFileSync } from 'node:fs';
import { jingzhouAnnex4, jingzhouAnnex5, renderCsv, renderMarkdown } from 'anzexian';

// The roster as a county bureau keeps it: a CSV with Chinese headers (examples/data/jingzhou-roster.csv).
const here = new URL('./data/', import.meta.url);
const [header = '', ...lines] = readFileSync(new URL('jingzhou-roster.csv', here), 'utf8')
  .trim()
  .split('\n');
const col = Object.fromEntries(header.split(',').map((h, i) => [h, i]));
const rows = lines.map((line) => {
  const c = line.split(',');
  const get = (/** @type {string} */ h) => c[col[h] ?? -1] ?? '';
  const policies = get('保险起期') ? [{ from: get('保险起期'), to: get('保险止期') }] : [];
  return get('类型') === '企业'
    ? {
        kind: 'enterprise',
        id: get('编号'),
        sector: get('行业'),
        inStatistics: get('是否纳入统计') === '是',
        name: get('名称'),
        employees: Number(get('员工人数')),
        policies,
      }
    : {
        kind: 'project',
        id: get('编号'),
        projectKind: get('项目类别') === '房建' ? 'housing' : 'municipal',
        startDate: get('开工日期'),
        name: get('名称'),
        policies,
      };
});

const q3 = { unit: '荆州区住房和城乡建设局', year: 2021, quarter: /** @type {const} */ (3), rows };
console.log(renderMarkdown(jingzhouAnnex4(q3)));
console.log(renderMarkdown(jingzhouAnnex5(q3)));
console.log(renderCsv(jingzhouAnnex4(q3), { bom: false }));
