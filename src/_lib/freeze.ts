/**
 * Freezes a value and everything reachable from it, so a profile or a result can never change after
 * it is built. It descends into objects that are already frozen too (a shallowly frozen object may
 * hold mutable ones). Returns the same value, typed as deeply read-only by its schema type.
 */
export function deepFreeze<T>(value: T, seen: Set<object> = new Set()): T {
  if (typeof value === 'object' && value !== null) freezeFrom(value, seen);
  return value;
}

// The walk itself. The shipped profiles are frozen this way when the library is imported, so it skips
// the call and the `seen` lookup for every primitive (issue 21: import cost).
function freezeFrom(value: object, seen: Set<object>): void {
  if (seen.has(value)) return;
  // Only plain data is ours to freeze: never a prototype such as Object.prototype, never an instance.
  if (value === Object.prototype || value === Array.prototype) return;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null && proto !== Array.prototype) return;
  seen.add(value);
  Object.freeze(value);
  const keys = Reflect.ownKeys(value);
  for (let i = 0; i < keys.length; i++) {
    const child = (value as Record<PropertyKey, unknown>)[keys[i] as PropertyKey];
    if (typeof child === 'object' && child !== null) freezeFrom(child, seen);
  }
}
