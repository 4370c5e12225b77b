import { lazySchema } from '../_lib/lazy.js';
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
import { codeOf } from '../profiles/codes.js';
import { param } from '../profiles/params.js';
import { assertCarried } from '../profiles/entry.js';
import { profileFor } from '../profiles/profile-for.js';
import type { ProfileLookup } from '../profiles/registry.js';
import {
  JurisdictionInputSchema,
  type Citation,
  type ProfileWarning,
  type Rule,
} from '../profiles/schema.js';
import { CalendarDateSchema } from '../time/calendar-date.js';

/** Who pays a share: the general contractor and its subcontractors, or joint-venture members (XZ-PARTY-01). */
export const PAYER_ROLES = [
  'general-contractor',
  'subcontractor',
  'joint-venture-lead',
  'joint-venture-member',
] as const;

/** The input of {@link splitPremium}. */
export const SplitInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
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
    /**
     * The jurisdiction whose sharing rule applies (a shipped id, or a version or a caller's profile),
     * with `asOf`, the day that picks the version in force; both or neither. Without them the quote's
     * `jurisdiction` id names a shipped jurisdiction, read as shipped.
     */
    jurisdiction: z.optional(JurisdictionInputSchema),
    asOf: z.optional(CalendarDateSchema),
  }),
);
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
  /**
   * What the version named by `jurisdiction` warns of on `asOf` (a derived or hypothetical version, a
   * trial period ended…); empty when the input names none.
   */
  readonly warnings: readonly ProfileWarning[];
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
  // a quote of a jurisdiction this entry does not carry is refused: never shared without its rule
  assertCarried(s.quote.jurisdiction, ['quote', 'jurisdiction']);
  const lookup = sharingProfile(s, bad);
  const profile = lookup?.profile ?? null;
  const own =
    profile !== null
      ? (localIn(PRICING, profile).premiumSharingRule?.(profile) ?? null)
      : s.quote.jurisdiction === undefined
        ? null
        : (localIn(PRICING, { id: s.quote.jurisdiction }).premiumSharingRule?.(null) ?? null);
  if (own !== null) checkBasis(own, s.payers, bad);
  if (problems.length > 0) throw new ValidationError(problems);
  checkQuotePremium((copy as { quote: unknown }).quote, ['quote']);

  const parts = allocate(
    s.quote.premium,
    s.payers.map((p) => p.weight),
  );
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
    warnings: lookup?.warnings ?? Object.freeze([]),
  });
}

type Bad = (path: (string | number)[], en: string, zh: string) => void;

/** The version whose sharing rule applies, when the input names one (`jurisdiction` with `asOf`). */
function sharingProfile(s: z.output<typeof SplitInputSchema>, bad: Bad): ProfileLookup | null {
  if (s.jurisdiction === undefined && s.asOf === undefined) return null;
  if (s.jurisdiction === undefined || s.asOf === undefined) {
    bad(
      [s.jurisdiction === undefined ? 'jurisdiction' : 'asOf'],
      'jurisdiction and asOf go together: the day picks the version in force',
      '地区与统计日须同时给出：由日期确定适用的版本',
    );
    return null;
  }
  const lookup = profileFor(s.jurisdiction, s.asOf);
  const { profile } = lookup;
  if (s.quote.jurisdiction !== undefined && s.quote.jurisdiction !== profile.id)
    bad(
      ['quote', 'jurisdiction'],
      `the quote is for ${s.quote.jurisdiction}, not ${profile.id}`,
      `报价属于${s.quote.jurisdiction}，而非${profile.id}`,
    );
  return lookup;
}

// XZ-PARTY-01: the general contractor and its subcontractors share as the subcontracts say, joint-venture
// members as their agreement says — the bases the rule's `shareBasis` lists (src/profiles/codes.ts).
const BASIS_OF_ROLE: Readonly<Record<(typeof PAYER_ROLES)[number], string>> = {
  'general-contractor': 'subcontract',
  subcontractor: 'subcontract',
  'joint-venture-lead': 'joint-venture-agreement',
  'joint-venture-member': 'joint-venture-agreement',
};

/** Refuses a share on a basis the sharing rule does not list (one payer alone shares nothing). */
function checkBasis(
  rule: Rule,
  payers: readonly { role: (typeof PAYER_ROLES)[number] }[],
  bad: Bad,
) {
  // a phased project is insured per construction contract: the only unit computed (one quote each)
  codeOf(rule, 'phasedPolicyUnit');
  const bases = param(rule, 'shareBasis', 'list').value;
  if (payers.length < 2) return;
  payers.forEach((p, i) => {
    const basis = BASIS_OF_ROLE[p.role];
    if (!bases.some((b) => b.code === basis))
      bad(
        ['payers', i, 'role'],
        `${rule.id} shares a premium only as ${bases.map((b) => b.name.en).join(' or ') || 'nothing'}: a ${p.role} has no basis to share on`,
        `${rule.id}仅按${bases.map((b) => b.name.zh).join('或') || '（无）'}分担保费：${p.role}无分担依据`,
      );
  });
}
