/**
 * Freezes a value and everything reachable from it, so a profile can never change after it is built.
 * Returns the same value, typed as deeply read-only by its schema type.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value))
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
