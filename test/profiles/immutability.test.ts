import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveProfile,
  getProfile,
  PROFILES,
  ValidationError,
  xinzhou,
  anhui,
  permille,
  type Profile,
} from '../../src/index.js';
import { RUNS } from '../helpers/arbitraries.js';

/** Every object reachable from a value, with its path. */
function objects(value: unknown, path: string[] = []): [string[], object][] {
  if (typeof value !== 'object' || value === null) return [];
  return [[path, value], ...Object.entries(value).flatMap(([k, v]) => objects(v, [...path, k]))];
}

const everyObject = PROFILES.flatMap((p) => objects(p, [p.id]));

describe('profiles are deeply immutable', () => {
  it('every object reachable from every profile is frozen (property: any path)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: everyObject.length - 1 }), (i) => {
        const [path, obj] = everyObject[i] ?? [[], {}];
        expect(Object.isFrozen(obj), path.join('.')).toBe(true);
      }),
      RUNS,
    );
    expect(everyObject.every(([, o]) => Object.isFrozen(o))).toBe(true);
  });

  it('mutation attempts throw in strict mode and change nothing', () => {
    fc.assert(
      // `__proto__ = <string>` is silently ignored by the language itself, frozen or not: not a mutation.
      fc.property(
        fc.integer({ min: 0, max: everyObject.length - 1 }),
        fc.string().filter((k) => k !== '__proto__'),
        (i, key) => {
          const [, obj] = everyObject[i] ?? [[], {}];
          const before = JSON.stringify(obj);
          expect(() => {
            (obj as Record<string, unknown>)[key || 'x'] = 'changed';
          }).toThrow(TypeError);
          expect(JSON.stringify(obj)).toBe(before);
        },
      ),
      RUNS,
    );
    expect(() => (anhui.rules as unknown as unknown[]).push({})).toThrow(TypeError);
  });
});

describe('deriveProfile', () => {
  it('never changes its base and returns a new, validated, frozen profile', () => {
    const before = JSON.stringify(xinzhou);
    const derived = deriveProfile(xinzhou, {
      issued: '2024-09-01',
      filedRates: [
        {
          insurer: '某财产保险公司忻州中心支公司',
          rate: permille('1.5'),
          baseKind: 'contract-price',
        },
      ],
      note: { zh: '依印发通知补充', en: 'from the issuing notice' },
    });
    expect(JSON.stringify(xinzhou)).toBe(before);
    expect(derived).not.toBe(xinzhou);
    expect(objects(derived).every(([, o]) => Object.isFrozen(o))).toBe(true);
    expect(derived.document.issued).toBe('2024-09-01');
    expect(derived.validFrom).toBe('2024-09-01');
    expect(derived.warnings.map((w) => w.code)).toEqual([
      'issue-date-supplied',
      'filed-rates-supplied',
    ]);
    expect(derived.filedRates?.[0]?.rate).toEqual({ value: '0.0015', unit: 'permille' });
    expect(derived.derivedFrom).toEqual({
      version: 'undated',
      changes: ['issued=2024-09-01', 'filedRate:某财产保险公司忻州中心支公司'],
      note: { zh: '依印发通知补充', en: 'from the issuing notice' },
    });
  });

  it('can set a rule parameter, and a derived profile can be derived again', () => {
    const once = deriveProfile(xinzhou, { issued: '2024-09-01' });
    const twice = deriveProfile(once, {
      rules: { 'XZ-INS-04': { params: { minimum: { type: 'count', value: 6, unit: 'years' } } } },
    });
    expect(twice.rules.find((r) => r.id === 'XZ-INS-04')?.params['minimum']).toEqual({
      type: 'count',
      value: 6,
      unit: 'years',
    });
    expect(once.rules.find((r) => r.id === 'XZ-INS-04')?.params['minimum']).toEqual({
      type: 'count',
      value: 5,
      unit: 'years',
    });
    expect(twice.derivedFrom?.changes).toEqual(['issued=2024-09-01', 'XZ-INS-04.minimum']);
  });

  const refused: [string, () => Profile][] = [
    [
      'a negative filed rate',
      () =>
        deriveProfile(xinzhou, {
          filedRates: [
            {
              insurer: 'X',
              rate: { value: '-0.0015', unit: 'permille' },
              baseKind: 'contract-price',
            },
          ],
        }),
    ],
    [
      'a negative rate parameter',
      () =>
        deriveProfile(anhui, {
          rules: {
            'AH-RATE-02': {
              params: { reference: { type: 'rate', value: { value: '-0.001', unit: 'permille' } } },
            },
          },
        }),
    ],
    [
      'an unknown rule ID',
      () => deriveProfile(xinzhou, { rules: { 'XZ-FOO-01': { params: {} } } }),
    ],
    [
      'a rule ID of another jurisdiction',
      () => deriveProfile(xinzhou, { rules: { 'AH-RATE-02': { params: {} } } }),
    ],
    [
      'an issue date the source already states',
      () => deriveProfile(anhui, { issued: '2025-10-30' }),
    ],
    [
      'an issue date before the earliest possible one',
      () => deriveProfile(xinzhou, { issued: '2023-12-31' }),
    ],
    ['an impossible date', () => deriveProfile(xinzhou, { issued: '2024-02-30' })],
    ['an empty patch', () => deriveProfile(xinzhou, {})],
    ['an unknown patch key', () => deriveProfile(xinzhou, { rate: '1.65' } as never)],
    [
      'a base that is not a profile',
      () => deriveProfile({ id: 'anhui' } as never, { issued: '2024-09-01' }),
    ],
    [
      'a __proto__ patch',
      () => deriveProfile(xinzhou, JSON.parse('{"__proto__": {"issued": "2024-09-01"}}') as never),
    ],
  ];
  it.each(refused)('refuses %s with a ValidationError', (_, call) => {
    expect(call).toThrow(ValidationError);
  });

  it('refusals carry the path of the bad part', () => {
    try {
      deriveProfile(xinzhou, { rules: { 'XZ-FOO-01': { params: {} } } });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues[0]?.path).toEqual(['patch', 'rules', 'XZ-FOO-01']);
      expect((e as ValidationError).issues[0]?.code).toBe('unknown_rule');
    }
  });

  it('derived profiles are not registered: getProfile still returns the shipped one', () => {
    deriveProfile(xinzhou, { issued: '2024-09-01' });
    expect(getProfile('xinzhou', { asOf: '2025-01-01' })).toBe(xinzhou);
  });
});
