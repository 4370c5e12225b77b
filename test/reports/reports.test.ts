import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coverageStatus,
  jingzhou,
  jingzhouAnnex1,
  jingzhouAnnex2,
  jingzhouAnnex4,
  jingzhouAnnex5,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  ValidationError,
  xinzhouPolicySchedule,
  type Report,
} from '../../src/index.js';
import { REPORTS, XINZHOU_DOCUMENT, XINZHOU_QUOTE, unitsOnly } from './samples.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const RENDERERS = {
  md: renderMarkdown,
  csv: (r: Report) => renderCsv(r),
  html: renderHtml,
  json: renderJson,
};

// Golden files: written once with UPDATE_GOLDEN=1, reviewed by hand against the source forms, then compared.
function golden(name: string, actual: string) {
  const path = `${GOLDEN}${name}`;
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(
    existsSync(path),
    `missing golden file ${name}: run with UPDATE_GOLDEN=1 and review it`,
  ).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden files: each builder × renderer on fixed sample data', () => {
  for (const [name, build] of Object.entries(REPORTS)) {
    for (const [ext, render] of Object.entries(RENDERERS)) {
      const id = name.startsWith('jingzhou-annex-')
        ? `JZ-RPT-0${name.slice(-1)}`
        : name.startsWith('xinzhou-quote')
          ? 'XZ-OPS-04'
          : name.startsWith('xinzhou-policy')
            ? 'XZ-OPS-05'
            : name.startsWith('anhua')
              ? 'AN-CAL-01'
              : 'MONEY-05';
      it(`${id} ${name}.${ext} matches its golden file`, () => {
        golden(`${name}.${ext}`, render(build()));
      });
    }
  }
});

describe('the forms, character for character', () => {
  it('JZ-RPT-02 附件2 columns and its closing line', () => {
    const r = REPORTS['jingzhou-annex-2']?.();
    expect(r?.tables[0]?.columns).toEqual([
      '序号',
      '企业名称',
      '企业地址',
      '联系人及电话',
      '员工人数',
      '是否投保',
    ]);
    expect(renderMarkdown(r as Report)).toContain(
      '荆州区住建局共有建筑施工企业5家，其中3家已投保，总共230人投保。',
    );
  });
  it('JZ-RPT-03 附件3 columns and its closing line', () => {
    const r = REPORTS['jingzhou-annex-3']?.() as Report;
    expect(r.tables[0]?.columns).toEqual([
      '序号',
      '项目名称',
      '项目地址',
      '总包单位',
      '联系人及电话',
      '是否投保',
    ]);
    expect(renderMarkdown(r)).toContain('荆州区住建局共在建有房屋市政项目3个，其中2个已投保。');
  });
  it('JZ-RPT-04 JZ-RPT-05 quarterly forms: title, quarter, rows, 完成率 with 2 decimals', () => {
    const r4 = REPORTS['jingzhou-annex-4']?.() as Report;
    expect(r4.title).toBe('荆州市建筑业施工企业安责险强制推行工作进度季度报表');
    expect(r4.period).toBe('（2021年第3季度）');
    expect(r4.tables[0]?.columns).toEqual([
      '序号',
      '企业类别',
      '总数量',
      '完成数量',
      '完成率（%）',
    ]);
    expect(renderCsv(r4)).toContain('1,纳入统计建筑施工企业,3,2,66.67');
    const r5 = REPORTS['jingzhou-annex-5']?.() as Report;
    expect(r5.tables[0]?.columns[1]).toBe('项目类别');
    expect(renderCsv(r5)).toContain('2,市政项目,1,1,100.00');
  });
  it('JZ-RPT-01 JZ-RPT-06 JZ-RPT-07 the targets, and completion summaries carrying the 2022-12-15 note', () => {
    expect(renderMarkdown(REPORTS['jingzhou-annex-6']?.() as Report)).toContain(
      '备注：2022年12月15日前将完成情况汇总后上报',
    );
    expect(renderMarkdown(REPORTS['jingzhou-annex-7']?.() as Report)).toContain('房建项目');
    expect(renderCsv(jingzhouAnnex1())).toContain(
      '建筑施工企业,各县市区住建局（建设局）,50,30,80,50,100,100',
    );
  });
  it('XZ-OPS-04 XZ-OPS-05 the quote letter and the policy state every field, amounts in figures and 人民币大写', () => {
    const letter = renderMarkdown(REPORTS['xinzhou-quote-letter']?.() as Report);
    for (const label of [
      '项目名称',
      '工程地址',
      '工程类别',
      '工程合同期限',
      '工程合同金额',
      '保险方案',
      '保险费率',
      '保障额度',
      '事故预防技术服务方案',
      '事故预防技术服务费用比例',
    ])
      expect(letter).toContain(`**${label}**`);
    expect(letter).toContain('¥8,650,000.00（人民币捌佰陆拾伍万元整）');
    expect(letter).toContain('¥15,570.00（人民币壹万伍仟伍佰柒拾元整）');
    const policy = renderMarkdown(REPORTS['xinzhou-policy-schedule']?.() as Report);
    expect(policy).toContain('**保险期限**：2026-02-01 至 2027-06-30');
    expect(() =>
      xinzhouPolicySchedule(XINZHOU_QUOTE, { ...XINZHOU_DOCUMENT, insurancePeriod: undefined }),
    ).toThrow(ValidationError);
  });
  it('AN-CAL-01 the Anhua skeleton is due 15 January', () => {
    expect(renderMarkdown(REPORTS['anhua-annual-report']?.() as Report)).toContain(
      '**报送期限**：2026-01-15',
    );
  });
  it('MONEY-05 a category with no units shows "—", never 0.00 or 100.00', () => {
    const r = jingzhouAnnex5({ unit: 'X', year: 2021, quarter: 3, rows: [] });
    expect(renderCsv(r)).toContain('1,房建项目,0,0,—');
  });
});

describe('escaping: hostile names are inert in every format', () => {
  const hostile = '<script>alert(1)</script>, "q" \n =cmd|\'/c calc\'!A1';
  const r = jingzhouAnnex2({
    unit: '=HYPERLINK("x")',
    asOf: '2021-06-30',
    rows: [
      {
        kind: 'enterprise',
        id: 'X',
        sector: 'construction',
        inStatistics: true,
        name: hostile,
        address: '@SUM(1)',
        employees: 1,
      },
    ],
  });
  it('JZ-RPT-02 HTML escapes tags and quotes', () => {
    const html = renderHtml(r);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&quot;q&quot;');
  });
  it('JZ-RPT-02 CSV quotes fields and neutralises formulas', () => {
    const csv = renderCsv(r);
    expect(csv).toContain(`"<script>alert(1)</script>, ""q"" \n =cmd|'/c calc'!A1"`);
    expect(csv).toContain("'@SUM(1)");
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(csv.split('\r\n').some((line) => /^[=+\-@]/.test(line))).toBe(false);
  });
  it('JZ-RPT-02 Markdown escapes tags, pipes and newlines', () => {
    const md = renderMarkdown(r);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\|');
    expect(md).toContain('<br>');
  });
  it('JZ-RPT-02 JSON is the model itself', () => {
    expect(JSON.parse(renderJson(r))).toEqual(JSON.parse(JSON.stringify(r)));
  });
});

/** A strict RFC 4180 reader for the tests only. */
function parseCsv(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch ?? '';
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch ?? '';
  }
  return rows;
}

describe('properties', () => {
  const rowArb = fc.record({
    statistics: fc.boolean(),
    insured: fc.boolean(),
    name: fc.string({ maxLength: 12 }),
    employees: fc.nat(500),
  });
  it('JZ-RPT-04 for random rosters the form’s totals equal coverageStatus’s', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
        const roster = rows.map((r, i) => ({
          kind: 'enterprise' as const,
          id: `E${i}`,
          sector: 'construction',
          inStatistics: r.statistics,
          name: r.name || 'x',
          employees: r.employees,
          ...(r.insured ? { policies: [{ from: '2021-01-01', to: '2021-12-31' }] } : {}),
        }));
        const form = jingzhouAnnex4({ unit: 'U', year: 2021, quarter: 2, rows: roster });
        const status = coverageStatus({
          profile: jingzhou,
          asOf: '2021-06-30',
          units: unitsOnly(roster),
        });
        const cat = (c: string) => status.categories.find((x) => x.category === c);
        const cells =
          form.tables[0]?.rows.map((r) => r.map((c) => ('value' in c ? c.value : null))) ?? [];
        expect(cells[0]?.[2]).toBe(cat('enterprises-in-statistics')?.total);
        expect(cells[0]?.[3]).toBe(cat('enterprises-in-statistics')?.insured);
        expect(cells[1]?.[2]).toBe(cat('enterprises-not-in-statistics')?.total);
      }),
      { numRuns: 200 },
    );
  });
  it('JZ-RPT-02 CSV round-trips through a CSV parser (names with quotes, commas, newlines)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 20 }).filter((s) => s.length > 0),
          { minLength: 1, maxLength: 10 },
        ),
        (names) => {
          const roster = names.map((name, i) => ({
            kind: 'enterprise' as const,
            id: `E${i}`,
            sector: 'construction',
            inStatistics: true,
            name,
          }));
          const parsed = parseCsv(
            renderCsv(jingzhouAnnex2({ unit: 'U', asOf: '2021-06-30', rows: roster }), {
              table: 'list',
            }),
          );
          const names2 = parsed.slice(1, 1 + names.length).map((r) => r[1]);
          // docs/reports.md: after leading whitespace, = + - @ (or full-width) is a formula unless the
          // field is a plain number; a leading tab, CR or LF is one too.
          const formula = (n: string) => {
            const t = n.trimStart();
            return (
              /^[\t\r\n]/.test(n) ||
              (/^[=+\-@＝＋－＠]/.test(t) && !/^[+-]?[0-9]+(\.[0-9]+)?$/.test(t))
            );
          };
          expect(names2).toEqual(names.map((n) => (formula(n) ? `'${n}` : n)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
