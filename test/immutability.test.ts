import { describe, expect, it } from 'vitest';
import { firstUnfrozen } from './helpers/frozen.js';
import { publicFunctions, validInputs } from './helpers/valid-inputs.js';

// Every result is plain frozen data all the way down, and nothing mutable is shared between calls:
// mutate everything a result reaches, call again with fresh inputs, and the answer is unchanged.

/** Tries to change every property reachable from `value` (each attempt may throw on frozen data). */
function vandalise(value: unknown, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const target = value as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(value)) {
    const v = target[key];
    vandalise(v, seen);
    for (const replacement of ['HACKED', 666, null]) {
      try {
        target[key] = typeof v === 'string' ? `${v}HACKED` : replacement;
      } catch {
        // frozen: the property cannot change
      }
    }
  }
  try {
    target['injected'] = 'HACKED';
  } catch {
    // frozen: no property can be added
  }
  if (Array.isArray(value))
    try {
      (value as unknown[]).push('HACKED');
    } catch {
      // frozen
    }
}

const json = (v: unknown) =>
  JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));

describe('every public function returns deeply frozen data that no later call can see changed', () => {
  for (const [name, fn] of publicFunctions()) {
    it(`MONEY-01 ${name}: the result is frozen all the way down`, () => {
      const result = fn(...(validInputs()[name] ?? []));
      expect(firstUnfrozen(result)).toBeNull();
    });
    it(`MONEY-01 ${name}: mutating a result changes nothing in the next call's result`, () => {
      const first = fn(...(validInputs()[name] ?? []));
      const before = json(first);
      vandalise(first);
      expect(json(fn(...(validInputs()[name] ?? [])))).toBe(before);
    });
  }

  it('PREM-01 the issue’s reproduction: a quote’s worksheet label cannot be changed for the next quote', async () => {
    const { quotePremium } = await import('../src/index.js');
    const q = {
      jurisdiction: 'anhui',
      asOf: '2026-01-01',
      base: { kind: 'contract-price', amount: '12000000' },
    } as const;
    const a = quotePremium(q);
    const label = a.worksheet[0]?.label as { en: string };
    expect(() => {
      label.en = 'HACKED';
    }).toThrow(TypeError);
    expect(quotePremium(q).worksheet[0]?.label.en).not.toBe('HACKED');
  });
});

describe('deepFreeze never freezes what is not the library’s own plain data', () => {
  it('MONEY-01 a dashboard for a category named __proto__ or constructor leaves Object.prototype alone', async () => {
    const api = await import('../src/index.js');
    const status = api.coverageStatus({ profile: api.jingzhou, asOf: '2021-06-30', units: [] });
    const edited = JSON.parse(JSON.stringify(status)) as { categories: { category: string }[] };
    const first = edited.categories[0];
    if (first === undefined) throw new Error('no category');
    for (const name of ['__proto__', 'constructor', 'toString']) {
      first.category = name;
      const report = api.coverageDashboard(edited as never);
      expect(report.tables[0]?.rows[0]?.[0]).toEqual({ kind: 'text', value: name });
    }
    expect(Object.isFrozen(Object.prototype)).toBe(false);
    expect(Object.isFrozen(Object)).toBe(false);
  });
});

describe('branches the valid inputs above do not reach', () => {
  it('AN-ENF-01 checkEnterprise’s consequences (an uninsured Anhua enterprise) are frozen all the way down', async () => {
    const api = await import('../src/index.js');
    const r = api.checkEnterprise({
      jurisdiction: 'anhua',
      asOf: '2026-01-01',
      facts: { sector: 'fireworks', insured: false },
    } as never);
    expect(r.consequences.length).toBeGreaterThan(0);
    expect(firstUnfrozen(r)).toBeNull();
  });
});
