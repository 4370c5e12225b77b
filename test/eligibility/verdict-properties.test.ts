import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInsurer } from '../../src/index.js';

// Properties every party verdict keeps, whichever check gives it (src/eligibility/criteria.ts).
describe('verdict properties', () => {
  // Xinzhou insurer facts, each a yes/no whose good value is known.
  const GOOD: Record<string, boolean> = {
    validBusinessLicence: true,
    hasStaffEquipmentFunds: true,
    insuranceLicenceFromNfra: true,
    onSeriousViolationList: false,
    onDishonestDebtorList: false,
    sufficientUnderwritingClaimsExperience: true,
    sufficientPreventionExperience: true,
    meetsRegulatorConditions: true,
    branchAuthorisedByHeadOffice: true,
    branchReportedToAuthorities: true,
    dedicatedManagementTeam: true,
    collectsFullPremiumBeforeIssuing: true,
    usesInstalmentsOrSplitPolicies: false,
  };
  const keys = Object.keys(GOOD);
  const factsArb = fc.dictionary(fc.constantFrom(...keys), fc.boolean());
  const rank = { fail: 0, unknown: 1, pass: 2 } as const;
  const run = (facts: Record<string, boolean>) =>
    checkInsurer({ jurisdiction: 'xinzhou', asOf: '2025-06-01', facts });

  it('XZ-INS-01 improving any single fact never makes a criterion or the verdict worse (monotonicity)', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom(...keys), (facts, key) => {
        const before = run(facts);
        const after = run({ ...facts, [key]: GOOD[key] ?? true });
        expect(rank[after.status]).toBeGreaterThanOrEqual(rank[before.status]);
        before.criteria.forEach((c, i) => {
          expect(rank[after.criteria[i]?.status ?? 'fail']).toBeGreaterThanOrEqual(rank[c.status]);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('XZ-INS-01 the overall status is exactly the combination rule; verdicts are deterministic and frozen', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const v = run(facts);
        const s = v.criteria.map((c) => c.status);
        expect(v.status).toBe(
          s.includes('fail') ? 'fail' : s.includes('unknown') ? 'unknown' : 'pass',
        );
        expect(run(facts)).toEqual(v);
        expect(
          Object.isFrozen(v) &&
            Object.isFrozen(v.criteria) &&
            v.criteria.every((c) => Object.isFrozen(c)),
        ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
