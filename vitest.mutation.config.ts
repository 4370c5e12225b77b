import { defineConfig } from 'vitest/config';

// The suite Stryker runs against each mutant: the unit and property tests of the library, without the
// end-to-end CLI and browser tests (they run the built package, which mutants do not reach).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // also the tests that run the built CLI or load dist/index.cjs (the sandbox has no dist/)
    exclude: [
      'test/cli/**',
      'test/reports/browser.test.ts',
      'test/purity.test.ts',
      'test/lenient.test.ts',
      'test/errors-consistency.test.ts',
    ],
  },
});
