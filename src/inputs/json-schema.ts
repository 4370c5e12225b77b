import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { CALENDAR_DATE_PATTERN, CalendarDateSchema } from '../time/calendar-date.js';
import { inputSchemas } from './schemas.js';

/**
 * The JSON Schema (draft 2020-12) of every capability's input, by function name, for callers outside
 * TypeScript: what the package ships as `anzexian/schemas/<function>.input.json` (this function writes
 * them at build time and is not in the main entry: zod's converter would add ~10 kB to every program).
 * Dates are patterns of days that exist (`2025-02-30` is refused); a jurisdiction is a shipped id or a
 * profile object (whose own schema is `anzexian/profile.schema.json`); a `bigint` amount, which JSON
 * cannot carry, is left out. What a schema cannot say — a sector the profile does not name, a rule in
 * force — the function checks. A new, deeply frozen object on each call.
 * @example inputJsonSchemas().quotePremium.required //=> ['jurisdiction', 'asOf', 'base']
 */
export function inputJsonSchemas(): Readonly<Record<string, Readonly<Record<string, unknown>>>> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(inputSchemas())) {
    const json = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-2020-12',
      unrepresentable: 'any',
      override: (ctx) => {
        const type = ctx.zodSchema._zod.def.type;
        if (ctx.zodSchema === CalendarDateSchema) ctx.jsonSchema['pattern'] = CALENDAR_DATE_PATTERN;
        else if (type === 'custom') {
          // the only custom member of an input is the profile or jurisdiction value
          ctx.jsonSchema['type'] = 'object';
          ctx.jsonSchema['description'] =
            'a profile object (see profile.schema.json) / 地区档案（见 profile.schema.json）';
        } else if (type === 'bigint') ctx.jsonSchema['not'] = {};
      },
    });
    // a plain JSON copy: zod's result also carries its own validator (`~standard`), which is not JSON
    out[name] = {
      $id: `https://unpkg.com/anzexian/dist/schemas/${name}.input.json`,
      title: `${name} input`,
      ...(JSON.parse(JSON.stringify(json)) as Record<string, unknown>),
    };
  }
  return deepFreeze(out) as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}
