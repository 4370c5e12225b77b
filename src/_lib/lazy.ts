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
