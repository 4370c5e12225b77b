import * as z from 'zod/mini';
import { param } from '../profiles/params.js';
import { bi, fail, issue, ValidationError } from '../errors/errors.js';
import type { Bilingual } from '../errors/messages.js';
import { parseWith } from '../errors/zod.js';
import { capOfDecimal } from '../money/cap.js';
import { cnyFromDecimal, type Cny } from '../money/cny.js';
import { Dec } from '../money/decimal.js';
import { decimalFrom } from '../money/decimal-input.js';
import { readAmount } from '../money/parse-cny.js';
import { formatRate, rateFromDecimal, type Rate } from '../money/rate.js';
import { rateDecimal as rateToDecimal } from '../profiles/rule-index.js';
import { checkRounding, roundDecimal } from '../money/round.js';
import { ruleById as findRule } from '../profiles/find-rule.js';
import { governingRule } from '../profiles/national.js';
import { profileFor } from '../profiles/profile-for.js';
import type { BaseKind, Citation, Profile, ProfileWarning, Rule } from '../profiles/schema.js';
import type { CalendarDate } from '../time/calendar-date.js';
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
// parser wherever it cannot compile). Built once: quotes are the hot path of a pricing engine.
const QUOTE_INPUT = z.compile(QuoteInputSchema);

const MONEY_02: Citation = Object.freeze({ document: 'anzexian', section: 'MONEY-02' });
const MONEY_03: Citation = Object.freeze({ document: 'anzexian', section: 'MONEY-03' });
const ONE = new Dec(1);
const MAX_BASE = new Dec('10000000000000');
// ×0.01 rather than ÷100: a multiplication is exact and cheap; a division runs to the precision.
const HUNDREDTH = new Dec('0.01');
const MAX_ADJUSTMENT = new Dec(1000);

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

function percentsOf(adjustments: readonly Adjustment[]): Dec[] {
  return adjustments.map((a, i) => {
    // One optional sign only: '++5' or '+-5' is a typing mistake, not +5% (decimalFrom allows one).
    const pct = decimalFrom(a.percent, ['adjustments', i, 'percent'], 'invalid_rate');
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
    return pct;
  });
}

/** Π(1 + aᵢ/100) (multiplicative, the default) or 1 + Σ aᵢ/100 (additive): exact either way. */
function requestedFactor(percents: readonly Dec[], additive: boolean): Dec {
  if (additive) return percents.reduce((sum, p) => sum.plus(p.times(HUNDREDTH)), ONE);
  return percents.reduce((product, p) => product.times(ONE.plus(p.times(HUNDREDTH))), ONE);
}

const CAPPED = bi(
  'at most this ratio of the premium, rounded down to the fen (MONEY-03)',
  '不高于保费的此比例，向下舍入到分（MONEY-03）',
);

function capFrom(
  profile: Profile,
  family: 'prevention-budget-cap' | 'commission-cap',
  param: string,
  premium: Dec,
  asOf: CalendarDate,
): PremiumCap {
  const rule = governingRule(profile, family, asOf);
  if (rule === null) {
    return Object.freeze({
      amount: null,
      ratio: null,
      ruleId: null,
      citation: null,
      reason: bi('no rule in force sets this cap', '当时有效的规定均未设此上限'),
    });
  }
  const p = rule.params[param];
  if (p?.type !== 'rate') {
    return Object.freeze({
      amount: null,
      ratio: null,
      ruleId: rule.id,
      citation: rule.citation,
      reason: bi(`${rule.id} sets no ratio`, `${rule.id} 未规定比例`),
    });
  }
  return Object.freeze({
    amount: capOfDecimal(premium, rateToDecimal(p.value)),
    ratio: p.value,
    ruleId: rule.id,
    citation: rule.citation,
    reason: CAPPED,
  });
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
 * @throws {ValidationError} bad input (with its path), a base kind the profile does not allow, a
 *   missing filed rate, an unknown reason code, a base above 10^13 yuan, a float out of band in `reject` mode
 * @throws {ProfileNotInForceError} when no version of the profile applies on `asOf`
 * @example
 * quotePremium({ jurisdiction: 'anhui', asOf: '2026-01-01', base: { kind: 'contract-price', amount: '12,000,000.00' } })
 *   .premium.amount //=> '19800.00'
 */
export function quotePremium(input: QuoteInput): Quote {
  const q = parseWith(QUOTE_INPUT, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const rounding = checkRounding(q.rounding ?? {}, ['rounding']);
  const { pricing } = profile;

  // The base: a kind this profile allows, a positive amount up to 10^13 yuan.
  const allowed = pricing.baseKinds.find((b) => b.kind === q.base.kind);
  if (allowed === undefined) {
    fail(
      ['base', 'kind'],
      'base_kind_not_allowed',
      {
        jurisdiction: profile.id,
        value: q.base.kind,
        allowed: pricing.baseKinds.map((b) => b.kind).join(', ') || '—',
      },
      pricing.baseKinds.map((b) => b.kind).join(' | '),
    );
  }
  const baseValue = readAmount(q.base.amount, ['base', 'amount'], false, MAX_BASE);
  const base = cnyFromDecimal(baseValue);
  if (baseValue.isZero())
    fail(
      ['base', 'amount'],
      'out_of_range',
      { detail: bi('the base must be above zero', '计费基数必须大于零') },
      'an amount > 0',
    );
  const baseRule = allowed.ruleId === null ? null : findRule(profile, allowed.ruleId);

  // The rate: the reference rate, or the insurer's filed rate.
  const source =
    q.rate ?? (pricing.referenceRateRule !== null ? { source: 'reference' as const } : undefined);
  if (source === undefined)
    fail(
      ['rate'],
      'filed_rate_required',
      { jurisdiction: profile.id },
      "{ source: 'filed', rate }",
    );
  let rate: Rate;
  let rateRule: Rule | null;
  let insurer: string | null = null;
  if (source.source === 'reference') {
    if (pricing.referenceRateRule === null)
      fail(['rate', 'source'], 'filed_rate_required', { jurisdiction: profile.id }, "'filed'");
    rateRule = findRule(profile, pricing.referenceRateRule);
    rate = rateParam(rateRule, 'reference');
  } else {
    insurer = source.insurer ?? null;
    const filed =
      source.rate ??
      profile.filedRates?.find((f) => f.insurer === source.insurer && f.baseKind === q.base.kind)
        ?.rate;
    if (filed === undefined)
      fail(['rate', 'rate'], 'filed_rate_required', { jurisdiction: profile.id }, 'Rate');
    // A premium rate is above zero: a zero rate is no quote (and no factor could be derived from it).
    if (filed.value.startsWith('-') || new Dec(filed.value).isZero())
      fail(
        ['rate', 'rate'],
        'invalid_rate',
        { detail: bi('a premium rate must be above zero', '费率必须大于零') },
        'a rate > 0',
      );
    rate = filed;
    // Xinzhou states no rate, but the quote letter must state the rate used (XZ-OPS-04).
    rateRule = profile.id === 'xinzhou' ? findRule(profile, 'XZ-OPS-04') : null;
  }

  // The float factor and the band.
  const adjustments = q.adjustments ?? [];
  const percents = percentsOf(adjustments);
  const requested = requestedFactor(percents, q.combine === 'additive');
  if (!requested.isPositive() || requested.isZero()) {
    fail(
      ['adjustments'],
      'out_of_range',
      {
        detail: bi(
          `the float factor ${requested.toString()} is not above zero`,
          `浮动系数${requested.toString()}不大于零`,
        ),
      },
      'a factor > 0',
    );
  }
  const baseRate = rateToDecimal(rate);
  let effective = baseRate.times(requested);
  let clampedTo: 'floor' | 'ceiling' | null = null;
  const bandRule = pricing.bandRule === null ? null : findRule(profile, pricing.bandRule);
  let floor: Dec | null = null;
  let ceiling: Dec | null = null;
  if (bandRule !== null) {
    floor = rateToDecimal(rateParam(bandRule, 'floor'));
    ceiling = rateToDecimal(rateParam(bandRule, 'ceiling'));
    // The band bounds are themselves allowed: "上下20%" includes exactly ±20% (≥ floor, ≤ ceiling).
    if (effective.lessThan(floor)) clampedTo = 'floor';
    else if (effective.greaterThan(ceiling)) clampedTo = 'ceiling';
    if (clampedTo !== null) {
      if (q.outOfBand === 'reject') {
        throw new ValidationError([
          issue(['adjustments'], 'out_of_band', {
            rate: formatRate(rateFromDecimal(effective, rate.unit)),
            floor: formatRate(rateParam(bandRule, 'floor')),
            ceiling: formatRate(rateParam(bandRule, 'ceiling')),
            rule: bandRule.id,
          }),
        ]);
      }
      effective = clampedTo === 'floor' ? floor : ceiling;
    }
  }
  // effective ÷ base rate: exact when the division terminates (0.8, 1.2 for the reference rate); a
  // filed rate such as 1.7‰ clamped to 1.32‰ gives a repeating decimal, shown to 20 significant digits.
  const applied = clampedTo === null ? requested : effective.div(baseRate).toSignificantDigits(20);

  const exact = baseValue.times(effective);
  const premiumValue = roundDecimal(exact, rounding);
  const premium = cnyFromDecimal(premiumValue);
  const preventionBudgetCap = capFrom(
    profile,
    'prevention-budget-cap',
    'maxShareOfCollectedPremium',
    premiumValue,
    asOf,
  );
  const commissionCap = capFrom(profile, 'commission-cap', 'maximum', premiumValue, asOf);
  const effectiveRate = rateFromDecimal(effective, rate.unit);

  // The worksheet: every step, in order, with its rule. Labels and formulas are constants.
  const steps: WorksheetStep[] = [];
  const add = (
    key: string,
    label: Bilingual,
    value: string,
    formula: string,
    rule: Rule | null,
  ): void => {
    steps.push(
      Object.freeze({
        step: steps.length + 1,
        key,
        label,
        value,
        formula,
        ruleId: rule?.id ?? null,
        citation: rule?.citation ?? null,
      }),
    );
  };
  const addConvention = (
    key: string,
    label: Bilingual,
    value: string,
    formula: string,
    ruleId: string,
    citation: Citation,
  ): void => {
    steps.push(
      Object.freeze({ step: steps.length + 1, key, label, value, formula, ruleId, citation }),
    );
  };
  add('base', L.base, base.amount, q.base.kind, baseRule);
  add(
    'rate',
    L.rate,
    rate.value,
    source.source === 'reference' ? 'reference rate' : 'filed rate',
    rateRule,
  );
  adjustments.forEach((a, i) => {
    add(
      `adjustment-${i + 1}`,
      L.adjustment,
      (percents[i] ?? ONE).toString(),
      `${a.reason}: aᵢ (%)`,
      bandRule,
    );
  });
  add(
    'requested-factor',
    L.requested,
    requested.toString(),
    q.combine === 'additive' ? '1 + Σ aᵢ/100' : 'Π (1 + aᵢ/100)',
    bandRule,
  );
  if (bandRule !== null && floor !== null && ceiling !== null) {
    add(
      'band',
      L.band,
      `[${floor.toString()}, ${ceiling.toString()}]`,
      'floor ≤ rate × factor ≤ ceiling',
      bandRule,
    );
  }
  add(
    'effective-rate',
    L.effective,
    effective.toString(),
    clampedTo === null ? 'rate × factor' : `clamped to ${clampedTo}`,
    bandRule ?? rateRule,
  );
  addConvention(
    'exact-premium',
    L.exact,
    exact.toString(),
    'base × effective rate',
    'MONEY-02',
    MONEY_02,
  );
  addConvention(
    'premium',
    L.premium,
    premium.amount,
    `round(${rounding.mode}, ${rounding.unit})`,
    'MONEY-02',
    MONEY_02,
  );
  const caps = [
    ['prevention-budget-cap', L.prevention, preventionBudgetCap],
    ['commission-cap', L.commission, commissionCap],
  ] as const;
  for (const [key, label, cap] of caps) {
    if (cap.amount === null || cap.ratio === null) continue;
    const formula = `floor(premium × ${cap.ratio.value})`;
    addConvention(
      key,
      label,
      cap.amount.amount,
      formula,
      cap.ruleId ?? 'MONEY-03',
      cap.citation ?? MONEY_03,
    );
  }

  return Object.freeze({
    jurisdiction: profile.id,
    profileVersion: profile.version,
    asOf,
    base: Object.freeze({ kind: q.base.kind, amount: base, ruleId: baseRule?.id ?? null }),
    rate: Object.freeze({ source: source.source, rate, insurer, ruleId: rateRule?.id ?? null }),
    requestedFactor: requested.toString(),
    appliedFactor: applied.toString(),
    clamped: clampedTo !== null,
    clampedTo,
    effectiveRate,
    premium,
    preventionBudgetCap,
    commissionCap,
    warnings,
    worksheet: Object.freeze(steps),
  });
}
