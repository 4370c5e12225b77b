import { Decimal } from 'decimal.js';
import { addDays, PROFILES, type Parameter, type Profile, type Rule } from '../../src/index.js';

/** A profile changed in one place, and a label that says where and how. */
export interface Variation {
  readonly label: string;
  readonly rule: string | null;
  readonly param: string | null;
  readonly profile: Profile;
}

const times = (v: string, k: string) => new Decimal(v).times(k).toString();

/** The ways one parameter can be changed, by kind: up, down, to an edge, out of order, to another kind. */
function variantsOf(p: Parameter): [string, Parameter | undefined][] {
  const out: [string, Parameter | undefined][] = [];
  switch (p.type) {
    case 'rate':
      out.push(
        ['×2', { ...p, value: { ...p.value, value: times(p.value.value, '2') } }],
        ['×0.5', { ...p, value: { ...p.value, value: times(p.value.value, '0.5') } }],
        ['zero', { ...p, value: { ...p.value, value: '0' } }],
        ['×1.01', { ...p, value: { ...p.value, value: times(p.value.value, '1.01') } }],
      );
      break;
    case 'money':
      out.push(
        [
          '×2',
          { ...p, value: { ...p.value, amount: new Decimal(p.value.amount).times(2).toFixed(2) } },
        ],
        [
          '+0.01',
          {
            ...p,
            value: { ...p.value, amount: new Decimal(p.value.amount).plus('0.01').toFixed(2) },
          },
        ],
        ['zero', { ...p, value: { ...p.value, amount: '0.00' } }],
      );
      break;
    case 'count':
      out.push(
        ['+1', { ...p, value: p.value + 1 }],
        ['zero', { ...p, value: 0 }],
        ['×10', { ...p, value: p.value * 10 }],
      );
      if (p.value > 0) out.push(['−1', { ...p, value: p.value - 1 }]);
      out.push(['in other units', { ...p, unit: p.unit === 'days' ? 'months' : 'days' }]);
      break;
    case 'date':
      out.push(
        ['+1 day', { ...p, value: addDays(p.value, 1) }],
        ['−1 day', { ...p, value: addDays(p.value, -1) }],
        ['+1 year', { ...p, value: addDays(p.value, 365) }],
      );
      break;
    case 'annual-date':
      out.push(['+1 month', { ...p, month: (p.month % 12) + 1 }], ['day 31', { ...p, day: 31 }]);
      if (p.day < 28) out.push(['+1 day', { ...p, day: p.day + 1 }]);
      break;
    case 'period':
      out.push(
        ['from +1 day', { ...p, value: { ...p.value, from: addDays(p.value.from, 1) } }],
        ['to −1 day', { ...p, value: { ...p.value, to: addDays(p.value.to, -1) } }],
        ['reversed', { ...p, value: { from: p.value.to, to: p.value.from } }],
        ['to +1 day', { ...p, value: { ...p.value, to: addDays(p.value.to, 1) } }],
      );
      break;
    case 'targets':
      out.push(
        ['one target less', { ...p, value: p.value.slice(1) }],
        ['250%', { ...p, value: p.value.map((t) => ({ ...t, percent: '250' })) }],
        [
          '−1 point',
          {
            ...p,
            value: p.value.map((t) => ({
              ...t,
              percent: new Decimal(t.percent).minus(1).toString(),
            })),
          },
        ],
        [
          'deadline +1 day',
          { ...p, value: p.value.map((t) => ({ ...t, deadline: addDays(t.deadline, 1) })) },
        ],
      );
      break;
    case 'list':
      out.push(
        ['first item removed', { ...p, value: p.value.slice(1) }],
        ['empty', { ...p, value: [] }],
        [
          'an item added',
          { ...p, value: [...p.value, { code: 'added-item', name: { zh: '新增', en: 'added' } }] },
        ],
      );
      break;
    case 'boolean':
      out.push(['flipped', { ...p, value: !p.value }]);
      break;
    case 'code':
      out.push(['another code', { ...p, value: 'another-code' }]);
      break;
    case 'text':
      out.push([
        'changed',
        { ...p, value: { zh: `${p.value.zh}（改）`, en: `${p.value.en} (changed)` } },
      ]);
      break;
    case 'table':
      out.push(
        ['last row removed', { ...p, rows: p.rows.slice(0, -1) }],
        [
          'first cell changed',
          { ...p, rows: p.rows.map((r, i) => (i === 0 ? ['x', ...r.slice(1)] : r)) },
        ],
        ['a column less', { ...p, columns: p.columns.slice(0, -1) }],
      );
      break;
    case 'unstated':
      out.push(
        [
          'another reason',
          { ...p, reason: { zh: `${p.reason.zh}（改）`, en: `${p.reason.en} (changed)` } },
        ],
        ['stated as 1', { type: 'count', value: 1, unit: 'times' }],
      );
      break;
  }
  out.push(
    ['removed', undefined],
    ['unstated', { type: 'unstated', reason: { zh: '未载明', en: 'not stated' } }],
    [
      p.type === 'rate' ? 'a count' : 'a rate',
      p.type === 'rate'
        ? { type: 'count', value: 1, unit: 'days' }
        : { type: 'rate', value: { value: '0.001', unit: 'permille' } },
    ],
  );
  return out;
}

const withParam = (
  profile: Profile,
  rule: Rule,
  name: string,
  value: Parameter | undefined,
): Profile => ({
  ...profile,
  rules: profile.rules.map((r) => {
    if (r !== rule) return r;
    const params = Object.fromEntries(
      Object.entries(r.params).filter(([k]) => k !== name || value !== undefined),
    );
    if (value !== undefined) params[name] = value;
    return { ...r, params };
  }),
});

/** Changes to a profile as a whole: its dates out of order, a rule or a scope entry taken away. */
function profileVariants(p: Profile): [string, Profile][] {
  const out: [string, Profile][] = [
    ['validUntil before validFrom', { ...p, validUntil: addDays(p.validFrom, -1) }],
    ['validFrom +1 day', { ...p, validFrom: addDays(p.validFrom, 1) }],
    [
      'issued after validFrom',
      { ...p, document: { ...p.document, issued: addDays(p.validFrom, 1) } },
    ],
    [
      'inForceUntil before inForceFrom',
      {
        ...p,
        document: {
          ...p.document,
          inForceFrom: p.validFrom,
          inForceUntil: addDays(p.validFrom, -1),
        },
      },
    ],
    ['no band rule', { ...p, pricing: { ...p.pricing, bandRule: null } }],
    ['no reference rule', { ...p, pricing: { ...p.pricing, referenceRateRule: null } }],
    [
      'first sector out of scope',
      { ...p, scope: { ...p.scope, sectors: p.scope.sectors.slice(1) } },
    ],
    [
      'first project kind out of scope',
      { ...p, scope: { ...p.scope, projectKinds: p.scope.projectKinds.slice(1) } },
    ],
  ];
  p.rules.forEach((r, i) => {
    out.push([`without ${r.id}`, { ...p, rules: p.rules.filter((_, k) => k !== i) }]);
    if (r.effectiveFrom !== undefined)
      out.push([
        `${r.id} effective a day later`,
        withRuleField(p, r, { effectiveFrom: addDays(r.effectiveFrom, 1) }),
      ]);
  });
  return out;
}

const withRuleField = (p: Profile, rule: Rule, change: Partial<Rule>): Profile => ({
  ...p,
  rules: p.rules.map((r) => (r === rule ? { ...r, ...change } : r)),
});

type Change = {
  label: string;
  rule: string | null;
  param: string | null;
  change: (p: Profile) => Profile;
};

function changesOf(profile: Profile): Change[] {
  const out: Change[] = [];
  for (const rule of profile.rules)
    for (const [name, p] of Object.entries(rule.params))
      for (const [how, value] of variantsOf(p))
        out.push({
          label: `${rule.id}.${name} ${how}`,
          rule: rule.id,
          param: name,
          change: (q) => withParam(q, rule, name, value),
        });
  profileVariants(profile).forEach(([how], i) =>
    out.push({
      label: how,
      rule: null,
      param: null,
      change: (q) => profileVariants(q)[i]?.[1] ?? q,
    }),
  );
  return out;
}

/**
 * Every variation of every shipped profile — each parameter changed in each way, and each profile-wide
 * change — then `pairs` more that make two changes at once (drawn with a fixed seed, so every run
 * tests the same ones).
 */
export function profileVariations(pairs = 0): Variation[] {
  const out: Variation[] = [];
  const all = PROFILES.map((profile) => ({ profile, changes: changesOf(profile) }));
  for (const { profile, changes } of all)
    for (const c of changes)
      out.push({
        label: `${profile.id} ${c.label}`,
        rule: c.rule,
        param: c.param,
        profile: c.change(profile),
      });
  let seed = 20261201;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let k = 0; k < pairs; k++) {
    const { profile, changes } = all[next(all.length)] ?? { profile: PROFILES[0], changes: [] };
    const a = changes[next(changes.length)];
    const b = changes[next(changes.length)];
    if (profile === undefined || a === undefined || b === undefined) continue;
    out.push({
      label: `${profile.id} ${a.label} and ${b.label}`,
      rule: null,
      param: null,
      profile: b.change(a.change(profile)),
    });
  }
  return out;
}
