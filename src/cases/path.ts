// Paths into a result, as a case file writes them: `premium`, `criteria[0].status`,
// `criteria[ruleId=AH-SCOPE-01].status` (the one element of a list whose field equals a value — a
// criterion is found by its rule ID, not by its place in the list, which the case does not prove),
// `events[ruleId=JZ-CAL-03,start=2020-10-05].extension.due` (every field named must match; a field
// may itself be a dotted path, `criteria[ruleId=AN-COVER-01,factsUsed.0=premiumPassedToWorkers]`).

/** One step of a result path: a key, a list index, or the one list element whose fields equal the values. */
export type PathStep =
  | { readonly key: string }
  | { readonly index: number }
  | { readonly where: readonly (readonly [field: string, value: string])[] };

const STEP =
  /^([^.[\]=,]+)|^\[(\d+)\]|^\[([^[\]=,]+=[^[\]=,]*(?:,[^[\]=,]+=[^[\]=,]*)*)\]|^\.([^.[\]=,]+)/;

/** A field of a list element, itself a dotted path (`factsUsed.0`): its value as text, or undefined. */
function fieldOf(element: object, field: string): string | undefined {
  let here: unknown = element;
  for (const k of field.split('.')) {
    if (typeof here !== 'object' || here === null || !Object.hasOwn(here, k)) return undefined;
    here = (here as Record<string, unknown>)[k];
  }
  return typeof here === 'object' && here !== null ? undefined : String(here);
}

/** The steps of a path, or null when it is not written in the path syntax. */
export function parsePath(path: string): PathStep[] | null {
  const steps: PathStep[] = [];
  let rest = path;
  while (rest.length > 0) {
    const m = STEP.exec(rest);
    // a key comes first or after a dot: `a.b`, never `a b` glued to a bracket or a leading `.a`
    if (m === null) return null;
    if (steps.length === 0 ? m[4] !== undefined : m[1] !== undefined) return null;
    if (m[1] !== undefined || m[4] !== undefined) steps.push({ key: (m[1] ?? m[4]) as string });
    else if (m[2] !== undefined) steps.push({ index: Number(m[2]) });
    else
      steps.push({
        where: (m[3] as string).split(',').map((pair) => {
          const at = pair.indexOf('=');
          return [pair.slice(0, at), pair.slice(at + 1)] as const;
        }),
      });
    rest = rest.slice(m[0].length);
  }
  return steps.length === 0 ? null : steps;
}

/** What a path reaches in a (JSON-shaped) value: `found: false` when any step leads nowhere. */
export function valueAt(
  root: unknown,
  steps: readonly PathStep[],
): { readonly found: boolean; readonly value: unknown } {
  let here: unknown = root;
  for (const s of steps) {
    if ('key' in s) {
      if (
        typeof here !== 'object' ||
        here === null ||
        Array.isArray(here) ||
        !Object.hasOwn(here, s.key)
      )
        return { found: false, value: undefined };
      here = (here as Record<string, unknown>)[s.key];
    } else if ('index' in s) {
      if (!Array.isArray(here) || s.index >= here.length) return { found: false, value: undefined };
      here = here[s.index];
    } else {
      if (!Array.isArray(here)) return { found: false, value: undefined };
      const matches = here.filter(
        (e: unknown) =>
          typeof e === 'object' &&
          e !== null &&
          s.where.every(([field, value]) => fieldOf(e, field) === value),
      );
      // two elements with the same key: which one the case means is not said, so nothing is found
      if (matches.length !== 1) return { found: false, value: undefined };
      here = matches[0];
    }
  }
  return { found: true, value: here };
}
