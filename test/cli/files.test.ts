import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

// The CLI reads ledgers, policy lists and staff lists with anzexian/io (no second copy): the files an
// office keeps, with Chinese headers and a title row, in CSV or .xlsx.
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const SPAWNING = { timeout: 120_000 };

describe('the CLI reads ledgers, policies and staff lists as offices keep them', SPAWNING, () => {
  const dir = mkdtempSync(join(tmpdir(), 'anzexian-files-'));
  const ledger = join(dir, '台账.csv');
  writeFileSync(
    ledger,
    [
      '2026年事故预防服务台账,,,,',
      '编号,日期,金额,费用类别,保单号',
      'L1,2026/2/10,"1,200.50",安全生产宣传教育培训,AH-1',
      'L2,2026年4月22日,2759.51,hazard-inspection,AH-1',
    ].join('\r\n'),
  );

  it('AH-PREV-05 ledger: a Chinese ledger and an .xlsx policy list; 3,960.01 spent of a 3,960.00 cap → over by 0.01, exit 1', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('保单');
    s.addRow(['保单号', '实收保费', '保险起期', '保险止期']);
    s.addRow(['AH-1', 19800, new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 11, 31))]);
    const policies = join(dir, '保单.xlsx');
    writeFileSync(policies, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = run([
      'ledger',
      '--jurisdiction',
      'anhui',
      '--as-of',
      '2026-12-31',
      '--policies',
      policies,
      '--input',
      ledger,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    // 19,800 × 20% = 3,960.00; 1,200.50 + 2,759.51 = 3,960.01
    const out = JSON.parse(r.out) as {
      policies: { spent: { amount: string }; over: { amount: string } }[];
    };
    expect(out.policies[0]).toMatchObject({
      spent: { amount: '3960.01' },
      over: { amount: '0.01' },
    });
  });

  it('ledger: a bad cell → exit 2 with its line, column, header and value, and nothing on stdout', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '编号,日期,金额,费用类别,保单号\nL1,2026/2/30,1.00,training,AH-1\n');
    const policies = join(dir, 'policies.csv');
    writeFileSync(policies, 'policy,collected,from,to\nAH-1,19800,2026-01-01,2026-12-31\n');
    const r = run([
      'ledger',
      '--jurisdiction',
      'anhui',
      '--as-of',
      '2026-12-31',
      '--policies',
      policies,
      '--input',
      bad,
    ]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${bad}: line 2, column 2 (日期): expected a date`);
  });

  it('XZ-FIRM-05 check firm --staff: a staff list in CSV, by Chinese titles and certificate names', () => {
    const staff = join(dir, '人员.csv');
    writeFileSync(staff, '姓名,职称,注册证书,安全管理年限\n王工,高级,注册安全工程师,15\n');
    const firm = join(dir, 'firm.json');
    writeFileSync(firm, JSON.stringify({ jurisdiction: 'xinzhou', asOf: '2025-06-01', facts: {} }));
    const r = run(['check', 'firm', '--input', firm, '--staff', staff]);
    expect(r.err).toBe('');
    const v = JSON.parse(r.out) as {
      criteria: { ruleId: string; status: string; reason: { en: string } }[];
    };
    // one person with a senior title, a certificate and 15 years: tier 1 met, tiers 2 and 3 not (3 and 5 needed)
    const tiers = v.criteria.find((c) => c.ruleId === 'XZ-FIRM-05');
    expect(tiers?.status).toBe('fail');
    expect(r.code).toBe(1);
    expect(run(['check', 'insurer', '--input', firm, '--staff', staff])).toMatchObject({ code: 2 });
  });
});
