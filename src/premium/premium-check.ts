import { bi, fail, type IssuePath } from '../errors/errors.js';
import { cnyToDecimal, isCny } from '../money/cny.js';
import { ROUNDING_MODES, type RoundingMode } from '../money/decimal.js';
import { isRate, rateToDecimal } from '../money/rate.js';
import { roundDecimal, type Rounding } from '../money/round.js';

const ROUND_FORMULA = /^round\(([a-z-]+), (fen|yuan)\)$/;

/** The rounding a quote's worksheet records on its `premium` step (MONEY-02), or half-up to the fen. */
function roundingOf(worksheet: unknown): Rounding {
  if (Array.isArray(worksheet))
    for (const step of worksheet as unknown[]) {
      if (typeof step !== 'object' || step === null) continue;
      const { key, formula } = step as { key?: unknown; formula?: unknown };
      if (key !== 'premium' || typeof formula !== 'string') continue;
      const m = ROUND_FORMULA.exec(formula);
      const mode = m?.[1];
      if (m !== null && (ROUNDING_MODES as readonly unknown[]).includes(mode))
        return { mode: mode as RoundingMode, unit: m[2] === 'yuan' ? 'yuan' : 'fen' };
    }
  return { mode: 'half-up', unit: 'fen' };
}

/**
 * Refuses a quote whose premium is not its base × effective rate rounded as its worksheet says
 * (MONEY-02): a quote that came back from JSON with its premium edited must not be printed on a
 * quote letter or split among payers. A plain object with only a premium (which `splitPremium`
 * accepts) has nothing to check against. Internal; `quote` is the caller's read-once copy.
 */
export function checkQuotePremium(quote: unknown, path: IssuePath): void {
  if (typeof quote !== 'object' || quote === null) return;
  const q = quote as {
    base?: unknown;
    effectiveRate?: unknown;
    premium?: unknown;
    worksheet?: unknown;
  };
  if (q.base === undefined && q.effectiveRate === undefined) return;
  const amount = (q.base as { amount?: unknown } | null)?.amount;
  if (!isCny(amount) || !isRate(q.effectiveRate) || !isCny(q.premium))
    fail(path, 'invalid_type', { expected: 'Quote' }, 'Quote');
  const expected = roundDecimal(
    cnyToDecimal(amount).times(rateToDecimal(q.effectiveRate)),
    roundingOf(q.worksheet),
  );
  if (!expected.equals(cnyToDecimal(q.premium)))
    fail(
      [...path, 'premium'],
      'invalid_option',
      {
        detail: bi(
          `the premium ${q.premium.amount} is not base × rate (${amount.amount} × ${q.effectiveRate.value} = ${expected.toFixed(2)}): was the quote edited?`,
          `保费${q.premium.amount}不等于计费基数×费率（${amount.amount}×${q.effectiveRate.value}=${expected.toFixed(2)}），报价是否被改动？`,
        ),
      },
      'base × effective rate, rounded',
    );
}
