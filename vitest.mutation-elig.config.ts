import { defineConfig } from 'vitest/config';

// The suite Stryker runs against the mutants of the eligibility obligations
// (src/eligibility/obligations.ts and src/jurisdictions/*/obligations.ts; see docs/testing.md): only the
// test files that call checkProject / checkEnterprise (directly, through the case tables, or through the
// test helpers). Fewer tests can only kill fewer mutants, so the score measured with it is a lower
// bound. Left out, besides what vitest.mutation.config.ts leaves out: the fuzz, hostile-input,
// immutability and time-zone-sweep tests (they prove no obligation's outcome) and every test of another
// capability.
export default defineConfig({
  test: {
    include: [
      'test/eligibility/**/*.test.ts',
      'test/jurisdictions/**/*.test.ts',
      'test/cases/**/*.test.ts',
      'test/profiles/**/*.test.ts',
      'test/coverage/targets-as-written.test.ts',
      'test/bad-input.test.ts',
    ],
    exclude: [
      // a fuzz of mutated profiles (36 s), a sweep over every parameter (7 s), immutability
      'test/profiles/variations.test.ts',
      'test/profiles/liveness.test.ts',
      'test/profiles/immutability.test.ts',
    ],
    testTimeout: 60_000,
  },
});
