import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { CALENDAR_DATE_PATTERN, CalendarDateSchema } from '../time/calendar-date.js';
import { ProfileSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of a profile, for callers outside TypeScript who write a profile of
 * their own jurisdiction as JSON: the shape of every field, ids and rule IDs by pattern (a caller's
 * own id and `rulePrefix` included), and dates as days that exist (`2025-02-30` is refused). What a
 * schema cannot say — rule IDs of the jurisdiction's prefix, parameters a computation reads, periods
 * in order — `defineProfile` checks. The package ships it as `dist/profile.schema.json` (this
 * function writes it at build time and is not in the main entry: zod's JSON Schema converter would add
 * ~10 kB to every program). The
 * result is a new, deeply frozen object on each call.
 * @example new RegExp(profileJsonSchema().properties.validFrom.pattern).test('2025-02-30') //=> false
 */
export function profileJsonSchema(): Record<string, unknown> & {
  readonly properties: Record<string, { readonly pattern?: string }>;
} {
  // a plain JSON copy: zod's result also carries its own validator (`~standard`), which is not JSON
  const schema = z.toJSONSchema(ProfileSchema, {
    io: 'input',
    target: 'draft-2020-12',
    override: (ctx) => {
      if (ctx.zodSchema === CalendarDateSchema) ctx.jsonSchema['pattern'] = CALENDAR_DATE_PATTERN;
    },
  });
  return deepFreeze(JSON.parse(JSON.stringify(schema)) as ReturnType<typeof profileJsonSchema>);
}
