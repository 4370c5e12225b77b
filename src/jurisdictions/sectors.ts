// Sector codes shared by the profiles, so a unit's sector means the same thing in every jurisdiction.
import type { z } from 'zod/mini';
import { parseDate } from '../time/calendar-date.js';
import type { ScopeEntrySchema } from '../profiles/schema.js';

type ScopeEntry = z.infer<typeof ScopeEntrySchema>;

export const mandatory = (code: string, zh: string, en: string, from?: string): ScopeEntry =>
  from === undefined
    ? { code, name: { zh, en }, status: 'mandatory' }
    : { code, name: { zh, en }, status: 'mandatory', from: parseDate(from) };

export const encouraged = (code: string, zh: string, en: string): ScopeEntry => ({
  code,
  name: { zh, en },
  status: 'encouraged',
});

/**
 * The bases a quote may use where the document sets none: the contract price for construction
 * projects, the insurer's own base for enterprises (the rules catalogue's open question on rates).
 */
export const INSURER_BASES = [
  { kind: 'contract-price', ruleId: null },
  { kind: 'payroll', ruleId: null },
  { kind: 'revenue', ruleId: null },
  { kind: 'insurer-defined', ruleId: null },
] as const;

/** A national measure is not quoted on: it has no bases and no rates of its own here. */
export const NOT_QUOTED = {
  baseKinds: [],
  referenceRateRule: null,
  bandRule: null,
  floatDirectionRule: null,
  note: {
    zh: '全国办法不直接用于报价：请使用地方档案。',
    en: 'A national measure is not quoted on directly: use a local profile.',
  },
} as const;
