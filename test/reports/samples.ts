// Fixed sample data for the report tests: fictional names, no real persons or phone numbers.
import {
  anhuaAnnualReport,
  coverageDashboard,
  coverageStatus,
  jingzhou,
  jingzhouAnnex1,
  jingzhouAnnex2,
  jingzhouAnnex3,
  jingzhouAnnex4,
  jingzhouAnnex5,
  jingzhouAnnex6,
  jingzhouAnnex7,
  permille,
  percent,
  quotePremium,
  xinzhouPolicySchedule,
  xinzhouQuoteLetter,
  type Report,
  type RosterRow,
} from '../../src/index.js';

const in2021 = [{ from: '2021-01-01', to: '2021-12-31' }];

export const JINGZHOU_ROSTER: RosterRow[] = [
  {
    kind: 'enterprise',
    id: 'E1',
    sector: 'construction',
    inStatistics: true,
    name: '荆楚建设集团有限公司',
    address: '荆州区江津路1号',
    contact: '张工（略）',
    employees: 120,
    policies: in2021,
  },
  {
    kind: 'enterprise',
    id: 'E2',
    sector: 'construction',
    inStatistics: true,
    name: '江汉路桥工程有限公司',
    address: '沙市区北京路8号',
    contact: '李工（略）',
    employees: 85,
    policies: in2021,
  },
  {
    kind: 'enterprise',
    id: 'E3',
    sector: 'construction',
    inStatistics: true,
    name: '长湖建筑安装有限公司',
    address: '荆州开发区东方大道3号',
    contact: '王工（略）',
    employees: 40,
  },
  {
    kind: 'enterprise',
    id: 'E4',
    sector: 'construction',
    inStatistics: false,
    name: '古城装饰工程有限公司',
    address: '荆州区荆中路6号',
    contact: '赵工（略）',
    employees: 25,
    policies: in2021,
  },
  {
    kind: 'enterprise',
    id: 'E5',
    sector: 'construction',
    inStatistics: false,
    name: '郢都劳务有限公司',
    address: '纪南镇',
    contact: '钱工（略）',
    employees: 60,
  },
  {
    kind: 'project',
    id: 'P1',
    projectKind: 'housing',
    startDate: '2021-03-01',
    name: '江津花园三期',
    address: '荆州区江津西路',
    generalContractor: '荆楚建设集团有限公司',
    contact: '周工（略）',
    policies: in2021,
  },
  {
    kind: 'project',
    id: 'P2',
    projectKind: 'housing',
    startDate: '2021-04-15',
    name: '沙市中学新校区',
    address: '沙市区太岳路',
    generalContractor: '长湖建筑安装有限公司',
    contact: '吴工（略）',
  },
  {
    kind: 'project',
    id: 'P3',
    projectKind: 'municipal',
    startDate: '2021-05-10',
    name: '荆沙大道改造工程',
    address: '荆沙大道',
    generalContractor: '江汉路桥工程有限公司',
    contact: '郑工（略）',
    policies: in2021,
  },
];

export const XINZHOU_QUOTE = quotePremium({
  jurisdiction: 'xinzhou',
  asOf: '2026-01-01',
  base: { kind: 'contract-price', amount: '8,650,000.00' },
  rate: { source: 'filed', rate: permille('1.8'), insurer: '某财产保险公司忻州中心支公司' },
});

export const XINZHOU_DOCUMENT = {
  insurer: '某财产保险公司忻州中心支公司',
  policyholder: '晋北建工集团有限公司',
  projectName: '忻府区滨河住宅小区一期',
  projectAddress: '忻州市忻府区滨河东路',
  projectCategory: '房屋建筑工程',
  contractPeriod: { from: '2026-02-01', to: '2027-06-30' },
  insurancePeriod: { from: '2026-02-01', to: '2027-06-30' },
  insurancePlan: '每人死亡伤残限额60万元；第三者责任限额500万元',
  coverageAmount: '600000',
  preventionServicePlan: '每季度一次隐患排查，开工前一次安全培训',
  preventionFeeRatio: percent(15),
  date: '2026-01-05',
};

/** The roster without the columns only the listings print: what `coverageStatus` takes. */
export const unitsOnly = (rows: typeof JINGZHOU_ROSTER) =>
  rows.map(
    ({ name: _n, address: _a, contact: _c, employees: _e, generalContractor: _g, ...u }) => u,
  );

/** Every report the library builds, from the samples above: the golden files and the browser test use these. */
export const REPORTS: Record<string, () => Report> = {
  'jingzhou-annex-1': () => jingzhouAnnex1(),
  'jingzhou-annex-2': () =>
    jingzhouAnnex2({ unit: '荆州区住建局', asOf: '2021-06-30', rows: JINGZHOU_ROSTER }),
  'jingzhou-annex-3': () =>
    jingzhouAnnex3({ unit: '荆州区住建局', asOf: '2021-06-30', rows: JINGZHOU_ROSTER }),
  'jingzhou-annex-4': () =>
    jingzhouAnnex4({ unit: '荆州区住建局', year: 2021, quarter: 3, rows: JINGZHOU_ROSTER }),
  'jingzhou-annex-5': () =>
    jingzhouAnnex5({ unit: '荆州区住建局', year: 2021, quarter: 3, rows: JINGZHOU_ROSTER }),
  'jingzhou-annex-6': () =>
    jingzhouAnnex6({ unit: '荆州区住建局', asOf: '2021-12-15', rows: JINGZHOU_ROSTER }),
  'jingzhou-annex-7': () =>
    jingzhouAnnex7({ unit: '荆州区住建局', asOf: '2021-12-15', rows: JINGZHOU_ROSTER }),
  'xinzhou-quote-letter': () => xinzhouQuoteLetter(XINZHOU_QUOTE, XINZHOU_DOCUMENT),
  'xinzhou-policy-schedule': () => xinzhouPolicySchedule(XINZHOU_QUOTE, XINZHOU_DOCUMENT),
  'anhua-annual-report': () =>
    anhuaAnnualReport({ insurer: '某财产保险公司安化支公司', year: 2026 }),
  'coverage-dashboard': () =>
    coverageDashboard(
      coverageStatus({ profile: jingzhou, asOf: '2021-06-30', units: unitsOnly(JINGZHOU_ROSTER) }),
    ),
};
