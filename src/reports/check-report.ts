import { readOnce } from '../_lib/plain.js';
import { fail } from '../errors/errors.js';
import * as z from 'zod/mini';
import { isCny } from '../money/cny.js';
import { isCoverageRate } from '../money/coverage.js';
import { BilingualSchema, CitationSchema } from '../profiles/schema.js';
import { isRate } from '../money/rate.js';
import type { Cell, Report } from './model.js';

// Renderers accept reports from JSON or from callers who edited a builder's output. Every part a
// renderer reads is checked here, so a malformed report is one typed error — never a TypeError,
// "undefined" or "NaN" printed into a filing.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An object whose own keys are all among `allowed`: an extra key would be copied into the JSON. */
const within = (v: Obj, allowed: readonly string[]): boolean =>
  Object.keys(v).every((k) => allowed.includes(k));
const isStr = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): boolean => v === null || isStr(v);
const arrayOf = (v: unknown, ok: (x: unknown) => boolean): boolean =>
  Array.isArray(v) && v.every(ok);

/** True for a cell of a known kind whose value has the type that kind promises. */
export function isCell(v: unknown): v is Cell {
  if (!isObj(v) || !within(v, ['kind', 'value', 'uppercase'])) return false;
  const value = v['value'];
  switch (v['kind']) {
    case 'text':
    case 'date':
      return isStr(value);
    case 'count':
      return typeof value === 'number' && Number.isFinite(value);
    case 'money':
      return isCny(value) && (v['uppercase'] === undefined || typeof v['uppercase'] === 'boolean');
    case 'coverage':
      return isCoverageRate(value);
    case 'rate':
      return isRate(value);
    case 'yes-no':
      return value === null || typeof value === 'boolean';
    default:
      return false;
  }
}

const isTable = (t: unknown): boolean =>
  isObj(t) &&
  within(t, ['id', 'caption', 'columns', 'rows', 'closing', 'chart']) &&
  isStr(t['id']) &&
  strOrNull(t['caption']) &&
  arrayOf(t['columns'], isStr) &&
  arrayOf(t['rows'], (row) => arrayOf(row, isCell)) &&
  (t['closing'] === null ||
    (isObj(t['closing']) &&
      within(t['closing'], ['template', 'values']) &&
      isStr(t['closing']['template']) &&
      isObj(t['closing']['values']) &&
      Object.values(t['closing']['values']).every(isCell))) &&
  (t['chart'] === null ||
    arrayOf(
      t['chart'],
      (c) =>
        isObj(c) &&
        within(c, ['label', 'rate', 'targetPercent']) &&
        isStr(c['label']) &&
        isCoverageRate(c['rate']) &&
        strOrNull(c['targetPercent']),
    ));

const isFootnote = (f: unknown): boolean =>
  isObj(f) &&
  within(f, ['ruleId', 'citation', 'text']) &&
  isStr(f['ruleId']) &&
  z.safeParse(CitationSchema, f['citation']).success &&
  z.safeParse(BilingualSchema, f['text']).success;

/** Refuses what is not a report model (a builder's output), before a renderer reads it. */
export function checkReport(report: unknown): Report {
  const value = readOnce(report);
  const ok =
    isObj(value) &&
    within(value, [
      'id',
      'title',
      'period',
      'unit',
      'annex',
      'jurisdiction',
      'header',
      'tables',
      'closingLines',
      'footnotes',
    ]) &&
    isStr(value['id']) &&
    isStr(value['title']) &&
    strOrNull(value['period']) &&
    strOrNull(value['unit']) &&
    (value['annex'] === undefined || strOrNull(value['annex'])) &&
    (value['jurisdiction'] === undefined ||
      value['jurisdiction'] === null ||
      (isObj(value['jurisdiction']) &&
        within(value['jurisdiction'], ['id', 'name']) &&
        isStr(value['jurisdiction']['id']) &&
        z.safeParse(BilingualSchema, value['jurisdiction']['name']).success)) &&
    arrayOf(
      value['header'],
      (h) => isObj(h) && within(h, ['label', 'value']) && isStr(h['label']) && isCell(h['value']),
    ) &&
    arrayOf(value['tables'], isTable) &&
    arrayOf(value['closingLines'], isStr) &&
    arrayOf(value['footnotes'], isFootnote);
  if (!ok)
    fail(
      ['report'],
      'invalid_type',
      { expected: 'a report made by one of the builders' },
      'Report',
    );
  return value as unknown as Report;
}
