/**
 * Freezes a value and everything reachable from it, so a profile or a result can never change after
 * it is built. It descends into objects that are already frozen too (a shallowly frozen object may
 * hold mutable ones). Returns the same value, typed as deeply read-only by its schema type.
 */
export function deepFreeze<T>(value: T, seen: Set<object> = new Set()): T {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    // Only plain data is ours to freeze: never a prototype such as Object.prototype, never an instance.
    const proto: unknown = Object.getPrototypeOf(value);
    if (value === Object.prototype || value === Array.prototype) return value;
    if (proto !== Object.prototype && proto !== null && proto !== Array.prototype) return value;
    seen.add(value);
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value))
      deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  }
  return value;
}
