import * as z from 'zod/mini';
import { localIn } from '../jurisdictions/local-rules.js';
import { PRICING } from '../jurisdictions/hooks/pricing.js';
import { param } from '../profiles/params.js';
import { bi, fail, issue, ValidationError } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { parseWith } from '../errors/zod.js';
import { lazy } from '../_lib/lazy.js';
import { cnyFromCanonical, type Cny } from '../money/cny.js';
import { Dec } from '../money/decimal.js';
import { decimalFrom } from '../money/decimal-input.js';
import { readAmount } from '../money/parse-cny.js';
import { formatRate, type Rate } from '../money/rate.js';
import { checkRounding, type Rounding } from '../money/round.js';
import { ruleById as findRule } from '../profiles/find-rule.js';
import { governingRule } from '../profiles/national.js';
import { profileFor } from '../profiles/profile-for.js';
import type { BaseKind, Citation, Profile, ProfileWarning, Rule } from '../profiles/schema.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { readQuoteInput, type ParsedQuoteInput } from './fast-input.js';
import { quoteFigures, type Figures } from './figures.js';
import { QuoteInputSchema, type Adjustment, type QuoteInput } from './schema.js';

/** One step of a quote's worksheet: re-running the steps reproduces the premium exactly. */
export interface WorksheetStep {
  readonly step: number;
  readonly key: string;
  readonly label: Bilingual;
  /** The exact value as a plain decimal string (amounts in yuan, rates and factors as decimals). */
  readonly value: string;
  readonly formula: string;
  /** The rule this step rests on: a jurisdiction rule, or a MONEY convention; null for a caller's fact. */
  readonly ruleId: string | null;
  readonly citation: Citation | null;
}

/** A cap derived from the premium, or the reason there is none. */
export interface PremiumCap {
  readonly amount: Cny | null;
  readonly ratio: Rate | null;
  readonly ruleId: string | null;
  readonly citation: Citation | null;
  readonly reason: Bilingual;
}

/** The result of {@link quotePremium}. Frozen; every figure carries the rule it rests on. */
export interface Quote {
  readonly jurisdiction: Profile['id'];
  readonly profileVersion: string;
  readonly asOf: CalendarDate;
  readonly base: { readonly kind: BaseKind; readonly amount: Cny; readonly ruleId: string | null };
  readonly rate: {
    readonly source: 'reference' | 'filed';
    readonly rate: Rate;
    readonly insurer: string | null;
    readonly ruleId: string | null;
  };
  /** The float factor the adjustments ask for (a plain decimal, 1 = no float). */
  readonly requestedFactor: string;
  /** The factor actually applied: effective rate ÷ base rate. */
  readonly appliedFactor: string;
  readonly clamped: boolean;
  readonly clampedTo: 'floor' | 'ceiling' | null;
  /** base rate × applied factor, exact, shown in the unit of the base rate. */
  readonly effectiveRate: Rate;
  /** base × effective rate, rounded once (MONEY-02). */
  readonly premium: Cny;
  readonly preventionBudgetCap: PremiumCap;
  readonly commissionCap: PremiumCap;
  readonly warnings: readonly ProfileWarning[];
  readonly worksheet: readonly WorksheetStep[];
}

// zod's ahead-of-time compiled parser (same semantics, about 5× faster; it falls back to the runtime
// parser wherever it cannot compile). Compiled on the first quote rather than at import, so a program
// that never quotes (the CLI's `--help`, a coverage check) does not pay for it.
const quoteParser = lazy(() => z.compile(QuoteInputSchema));

type Parsed = ParsedQuoteInput;

const MONEY_02: Citation = Object.freeze({ document: 'anzexian', section: 'MONEY-02' });
const MONEY_03: Citation = Object.freeze({ document: 'anzexian', section: 'MONEY-03' });
const MAX_BASE = new Dec('10000000000000');
const MAX_ADJUSTMENT = new Dec(1000);
// The common forms are read as they are, without decimal.js: a plain base below 10^13 yuan with at
// most 2 decimals, and an adjustment that is an integer number or a string of at most 3 digits and
// 6 decimals (so within ±1000%). Anything else takes the full validating readers below.
const PLAIN_BASE = /^\d{1,13}(?:\.\d{1,2})?$/;
const PLAIN_PERCENT = /^[+-]?\d{1,3}(?:\.\d{1,6})?$/;
const ZERO = /^[+-]?[0.]*$/;

const L = {
  base: bi('Premium base', '计费基数'),
  rate: bi('Base rate', '基础费率'),
  adjustment: bi('Float adjustment', '费率浮动调整'),
  requested: bi('Requested float factor', '申请的浮动系数'),
  band: bi('Permitted rate band', '允许的费率区间'),
  effective: bi('Effective rate', '适用费率'),
  exact: bi('Exact premium (unrounded)', '保费精确值（未舍入）'),
  premium: bi('Premium', '保费'),
  prevention: bi('Prevention-service budget cap', '事故预防服务费用上限'),
  commission: bi('Commission cap', '手续费上限'),
} as const;

const rateParam = (rule: Rule, name: string): Rate => param(rule, name, 'rate').value;

/** The base: a kind this profile allows (AH-RATE-01, AH-COST-03), an amount above 0 and ≤ 10^13 yuan. */
function resolveBase(profile: Profile, base: Parsed['base']): { text: string; rule: Rule | null } {
  const { baseKinds } = profile.pricing;
  const allowed = baseKinds.find((b) => b.kind === base.kind);
  if (allowed === undefined) {
    fail(
      ['base', 'kind'],
      'base_kind_not_allowed',
      {
        jurisdiction: profile.id,
        value: base.kind,
        allowed: baseKinds.map((b) => b.kind).join(', ') || '—',
      },
      baseKinds.map((b) => b.kind).join(' | '),
    );
  }
  const { amount } = base;
  const text =
    typeof amount === 'string' && PLAIN_BASE.test(amount)
      ? amount
      : readAmount(amount, ['base', 'amount'], false, MAX_BASE).toFixed();
  if (ZERO.test(text))
    fail(
      ['base', 'amount'],
      'out_of_range',
      { detail: bi('the base must be above zero', '计费基数必须大于零') },
      'an amount > 0',
    );
  return { text, rule: allowed.ruleId === null ? null : findRule(profile, allowed.ruleId) };
}

/** The rate a quote starts from: the profile's reference rate or the insurer's filed rate. */
interface RateChoice {
  readonly source: 'reference' | 'filed';
  readonly rate: Rate;
  readonly rule: Rule | null;
  readonly insurer: string | null;
}

/** The reference rate (AH-RATE-02), or the filed rate, required where the profile sets none. */
function resolveRate(profile: Profile, q: Parsed): RateChoice {
  const { pricing } = profile;
  const source =
    q.rate ?? (pricing.referenceRateRule !== null ? { source: 'reference' as const } : undefined);
  if (source === undefined)
    fail(
      ['rate'],
      'filed_rate_required',
      { jurisdiction: profile.id },
      "{ source: 'filed', rate }",
    );
  if (source.source === 'reference') {
    if (pricing.referenceRateRule === null)
      fail(['rate', 'source'], 'filed_rate_required', { jurisdiction: profile.id }, "'filed'");
    const rule = findRule(profile, pricing.referenceRateRule);
    return { source: 'reference', rate: rateParam(rule, 'reference'), rule, insurer: null };
  }
  const filed =
    source.rate ??
    profile.filedRates?.find((f) => f.insurer === source.insurer && f.baseKind === q.base.kind)
      ?.rate;
  if (filed === undefined)
    fail(['rate', 'rate'], 'filed_rate_required', { jurisdiction: profile.id }, 'Rate');
  // A premium rate is above zero: a zero rate is no quote (and no factor could be derived from it).
  if (filed.value.startsWith('-') || ZERO.test(filed.value))
    fail(
      ['rate', 'rate'],
      'invalid_rate',
      { detail: bi('a premium rate must be above zero', '费率必须大于零') },
      'a rate > 0',
    );
  // A document that states no rate may still rule on the rate an insurer files (Xinzhou: the quote
  // letter must state the rate used, XZ-OPS-04): its rule is cited with the filed rate.
  const rateRule = localIn(PRICING, profile).filedRateRule?.(profile) ?? null;
  return { source: 'filed', rate: filed, rule: rateRule, insurer: source.insurer ?? null };
}

/** Each adjustment as a plain decimal text: at most 6 decimals, at most 1000 in magnitude. */
function percentText(a: Adjustment, i: number): string {
  const p = a.percent;
  if (typeof p === 'number' ? Number.isInteger(p) && Math.abs(p) <= 1000 : PLAIN_PERCENT.test(p))
    return String(p);
  // One optional sign only: '++5' or '+-5' is a typing mistake, not +5% (decimalFrom allows one).
  const pct = decimalFrom(p, ['adjustments', i, 'percent'], 'invalid_rate');
  if (pct.decimalPlaces() > 6) {
    fail(
      ['adjustments', i, 'percent'],
      'out_of_range',
      { detail: bi('a float adjustment has at most 6 decimal places', '浮动比例最多6位小数') },
      'at most 6 decimal places',
    );
  }
  if (pct.abs().greaterThan(MAX_ADJUSTMENT)) {
    fail(
      ['adjustments', i, 'percent'],
      'out_of_range',
      { detail: bi(`|${pct.toString()}%| > 1000%`, `调整幅度超过1000%`) },
      '−1000 … 1000',
    );
  }
  return pct.toString();
}

/** The band the effective rate must stay within (AH-RATE-03), where the profile sets one. */
interface Band {
  readonly rule: Rule;
  readonly floor: Rate;
  readonly ceiling: Rate;
}

function resolveBand(profile: Profile): Band | null {
  if (profile.pricing.bandRule === null) return null;
  const rule = findRule(profile, profile.pricing.bandRule);
  return { rule, floor: rateParam(rule, 'floor'), ceiling: rateParam(rule, 'ceiling') };
}

/** The rule in force that sets a cap, and its ratio (null where the rule sets none). */
interface CapChoice {
  readonly rule: Rule | null;
  readonly ratio: Rate | null;
}

function capRule(
  profile: Profile,
  family: 'prevention-budget-cap' | 'commission-cap',
  name: string,
  asOf: CalendarDate,
): CapChoice {
  const rule = governingRule(profile, family, asOf);
  const p = rule?.params[name];
  return { rule, ratio: p?.type === 'rate' ? p.value : null };
}

const CAPPED = bi(
  'at most this ratio of the premium, rounded down to the fen (MONEY-03)',
  '不高于保费的此比例，向下舍入到分（MONEY-03）',
);

function capOf({ rule, ratio }: CapChoice, amount: string | null): PremiumCap {
  if (rule === null) {
    return Object.freeze({
      amount: null,
      ratio: null,
      ruleId: null,
      citation: null,
      reason: bi('no rule in force sets this cap', '当时有效的规定均未设此上限'),
    });
  }
  if (ratio === null || amount === null) {
    return Object.freeze({
      amount: null,
      ratio: null,
      ruleId: rule.id,
      citation: rule.citation,
      reason: bi(`${rule.id} sets no ratio`, `${rule.id} 未规定比例`),
    });
  }
  return Object.freeze({
    amount: cnyFromCanonical(amount),
    ratio,
    ruleId: rule.id,
    citation: rule.citation,
    reason: CAPPED,
  });
}

/** Refuses a factor that is not above zero, and an out-of-band rate in `reject` mode. */
function checkFigures(
  figures: Figures,
  q: Parsed,
  rate: Rate,
  band: Band | null,
): asserts figures is Extract<Figures, { positive: true }> {
  if (!figures.positive) {
    fail(
      ['adjustments'],
      'out_of_range',
      {
        detail: bi(
          `the float factor ${figures.requested} is not above zero`,
          `浮动系数${figures.requested}不大于零`,
        ),
      },
      'a factor > 0',
    );
  }
  if (figures.clampedTo !== null && band !== null && q.outOfBand === 'reject') {
    throw new ValidationError([
      issue(['adjustments'], 'out_of_band', {
        rate: formatRate(Object.freeze({ value: figures.unclamped, unit: rate.unit })),
        floor: formatRate(band.floor),
        ceiling: formatRate(band.ceiling),
        rule: band.rule.id,
      }),
    ]);
  }
}

/** Everything a quote's worksheet and result are built from. */
interface Priced {
  readonly q: Parsed;
  readonly rounding: Rounding;
  readonly base: { readonly text: string; readonly rule: Rule | null };
  readonly rate: RateChoice;
  readonly band: Band | null;
  readonly figures: Extract<Figures, { positive: true }>;
  readonly caps: readonly [PremiumCap, PremiumCap];
}

/** The worksheet: every step, in order, with its rule. Labels and formulas are constants. */
function worksheetOf({ q, rounding, base, rate, band, figures, caps }: Priced): WorksheetStep[] {
  const steps: WorksheetStep[] = [];
  const add = (
    key: string,
    label: Bilingual,
    value: string,
    formula: string,
    ruleId: string | null,
    citation: Citation | null,
  ): void => {
    steps.push(
      Object.freeze({ step: steps.length + 1, key, label, value, formula, ruleId, citation }),
    );
  };
  const addRule = (key: string, label: Bilingual, value: string, f: string, rule: Rule | null) => {
    add(key, label, value, f, rule?.id ?? null, rule?.citation ?? null);
  };
  const bandRule = band?.rule ?? null;
  addRule('base', L.base, figures.base, q.base.kind, base.rule);
  const rateFormula = rate.source === 'reference' ? 'reference rate' : 'filed rate';
  addRule('rate', L.rate, rate.rate.value, rateFormula, rate.rule);
  (q.adjustments ?? []).forEach((a, i) => {
    const shown = figures.percents[i] ?? '1';
    addRule(`adjustment-${i + 1}`, L.adjustment, shown, `${a.reason}: aᵢ (%)`, bandRule);
  });
  const combine = q.combine === 'additive' ? '1 + Σ aᵢ/100' : 'Π (1 + aᵢ/100)';
  addRule('requested-factor', L.requested, figures.requested, combine, bandRule);
  if (figures.band !== null) {
    const shown = `[${figures.band.floor}, ${figures.band.ceiling}]`;
    addRule('band', L.band, shown, 'floor ≤ rate × factor ≤ ceiling', bandRule);
  }
  const clamp = figures.clampedTo === null ? 'rate × factor' : `clamped to ${figures.clampedTo}`;
  addRule('effective-rate', L.effective, figures.effective, clamp, bandRule ?? rate.rule);
  add('exact-premium', L.exact, figures.exact, 'base × effective rate', 'MONEY-02', MONEY_02);
  const roundingFormula = `round(${rounding.mode}, ${rounding.unit})`;
  add('premium', L.premium, figures.premium, roundingFormula, 'MONEY-02', MONEY_02);
  const labels = [
    ['prevention-budget-cap', L.prevention],
    ['commission-cap', L.commission],
  ] as const;
  caps.forEach((cap, i) => {
    const [key, label] = labels[i] ?? labels[0];
    if (cap.amount === null || cap.ratio === null) return;
    const formula = `floor(premium × ${cap.ratio.value})`;
    add(key, label, cap.amount.amount, formula, cap.ruleId ?? 'MONEY-03', cap.citation ?? MONEY_03);
  });
  return steps;
}

/**
 * Quotes a 安责险 premium: `base × rate × float factor`, exact, rounded once (MONEY-02), bounded by
 * the law and explained step by step.
 *
 * - **Base**: the contract price (AH-RATE-01), or the remaining work's contract price for a started
 *   project (AH-COST-03); other kinds only where the profile allows them.
 * - **Rate**: the profile's reference rate (Anhui 1.65‰, AH-RATE-02) or the insurer's filed rate, which
 *   is required where the profile sets none (Xinzhou, Jingzhou, Anhua, Zhoushan).
 * - **Float**: signed percentage adjustments with reason codes, combined multiplicatively (default) or
 *   additively; outside the band (AH-RATE-03: the effective rate within [1.32‰, 1.98‰]) the rate is
 *   clamped (default) or the quote is refused.
 * - **Caps**: the prevention-service budget where the profile sets one (AH-PREV-05, 20%, rounded down)
 *   and the commission cap in force (NAT25-COMM-01, 5%).
 *
 * The arithmetic is exact integer arithmetic on scaled bigints (`src/premium/figures.ts`), proven
 * equal to the decimal.js computation by property tests; nothing is approximated.
 *
 * @throws {ValidationError} bad input (with its path), a base kind the profile does not allow, a
 *   missing filed rate, an unknown reason code, a base above 10^13 yuan, a float out of band in `reject` mode
 * @throws {ProfileNotInForceError} when no version of the profile applies on `asOf`
 * @example
 * quotePremium({ jurisdiction: 'anhui', asOf: '2026-01-01', base: { kind: 'contract-price', amount: '12,000,000.00' } })
 *   .premium.amount //=> '19800.00'
 */
export function quotePremium(input: QuoteInput): Quote {
  // The common shapes are read directly; anything else, and every refusal, goes through the schema.
  const q = readQuoteInput(input) ?? parseWith(quoteParser(), input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const rounding = checkRounding(q.rounding ?? {}, ['rounding']);
  const base = resolveBase(profile, q.base);
  const rate = resolveRate(profile, q);
  const percents = (q.adjustments ?? []).map(percentText);
  const band = resolveBand(profile);
  const prevention = capRule(profile, 'prevention-budget-cap', 'maxShareOfCollectedPremium', asOf);
  const commission = capRule(profile, 'commission-cap', 'maximum', asOf);
  const figures = quoteFigures({
    base: base.text,
    rate: rate.rate.value,
    percents,
    additive: q.combine === 'additive',
    band: band === null ? null : { floor: band.floor.value, ceiling: band.ceiling.value },
    rounding,
    capRatios: [prevention.ratio?.value ?? null, commission.ratio?.value ?? null],
  });
  checkFigures(figures, q, rate.rate, band);
  const caps = [
    capOf(prevention, figures.caps[0] ?? null),
    capOf(commission, figures.caps[1] ?? null),
  ] as const;
  const worksheet = worksheetOf({ q, rounding, base, rate, band, figures, caps });
  return Object.freeze({
    jurisdiction: profile.id,
    profileVersion: profile.version,
    asOf,
    base: Object.freeze({
      kind: q.base.kind,
      amount: cnyFromCanonical(figures.base),
      ruleId: base.rule?.id ?? null,
    }),
    rate: Object.freeze({
      source: rate.source,
      rate: rate.rate,
      insurer: rate.insurer,
      ruleId: rate.rule?.id ?? null,
    }),
    requestedFactor: figures.requested,
    appliedFactor: figures.applied,
    clamped: figures.clampedTo !== null,
    clampedTo: figures.clampedTo,
    effectiveRate: Object.freeze({ value: figures.effective, unit: rate.rate.unit }),
    premium: cnyFromCanonical(figures.premium),
    preventionBudgetCap: caps[0],
    commissionCap: caps[1],
    warnings,
    worksheet: Object.freeze(worksheet),
  });
}
