// AH-TERM-01 (一(四)): "保险期限由保险双方约定，在保险合同中列明，要覆盖工程项目施工全过程，一般为保险合同载明
// 的起始日起至工程项目办理竣工验收备案之日止". The check: the policies, chained, cover the construction from
// the day work starts to the completion-acceptance filing date without a gap.
import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { bi, fail } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import type { Rule } from '../profiles/schema.js';
import { addDays } from '../time/arithmetic.js';
import { CalendarDateSchema, compareValid, type CalendarDate } from '../time/calendar-date.js';
import { criterion, type Criterion } from '../verdict/verdict.js';

/** A policy period, both ends included. */
export const PolicyPeriodFactSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    from: CalendarDateSchema,
    to: CalendarDateSchema,
  }),
);

/** The facts AH-TERM-01 reads (a subset of a project's facts). */
export interface PolicyTermFacts {
  readonly startDate?: CalendarDate | undefined;
  readonly completionFilingDate?: CalendarDate | undefined;
  readonly plannedCompletionDate?: CalendarDate | undefined;
  readonly policies?:
    readonly { readonly from: CalendarDate; readonly to: CalendarDate }[] | undefined;
}

/** A period of continuous cover, both ends included. */
export interface Span {
  from: CalendarDate;
  to: CalendarDate;
}

const min = (a: CalendarDate, b: CalendarDate) => (compareValid(a, b) <= 0 ? a : b);
const max = (a: CalendarDate, b: CalendarDate) => (compareValid(a, b) >= 0 ? a : b);
const show = (g: Span) => (g.from === g.to ? g.from : `${g.from} – ${g.to}`);
const showZh = (g: Span) => (g.from === g.to ? g.from : `${g.from}至${g.to}`);

/** Policies that overlap or follow each other day after day, merged into blocks of continuous cover. */
export function chain(policies: readonly Span[]): Span[] {
  const sorted = [...policies].sort((a, b) => compareValid(a.from, b.from));
  const blocks: Span[] = [];
  for (const p of sorted) {
    const last = blocks[blocks.length - 1];
    // A renewal that starts the day after the previous policy ends chains without a gap.
    if (last !== undefined && compareValid(p.from, addDays(last.to, 1)) <= 0)
      last.to = max(last.to, p.to);
    else blocks.push({ from: p.from, to: p.to });
  }
  return blocks;
}

/** Refuses impossible facts: a policy ending before it starts, a completion before work starts. */
export function checkPolicyTermFacts(f: PolicyTermFacts, path: readonly (string | number)[]): void {
  f.policies?.forEach((p, i) => {
    if (compareValid(p.from, p.to) > 0)
      fail([...path, 'policies', i], 'dates_out_of_order', {
        detail: bi('a policy ends before it starts', '保单终止日早于起始日'),
      });
  });
  for (const k of ['completionFilingDate', 'plannedCompletionDate'] as const) {
    const d = f[k];
    if (d !== undefined && f.startDate !== undefined && compareValid(d, f.startDate) < 0)
      fail([...path, k], 'dates_out_of_order', {
        detail: bi('the completion is before work starts', '竣工日期早于开工日期'),
      });
  }
}

/**
 * AH-TERM-01: the policy period must cover the whole construction, by default from the policy start to
 * the completion-acceptance filing date (竣工验收备案之日). The cover must run without a gap from the day
 * work starts (AH-SCOPE-01: insured before the start) to the filing date; renewals that start the day
 * after the previous policy ends chain without a gap. A project started before the notice may insure its
 * remaining work (AH-COST-03), but its cover is checked from the notice day (应保尽保). With the filing
 * date known, any gap before it fails, begun or not (a policy ending before the filing is a breach);
 * without it, a gap that has begun by `asOf` fails and one still ahead is `unknown`, as is an end that is not known:
 * without the filing date the criterion names `completionFilingDate` as missing. A planned completion
 * date stands in for the end only to find a cover that stops short of it: filing comes on or after
 * completion, so reaching the planned date does not yet show the whole construction covered.
 */
export function policyTermCriterion(
  r: Rule,
  noticeFrom: CalendarDate,
  f: PolicyTermFacts,
  asOf: CalendarDate,
): Criterion {
  const used = ['policies', 'startDate', 'completionFilingDate', 'plannedCompletionDate'].filter(
    (k) => f[k as keyof PolicyTermFacts] !== undefined,
  );
  if (f.policies === undefined)
    return criterion(r, 'unknown', bi('the policy periods are not given', '未提供保险期间'), used, [
      'policies',
    ]);
  const start = f.startDate;
  const blocks = chain(f.policies);
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (first === undefined || last === undefined)
    return noPolicyCriterion(r, start, noticeFrom, asOf, used);
  // Where the cover must begin: the start of work, or, for a project started before the notice, the
  // notice day (应保尽保 from then on; its remaining work is the premium base, AH-COST-03).
  const from = start === undefined ? undefined : max(start, noticeFrom);
  const end = f.completionFilingDate ?? f.plannedCompletionDate;
  const gaps = coverGaps(blocks, from, end);
  // With the filing date known, a gap the policies leave before it is a breach whether or not it has
  // begun; without it, a gap still ahead may yet fall after the filing, so it is not shown.
  const known = f.completionFilingDate !== undefined;
  const begun = gaps.filter((g) => known || compareValid(g.from, asOf) <= 0);
  const ahead = gaps.filter((g) => !known && compareValid(g.from, asOf) > 0);
  const list = (gs: Span[], lang: keyof Bilingual) =>
    gs.map(lang === 'en' ? show : showZh).join(lang === 'en' ? ', ' : '、');
  if (begun.length > 0)
    return criterion(
      r,
      'fail',
      bi(
        `the construction ${begun.every((g) => compareValid(g.from, asOf) > 0) ? 'will not be' : 'is not'} covered on ${list(begun, 'en')}: the policies must cover it without a gap${from !== undefined && start !== undefined && from !== start ? ` from the notice day (${from}), the project having started before it` : ''}`,
        `施工期间${list(begun, 'zh')}未被保险覆盖：保险期限应覆盖施工全过程`,
      ),
      used,
    );
  const missing = [
    ...(start === undefined ? ['startDate'] : []),
    ...(f.completionFilingDate === undefined ? ['completionFilingDate'] : []),
  ];
  const fromText = from ?? first.from;
  if (ahead.length > 0)
    return criterion(
      r,
      'unknown',
      bi(
        `covered so far; not yet covered on ${list(ahead, 'en')}: a renewal without a gap is still to be shown`,
        `目前已覆盖；${list(ahead, 'zh')}尚未覆盖：尚待无间断续保`,
      ),
      used,
      missing,
    );
  if (missing.length > 0) {
    const reason =
      start === undefined
        ? bi(
            `covered from ${first.from} to ${last.to} without a gap; not shown when work starts`,
            `${first.from}至${last.to}连续覆盖；未说明开工日期`,
          )
        : f.plannedCompletionDate !== undefined
          ? bi(
              `covered from ${fromText} to ${last.to}, through the planned completion ${f.plannedCompletionDate}; the completion-acceptance filing date (the end the cover must reach) is not given`,
              `${fromText}至${last.to}连续覆盖，已达计划竣工日${f.plannedCompletionDate}；未提供竣工验收备案日期（保险期限应至该日）`,
            )
          : bi(
              `covered from ${fromText} to ${last.to} without a gap; the completion-acceptance filing date (the end the cover must reach) is not given`,
              `${fromText}至${last.to}连续覆盖；未提供竣工验收备案日期（保险期限应至该日）`,
            );
    return criterion(r, 'unknown', reason, used, missing);
  }
  return criterion(
    r,
    'pass',
    bi(
      `covered without a gap from ${fromText} to the completion-acceptance filing date ${String(end)} (${f.policies.length} ${f.policies.length === 1 ? 'policy' : 'policies'})`,
      `自${fromText}至竣工验收备案之日${String(end)}连续覆盖（${f.policies.length}份保单）`,
    ),
    used,
  );
}

/** AH-TERM-01 with no policy at all (internal): not yet due while work has not started, else a breach. */
function noPolicyCriterion(
  r: Rule,
  start: CalendarDate | undefined,
  noticeFrom: CalendarDate,
  asOf: CalendarDate,
  used: readonly string[],
): Criterion {
  if (start === undefined)
    return criterion(
      r,
      'unknown',
      bi('no policy; not shown when work starts', '无保单；未说明开工日期'),
      used,
      ['startDate'],
    );
  return compareValid(start, asOf) > 0
    ? criterion(
        r,
        'pass',
        bi(
          `no policy yet; work starts ${start}, after ${asOf}: the cover must begin by then (not yet due)`,
          `尚无保单；${start}开工，晚于${asOf}：届时须已投保（尚未到期）`,
        ),
        used,
      )
    : criterion(
        r,
        'fail',
        bi(
          `no policy: the construction since ${max(start, noticeFrom)} is not covered`,
          `无保单：自${max(start, noticeFrom)}以来的施工未被保险覆盖`,
        ),
        used,
      );
}

/**
 * The days between `from` (where the cover must begin) and `end` that no policy covers (internal): before
 * the first policy, between chained policies, and after the last one.
 */
function coverGaps(
  blocks: readonly Span[],
  from: CalendarDate | undefined,
  end: CalendarDate | undefined,
): Span[] {
  const first = blocks[0] as Span;
  const last = blocks[blocks.length - 1] as Span;
  const gaps: Span[] = [];
  if (from !== undefined && compareValid(first.from, from) > 0)
    gaps.push({ from, to: addDays(first.from, -1) });
  for (let i = 1; i < blocks.length; i++) {
    const prev = blocks[i - 1] as Span;
    const next = blocks[i] as Span;
    let g: Span = { from: addDays(prev.to, 1), to: addDays(next.from, -1) };
    if (from !== undefined) g = { from: max(g.from, from), to: g.to };
    if (end !== undefined) g = { from: g.from, to: min(g.to, end) };
    if (compareValid(g.from, g.to) <= 0) gaps.push(g);
  }
  if (end !== undefined && compareValid(last.to, end) < 0)
    gaps.push({ from: max(addDays(last.to, 1), from ?? addDays(last.to, 1)), to: end });
  return gaps;
}
