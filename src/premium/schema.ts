import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { CnySchema } from '../money/cny.js';
import { ROUNDING_MODES } from '../money/decimal.js';
import { RateSchema } from '../money/rate.js';
import { BaseKindSchema, JurisdictionInputSchema } from '../profiles/schema.js';
import { CalendarDateSchema } from '../time/calendar-date.js';
import { FLOAT_REASON_CODES } from './reasons.js';

const AmountInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.union([z.string(), z.number(), z.bigint(), CnySchema]),
);

/** A float adjustment: a signed percentage (`-20`, `'+5'`, `'12.5'`) and the reason for it. */
export const AdjustmentSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    percent: z.union([z.string(), z.number()]),
    reason: z.enum(FLOAT_REASON_CODES),
    note: z.optional(z.string()),
  }),
);

/** Where the rate comes from: the profile's reference rate, or the insurer's filed rate. */
export const RateSourceSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('source', [
    z.strictObject({ source: z.literal('reference') }),
    z.strictObject({
      source: z.literal('filed'),
      rate: z.optional(RateSchema),
      insurer: z.optional(z.string()),
    }),
  ]),
);

/** Rounding of the premium (MONEY-02). */
export const RoundingInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    mode: z.optional(z.enum(ROUNDING_MODES)),
    unit: z.optional(z.enum(['fen', 'yuan'])),
  }),
);

/** The input of `quotePremium` (JSON-representable: amounts and rates as strings or objects). */
export const QuoteInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** A jurisdiction id, or a profile object (e.g. one made by `deriveProfile`). */
    jurisdiction: JurisdictionInputSchema,
    asOf: CalendarDateSchema,
    base: z.strictObject({ kind: BaseKindSchema, amount: AmountInputSchema }),
    /** Default: the profile's reference rate where it has one; required where it has none. */
    rate: z.optional(RateSourceSchema),
    adjustments: z.optional(z.readonly(z.array(AdjustmentSchema).check(z.maxLength(20)))),
    /** How adjustments combine: `multiplicative` (default) Π(1 + aᵢ), or `additive` 1 + Σaᵢ. */
    combine: z.optional(z.enum(['multiplicative', 'additive'])),
    /** Outside the band: `clamp` (default) to the nearest bound, or `reject` with an error. */
    outOfBand: z.optional(z.enum(['clamp', 'reject'])),
    rounding: z.optional(RoundingInputSchema),
  }),
);
/** The input of `quotePremium`. */
export type QuoteInput = z.input<typeof QuoteInputSchema>;
export type Adjustment = z.infer<typeof AdjustmentSchema>;
