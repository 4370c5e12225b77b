import { lazySchema } from '../../_lib/lazy.js';
import * as z from 'zod/mini';
import { deepFreeze } from '../../_lib/freeze.js';
import { parseWith } from '../../errors/zod.js';
import { formatCny } from '../../money/format.js';
import { formatRate } from '../../money/rate.js';
import { profileFor } from '../../profiles/profile-for.js';
import { JurisdictionInputSchema, type Parameter, type Rule } from '../../profiles/schema.js';
import { CalendarDateSchema } from '../../time/calendar-date.js';
import { text, type Report } from '../model.js';

export const ProfileSheetInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
  }),
);

/** The input of {@link profileSheet}. */
export type ProfileSheetInput = z.input<typeof ProfileSheetInputSchema>;

const COUNT_UNITS: Record<string, string> = {
  days: '日',
  hours: '小时',
  months: '个月',
  years: '年',
  persons: '人',
  times: '次',
  quarters: '个季度',
  'fiscal-year': '个会计年度',
};

/** A parameter as a person reads it, in Chinese. */
function shown(p: Parameter): string {
  switch (p.type) {
    case 'rate':
      return formatRate(p.value);
    case 'money':
      return formatCny(p.value);
    case 'count':
      return `${p.value}${COUNT_UNITS[p.unit] ?? p.unit}`;
    case 'date':
      return p.value;
    case 'annual-date':
      return `每年${p.month}月${p.day}日`;
    case 'period':
      return `${p.value.from}至${p.value.to}`;
    case 'targets':
      return p.value
        .map((t) => `${t.category} ${t.year}年：${t.deadline}前≥${t.percent}%`)
        .join('；');
    case 'list':
      return p.value.map((i) => i.name.zh).join('、');
    case 'boolean':
      return p.value ? '是' : '否';
    case 'code':
      return p.value;
    case 'text':
      return p.value.zh;
    case 'table':
      return [p.columns.join('｜'), ...p.rows.map((r) => r.join('｜'))].join('；');
    case 'unstated':
      return `未载明（${p.reason.zh}）`;
  }
}

const paramsOf = (r: Rule): string =>
  Object.entries(r.params)
    .map(
      ([name, p]) =>
        `${name}：${shown(p)}${r.documentary?.includes(name) === true ? '（仅供查阅，不参与计算）' : ''}`,
    )
    .join('\n');

/**
 * What a version of a jurisdiction's law says, rule by rule, as a report any renderer prints: the
 * version in force on `asOf` (a shipped id, a profile, or a `defineJurisdiction` chain), its document
 * and validity, every rule with its citation and every parameter — those only shown to people marked
 * as such — and the version's warnings (a hypothetical or caller-set version says so). A regulator can
 * print the version a what-if study used next to its results.
 *
 * @throws {ValidationError} a bad input or profile
 * @throws {ProfileNotInForceError} when no version applies on `asOf`
 * @example profileSheet({ jurisdiction: 'anhui', asOf: '2026-01-01' }).tables[0].rows.length //=> 33
 */
export function profileSheet(input: ProfileSheetInput): Report {
  const q = parseWith(ProfileSheetInputSchema, input);
  const { profile: p, warnings } = profileFor(q.jurisdiction, q.asOf);
  const d = p.document;
  return deepFreeze({
    id: 'profile-sheet',
    title: `${p.name.zh}安全生产责任保险规定（${p.version}版）`,
    period: `${p.validFrom}起${p.validUntil === null ? '' : `至${p.validUntil}`}`,
    unit: p.name.zh,
    header: [
      { label: '地区', value: text(`${p.name.zh}（${p.id}）`) },
      { label: '文件', value: text(`${d.number ?? '无文号'} ${d.title.zh}`) },
      { label: '版本', value: text(p.version) },
      {
        label: '适用',
        value: text(`${p.validFrom}起${p.validUntil === null ? '' : `至${p.validUntil}`}`),
      },
      { label: '查询日', value: { kind: 'date' as const, value: q.asOf } },
    ],
    tables: [
      {
        id: 'rules',
        caption: '规则与参数',
        columns: ['规则', '类型', '摘要', '出处', '参数'],
        rows: p.rules.map((r) => [
          text(r.id),
          text(r.tag),
          text(r.summary.zh),
          text(`${r.citation.document} ${r.citation.section}`),
          text(paramsOf(r)),
        ]),
        closing: null,
        chart: null,
      },
    ],
    closingLines: warnings.map((w) => `注意：${w.message.zh}`),
    footnotes: [],
  });
}
