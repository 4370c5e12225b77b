import { plainRate } from '../money/rate.js';
import { BASE_KINDS, JURISDICTION_IDS } from '../profiles/schema.js';
import { isCalendarDate } from '../time/calendar-date.js';
import { FLOAT_REASON_CODES } from './reasons.js';
import type { QuoteInputSchema } from './schema.js';
import type * as z from 'zod/mini';

/** A quote input as the quote schema gives it back after parsing. */
export type ParsedQuoteInput = z.output<typeof QuoteInputSchema>;

const JURISDICTIONS: ReadonlySet<unknown> = new Set(JURISDICTION_IDS);
const KINDS: ReadonlySet<unknown> = new Set(BASE_KINDS);
const REASONS: ReadonlySet<unknown> = new Set(FLOAT_REASON_CODES);
const TOP = new Set(['jurisdiction', 'asOf', 'base', 'rate', 'adjustments', 'combine']);
TOP.add('outOfBand').add('rounding');
const ADJUSTMENT_KEYS = new Set(['percent', 'reason', 'note']);
const ROUNDING_MODES = new Set([
  undefined,
  'half-up',
  'half-even',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
]);

/** The own keys of a plain data object when all are among `allowed`; otherwise null. */
function keysWithin(value: unknown, allowed: ReadonlySet<string>): string[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return null;
  const keys = Object.keys(value);
  for (const k of keys) if (!allowed.has(k)) return null;
  return keys;
}

const BASE_KEYS = new Set(['kind', 'amount']);
const RATE_SOURCE_KEYS = new Set(['source', 'rate', 'insurer']);
const ROUNDING_KEYS = new Set(['mode', 'unit']);

function baseOf(value: unknown): ParsedQuoteInput['base'] | null {
  const keys = keysWithin(value, BASE_KEYS);
  if (keys?.length !== 2) return null;
  const { kind, amount } = value as Record<string, unknown>;
  if (!KINDS.has(kind)) return null;
  const plain =
    typeof amount === 'string' ||
    typeof amount === 'bigint' ||
    (typeof amount === 'number' && Number.isFinite(amount));
  return plain ? { kind: kind as ParsedQuoteInput['base']['kind'], amount } : null;
}

type RateSource = NonNullable<ParsedQuoteInput['rate']>;

function rateSourceOf(value: unknown): RateSource | null {
  const keys = keysWithin(value, RATE_SOURCE_KEYS);
  if (keys === null) return null;
  const { source, rate, insurer } = value as Record<string, unknown>;
  if (source === 'reference') return keys.length === 1 ? { source } : null;
  if (source !== 'filed' || (insurer !== undefined && typeof insurer !== 'string')) return null;
  const out: Record<string, unknown> = { source };
  if (keys.includes('rate')) {
    const copy = rate === undefined ? undefined : plainRate(rate);
    if (copy === null) return null;
    out['rate'] = copy;
  }
  if (keys.includes('insurer')) out['insurer'] = insurer;
  return out as RateSource;
}

function adjustmentsOf(value: unknown): ParsedQuoteInput['adjustments'] | null {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return null;
  const list = value as unknown[];
  const n = list.length;
  if (n > 20) return null;
  const out: { percent: string | number; reason: never; note?: string }[] = [];
  for (let i = 0; i < n; i++) {
    const item = list[i];
    const keys = keysWithin(item, ADJUSTMENT_KEYS);
    if (keys === null) return null;
    const { percent, reason, note } = item as Record<string, unknown>;
    if (!REASONS.has(reason) || (note !== undefined && typeof note !== 'string')) return null;
    if (typeof percent !== 'string' && !(typeof percent === 'number' && Number.isFinite(percent)))
      return null;
    const copy: { percent: string | number; reason: never; note?: string } = {
      percent,
      reason: reason as never,
    };
    if (keys.includes('note')) copy.note = note as string;
    out.push(copy);
  }
  return Object.freeze(out);
}

function roundingOf(value: unknown): ParsedQuoteInput['rounding'] | null {
  const keys = keysWithin(value, ROUNDING_KEYS);
  if (keys === null) return null;
  const { mode, unit } = value as Record<string, unknown>;
  if (!ROUNDING_MODES.has(mode as never)) return null;
  if (unit !== undefined && unit !== 'fen' && unit !== 'yuan') return null;
  const out: Record<string, unknown> = {};
  if (keys.includes('mode')) out['mode'] = mode;
  if (keys.includes('unit')) out['unit'] = unit;
  return out;
}

/**
 * The common shapes of a quote input read without zod (internal): a shipped jurisdiction's id, a
 * calendar date, a base of an allowed kind with a string, number or bigint amount, up to 20 float
 * adjustments, and the optional rate source, combination, band mode and rounding — each own property
 * of a plain object read exactly once into a fresh object, as zod would give it back. Anything else
 * (a profile object, a {@link Cny} amount, an unknown key, a wrong type) gives `null`, and the quote
 * parses the input with its zod schema, which accepts or refuses it with the usual issues.
 * Property-tested: whenever this accepts an input, the schema accepts it and gives the same data.
 */
export function readQuoteInput(input: unknown): ParsedQuoteInput | null {
  const keys = keysWithin(input, TOP);
  if (keys === null) return null;
  const source = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = source[key]; // each property read once
  const { jurisdiction, asOf, base, rate, adjustments, combine, outOfBand, rounding } = out;
  if (!JURISDICTIONS.has(jurisdiction) || !isCalendarDate(asOf)) return null;
  const parsedBase = baseOf(base);
  if (parsedBase === null) return null;
  out['base'] = parsedBase;
  if (rate !== undefined) {
    const parsed = rateSourceOf(rate);
    if (parsed === null) return null;
    out['rate'] = parsed;
  }
  if (adjustments !== undefined) {
    const parsed = adjustmentsOf(adjustments);
    if (parsed === null) return null;
    out['adjustments'] = parsed;
  }
  if (combine !== undefined && combine !== 'multiplicative' && combine !== 'additive') return null;
  if (outOfBand !== undefined && outOfBand !== 'clamp' && outOfBand !== 'reject') return null;
  if (rounding !== undefined) {
    const parsed = roundingOf(rounding);
    if (parsed === null) return null;
    out['rounding'] = parsed;
  }
  return out as ParsedQuoteInput;
}
