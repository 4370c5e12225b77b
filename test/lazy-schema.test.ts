import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { lazySchema } from '../src/_lib/lazy.js';
import { ProfileSchema, QuoteInputSchema, UnitSchema } from '../src/index.js';

// Schemas built on first use (issue 21): what a caller holds must behave as the schema itself.
describe('schemas built on first use', () => {
  it('are not built until something is asked of them, then once', () => {
    let built = 0;
    const s = lazySchema(() => {
      built++;
      return z.strictObject({ a: z.string() });
    });
    expect(built).toBe(0);
    expect(z.safeParse(s, { a: 'x' }).success).toBe(true);
    expect(z.safeParse(s, { a: 1 }).success).toBe(false);
    expect(s.parse({ a: 'y' })).toEqual({ a: 'y' });
    expect(built).toBe(1);
  });

  it('answer as the schema built at once does: parse, refusals, instanceof, keys, use inside other schemas, JSON Schema', () => {
    const build = () =>
      z.strictObject({ from: z.string().check(z.minLength(1)), n: z.optional(z.int()) });
    const eager = build();
    const lazy = lazySchema(build);
    for (const v of [
      { from: 'a' },
      { from: '', n: 1 },
      { from: 'a', n: 1.5 },
      { from: 'a', x: 1 },
      null,
    ]) {
      const a = z.safeParse(eager, v);
      const b = z.safeParse(lazy, v);
      expect(b.success).toBe(a.success);
      expect(b.error?.issues).toEqual(a.error?.issues);
    }
    expect(lazy instanceof z.ZodMiniObject).toBe(true);
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(eager).sort());
    expect(Object.getPrototypeOf(lazy)).toBe(Object.getPrototypeOf(eager));
    const outer = z.array(lazy);
    expect(z.safeParse(outer, [{ from: 'a' }, { from: '' }]).success).toBe(false);
    expect(z.toJSONSchema(lazy)).toEqual(z.toJSONSchema(eager));
    expect(z.toJSONSchema(z.array(lazy))).toEqual(z.toJSONSchema(z.array(eager)));
    // a check added to the stand-in gives a new schema, as on the schema itself
    const checked = lazy.check(z.refine((o) => o.from !== 'no'));
    expect(z.safeParse(checked, { from: 'no' }).success).toBe(false);
    expect(z.safeParse(lazy, { from: 'no' }).success).toBe(true);
  });

  it('the exported schemas work as zod schemas and export to JSON Schema', () => {
    expect(
      z.safeParse(UnitSchema, { kind: 'project', id: 'P', projectKind: 'housing' }).success,
    ).toBe(true);
    expect(z.safeParse(UnitSchema, { kind: 'project', id: 'P', projectKind: 'road' }).success).toBe(
      false,
    );
    expect(z.safeParse(QuoteInputSchema, {}).success).toBe(false);
    const json = z.toJSONSchema(UnitSchema, { io: 'input' }) as {
      anyOf?: unknown[];
      oneOf?: unknown[];
    };
    expect((json.anyOf ?? json.oneOf)?.length).toBe(2);
    expect(typeof z.toJSONSchema(ProfileSchema, { io: 'input', unrepresentable: 'any' })).toBe(
      'object',
    );
  });
});
