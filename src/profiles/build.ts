// Small constructors that keep the profile modules readable. They only build plain data; the
// schema (./schema.ts) is what says the data is right, and the tests check every profile against it.
import { parseCny } from '../money/parse-cny.js';
import type { Rate } from '../money/rate.js';
import { parseDate } from '../time/calendar-date.js';
import type { Parameter, Rule, RuleFamily, RuleTag, Target } from './schema.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const param = {
  rate: (value: Rate): Parameter => ({ type: 'rate', value }),
  money: (yuan: string): Parameter => ({ type: 'money', value: parseCny(yuan) }),
  count: (value: number, unit: Extract<Parameter, { type: 'count' }>['unit']): Parameter => ({
    type: 'count',
    value,
    unit,
  }),
  date: (value: string): Parameter => ({ type: 'date', value: parseDate(value) }),
  annual: (month: number, day: number): Parameter => ({ type: 'annual-date', month, day }),
  period: (from: string, to: string): Parameter => ({
    type: 'period',
    value: { from: parseDate(from), to: parseDate(to) },
  }),
  targets: (
    rows: readonly [category: string, year: number, deadline: string, percent: string][],
  ): Parameter => ({
    type: 'targets',
    value: rows.map(([category, year, deadline, percent]): Target => ({
      category,
      year,
      deadline: parseDate(deadline),
      percent,
    })),
  }),
  list: (items: readonly [code: string, zh: string, en: string][]): Parameter => ({
    type: 'list',
    value: items.map(([code, zh, en]) => ({ code, name: { zh, en } })),
  }),
  bool: (value: boolean): Parameter => ({ type: 'boolean', value }),
  code: (value: string): Parameter => ({ type: 'code', value }),
  text: (zh: string, en: string): Parameter => ({ type: 'text', value: { zh, en } }),
  table: (columns: readonly string[], rows: readonly (readonly string[])[]): Parameter => ({
    type: 'table',
    columns,
    rows,
  }),
  unstated: (zh: string, en: string): Parameter => ({ type: 'unstated', reason: { zh, en } }),
};

/** Optional parts of a rule. */
export interface RuleExtras {
  readonly params?: Record<string, Parameter>;
  readonly effectiveFrom?: string;
  readonly families?: readonly RuleFamily[];
  readonly corrections?: Rule['corrections'];
  readonly note?: readonly [zh: string, en: string];
  /** Parameters only shown to people, read by no computation. */
  readonly documentary?: readonly string[];
}

/** A rule maker bound to one document, so each rule states only its section. */
export function rulesOf(document: string) {
  return (
    id: string,
    tag: RuleTag,
    section: string,
    zh: string,
    en: string,
    extras: RuleExtras = {},
  ): Rule => {
    const rule: Mutable<Rule> = {
      id,
      tag,
      summary: { zh, en },
      citation: { document, section },
      params: extras.params ?? {},
    };
    if (extras.effectiveFrom !== undefined) rule.effectiveFrom = parseDate(extras.effectiveFrom);
    if (extras.families !== undefined) rule.families = extras.families;
    if (extras.corrections !== undefined) rule.corrections = extras.corrections;
    if (extras.documentary !== undefined) rule.documentary = extras.documentary;
    if (extras.note !== undefined) rule.note = { zh: extras.note[0], en: extras.note[1] };
    return rule;
  };
}
