import { readOnce } from '../_lib/plain.js';
import { bi, fail, issue, type Issue, ValidationError } from '../errors/errors.js';
import { cnyFromDecimal, type Cny } from './cny.js';
import { Dec } from './decimal.js';
import { decimalFrom, type DecimalInput } from './decimal-input.js';
import { parseCny, type CnyInput } from './parse-cny.js';

const MAX_PARTS = 100_000;

/**
 * Splits an amount among payers by weights so that the parts sum **exactly** to the whole and each
 * part is within one fen of its exact share (MONEY-04; e.g. XZ-PARTY-01, a premium shared by the
 * general contractor and its subcontractors, or by joint-venture members).
 *
 * Method (largest remainder, computed exactly in integers): each payer first gets the floor of its
 * exact share in fen; the fen left over go one each to the payers with the largest remainders.
 * **Tie-break:** equal remainders go to the payer listed first. A negative total is split as its
 * magnitude and negated, so the same payer absorbs the same fen either way.
 *
 * @param total - the amount to split (negative allowed)
 * @param weights - one positive weight per payer (shares, percentages or amounts: only ratios matter)
 * @returns the parts, in the order of `weights`
 * @throws {ValidationError} `invalid_weights` for an empty list, or any weight that is zero, negative or not a plain decimal
 * @example
 * allocate('100.00', [1, 1, 1]).map((p) => p.amount) //=> ['33.34', '33.33', '33.33']
 */
export function allocate(total: CnyInput, weights: readonly DecimalInput[]): readonly Cny[] {
  weights = readOnce(weights) as readonly DecimalInput[];
  const amount = parseCny(total, { allowNegative: true, path: ['total'] });
  if (!Array.isArray(weights))
    fail(['weights'], 'invalid_type', { expected: 'weight[]' }, 'weight[]');
  if (weights.length === 0)
    fail(
      ['weights'],
      'invalid_weights',
      { detail: bi('empty', '权重列表为空') },
      'at least one weight',
    );
  if (weights.length > MAX_PARTS)
    fail(
      ['weights'],
      'invalid_weights',
      { detail: bi(`more than ${MAX_PARTS} parts`, `份数过多`) },
      `≤ ${MAX_PARTS} weights`,
    );

  const problems: Issue[] = [];
  const decimals = weights.map((w, i) => {
    try {
      const d = decimalFrom(w, ['weights', i], 'invalid_weights');
      if (!d.isPositive() || d.isZero()) {
        problems.push(
          issue(
            ['weights', i],
            'invalid_weights',
            { detail: bi(`must be > 0, got ${d.toString()}`, `权重必须大于0`) },
            'a weight > 0',
          ),
        );
      }
      return d;
    } catch (e) {
      if (e instanceof ValidationError) problems.push(...e.issues);
      else throw e;
      return new Dec(0);
    }
  });
  if (problems.length > 0) throw new ValidationError(problems);

  // Scale the weights to integers so every share is an exact fraction of bigints.
  const places = Math.max(...decimals.map((d) => d.decimalPlaces()));
  const scale = new Dec(10).pow(places);
  const ints = decimals.map((d) => BigInt(d.times(scale).toFixed(0)));
  const sum = ints.reduce((a, b) => a + b, 0n);

  const signed = BigInt(new Dec(amount.amount).times(100).toFixed(0));
  const fen = signed < 0n ? -signed : signed;
  const floors = ints.map((w) => (fen * w) / sum);
  const remainders = ints.map((w) => (fen * w) % sum);
  let left = fen - floors.reduce((a, b) => a + b, 0n);

  const order = remainders
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    left -= 1n;
  }
  const parts = floors.map((f) =>
    cnyFromDecimal(new Dec((signed < 0n ? -f : f).toString()).div(100)),
  );
  return Object.freeze(parts);
}
