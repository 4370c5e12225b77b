import * as api from '../../src/index.js';
import type { Profile } from '../../src/index.js';
import { validInputs } from './valid-inputs.js';

/** A day on which the profile applies, `days` after it starts (and not after it ends). */
function dayIn(profile: Profile, days: number): string {
  const d = api.addDays(profile.validFrom, days);
  return profile.validUntil !== null && d > profile.validUntil ? profile.validUntil : d;
}

const UNITS = [
  { kind: 'enterprise', id: 'E1', sector: 'construction', inStatistics: true },
  {
    kind: 'enterprise',
    id: 'E2',
    sector: 'hazardous-chemicals',
    inStatistics: true,
    policies: [{ from: '2018-01-01', to: '2030-12-31' }],
  },
  {
    kind: 'project',
    id: 'P1',
    projectKind: 'housing',
    startDate: '2020-09-01',
    inStatistics: true,
  },
];

/**
 * A fixed set of capability calls, all with `profile` as the jurisdiction, on two days it applies:
 * the valid input of every function that takes `{ jurisdiction, asOf }`, plus quotes with and without a
 * filed rate, the coverage and calendar functions and the rule resolutions. Each call returns a result
 * or throws; the tests look at which.
 */
export function callsFor(profile: Profile): [string, () => unknown][] {
  const calls: [string, () => unknown][] = [];
  const valid = validInputs();
  for (const days of [0, 400]) {
    const asOf = dayIn(profile, days);
    for (const [name, args] of Object.entries(valid)) {
      const first = args[0];
      if (typeof first !== 'object' || first === null || !('jurisdiction' in first)) continue;
      const f = (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
      if (f === undefined) continue;
      calls.push([
        `${name} ${asOf}`,
        () => f({ ...first, jurisdiction: profile, asOf }, ...args.slice(1)),
      ]);
    }
    const base = { kind: 'contract-price', amount: '12000000' } as const;
    calls.push(
      [
        `quotePremium reference ${asOf}`,
        () => api.quotePremium({ jurisdiction: profile, asOf, base }),
      ],
      [
        `quotePremium filed ${asOf}`,
        () =>
          api.quotePremium({
            jurisdiction: profile,
            asOf,
            base,
            rate: { source: 'filed', rate: api.permille('1.5') },
            adjustments: [{ percent: 15, reason: 'accident-record' }],
          }),
      ],
      [
        `checkQuote ${asOf}`,
        () => api.checkQuote({ jurisdiction: profile, asOf, rate: api.permille('1.4') }),
      ],
      [
        `coverageStatus ${asOf}`,
        () => api.coverageStatus({ profile, asOf, units: UNITS as never }),
      ],
      [`classifyUnit ${asOf}`, () => api.classifyUnit(profile, UNITS[2] as never, asOf)],
      [
        `complianceCalendar ${asOf}`,
        () => api.complianceCalendar(profile, { from: asOf, to: dayIn(profile, days + 800) }),
      ],
      [`trialPeriod ${asOf}`, () => api.trialPeriod(profile)],
      ...api.RULE_FAMILIES.map((family): [string, () => unknown] => [
        `resolveRule ${family} ${asOf}`,
        () => api.resolveRule(profile, family, asOf),
      ]),
    );
  }
  calls.push(['jingzhouAnnex1', () => api.jingzhouAnnex1(profile)]);
  return calls;
}
