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
