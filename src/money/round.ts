import { bi, fail, type IssuePath } from '../errors/errors.js';
import { describe } from '../_lib/describe.js';
import { readOnce } from '../_lib/plain.js';
import { cnyFromDecimal, type Cny } from './cny.js';
import { decimalRounding, ROUNDING_MODES, type Dec, type RoundingMode } from './decimal.js';

/** The unit an amount is rounded to: 分 (0.01 yuan, the default) or 元 (1 yuan). */
export type RoundingUnit = 'fen' | 'yuan';

/** A rounding fully decided: mode and unit. */
export interface Rounding {
  readonly mode: RoundingMode;
  readonly unit: RoundingUnit;
}

/** How to round once, at the end (MONEY-02). */
export interface RoundingOptions {
  /** Default `half-up` (四舍五入). */
  readonly mode?: RoundingMode | undefined;
  /** Default `fen`. */
  readonly unit?: RoundingUnit | undefined;
}

/** Checks rounding options supplied by a caller; unknown modes or units are errors, never ignored. */
export function checkRounding(given: RoundingOptions, path: IssuePath = []): Rounding {
  const options = readOnce(given) as RoundingOptions;
  // Options may come from JSON or JavaScript callers: check them as unknown values.
  if ((options as unknown) === undefined) return { mode: 'half-up', unit: 'fen' };
  if (typeof options !== 'object' || (options as unknown) === null || Array.isArray(options)) {
    fail(
      path,
      'invalid_option',
      {
        detail: bi(
          `rounding options must be an object, got ${describe(options)}`,
          `舍入选项必须是对象`,
        ),
      },
      '{ mode?, unit? }',
    );
  }
  // A misspelt key ({ modee: 'down' }) silently ignored would round the wrong way: refuse it.
  const unknownKey = Object.keys(options).find((k) => k !== 'mode' && k !== 'unit');
  if (unknownKey !== undefined) {
    fail(
      [...path, unknownKey],
      'unknown_option',
      { detail: bi(`unknown rounding option ${describe(unknownKey)}`, `未知的舍入选项`) },
      'mode | unit',
    );
  }
  const raw = options as { readonly mode?: unknown; readonly unit?: unknown };
  const mode = raw.mode === undefined ? 'half-up' : raw.mode;
  const unit = raw.unit === undefined ? 'fen' : raw.unit;
  if (!isMode(mode)) {
    fail(
      [...path, 'mode'],
      'unknown_option',
      { detail: bi(`unknown rounding mode ${describe(mode)}`, `未知的舍入方式`) },
      ROUNDING_MODES.join(' | '),
    );
  }
  if (unit !== 'fen' && unit !== 'yuan') {
    fail(
      [...path, 'unit'],
      'unknown_option',
      { detail: bi(`unknown rounding unit ${describe(unit)}`, `未知的舍入单位`) },
      'fen | yuan',
    );
  }
  return { mode, unit };
}

function isMode(value: unknown): value is RoundingMode {
  return (ROUNDING_MODES as readonly unknown[]).includes(value);
}

/**
 * Rounds an exact decimal once to a {@link Cny} (MONEY-02). Internal: public callers use
 * {@link multiplyAndRound}, {@link capAmount} or {@link floorAmount}, which say *why* they round.
 */
export function roundToCny(exact: Dec, options: Rounding): Cny {
  return cnyFromDecimal(roundDecimal(exact, options));
}

/** The rounded decimal itself (internal: for callers that go on computing with it). */
export const roundDecimal = (exact: Dec, options: Rounding): Dec =>
  exact.toDecimalPlaces(options.unit === 'fen' ? 2 : 0, decimalRounding(options.mode));
