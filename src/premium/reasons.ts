/**
 * Why an insurer floats a rate: the factors the documents name (AH-RATE-03, ZS-FLOAT-01/02). A
 * reason is a code, so programs can check it; an unknown code is a validation error, never ignored.
 */
export const FLOAT_REASONS = {
  'accident-record': { zh: '事故记录和等级', en: 'accident record and grade' },
  standardisation: { zh: '安全生产标准化建设情况', en: 'safety standardisation' },
  'violations-dishonesty': { zh: '安全生产违法失信行为', en: 'safety violations and dishonesty' },
  'hazard-rectification': { zh: '配合整改事故隐患情况', en: 'cooperation in rectifying hazards' },
  'claims-free': { zh: '无出险记录', en: 'claims-free' },
  'good-credit': { zh: '安全生产信用状况良好', en: 'good safety credit' },
  'good-management': { zh: '安全生产管理水平较好', en: 'good safety management' },
  'chaotic-management': { zh: '安全生产管理混乱', en: 'chaotic safety management' },
  accident: { zh: '发生安全事故', en: 'an accident' },
  'risk-level': { zh: '企业风险程度', en: "the enterprise's risk level" },
  'dual-prevention': { zh: '双重预防机制建设', en: 'the dual-prevention mechanism' },
} as const;

/** A reason code for a float adjustment. */
export type FloatReason = keyof typeof FLOAT_REASONS;

/** Every reason code, for schemas and menus. */
export const FLOAT_REASON_CODES = Object.keys(FLOAT_REASONS) as [FloatReason, ...FloatReason[]];
