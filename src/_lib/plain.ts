/**
 * True for a plain data object (prototype `Object.prototype` or `null`) whose only keys are `keys`,
 * each an own property. Inherited values, such as those of `{ __proto__: {...} }`, are never read
 * as data.
 */
export function hasExactlyOwnKeys(
  value: unknown,
  keys: readonly string[],
): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(value, k));
}

const MAX_DEPTH = 64;

/**
 * Reads an input once into the library's own plain copy (issue 17, item 2): arrays (read `length`
 * once, then each index once; a hole becomes `undefined`) and plain objects (own enumerable keys
 * listed once, each value read once, `__proto__` kept as an ordinary own key) are copied, all the
 * way down; anything else — strings, numbers, class instances, iterables such as generators — is
 * returned as it is. A getter or Proxy that would answer differently on a later read is read exactly
 * once, so what is validated is what is computed with. `keep` leaves trusted objects (the shipped,
 * deeply frozen profiles) uncopied. Below 64 levels of nesting (a cycle reaches it too) the value is
 * replaced by `null`, so validation refuses it instead of overflowing the stack.
 */
export function readOnce(value: unknown, keep?: (v: object) => boolean): unknown {
  return copy(value, keep, 0);
}

function copy(value: unknown, keep: ((v: object) => boolean) | undefined, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (keep !== undefined && keep(value)) return value;
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    const list = value as unknown[];
    const n = list.length;
    const out: unknown[] = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = copy(list[i], keep, depth + 1);
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(source);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const v = copy(source[key], keep, depth + 1);
    if (key === '__proto__')
      Object.defineProperty(out, key, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = v;
  }
  return out;
}
