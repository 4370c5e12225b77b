import type { Bilingual } from '../errors/messages.js';
import { param } from '../profiles/params.js';
import type { Citation, Rule } from '../profiles/schema.js';
import type { CalendarDate } from '../time/calendar-date.js';
import type { DeadlineExtension, DeadlineForm } from '../time/workdays.js';

/** One dated obligation: a deadline (`start` = `end`) or a phase (a span of days, both ends included). */
export interface CalendarEvent {
  readonly kind: 'deadline' | 'phase';
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly ruleId: string;
  readonly citation: Citation;
  /** Who owes it. */
  readonly owner: Bilingual;
  /** What is due, or what the phase is. */
  readonly what: Bilingual;
  /**
   * For a deadline: the stated date (`start`) and the last day under Civil Code art. 203 when it falls
   * on a rest day (`extension.due`), with the citation; `unknown` when the working-day calendar lacks
   * a year it needs. Phases have none.
   */
  readonly extension?: DeadlineExtension;
}

/** An event before its art. 203 extension is known: how its deadline is stated (internal). */
export type Draft = Omit<CalendarEvent, 'extension'> & { readonly form?: DeadlineForm | 'term' };

export const ev = (
  kind: CalendarEvent['kind'],
  start: string,
  end: string,
  rule: Rule,
  owner: Bilingual,
  what: Bilingual,
  form?: DeadlineForm | 'term',
): Draft => ({
  kind,
  start: start as CalendarDate,
  end: end as CalendarDate,
  ruleId: rule.id,
  citation: rule.citation,
  owner,
  what,
  ...(form === undefined ? {} : { form }),
});

export const period = (rule: Rule, name: string): { from: string; to: string } =>
  param(rule, name, 'period').value;
export const date = (rule: Rule, name: string): string => param(rule, name, 'date').value;
