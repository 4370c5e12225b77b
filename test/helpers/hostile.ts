/**
 * Hostile look-alikes of valid inputs: objects and arrays whose every property answers with the valid
 * value on its first `honest` reads and with `later` on every read after. A function that reads each
 * input once into its own copy gives exactly the valid answer; one that validates and then reads
 * again computes with `later`.
 */
export function flipping(
  value: unknown,
  later: unknown,
  style: 'proxy' | 'getter',
  honest = 1,
): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<PropertyKey, unknown>;
  const keys = Reflect.ownKeys(source);
  const inner = new Map(keys.map((k) => [k, flipping(source[k], later, style, honest)]));
  if (style === 'getter' && !Array.isArray(value)) {
    const out: Record<PropertyKey, unknown> = {};
    for (const k of keys) {
      let reads = 0;
      Object.defineProperty(out, k, {
        enumerable: Object.prototype.propertyIsEnumerable.call(source, k),
        configurable: true,
        get: () => (reads++ < honest ? inner.get(k) : later),
      });
    }
    return out;
  }
  const target = (Array.isArray(value) ? [] : {}) as Record<PropertyKey, unknown>;
  for (const k of keys)
    if (k !== 'length')
      Object.defineProperty(target, k, {
        value: inner.get(k),
        enumerable: Object.prototype.propertyIsEnumerable.call(source, k),
        configurable: true,
        writable: true,
      });
  if (Array.isArray(target)) target.length = (value as unknown[]).length;
  const reads = new Map<PropertyKey, number>();
  return new Proxy(target, {
    get(t, k, receiver) {
      if (!Object.hasOwn(t, k) || k === 'length') {
        const passThrough: unknown = Reflect.get(t, k, receiver);
        return passThrough;
      }
      const n = reads.get(k) ?? 0;
      reads.set(k, n + 1);
      return n < honest ? t[k] : later;
    },
  });
}
