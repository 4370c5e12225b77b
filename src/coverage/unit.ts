import { lazySchema } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { CalendarDateSchema } from '../time/calendar-date.js';

const Period = /* @__PURE__ */ lazySchema(() => z.strictObject({ from: CalendarDateSchema, to: CalendarDateSchema }));

/**
 * An enterprise or a project on a regulator's roster. Policies are the periods a 安责险 policy covers;
 * `equivalentInsurance` (Zhoushan, ZS-SCOPE-02) the periods a statutory liability insurance of the same
 * nature covers.
 */
export const UnitSchema = /* @__PURE__ */ lazySchema(() => z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('enterprise'),
    id: z.string().check(z.minLength(1)),
    /** A sector code of the profile's scope, or `other`. */
    sector: z.string().check(z.minLength(1)),
    /** Jingzhou: included in the construction statistics (纳入统计). */
    inStatistics: z.optional(z.boolean()),
    /** Anhua: an above-scale industrial or trade enterprise (规模以上工贸企业). */
    aboveScaleIndustryTrade: z.optional(z.boolean()),
    /** Zhoushan 三: the unit's activity in a sector limited by activity (see `checkEnterprise`). */
    activity: z.optional(z.string().check(z.minLength(1))),
    policies: z.optional(z.array(Period)),
    equivalentInsurance: z.optional(z.array(Period)),
  }),
  z.strictObject({
    kind: z.literal('project'),
    id: z.string().check(z.minLength(1)),
    projectKind: z.enum(['housing', 'municipal', 'other']),
    needsConstructionPermit: z.optional(z.boolean()),
    startDate: z.optional(CalendarDateSchema),
    policies: z.optional(z.array(Period)),
  }),
]));
/** A unit of a roster (see {@link UnitSchema}). */
export type Unit = z.input<typeof UnitSchema>;
export type ValidUnit = z.output<typeof UnitSchema>;
