// A county housing bureau's quarterly Jingzhou forms (附件4 and 附件5) from a roster, as Markdown and
// CSV. Run: npm run build && node examples/jingzhou-quarterly.mjs
import { jingzhouAnnex4, jingzhouAnnex5, renderCsv, renderMarkdown } from '../dist/index.js';

const year2021 = [{ from: '2021-01-01', to: '2021-12-31' }];
const rows = [
  {
    kind: 'enterprise',
    id: 'E1',
    sector: 'construction',
    inStatistics: true,
    name: '荆楚建设集团有限公司',
    employees: 120,
    policies: year2021,
  },
  {
    kind: 'enterprise',
    id: 'E2',
    sector: 'construction',
    inStatistics: true,
    name: '江汉路桥工程有限公司',
    employees: 85,
    policies: year2021,
  },
  {
    kind: 'enterprise',
    id: 'E3',
    sector: 'construction',
    inStatistics: true,
    name: '长湖建筑安装有限公司',
    employees: 40,
  },
  {
    kind: 'enterprise',
    id: 'E4',
    sector: 'construction',
    inStatistics: false,
    name: '古城装饰工程有限公司',
    employees: 25,
    policies: year2021,
  },
  {
    kind: 'project',
    id: 'P1',
    projectKind: 'housing',
    startDate: '2021-03-01',
    name: '江津花园三期',
    policies: year2021,
  },
  {
    kind: 'project',
    id: 'P2',
    projectKind: 'municipal',
    startDate: '2021-05-10',
    name: '荆沙大道改造工程',
  },
];

const q3 = { unit: '荆州区住房和城乡建设局', year: 2021, quarter: 3, rows };
console.log(renderMarkdown(jingzhouAnnex4(q3)));
console.log(renderMarkdown(jingzhouAnnex5(q3)));
console.log(renderCsv(jingzhouAnnex4(q3), { bom: false }));
