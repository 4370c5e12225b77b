import { readOnce } from '../_lib/plain.js';
import { localIn } from '../jurisdictions/local-rules.js';
import { PRICING } from '../jurisdictions/hooks/pricing.js';
import { checkQuotePremium } from './premium-check.js';
import * as z from 'zod/mini';
import { bi, issue, ValidationError, type Issue } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { listOf, parseWith } from '../errors/zod.js';
import { allocate } from '../money/allocate.js';
import { decimalFrom } from '../money/decimal-input.js';
import { CnySchema, type Cny } from '../money/cny.js';
import type { Citation } from '../profiles/schema.js';

/** Who pays a share: the general contractor and its subcontractors, or joint-venture members (XZ-PARTY-01). */
export const PAYER_ROLES = [
  'general-contractor',
  'subcontractor',
  'joint-venture-lead',
  'joint-venture-member',
] as const;

/** The input of {@link splitPremium}. */
export const SplitInputSchema = z.strictObject({
  /** A quote (only its premium and jurisdiction are read) or any object with a premium. */
  quote: z.object({ premium: CnySchema, jurisdiction: z.optional(z.string()) }),
  payers: listOf(
    z.strictObject({
      name: z.string().check(z.minLength(1)),
      role: z.enum(PAYER_ROLES),
      /** The share the subcontract or the joint-venture agreement gives (only ratios matter). */
      weight: z.union([z.string(), z.number()]),
    }),
  ).check(z.minLength(1)),
});
export type SplitInput = z.input<typeof SplitInputSchema>;

/** One payer's part of the premium. */
export interface PremiumShare {
  readonly name: string;
  readonly role: (typeof PAYER_ROLES)[number];
  readonly weight: string;
  readonly amount: Cny;
}

/** The result of {@link splitPremium}. */
export interface PremiumSplit {
  readonly total: Cny;
  readonly shares: readonly PremiumShare[];
  readonly ruleId: string;
  readonly citation: Citation | null;
  readonly method: Bilingual;
}

/**
 * Splits a quoted premium among its payers, exact to the fen (MONEY-04): general contractor and
 * subcontractors as their subcontracts say, or joint-venture members as agreed (XZ-PARTY-01). The
 * shares sum exactly to the premium; a fen left over goes to the largest remainder, ties to the
 * payer listed first.
 *
 * @throws {ValidationError} no payers, a bad weight, two general contractors or two leads, members without a lead, duplicate names
 * @example
 * splitPremium({ quote, payers: [{ name: '总包', role: 'general-contractor', weight: 70 }, { name: '分包', role: 'subcontractor', weight: 30 }] })
 */
export function splitPremium(input: SplitInput): PremiumSplit {
  const copy = readOnce(input);
  const s = parseWith(SplitInputSchema, copy);
  const problems: Issue[] = [];
  const count = (role: string) => s.payers.filter((p) => p.role === role).length;
  const bad = (path: (string | number)[], en: string, zh: string) =>
    problems.push(issue(path, 'invalid_option', { detail: bi(en, zh) }));
  if (count('general-contractor') > 1)
    bad(['payers'], 'more than one general contractor', '总承包单位不止一个');
  if (count('joint-venture-lead') > 1)
    bad(['payers'], 'more than one joint-venture lead', '联合体主体方不止一个');
  if (count('joint-venture-member') > 0 && count('joint-venture-lead') === 0)
    bad(
      ['payers'],
      'joint-venture members without a lead (the lead buys for all)',
      '联合体成员缺少主体方（由主体方统一投保）',
    );
  const seen = new Set<string>();
  s.payers.forEach((p, i) => {
    if (seen.has(p.name))
      bad(['payers', i, 'name'], `duplicate payer ${p.name}`, `重复的分担单位${p.name}`);
    seen.add(p.name);
  });
  // Weights are read here, so a bad one is reported at its payer (payers.i.weight), not inside allocate.
  s.payers.forEach((p, i) => {
    try {
      const w = decimalFrom(p.weight, ['payers', i, 'weight'], 'invalid_weights');
      if (!w.isPositive() || w.isZero())
        bad(
          ['payers', i, 'weight'],
          `a share must be above zero, got ${w.toString()}`,
          '分担比例必须大于零',
        );
    } catch (e) {
      if (e instanceof ValidationError) problems.push(...e.issues);
      else throw e;
    }
  });
  if (s.quote.premium.amount.startsWith('-'))
    bad(['quote', 'premium'], 'a premium to share is never negative', '待分摊的保费不得为负');
  if (problems.length > 0) throw new ValidationError(problems);
  checkQuotePremium((copy as { quote: unknown }).quote, ['quote']);

  const parts = allocate(
    s.quote.premium,
    s.payers.map((p) => p.weight),
  );
  // The jurisdiction's own rule on who pays what share (Xinzhou XZ-PARTY-01), else the shared rounding rule.
  const own =
    s.quote.jurisdiction === undefined
      ? null
      : (localIn(PRICING, { id: s.quote.jurisdiction }).premiumSharingRule?.() ?? null);
  return Object.freeze({
    total: Object.freeze({ currency: 'CNY' as const, amount: s.quote.premium.amount }),
    shares: Object.freeze(
      s.payers.map((p, i) =>
        Object.freeze({
          name: p.name,
          role: p.role,
          weight: String(p.weight),
          amount: parts[i] ?? parts[0] ?? s.quote.premium,
        }),
      ),
    ),
    ruleId: own?.id ?? 'MONEY-04',
    citation: own?.citation ?? null,
    method: bi(
      'largest remainder in fen; ties to the payer listed first (MONEY-04)',
      '按分最大余数法分摊；余数相同时归列在前者（MONEY-04）',
    ),
  });
}
