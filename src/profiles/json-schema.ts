import * as z from 'zod/mini';
import { CALENDAR_DATE_PATTERN, CalendarDateSchema } from '../time/calendar-date.js';
import { ProfileSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of a profile, for callers outside TypeScript who write a profile of
 * their own jurisdiction as JSON: the shape of every field, ids and rule IDs by pattern (a caller's
 * own id and `rulePrefix` included), and dates as days that exist (`2025-02-30` is refused). What a
 * schema cannot say — rule IDs of the jurisdiction's prefix, parameters a computation reads, periods
 * in order — `defineProfile` checks. The package also ships it as `dist/profile.schema.json`.
 * @example new RegExp(profileJsonSchema().properties.validFrom.pattern).test('2025-02-30') //=> false
 */
export function profileJsonSchema(): Record<string, unknown> & {
  readonly properties: Record<string, { readonly pattern?: string }>;
} {
  return z.toJSONSchema(ProfileSchema, {
    io: 'input',
    target: 'draft-2020-12',
    override: (ctx) => {
      if (ctx.zodSchema === CalendarDateSchema) ctx.jsonSchema['pattern'] = CALENDAR_DATE_PATTERN;
    },
  }) as ReturnType<typeof profileJsonSchema>;
}
