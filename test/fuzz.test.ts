import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { AnzexianError, PROFILES } from '../src/index.js';
import { firstUnfrozen } from './helpers/frozen.js';
import { flipping } from './helpers/hostile.js';
import { publicFunctions, validInputs } from './helpers/valid-inputs.js';

// Fuzzing every public entry point with arbitrary JSON-like values and near-valid mutations of valid
// inputs. The only allowed outcomes: a deeply frozen result free of NaN, ±Infinity and undefined, or a typed
// AnzexianError. Inputs and the shipped profiles are never mutated. FUZZ_RUNS raises the count locally
// (tens of thousands); CI runs a bounded number.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 150);

const VALID = validInputs();

/** Scans a result for values that must never appear: NaN, ±Infinity, undefined properties. */
function clean(value: unknown, path = '$', seen = new Set<unknown>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) return `${path}.${k} is undefined`;
    const bad = clean(v, `${path}.${k}`, seen);
    if (bad) return bad;
  }
  return null;
}

// Near-valid mutations: replace one value anywhere in the input with anything, drop a key, add a key.
const anything = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    '1e5',
    '',
    null,
    undefined,
    -1,
    1.005,
    '2021-02-29',
    '__proto__',
    { __proto__: { a: 1 } },
    // own keys that name Object.prototype's members, as JSON.parse makes them
    JSON.parse('{"__proto__": {"amount": "1.00"}, "constructor": 1}') as unknown,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
    'constructor',
    'toString',
    // sparse arrays and a huge list of invalid items
    // eslint-disable-next-line no-sparse-arrays
    [1, , 1],
    new Array(3),
    Array.from({ length: 2000 }, () => ({ nope: 1 })),
  ),
);
// Each argument may also be a getter- or Proxy-based look-alike whose reads change after the first
// one, two or three (test/helpers/hostile.ts): read-once implementations never see the change.
const hostility = fc.oneof(
  fc.constant(null),
  fc.record({
    style: fc.constantFrom('proxy' as const, 'getter' as const),
    honest: fc.integer({ min: 1, max: 3 }),
    later: anything,
  }),
);
function mutate(value: unknown, choice: number, replacement: unknown, depth = 0): unknown {
  if (
    typeof value !== 'object' ||
    value === null ||
    depth > 4 ||
    PROFILES.includes(value as api.Profile)
  )
    return choice % 5 === 0 ? replacement : value;
  if (Array.isArray(value))
    return (value as unknown[]).map((v, i) =>
      i === choice % Math.max(1, value.length)
        ? mutate(v, Math.floor(choice / 7), replacement, depth + 1)
        : v,
    );
  const entries = Object.entries(value);
  if (entries.length === 0) return { [`k${choice % 3}`]: replacement };
  const target = choice % (entries.length + 2);
  if (target === entries.length) return Object.fromEntries(entries.slice(1)); // drop a key
  if (target === entries.length + 1) return { ...value, extra: replacement }; // add a key
  return Object.fromEntries(
    entries.map(([k, v], i) => [
      k,
      i === target ? mutate(v, Math.floor(choice / 11), replacement, depth + 1) : v,
    ]),
  );
}

const snapshot = (xs: unknown[]) => {
  try {
    return JSON.stringify(xs, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  } catch {
    return null;
  }
};

describe('fuzzing every public function', () => {
  const functions = publicFunctions();
  const profilesBefore = JSON.stringify(PROFILES);

  it('MONEY-01 every public function has a valid input to mutate', () => {
    expect(functions.map(([n]) => n).filter((n) => VALID[n] === undefined)).toEqual([]);
  });

  for (const [name, fn] of functions) {
    it(
      `MONEY-01 TIME-02 ${name}: arbitrary values and near-valid mutations give a clean result or a typed error`,
      () => {
        const valid = VALID[name] ?? [];
        fc.assert(
          fc.property(
            fc.nat(),
            anything,
            fc.nat(valid.length),
            fc.boolean(),
            hostility,
            (choice, replacement, position, wholesale, hostile) => {
              const mutated = wholesale
                ? valid.map((v, i) => (i === position ? replacement : v))
                : valid.map((v, i) =>
                    i === position % Math.max(1, valid.length) ? mutate(v, choice, replacement) : v,
                  );
              const args =
                hostile === null
                  ? mutated
                  : mutated.map((a) => flipping(a, hostile.later, hostile.style, hostile.honest));
              const before = snapshot(mutated); // the hostile wrappers answer differently by design
              let result: unknown;
              try {
                result = fn(...args);
              } catch (e) {
                if (!(e instanceof AnzexianError))
                  throw new Error(`${name} threw ${String(e)}`, { cause: e });
                return;
              }
              const bad = clean(result);
              if (bad !== null) throw new Error(`${name}: ${bad}`);
              const unfrozen = firstUnfrozen(result);
              if (unfrozen !== null) throw new Error(`${name}: ${unfrozen} is not frozen`);
              if (before !== null) expect(snapshot(mutated)).toBe(before);
            },
          ),
          { numRuns: RUNS },
        );
      },
      5_000 + RUNS * 5,
    ); // local runs of tens of thousands need more than the default 5 s
  }

  it('MONEY-01 the shipped profiles are unchanged after all of it', () => {
    expect(JSON.stringify(PROFILES)).toBe(profilesBefore);
  });
});
