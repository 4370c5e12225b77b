import { describe, expect, it } from 'vitest';
import { AnzexianError } from '../src/index.js';
import { flipping } from './helpers/hostile.js';
import { publicFunctions, validInputs } from './helpers/valid-inputs.js';

// Item 2 of issue 17: an input whose getter or Proxy answers differently on a later read must not
// pass validation and then compute with the later answer. Every entry point reads each input once
// into its own plain copy: given objects that answer validly on the first read of each property, the
// result is exactly the valid input's result, or the object is refused with an AnzexianError.
const json = (v: unknown) =>
  JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
const LATER: unknown[] = [
  'abc',
  NaN,
  null,
  -1,
  '999',
  '1e9999',
  'Infinity',
  { amount: 'x' },
  Number.POSITIVE_INFINITY,
  [],
  undefined,
];

describe('values read once: getters and Proxies that change between reads', () => {
  for (const [name, fn] of publicFunctions()) {
    for (const style of ['proxy', 'getter'] as const)
      it(`MONEY-01 ${name}: ${style === 'proxy' ? 'Proxies' : 'getters'} that change after the first read give the valid answer or a typed error`, () => {
        const expected = json(fn(...(validInputs()[name] ?? [])));
        for (const honest of [1, 2, 3, 5])
          for (const later of LATER) {
            const args = (validInputs()[name] ?? []).map((a) => flipping(a, later, style, honest));
            let got: string;
            try {
              got = json(fn(...args));
            } catch (e) {
              if (e instanceof AnzexianError) continue;
              throw new Error(
                `${name}, reads after the first ${honest} giving ${String(later)}, threw ${String(e)}`,
                {
                  cause: e,
                },
              );
            }
            expect(got, `reads after the first ${honest} give ${String(later)}`).toBe(expected);
          }
      });
  }
});
