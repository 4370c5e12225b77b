import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { bi, fail } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { listOf, parseWith } from '../errors/zod.js';
import { capOfDecimal } from '../money/cap.js';
import { cnyFromDecimal, CnySchema, type Cny } from '../money/cny.js';
import { Dec } from '../money/decimal.js';
import { readAmount } from '../money/parse-cny.js';
import type { Rate } from '../money/rate.js';
import { governingRule } from '../profiles/national.js';
import { profileFor } from '../profiles/profile-for.js';
import { rateDecimal } from '../profiles/rule-index.js';
import {
  JurisdictionInputSchema,
  type Citation,
  type Profile,
  type ProfileWarning,
  type Rule,
} from '../profiles/schema.js';
import { CalendarDateSchema, type CalendarDate } from '../time/calendar-date.js';

const Amount = /* @__PURE__ */ lazySchema(() =>
  z.union([z.string(), z.number(), z.bigint(), CnySchema]),
);
const MAX = new Dec('1e15');

/** The input of {@link preventionBudget}: one premium collected, or one per policy of a portfolio. */
export const PreventionBudgetInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    /** The premium actually collected (实际收取保费) for one policy. */
    collected: z.optional(Amount),
    /** Or a portfolio: the premium actually collected per policy. */
    policies: z.optional(
      listOf(z.strictObject({ policy: z.string().check(z.minLength(1)), collected: Amount })),
    ),
  }),
);
export type PreventionBudgetInput = z.input<typeof PreventionBudgetInputSchema>;

/** The cap on prevention spending, or the reason there is none. */
export interface PreventionBudget {
  readonly jurisdiction: Profile['id'];
  readonly asOf: CalendarDate;
  readonly collected: Cny;
  /** null where no rule in force sets a ratio (e.g. ZS-PREV-01: "按规定比例", the ratio not stated). */
  readonly cap: Cny | null;
  readonly ratio: Rate | null;
  readonly ruleId: string | null;
  readonly citation: Citation | null;
  readonly reason: Bilingual;
  /** For a portfolio: each policy's own cap (each rounded down), in input order. */
  readonly policies: readonly {
    readonly policy: string;
    readonly collected: Cny;
    readonly cap: Cny | null;
  }[];
  readonly warnings: readonly ProfileWarning[];
}

/** The prevention-budget rule in force and its ratio, if it sets one (internal; shared with the ledger). */
export function budgetRule(
  profile: Profile,
  asOf: CalendarDate,
): { rule: Rule | null; ratio: Rate | null } {
  const rule = governingRule(profile, 'prevention-budget-cap', asOf);
  const p = rule?.params['maxShareOfCollectedPremium'];
  return { rule, ratio: p?.type === 'rate' ? p.value : null };
}

/**
 * The cap on prevention-service spending (AH-PREV-05: "按照不高于安责险实际收取保费的20%投入"), from the
 * premium **actually collected**, rounded down to the fen so it never exceeds the limit (MONEY-03).
 * For a portfolio the cap is taken on the total collected (one rounding), and each policy's own cap is
 * listed too (their sum can be a few fen lower: each was rounded down). Where the profile sets no ratio —
 * Zhoushan's ZS-PREV-01 says "at the prescribed ratio" without stating it; Xinzhou, Jingzhou and Anhua set
 * none — the cap is `null` and the reason says so: no ratio is invented.
 *
 * @throws {ValidationError} a bad or negative amount, neither or both of `collected` and `policies`, duplicate policies
 * @example preventionBudget({ jurisdiction: 'anhui', asOf: '2026-01-01', collected: '19800.03' }).cap?.amount //=> '3960.00'
 */
export function preventionBudget(input: PreventionBudgetInput): PreventionBudget {
  const q = parseWith(PreventionBudgetInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  if ((q.collected === undefined) === (q.policies === undefined)) {
    fail(['collected'], 'invalid_option', {
      detail: bi('give either `collected` or `policies`', '须提供 collected 或 policies 之一'),
    });
  }
  const rows = q.policies ?? [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(r.policy))
      fail(['policies', i, 'policy'], 'duplicate_entry', {
        detail: bi(`duplicate policy ${r.policy}`, `保单重复：${r.policy}`),
      });
    seen.add(r.policy);
  });
  const amounts =
    q.collected !== undefined
      ? [readAmount(q.collected, ['collected'], false, MAX)]
      : rows.map((r, i) => readAmount(r.collected, ['policies', i, 'collected'], false, MAX));
  const total = amounts.reduce((a, b) => a.plus(b), new Dec(0));
  const { rule, ratio } = budgetRule(profile, asOf);
  const r = ratio === null ? null : rateDecimal(ratio);
  const reason =
    rule === null
      ? bi(
          'no rule in force sets a prevention-spending ratio',
          '当时有效的规定均未设事故预防费用比例',
        )
      : r === null
        ? bi(
            `${rule.id} does not state the ratio: no cap is computed`,
            `${rule.id}未载明比例，不计算上限`,
          )
        : bi(
            'at most this share of the premium actually collected, rounded down to the fen (MONEY-03)',
            '不高于实际收取保费的此比例，向下舍入到分（MONEY-03）',
          );
  return Object.freeze({
    jurisdiction: profile.id,
    asOf,
    collected: cnyFromDecimal(total),
    cap: r === null ? null : capOfDecimal(total, r),
    ratio,
    ruleId: rule?.id ?? null,
    citation: rule?.citation ?? null,
    reason,
    policies: Object.freeze(
      rows.map((row, i) => {
        const amount = amounts[i] ?? new Dec(0);
        return Object.freeze({
          policy: row.policy,
          collected: cnyFromDecimal(amount),
          cap: r === null ? null : capOfDecimal(amount, r),
        });
      }),
    ),
    warnings,
  });
}
