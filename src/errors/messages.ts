/**
 * Every message the library can raise, in Chinese and English, keyed by a stable code.
 * One place for all of them, so translations stay consistent and codes stay stable.
 */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A value for a `{placeholder}`: the same in both languages, or one text per language. */
export type ParamValue = string | number | Bilingual | undefined;

/** Values for a message's `{placeholders}`. */
export type Params = Readonly<Record<string, ParamValue>>;

/** A detail written in both languages, for a message's `{detail}` placeholder. */
export const bi = (en: string, zh: string): Bilingual => Object.freeze({ en, zh });

const fill = (template: string, params: Params, lang: keyof Bilingual): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = params[key];
    if (v === undefined) return `{${key}}`;
    return typeof v === 'object' ? v[lang] : String(v);
  });

const MESSAGES = {
  invalid_type: { zh: '类型错误：应为{expected}', en: 'Invalid type: expected {expected}' },
  invalid_amount: {
    zh: '金额格式无效：{detail}',
    en: 'Invalid amount: {detail}',
  },
  too_many_decimals: {
    zh: '金额精确到分，最多两位小数（得到 {value}）',
    en: 'Amounts are exact to the fen: at most 2 decimals (got {value})',
  },
  negative_not_allowed: {
    zh: '此处金额不得为负数（得到 {value}）',
    en: 'A negative amount is not allowed here (got {value})',
  },
  out_of_range: {
    zh: '数值超出允许范围：{detail}',
    en: 'Value out of range: {detail}',
  },
  invalid_rate: { zh: '费率无效：{detail}', en: 'Invalid rate: {detail}' },
  invalid_weights: { zh: '分摊权重无效：{detail}', en: 'Invalid allocation weights: {detail}' },
  invalid_count: { zh: '数量无效：{detail}', en: 'Invalid count: {detail}' },
  invalid_date: {
    zh: '日期无效：应为存在的公历日期 YYYY-MM-DD（得到 {value}）',
    en: 'Invalid date: expected an existing calendar date YYYY-MM-DD (got {value})',
  },
  invalid_option: { zh: '选项无效：{detail}', en: 'Invalid option: {detail}' },
  unknown_option: { zh: '未知的选项或取值：{detail}', en: 'Unknown option or value: {detail}' },
  duplicate_entry: { zh: '重复：{detail}', en: 'Duplicate: {detail}' },
  dates_out_of_order: { zh: '日期先后不符：{detail}', en: 'Dates out of order: {detail}' },
  not_set_by_jurisdiction: {
    zh: '该地区当时的规定未设此项：{detail}',
    en: 'Not set by the law of the jurisdiction: {detail}',
  },
  schema: { zh: '输入不符合要求：{detail}', en: 'Input does not match the schema: {detail}' },
  unknown_jurisdiction: {
    zh: '未知的地区：{value}（可选：{known}）',
    en: 'Unknown jurisdiction: {value} (known: {known})',
  },
  jurisdiction_not_in_entry: {
    zh: '此入口不含地区{value}（只含：{known}）：请从主入口 anzexian 导入',
    en: 'This entry does not carry {value} (it carries {known}): import from the main entry, anzexian',
  },
  not_in_force: {
    zh: '{jurisdiction}在{asOf}没有生效的版本：最早的是{document}，自{earliest}起{detail}',
    en: '{jurisdiction} has no version in force on {asOf}: the earliest is {document}, from {earliest}{detail}',
  },
  repealed: {
    zh: '{jurisdiction}（{document}）已于{until}后失效{detail}',
    en: '{jurisdiction} ({document}) ceased to apply after {until}{detail}',
  },
  unknown_rule: { zh: '未知的规则编号：{value}', en: 'Unknown rule ID: {value}' },
  profile_parameter: {
    zh: '档案参数错误：{rule}的参数{name}应为{expected}（得到{got}）',
    en: 'Profile parameter error: {rule} parameter {name} must be {expected} (got {got})',
  },
  date_range_reversed: {
    zh: '日期先后颠倒：{value}（应为{expected}）',
    en: 'Dates out of order: {value} (expected {expected})',
  },
  profile_inconsistent: {
    zh: '档案前后矛盾：{detail}',
    en: 'The profile contradicts itself: {detail}',
  },
  base_kind_not_allowed: {
    zh: '{jurisdiction}不接受计费基数 {value}（可用：{allowed}）',
    en: '{jurisdiction} does not allow the premium base {value} (allowed: {allowed})',
  },
  filed_rate_required: {
    zh: '{jurisdiction}未规定费率：须提供保险机构的费率',
    en: "{jurisdiction} sets no premium rate: the insurer's filed rate is required",
  },
  out_of_band: {
    zh: '浮动后的费率 {rate} 超出 {rule} 允许的范围 [{floor}, {ceiling}]',
    en: 'The floated rate {rate} is outside the band [{floor}, {ceiling}] that {rule} allows',
  },
} as const satisfies Record<string, Bilingual>;

/** A stable machine-readable code for an input problem. */
export type IssueCode = keyof typeof MESSAGES;

/** Builds the bilingual message for a code, filling `{name}` placeholders from `params`. */
export function message(code: IssueCode, params: Params = {}): Bilingual {
  const m = MESSAGES[code];
  return { zh: fill(m.zh, params, 'zh'), en: fill(m.en, params, 'en') };
}
