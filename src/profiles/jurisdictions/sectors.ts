// Sector codes shared by the profiles, so a unit's sector means the same thing in every jurisdiction.
import type { z } from 'zod/mini';
import { parseDate } from '../../time/calendar-date.js';
import type { ScopeEntrySchema } from '../schema.js';

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
