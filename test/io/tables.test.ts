import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  anhui,
  checkPreventionLedger,
  checkServiceFirm,
  NON_PREVENTION_CATEGORIES,
  xinzhou,
} from '../../src/index.js';
import {
  FileReadError,
  readLedger,
  readLedgerCsv,
  readLedgerXlsx,
  readMoney,
  readPolicies,
  readPoliciesCsv,
  readStaffCsv,
  readStaffXlsx,
  streamLedgerCsv,
  type FileProblem,
} from '../../src/io/index.js';
import { NON_PREVENTION_CATEGORIES as IO_NON_PREVENTION } from '../../src/io/tables.js';

// Ledgers, policy lists and staff lists as offices keep them, into exactly the objects the library
// functions take. Every expected value below is written out by hand from the cells.

function report(f: () => unknown): FileReadError {
  try {
    f();
  } catch (e) {
    if (e instanceof FileReadError) return e;
    throw e;
  }
  throw new Error('no FileReadError thrown');
}
async function reportAsync(f: () => Promise<unknown>): Promise<FileReadError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof FileReadError) return e;
    throw e;
  }
  throw new Error('no FileReadError thrown');
}
const where = (p: FileProblem) => [p.line, p.column, p.header, p.value];

/** GBK bytes of a text, by inverting the platform's GBK decoder (no encoder package needed). */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (bytes === undefined) throw new Error(`no GBK for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** An .xlsx made the way Excel makes it, with exceljs: the rows given, on a sheet named 台账. */
async function workbook(
  rows: unknown[][],
  setup?: (s: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('台账');
  for (const r of rows) s.addRow(r);
  setup?.(s);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const POLICIES = [
  { policy: 'AH-1', collected: '19800.00', period: { from: '2026-01-01', to: '2026-12-31' } },
];

describe('readMoney: amounts as offices write them, exact', () => {
  it('accepts 1200, 1,200.50, ¥1,200.50, 1200元, full-width digits; refuses negatives, 3 decimals, 1,20', () => {
    expect(
      ['1200', '1,200.50', '¥1,200.50', '￥ 1,200.5', '1200元', '１２００．５０', '0.01'].map(
        readMoney,
      ),
    ).toEqual(['1200', '1200.50', '1200.50', '1200.5', '1200', '1200.50', '0.01']);
    for (const bad of ['-1', '1.005', '1,20', '12,00.00', 'abc', '', '1e3'])
      expect(readMoney(bad)).toBeNull();
  });
});

describe('readLedgerCsv: a prevention ledger into checkPreventionLedger’s entries', () => {
  const csv = [
    '安徽某保险公司事故预防服务台账,,,,',
    '编号,日期,金额,费用类别,保单号',
    'L1,2026/2/10,"1,200.50",安全生产宣传教育培训,AH-1',
    'L2,2026年4月22日,¥2759.50,hazard-inspection,AH-1',
    'L3,46204,０.０１,营销费用,AH-1',
    ',,,,',
  ].join('\r\n');

  it('AH-PREV-05 Chinese headers below a title row, every date and amount form → the entries, then the check: 3,960.00 spent of a 3,960.00 cap passes', () => {
    const r = readLedgerCsv(csv, { profile: anhui, file: '台账.csv' });
    expect(r.titleRows).toEqual([{ line: 1, text: '安徽某保险公司事故预防服务台账' }]);
    expect(r.records).toBe(3);
    // 46204 is Excel's serial of 2026-07-01 (46023 = 2026-01-01, + 181 days)
    expect(r.entries).toEqual([
      { id: 'L1', date: '2026-02-10', amount: '1200.50', category: 'training', policy: 'AH-1' },
      {
        id: 'L2',
        date: '2026-04-22',
        amount: '2759.50',
        category: 'hazard-inspection',
        policy: 'AH-1',
      },
      { id: 'L3', date: '2026-07-01', amount: '0.01', category: 'marketing', policy: 'AH-1' },
    ]);
    // 19,800.00 × 20% = 3,960.00; prevention spent 1,200.50 + 2,759.50 = 3,960.00 — at the cap, not over;
    // the 0.01 of marketing is outside prevention (AH-PREV-06 fails), not added to the cap
    const check = checkPreventionLedger({
      jurisdiction: 'anhui',
      asOf: '2026-12-31',
      policies: POLICIES,
      entries: r.entries,
    });
    expect(check.policies[0]).toMatchObject({ spent: { amount: '3960.00' }, over: null });
    expect(check.criteria.map((c) => c.status)).toEqual(['pass', 'fail', 'pass', 'pass']);
  });

  it('every bad cell by line, column, header and value; an unknown column named; nothing half-read', () => {
    const bad = [
      '编号,日期,金额,费用类别,保单号,经办人',
      'L1,2026/2/30,"1,200.505",培训,AH-1,张三',
      'L2,2026-03-01,-5,training,,李四',
    ].join('\n');
    const e = report(() => readLedgerCsv(bad, { profile: anhui }));
    expect(e.problems.map(where)).toEqual([
      [1, 6, '经办人', '经办人'],
      [2, 2, '日期', '2026/2/30'],
      [2, 3, '金额', '1,200.505'],
      [2, 4, '费用类别', '培训'],
      [3, 3, '金额', '-5'],
      [3, 5, '保单号', ''],
    ]);
    expect(e.problems[3]?.message.zh).toContain('应为安全生产宣传教育培训（training）');
    expect(e.problems[5]?.message.en).toBe('line 3, column 5 (保单号): the policy is empty');
  });

  it('a missing required column, an empty file and a header-only file are refused', () => {
    expect(
      report(() => readLedgerCsv('编号,日期,金额,保单号\nL1,2026-01-02,1,AH-1\n')).problems[0]
        ?.message.en,
    ).toBe(
      'line 1 (category/类别/费用类别/支出类别/服务类别/服务项目): the required column category/类别/费用类别/支出类别/服务类别/服务项目 is missing',
    );
    expect(report(() => readLedgerCsv('')).problems[0]?.message.en).toBe(
      'the file is empty: no header and no rows',
    );
    expect(report(() => readLedgerCsv('日期,金额,费用类别,保单号\n')).problems[0]?.message.en).toBe(
      'line 1 (header): the ledger has no rows (a header only)',
    );
  });

  it('a GBK ledger whose first 64 KiB is ASCII, then a row with a Chinese category, is read as GBK', () => {
    const lines = ['id,date,amount,category,policy'];
    for (let i = 0; i < 3000; i++) lines.push(`A${String(i)},2026-01-02,1.00,training,AH-1`);
    lines.push('LATE,2026-01-03,2.00,生产安全事故隐患排查,AH-1', '');
    const bytes = gbk(lines.join('\n'));
    expect(bytes.indexOf(0xc9)).toBeGreaterThan(65_536); // 生 (0xC9FA) only after 64 KiB
    const r = readLedgerCsv(bytes, { profile: anhui });
    expect(r.entries.length).toBe(3001);
    expect(r.entries.at(-1)).toEqual({
      id: 'LATE',
      date: '2026-01-03',
      amount: '2.00',
      category: 'hazard-inspection',
      policy: 'AH-1',
    });
  });

  it('streamLedgerCsv: the same entries; a bad cell anywhere makes the check throw, never answer', () => {
    expect([...streamLedgerCsv(csv, { profile: anhui })]).toEqual(
      readLedgerCsv(csv, { profile: anhui }).entries,
    );
    const bad = `${csv}\r\nL9,2026-13-01,1.00,training,AH-1`;
    expect(() =>
      checkPreventionLedger({
        jurisdiction: 'anhui',
        asOf: '2026-12-31',
        policies: POLICIES,
        entries: streamLedgerCsv(bad, { profile: anhui }),
      }),
    ).toThrow(FileReadError);
  });

  it('without a profile the category codes are taken as written (the check refuses an unknown one)', () => {
    const r = readLedgerCsv('date,amount,category,policy\n2026-01-02,1,whatever,AH-1\n');
    expect(r.entries).toEqual([
      { date: '2026-01-02', amount: '1', category: 'whatever', policy: 'AH-1' },
    ]);
  });

  it('the readers’ codes of spending outside prevention are the ledger check’s', () => {
    expect([...IO_NON_PREVENTION]).toEqual([...NON_PREVENTION_CATEGORIES]);
  });
});

describe('readLedgerXlsx: a ledger workbook as Excel saves it', () => {
  it('a merged title row, date cells, number amounts; errors by Excel row and column letter', async () => {
    const bytes = await workbook(
      [
        ['2026年事故预防费用台账'],
        ['序号', '支出日期', '支出金额', '服务项目', '保险单号', '备注'],
        [1, new Date(Date.UTC(2026, 1, 10)), 1200.5, '安全生产宣传教育培训', 'AH-1', '第一季度'],
        [2, 46134, 2759.5, '管理费用', 'AH-1', null],
      ],
      (s) => {
        s.mergeCells('A1:F1');
      },
    );
    const r = await readLedgerXlsx(bytes, { profile: anhui });
    expect(r.titleRows).toEqual([{ line: 1, text: '2026年事故预防费用台账' }]);
    // 46134 = 2026-04-22 (46023 is 2026-01-01, + 111 days)
    expect(r.entries).toEqual([
      { id: '1', date: '2026-02-10', amount: '1200.5', category: 'training', policy: 'AH-1' },
      { id: '2', date: '2026-04-22', amount: '2759.5', category: 'administration', policy: 'AH-1' },
    ]);
    expect(await readLedger(bytes, { profile: anhui })).toEqual(r);
    const bad = await workbook([
      ['日期', '金额', '类别', '保单号'],
      [new Date(Date.UTC(2026, 1, 10)), 0.001, 'training', 'AH-1'],
    ]);
    const e = await reportAsync(() => readLedgerXlsx(bad, { profile: anhui, file: '台账.xlsx' }));
    expect(e.problems.map(where)).toEqual([[2, 2, '金额', '0.001']]);
    expect(e.problems[0]?.message.en).toBe(
      'row 2, column B (金额): expected an amount in yuan ≥ 0 with at most 2 decimals: 1200, 1,200.50, ¥1,200.50, 1200元, got "0.001"',
    );
  });
});

describe('readPoliciesCsv: the policies a ledger is checked against', () => {
  it('AH-PREV-05 保单号, 实收保费, 保险起期, 保险止期 → checkPreventionLedger’s policies and the periods', async () => {
    const csv =
      '保单号,实收保费,保险起期,保险止期\nAH-1,"19,800.00",2026/1/1,2026/12/31\nAH-2,8250,46082,2027年2月28日\n';
    const r = readPoliciesCsv(csv);
    expect(r.policies).toEqual([
      { policy: 'AH-1', collected: '19800.00', period: { from: '2026-01-01', to: '2026-12-31' } },
      // 46082 = 2026-03-01 (46023 + 59)
      { policy: 'AH-2', collected: '8250', period: { from: '2026-03-01', to: '2027-02-28' } },
    ]);
    expect(r.periods).toEqual([
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2026-03-01', to: '2027-02-28' },
    ]);
    const check = checkPreventionLedger({
      jurisdiction: 'anhui',
      asOf: '2026-12-31',
      policies: r.policies,
      entries: [],
    });
    // 8,250 × 20% = 1,650.00
    expect(check.policies.map((p) => p.cap?.amount)).toEqual(['3960.00', '1650.00']);
    expect(await readPolicies(new TextEncoder().encode(csv))).toEqual(r);
  });

  it('a policy listed twice and a period ending before it starts are refused by their line', () => {
    const csv =
      'policy,collected,from,to\nP1,1,2026-01-01,2026-12-31\nP1,1,2026-01-01,2026-12-31\nP2,1,2026-12-31,2026-01-01\n';
    const e = report(() => readPoliciesCsv(csv));
    expect(e.problems.map(where)).toEqual([
      [3, 1, 'policy', 'P1'],
      [4, 4, 'to', '2026-01-01'],
    ]);
    expect(e.problems[0]?.message.zh).toBe('第3行第1列（policy）：保单P1已在第2行出现');
  });
});

describe('readStaffCsv / readStaffXlsx: a service firm’s staff (XZ-FIRM-05)', () => {
  it('XZ-FIRM-05 titles and certificates by their Chinese names → checkServiceFirm’s staff', async () => {
    const csv = [
      '姓名,职称,注册证书,安全管理年限',
      '王工,高级,"注册安全工程师、国家注册一级建造师",15年',
      '李工,正高级,无,20',
      '赵工,中级,,5.5',
    ].join('\n');
    const r = readStaffCsv(csv, { profile: xinzhou });
    expect(r.staff).toEqual([
      {
        name: '王工',
        title: 'senior',
        certificates: ['registered-safety-engineer', 'first-class-constructor'],
        safetyYears: 15,
      },
      { name: '李工', title: 'full-senior', certificates: [], safetyYears: 20 },
      { name: '赵工', title: 'intermediate', certificates: [], safetyYears: 5.5 },
    ]);
    const v = checkServiceFirm({
      jurisdiction: 'xinzhou',
      asOf: '2026-01-01',
      facts: {},
      staff: r.staff,
    });
    expect(v.criteria.find((c) => c.ruleId === 'XZ-FIRM-05')?.status).toBe('fail'); // 1 of 3, 1 of 5
    const bytes = await workbook([
      ['技术服务机构人员名单'],
      ['姓名', '技术职称', '执业资格', '从事安全管理年限'],
      ['王工', '副高级', '注册安全工程师', 15],
      ['钱工', '教授', '注册会计师', 81],
    ]);
    const e = await reportAsync(() => readStaffXlsx(bytes, { profile: xinzhou }));
    expect(e.problems.map(where)).toEqual([
      [4, 2, '技术职称', '教授'],
      [4, 3, '执业资格', '注册会计师'],
      [4, 4, '从事安全管理年限', '81'],
    ]);
  });
});

describe('a title row above the header (issue 19)', () => {
  it('is skipped and said so; without one nothing is skipped; a misspelt header is still refused', () => {
    const body = 'id,date,amount,category,policy\nL1,2026-01-02,1,training,AH-1\n';
    expect(
      readLedgerCsv(`荆州市安责险投保台账\n填报单位：荆州区住建局,,\n\n${body}`).titleRows,
    ).toEqual([
      { line: 1, text: '荆州市安责险投保台账' },
      { line: 2, text: '填报单位：荆州区住建局' },
    ]);
    expect(readLedgerCsv(body).titleRows).toEqual([]);
    // no known header anywhere: the first row is the header, its names refused
    const e = report(() => readLedgerCsv('荆州市安责险投保台账\n日其,金钱\n'));
    expect(e.problems.map((p) => p.message.en)).toContainEqual(
      expect.stringMatching(/^line 1, column 1 \(荆州市安责险投保台账\): unknown column/),
    );
  });
});
