import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { param } from '../profiles/params.js';
import { bi, fail } from '../errors/errors.js';
import { parseWith } from '../errors/zod.js';
import { capAmount } from '../money/cap.js';
import { compareCny } from '../money/arithmetic.js';
import { CnySchema } from '../money/cny.js';
import { decimalFrom } from '../money/decimal-input.js';
import { formatCny } from '../money/format.js';
import { parseCny } from '../money/parse-cny.js';
import { formatRate, RateSchema, rateToDecimal, type Rate } from '../money/rate.js';
import { findRule } from '../profiles/find-rule.js';
import { resolveRule } from '../profiles/national.js';
import { profileFor } from '../profiles/profile-for.js';
import { JurisdictionInputSchema, type Profile, type Rule } from '../profiles/schema.js';
import { CalendarDateSchema, type CalendarDate } from '../time/calendar-date.js';
import { perPersonLimitCriteria } from '../verdict/per-person-limit.js';
import { criterion, verdict, type Criterion, type DatedVerdict } from '../verdict/verdict.js';

const Amount = /* @__PURE__ */ lazySchema(() =>
  z.union([z.string(), z.number(), z.bigint(), CnySchema]),
);

/** Facts of a proposed quote. Every fact is optional: a missing one makes its criterion `unknown`. */
export const CheckQuoteInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    /** The effective rate the quote states. */
    rate: z.optional(RateSchema),
    /** The float factor applied (1 = none, 1.1 = +10%). */
    floatFactor: z.optional(z.union([z.string(), z.number()])),
    /** Facts for Zhoushan's float direction (ZS-FLOAT-01). */
    conditions: z.optional(
      z.strictObject({
        claimsFree: z.optional(z.boolean()),
        goodCredit: z.optional(z.boolean()),
        goodManagement: z.optional(z.boolean()),
        chaoticManagement: z.optional(z.boolean()),
        accident: z.optional(z.boolean()),
      }),
    ),
    /** Whether the quote is a renewal (ZS-FLOAT-01's upward float applies at the next renewal). */
    renewal: z.optional(z.boolean()),
    /** The per-person death/disability limit the policy offers. */
    perPersonLimit: z.optional(Amount),
    /** The premium and the commission paid on it (NAT25-COMM-01). */
    premium: z.optional(Amount),
    commission: z.optional(Amount),
  }),
);
/** The input of {@link checkQuote}. */
export type CheckQuoteInput = z.input<typeof CheckQuoteInputSchema>;

/** The result of {@link checkQuote}: a verdict with its criteria, for one jurisdiction and date. */
export type QuoteCheck = DatedVerdict;

function rateParam(rule: Rule, name: string): Rate | null {
  const p = rule.params[name];
  return p?.type === 'rate' ? p.value : null;
}

function bandCriteria(profile: Profile, rate: Rate | undefined): Criterion[] {
  if (profile.pricing.bandRule === null) return [];
  const band = findRule(profile, profile.pricing.bandRule);
  const floor = rateParam(band, 'floor');
  const ceiling = rateParam(band, 'ceiling');
  if (floor === null || ceiling === null) return [];
  // A check rule that carries its own floor besides the band (Anhui's AH-RATE-05, "不得恶意低价承保":
  // the band's floor, 1.32‰) is the rule an under-priced quote breaks; else the band itself.
  const under =
    profile.rules.find((r) => r !== band && r.tag === 'check' && rateParam(r, 'floor') !== null) ??
    band;
  const underFloor = rateParam(under, 'floor') ?? floor;
  if (rate === undefined) {
    const missing = bi('the quoted rate is not given', '未提供报价费率');
    return [
      criterion(under, 'unknown', missing, [], ['rate']),
      criterion(band, 'unknown', missing, [], ['rate']),
    ];
  }
  const r = rateToDecimal(rate);
  const shown = formatRate(rate, { unit: floor.unit });
  // "不得恶意低价承保": a rate below the floor is under-pricing; the floor itself is allowed (≥).
  const low: Criterion = r.lessThan(rateToDecimal(underFloor))
    ? criterion(
        under,
        'fail',
        bi(
          `${shown} is below the band floor ${formatRate(underFloor)}: under-pricing`,
          `${shown}低于浮动下限${formatRate(underFloor)}，属恶意低价承保`,
        ),
        ['rate'],
      )
    : criterion(
        under,
        'pass',
        bi(
          `${shown} is not below the floor ${formatRate(underFloor)}`,
          `${shown}不低于下限${formatRate(underFloor)}`,
        ),
        ['rate'],
      );
  const high: Criterion = r.greaterThan(rateToDecimal(ceiling))
    ? criterion(
        band,
        'fail',
        bi(
          `${shown} is above the band ceiling ${formatRate(ceiling)}`,
          `${shown}高于浮动上限${formatRate(ceiling)}`,
        ),
        ['rate'],
      )
    : criterion(
        band,
        'pass',
        bi(
          `${shown} is not above the band ceiling ${formatRate(ceiling)}`,
          `${shown}未超过上限${formatRate(ceiling)}`,
        ),
        ['rate'],
      );
  return [low, high];
}

type Tri = boolean | undefined;
const all = (xs: Tri[]): Tri =>
  xs.some((x) => x === false) ? false : xs.every((x) => x === true) ? true : undefined;
const any = (xs: Tri[]): Tri =>
  xs.some((x) => x === true) ? true : xs.every((x) => x === false) ? false : undefined;
const and = (a: Tri, b: Tri): Tri =>
  a === false || b === false ? false : a === true && b === true ? true : undefined;

/** The input fact of each float-direction condition code (ZS-FLOAT-01's lists). */
const CONDITION_FACTS: Readonly<
  Record<string, 'claimsFree' | 'goodCredit' | 'goodManagement' | 'chaoticManagement' | 'accident'>
> = {
  'claims-free': 'claimsFree',
  'good-credit': 'goodCredit',
  'good-management': 'goodManagement',
  'chaotic-management': 'chaoticManagement',
  accident: 'accident',
};

const DIRECTION_FACTS = [
  'floatFactor',
  'conditions.claimsFree',
  'conditions.goodCredit',
  'conditions.goodManagement',
  'conditions.chaoticManagement',
  'conditions.accident',
  'renewal',
];

type QuoteCheckInput = z.output<typeof CheckQuoteInputSchema>;

function directionCriterion(profile: Profile, input: QuoteCheckInput): Criterion[] {
  if (profile.pricing.floatDirectionRule === null) return [];
  const rule = findRule(profile, profile.pricing.floatDirectionRule);
  if (input.floatFactor === undefined)
    return [
      criterion(
        rule,
        'unknown',
        bi('the float factor is not given', '未提供浮动系数'),
        [],
        ['floatFactor'],
      ),
    ];
  const factor = decimalFrom(input.floatFactor, ['floatFactor'], 'invalid_rate');
  if (!factor.isPositive() || factor.isZero()) {
    fail(
      ['floatFactor'],
      'out_of_range',
      { detail: bi('a float factor is above zero', '浮动系数必须大于零') },
      'a factor > 0',
    );
  }
  return [
    directionVerdict(rule, input, factor.toString(), factor.greaterThan(1), factor.lessThan(1)),
  ];
}

/**
 * Whether the rule's conditions call for a float down only or up only (internal). The conditions come
 * from the rule (ZS-FLOAT-01: 和 joins the three good conditions, so all must hold; either bad condition
 * calls for an upward float, at the next renewal). A condition the input has no fact for is unknown,
 * never assumed.
 */
function directionsOf(rule: Rule, input: QuoteCheckInput) {
  const c = input.conditions ?? {};
  const fact = (code: string): Tri => {
    const key = CONDITION_FACTS[code];
    return key === undefined ? undefined : c[key];
  };
  const downCodes = param(rule, 'downWhenAll', 'list').value.map((i) => i.code);
  const upCodes = param(rule, 'upWhenAny', 'list').value.map((i) => i.code);
  const at = param(rule, 'upAppliesAt', 'code').value;
  const downOnly = all(downCodes.map(fact));
  const upOnly = and(
    any(upCodes.map(fact)),
    at === 'next-renewal' ? input.renewal : at === 'any-quote' ? true : undefined,
  );
  // the facts an unknown verdict lacks: the down conditions, or the up conditions (and the renewal)
  const named = (codes: string[]) =>
    codes.map((code) => `conditions.${CONDITION_FACTS[code] ?? code}`);
  const missingOf = (names: string[]) =>
    names.filter((n) =>
      n.startsWith('conditions.')
        ? c[n.replace('conditions.', '') as keyof typeof c] === undefined
        : input[n as 'renewal'] === undefined,
    );
  return {
    downOnly,
    upOnly,
    missingDown: () => missingOf(named(downCodes)),
    missingUp: () => missingOf([...named(upCodes), ...(at === 'next-renewal' ? ['renewal'] : [])]),
  };
}

/** The float-direction verdict of a factor `f` that floats up, down or neither (internal). */
function directionVerdict(
  rule: Rule,
  input: QuoteCheckInput,
  f: string,
  up: boolean,
  down: boolean,
): Criterion {
  const { downOnly, upOnly, missingDown, missingUp } = directionsOf(rule, input);
  if (downOnly === true && upOnly === true && (up || down))
    return criterion(
      rule,
      'unknown',
      bi(
        'the facts contradict each other: both the down-only and the up-only rule apply',
        '事实相互矛盾：同时满足只可下浮和应当上浮的条件',
      ),
      DIRECTION_FACTS,
    );
  if (downOnly === true && up)
    return criterion(
      rule,
      'fail',
      bi(
        `claims-free, good credit and good management: the rate may only float down, but the factor is ${f}`,
        `无出险、信用良好且管理较好，费率只可下浮，但浮动系数为${f}`,
      ),
      DIRECTION_FACTS,
    );
  if (upOnly === true && down)
    return criterion(
      rule,
      'fail',
      bi(
        `chaotic management or an accident: at renewal the rate floats up, but the factor is ${f}`,
        `管理混乱或发生事故，续保时费率应上浮，但浮动系数为${f}`,
      ),
      DIRECTION_FACTS,
    );
  if ((downOnly === undefined && up) || (upOnly === undefined && down))
    return criterion(
      rule,
      'unknown',
      bi(
        `a factor of ${f} may go against the float direction: facts are missing`,
        `浮动系数${f}可能违反浮动方向，缺少事实`,
      ),
      DIRECTION_FACTS,
      up ? missingDown() : missingUp(),
    );
  return criterion(
    rule,
    'pass',
    bi(`a factor of ${f} follows the float direction`, `浮动系数${f}符合浮动方向`),
    DIRECTION_FACTS,
  );
}

function commissionCriterion(
  profile: Profile,
  asOf: CalendarDate,
  premium: unknown,
  commission: unknown,
): Criterion[] {
  const governing = resolveRule(profile, 'commission-cap', asOf).governing;
  if (governing === null) return [];
  const ratio = rateParam(governing.rule, 'maximum');
  if (ratio === null) return [];
  const missing = [
    ...(premium === undefined ? ['premium'] : []),
    ...(commission === undefined ? ['commission'] : []),
  ];
  if (missing.length > 0)
    return [
      criterion(
        governing.rule,
        'unknown',
        bi('the premium or the commission is not given', '未提供保费或手续费'),
        [],
        missing,
      ),
    ];
  const cap = capAmount(parseCny(premium as string, { path: ['premium'] }), ratio);
  const paid = parseCny(commission as string, { path: ['commission'] });
  return compareCny(paid, cap) > 0
    ? [
        criterion(
          governing.rule,
          'fail',
          bi(
            `commission ${formatCny(paid)} exceeds ${formatRate(ratio)} of the premium (${formatCny(cap)})`,
            `手续费${formatCny(paid)}超过保费的${formatRate(ratio)}（${formatCny(cap)}）`,
          ),
          ['premium', 'commission'],
        ),
      ]
    : [
        criterion(
          governing.rule,
          'pass',
          bi(
            `commission ${formatCny(paid)} is within ${formatRate(ratio)} of the premium (${formatCny(cap)})`,
            `手续费${formatCny(paid)}未超过保费的${formatRate(ratio)}（${formatCny(cap)}）`,
          ),
          ['premium', 'commission'],
        ),
      ];
}

/**
 * Checks a proposed quote against the law in force, criterion by criterion:
 * under-pricing below the band floor (AH-RATE-05) and a rate above the ceiling (AH-RATE-03); a float
 * against Zhoushan's direction rule (ZS-FLOAT-01); a per-person limit below the minimum in force
 * (AH-LIMIT-02, else the national NAT17/NAT25 limit); a commission above the cap (NAT25-COMM-01).
 * A missing fact makes its criterion `unknown`, never a pass.
 *
 * @throws {ValidationError} bad input, with its path
 * @throws {ProfileNotInForceError} when no version of the profile applies on `asOf`
 * @example
 * checkQuote({ jurisdiction: 'anhui', asOf: '2026-01-01', rate: permille('1.2'), perPersonLimit: '600000' }).status //=> 'fail'
 */
export function checkQuote(input: CheckQuoteInput): QuoteCheck {
  const q = parseWith(CheckQuoteInputSchema, input);
  const { profile, asOf, warnings } = profileFor(q.jurisdiction, q.asOf);
  const criteria = [
    ...bandCriteria(profile, q.rate),
    ...directionCriterion(profile, q),
    ...perPersonLimitCriteria(profile, asOf, q.perPersonLimit, ['perPersonLimit']),
    ...commissionCriterion(profile, asOf, q.premium, q.commission),
  ];
  return Object.freeze({ ...verdict(criteria), jurisdiction: profile.id, asOf, warnings });
}
