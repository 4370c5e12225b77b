import { defineConfig } from 'vitest/config';

// The suite Stryker runs against the mutants of the eligibility obligations
// (src/eligibility/obligations.ts and src/jurisdictions/*/obligations.ts; `stryker.elig.config.json`, see
// docs/testing.md): the test files that prove what checkProject / checkEnterprise conclude. Fewer tests
// can only kill fewer mutants, so the score measured with it is a lower bound. Left out, besides what
// vitest.mutation.config.ts leaves out: the fuzz, hostile-input, immutability, time-zone and
// profile-variation tests (they prove no obligation's outcome), the other profile and bad-input tests,
// and every test of another capability.
export default defineConfig({
  test: {
    include: [
      'test/cases/case-tables.test.ts',
      'test/eligibility/obligations.catalogue.test.ts',
      'test/eligibility/scope-as-written.test.ts',
      'test/eligibility/criteria.test.ts',
      // what were test/eligibility/specific.test.ts and review-fixes.test.ts, split by module (the same tests)
      'test/eligibility/obligations.facts.test.ts',
      'test/eligibility/refusals.test.ts',
      'test/eligibility/verdict-properties.test.ts',
      'test/eligibility/solvency.test.ts',
      'test/eligibility/insurer-pool.test.ts',
      'test/eligibility/staff-tiers.test.ts',
      'test/eligibility/documents.test.ts',
      'test/eligibility/obligations.test.ts',
      'test/eligibility/policy-term.test.ts',
      'test/jurisdictions/caller-defined.test.ts',
      'test/profiles/parameters-read.test.ts',
    ],
    testTimeout: 60_000,
    // Stryker switches mutants on at run time (static mutants are left out), so the source modules can
    // be shared between test files: imports dominate a run on the loaded cores.
    isolate: false,
  },
});
