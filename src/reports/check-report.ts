import { fail } from '../errors/errors.js';
import type { Cell, Report } from './model.js';

const CELL_KINDS = new Set(['text', 'count', 'money', 'coverage', 'rate', 'yes-no', 'date']);

/** True for a cell of a known kind (the renderers refuse anything else). */
export const isCell = (v: unknown): v is Cell =>
  typeof v === 'object' &&
  v !== null &&
  CELL_KINDS.has((v as { kind?: unknown }).kind as string) &&
  'value' in v;

/** Refuses what is not a report model (a builder's output), before a renderer reads it. */
export function checkReport(value: unknown): Report {
  const r = value as Partial<Record<keyof Report, unknown>> | null;
  const ok =
    typeof r === 'object' &&
    r !== null &&
    typeof r.title === 'string' &&
    Array.isArray(r.header) &&
    Array.isArray(r.tables) &&
    Array.isArray(r.closingLines) &&
    Array.isArray(r.footnotes) &&
    (r.tables as unknown[]).every(
      (t) =>
        typeof t === 'object' &&
        t !== null &&
        Array.isArray((t as { rows?: unknown }).rows) &&
        Array.isArray((t as { columns?: unknown }).columns),
    );
  if (!ok)
    fail(
      ['report'],
      'invalid_type',
      { expected: 'a report made by one of the builders' },
      'Report',
    );
  return value as Report;
}
