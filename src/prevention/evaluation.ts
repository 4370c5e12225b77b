import { monthsOf } from '../profiles/codes.js';
import type { Rule } from '../profiles/schema.js';
import { addDays, addMonths } from '../time/arithmetic.js';
import { dateParts, fromParts, type CalendarDate } from '../time/calendar-date.js';

/** One evaluation period of AH-PREV-08: the evaluation is due by its last day. */
export interface EvaluationPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** The calendar year, when the period is one (the shipped reading of 每年). */
  readonly year: number | null;
}

/**
 * The AH-PREV-08 period (`every` months, counted from 1 January of `anchorYear`: 12 months are the
 * calendar years, the shipped reading of 每年) that holds `date`.
 */
export function evaluationPeriod(
  rule: Rule,
  anchorYear: number,
  date: CalendarDate,
): EvaluationPeriod {
  const months = monthsOf(rule, 'every');
  const { year, month } = dateParts(date);
  const k = Math.floor((year * 12 + month - 1 - anchorYear * 12) / months);
  const from = addMonths(fromParts(anchorYear, 1, 1), k * months);
  const to = addDays(addMonths(from, months), -1);
  return {
    from,
    to,
    year: months === 12 ? dateParts(from).year : null,
  };
}

/** The period after `period`. */
export const nextPeriod = (rule: Rule, anchorYear: number, period: EvaluationPeriod) =>
  evaluationPeriod(rule, anchorYear, addDays(period.to, 1));
