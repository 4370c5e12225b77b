import * as z from 'zod/mini';
import { bi, issue, ValidationError, type Issue, type IssuePath } from './errors.js';
import type { Bilingual } from './messages.js';
import { describe } from '../_lib/describe.js';

/**
 * A message for a zod refinement, in both languages: `'english｜中文'` (a full-width bar between).
 * Our schemas write their custom messages this way so a refusal reads well in either language.
 */
export const zodMessage = (en: string, zh: string): string => `${en}｜${zh}`;

function detailOf(i: z.core.$ZodIssue): Bilingual {
  switch (i.code) {
    case 'too_small':
      return bi(`too small (minimum ${String(i.minimum)})`, `过小（最小 ${String(i.minimum)}）`);
    case 'too_big':
      return bi(`too big (maximum ${String(i.maximum)})`, `过大（最大 ${String(i.maximum)}）`);
    case 'invalid_format':
      return bi(`wrong format (${i.format})`, `格式不正确（${i.format}）`);
    case 'invalid_value':
      return bi(
        `expected one of ${i.values.map((v) => JSON.stringify(v)).join(', ')}`,
        `应为以下之一：${i.values.map((v) => JSON.stringify(v)).join('、')}`,
      );
    case 'unrecognized_keys':
      return bi(`unknown keys: ${i.keys.join(', ')}`, `未知的字段：${i.keys.join('、')}`);
    case 'invalid_union':
      return bi('matches none of the accepted forms', '不符合任何可接受的形式');
    default: {
      const [en = i.message, zh = i.message] = i.message.split('｜');
      return bi(en, zh);
    }
  }
}

/** The ids a jurisdiction union accepts, from its enum branch (`national-2025` is always one). */
function jurisdictionIds(i: z.core.$ZodIssue): string[] | null {
  const branches = (i as { errors?: readonly (readonly z.core.$ZodIssue[])[] }).errors ?? [];
  for (const branch of branches)
    for (const e of branch)
      if (e.code === 'invalid_value' && e.values.includes('national-2025'))
        return e.values.map(String);
  return null;
}

/**
 * Turns zod's issues into ours (path, code, bilingual message), so a caller sees one error shape
 * whatever layer found the problem.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: IssuePath = [],
): Issue[] {
  return issues.map((i) => {
    const path = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    // The same problem gets the same code wherever it is found (issue 17, item 8): a schema's
    // calendar date is `invalid_date` as in parseDate, and an unknown jurisdiction id lists the known
    // ones as getProfile does.
    const marked = (i as { params?: { code?: unknown } }).params?.code;
    if (marked === 'invalid_date')
      return issue(path, 'invalid_date', { value: describe(i.input) }, 'YYYY-MM-DD');
    if (marked === 'profile_inconsistent')
      return issue(path, 'profile_inconsistent', { detail: detailOf(i) });
    const ids = i.code === 'invalid_union' ? jurisdictionIds(i) : null;
    if (ids !== null && path[path.length - 1] === 'jurisdiction' && typeof i.input === 'string')
      return issue(
        path,
        'unknown_jurisdiction',
        { value: describe(i.input), known: ids.join(', ') },
        ids.join(' | '),
      );
    if (i.code === 'invalid_type')
      return issue(path, 'invalid_type', { expected: i.expected }, i.expected);
    return issue(path, 'schema', { detail: detailOf(i) });
  });
}

/**
 * At most this many issues are reported for one input (the first ones, in input order): a list of
 * 100,000 bad rows gives a short, useful error instead of a 30 MB message.
 */
export const MAX_ISSUES = 100;

/** Validates `input` against a zod schema; on failure throws a {@link ValidationError}. */
export function parseWith<T extends z.core.$ZodType>(
  schema: T,
  input: unknown,
  path: IssuePath = [],
): z.output<T> {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (!result.success)
    throw new ValidationError(fromZodIssues(result.error.issues.slice(0, MAX_ISSUES), path));
  return result.data;
}

/**
 * `z.array(item)` for lists a caller may make long (policies, staff, visits, payers…): each item is
 * parsed on its own and parsing stops after {@link MAX_ISSUES} issues. zod's own array gathers every
 * item's issues and spreads them into its parent's list, which overflows the stack at about 130,000
 * bad items. Same accepted values, same output, same issues up to the cap; typed as the array schema.
 */
export function listOf<T extends z.core.$ZodType>(item: T): z.ZodMiniArray<T> {
  const list = z.pipe(
    z.array(z.unknown()),
    z.transform((items: unknown[], ctx) => {
      const out: unknown[] = [];
      let count = 0;
      for (let i = 0; i < items.length && count < MAX_ISSUES; i++) {
        const r = z.safeParse(item, items[i], { reportInput: true });
        if (r.success) out.push(r.data);
        else
          for (const iss of r.error.issues.slice(0, MAX_ISSUES - count)) {
            count++;
            ctx.issues.push({ ...iss, path: [i, ...iss.path] } as never);
          }
      }
      // On failure the output is discarded, but length checks on the list still run on it: give them
      // the list as it came, so "at least one" is judged on what the caller sent.
      return count > 0 ? items : out;
    }),
  );
  return list as unknown as z.ZodMiniArray<T>;
}
