/**
 * A constant computed on first use instead of at import (internal): `const get = lazy(() => build())`,
 * then `get()` wherever the value is needed. For values that are expensive to build and the same
 * on every call (a compiled schema), so importing the library costs nothing for what a program never
 * uses. The value depends on nothing but the code, so computing it later changes no result.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/**
 * A zod schema built on first use instead of at import (internal): `export const XSchema =
 * lazySchema(() => z.strictObject({ … }))`. What callers get is a stand-in (a Proxy) that builds the
 * schema the first time anything is asked of it — a property, a method, `instanceof`, its keys — and
 * from then on answers every question as the built schema does: `parse`, `safeParse`, `check`, use
 * inside other schemas, `z.toJSONSchema`. Importing the library then builds no schema nobody uses
 * (issue 21: zod building the schemas was most of the import's own cost). The schema depends on
 * nothing but the code, so building it later changes no result.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const real = (): T => (schema ??= build());
  // The stand-in's own target holds nothing but what the Proxy rules need: a property the schema
  // cannot reconfigure (zod's `_zod`) must also be one the target cannot, once reported.
  const target = {};
  const R = Reflect;
  const pin = (key: PropertyKey): PropertyDescriptor | undefined => {
    const d = R.getOwnPropertyDescriptor(real(), key);
    if (d && !d.configurable && !R.getOwnPropertyDescriptor(target, key))
      R.defineProperty(target, key, d);
    return d;
  };
  return new Proxy(target as T, {
    get: (_t, key) => R.get(real(), key),
    set: (_t, key, value) => R.set(real(), key, value),
    has: (_t, key) => R.has(real(), key),
    ownKeys: () => {
      const keys = R.ownKeys(real());
      keys.forEach(pin);
      return keys;
    },
    getOwnPropertyDescriptor: (_t, key) => pin(key),
    defineProperty: (_t, key, d) => R.defineProperty(real(), key, d) && (pin(key), true),
    deleteProperty: (_t, key) => R.deleteProperty(real(), key),
    getPrototypeOf: () => R.getPrototypeOf(real()),
  });
}
