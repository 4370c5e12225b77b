import { bi, issue, ValidationError, type Issue } from '../errors/errors.js';
import { countOf, param } from '../profiles/params.js';
import { Dec } from '../money/decimal.js';
import { decimalFrom } from '../money/decimal-input.js';
import type { Rule } from '../profiles/schema.js';
import { dateParts, type CalendarDate } from '../time/calendar-date.js';
import type { Criterion } from '../verdict/verdict.js';
import { criterion } from './criteria.js';

/** One quarter's solvency report: ratios in percent (`'135.2'` or `135.2`). */
export interface SolvencyQuarter {
  readonly quarter: string;
  readonly comprehensive: string | number;
  readonly core: string | number;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const index = (q: string): number => {
  const m = QUARTER.exec(q);
  return Number(m?.[1]) * 4 + Number(m?.[2]) - 1;
};
const name = (i: number): string => `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;

function percentParam(rule: Rule, key: string): Dec {
  return new Dec(param(rule, key, 'rate').value.value).times(100);
}

/**
 * AH-INS-03 (一(三)3): "最近连续四个季度综合偿付能力充足率不低于120%，核心偿付能力充足率不低于75%".
 *
 * Reading: the four quarters are the latest four reported that ended on or before `asOf`; they must be
 * consecutive, and the latest must be the last quarter completed before `asOf` or the one before it
 * (one quarter's lag for publication). Every quarter must reach both floors; a floor itself passes
 * (不低于 is ≥). Any quarter below a floor fails; fewer than four quarters, a gap or stale data is
 * unknown; a quarter reported that has not ended by `asOf` cannot be a fact of that date: unknown.
 */
export function solvencyCriterion(
  rule: Rule,
  quarters: readonly SolvencyQuarter[] | undefined,
  asOf: CalendarDate,
): Criterion {
  const comprehensiveMin = percentParam(rule, 'comprehensiveMin');
  const coreMin = percentParam(rule, 'coreMin');
  const needed = countOf(rule, 'quarters');
  if (quarters === undefined)
    return criterion(
      rule,
      'unknown',
      bi('no solvency reports given', '未提供偿付能力数据'),
      [],
      ['solvency'],
    );

  const rows = solvencyRows(quarters);

  const { completed, latest, window, reported } = solvencyWindow(rows, asOf, needed);
  const inWindow = rows.filter((r) => window.includes(r.i));
  const used = ['solvency'];
  const failing = inWindow.filter(
    (r) => r.comprehensive.lessThan(comprehensiveMin) || r.core.lessThan(coreMin),
  );
  if (failing.length > 0) {
    const list = failing
      .map((r) => `${r.label} (${r.comprehensive.toString()}% / ${r.core.toString()}%)`)
      .join(', ');
    return criterion(
      rule,
      'fail',
      bi(
        `below ${comprehensiveMin.toString()}% comprehensive or ${coreMin.toString()}% core: ${list}`,
        `综合偿付能力充足率低于${comprehensiveMin.toString()}%或核心低于${coreMin.toString()}%：${list}`,
      ),
      used,
    );
  }
  const future = rows.filter((r) => r.i > completed);
  if (future.length > 0) {
    const list = future.map((r) => r.label).join(', ');
    return criterion(
      rule,
      'unknown',
      bi(`quarters not ended on ${asOf}: ${list}`, `${asOf}时尚未结束的季度：${list}`),
      used,
      ['solvency'],
    );
  }
  const missing = window.filter((i) => !reported.has(i)).map(name);
  if (missing.length > 0) {
    return criterion(
      rule,
      'unknown',
      bi(
        `the last ${needed} consecutive quarters are not all reported: missing ${missing.join(', ')}`,
        `最近连续${needed}个季度数据不全，缺少：${missing.join('、')}`,
      ),
      used,
      ['solvency'],
    );
  }
  const span = `${name(latest - needed + 1)}–${name(latest)}`;
  return criterion(
    rule,
    'pass',
    bi(
      `${span}: every quarter ≥ ${comprehensiveMin.toString()}% comprehensive and ≥ ${coreMin.toString()}% core`,
      `${span}：各季度综合偿付能力充足率≥${comprehensiveMin.toString()}%且核心≥${coreMin.toString()}%`,
    ),
    used,
  );
}

type SolvencyRow = { i: number; label: string; comprehensive: Dec; core: Dec };

/**
 * The reported quarters read once, each with its index and its two ratios (internal). Bad data is a
 * validation error, not a verdict: malformed quarters, duplicates, negative ratios.
 * @throws {ValidationError} every bad quarter
 */
function solvencyRows(quarters: readonly SolvencyQuarter[]): SolvencyRow[] {
  const problems: Issue[] = [];
  const seen = new Set<number>();
  const rows = quarters.map((q, i) => {
    if (!QUARTER.test(q.quarter))
      problems.push(
        issue(
          ['facts', 'solvency', i, 'quarter'],
          'invalid_option',
          {
            detail: bi(
              `expected a quarter YYYY-Qn (e.g. 2025-Q3), got ${JSON.stringify(q.quarter)}`,
              `季度格式应为YYYY-Qn（如2025-Q3），实为${JSON.stringify(q.quarter)}`,
            ),
          },
          'YYYY-Qn',
        ),
      );
    else if (seen.has(index(q.quarter)))
      problems.push(
        issue(['facts', 'solvency', i, 'quarter'], 'duplicate_entry', {
          detail: bi(`duplicated quarter ${q.quarter}`, `季度重复：${q.quarter}`),
        }),
      );
    seen.add(index(q.quarter));
    const read = (key: 'comprehensive' | 'core'): Dec => {
      try {
        const d = decimalFrom(q[key], ['facts', 'solvency', i, key], 'invalid_rate');
        if (d.isNegative() && !d.isZero())
          problems.push(
            issue(
              ['facts', 'solvency', i, key],
              'invalid_rate',
              { detail: bi('a solvency ratio is never negative', '偿付能力充足率不能为负') },
              'a percentage ≥ 0',
            ),
          );
        return d;
      } catch (e) {
        if (e instanceof ValidationError) problems.push(...e.issues);
        else throw e;
        return new Dec(0);
      }
    };
    return {
      i: QUARTER.test(q.quarter) ? index(q.quarter) : -1,
      label: q.quarter,
      comprehensive: read('comprehensive'),
      core: read('core'),
    };
  });
  if (problems.length > 0) throw new ValidationError(problems);
  return rows;
}

/**
 * The quarters a verdict looks at on `asOf` (internal): the last one completed on or before it, and the
 * `needed` quarters up to it — or, one quarter's lag for publication, up to the one before it when the
 * last is not yet reported.
 */
function solvencyWindow(rows: readonly SolvencyRow[], asOf: CalendarDate, needed: number) {
  const { year, month, day } = dateParts(asOf);
  // The quarter containing asOf has not ended, unless asOf is its last day.
  const containing = year * 4 + Math.floor((month - 1) / 3);
  const lastDay = [3, 6, 9, 12].includes(month) && day === (month === 3 || month === 12 ? 31 : 30);
  const completed = lastDay ? containing : containing - 1; // the last quarter ended on or before asOf
  const reported = new Set(rows.map((r) => r.i));
  // The window: the four quarters up to the last completed one, or — one quarter's lag for
  // publication — up to the one before it, when the last is not yet reported.
  const latest =
    reported.has(completed) || !reported.has(completed - 1) ? completed : completed - 1;
  const window = Array.from({ length: needed }, (_, k) => latest - k);
  return { completed, latest, window, reported };
}
