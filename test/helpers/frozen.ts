/** The path of the first object reachable from `value` that is not frozen, or null. */
export function firstUnfrozen(value: unknown, path = '$', seen = new Set<object>()): string | null {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return null;
  if (seen.has(value)) return null;
  seen.add(value);
  if (!Object.isFrozen(value)) return path;
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && 'value' in d) {
      const bad = firstUnfrozen(d.value, `${path}.${String(key)}`, seen);
      if (bad !== null) return bad;
    }
  }
  return null;
}
