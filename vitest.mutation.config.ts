import { defineConfig } from 'vitest/config';

// The suite Stryker runs against each mutant: the unit and property tests of the library, without the
// end-to-end CLI and browser tests (they run the built package, which mutants do not reach).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Stryker runs niced on shared cores: a test that takes 2 s alone (100,000 allocation parts) can pass
    // 5 s there and fail the initial run. Hangs are still caught by Stryker's own timeout (timeoutMS).
    testTimeout: 60_000,
    // also the tests that run the built CLI or load dist/index.cjs (the sandbox has no dist/)
    exclude: [
      'test/cli/**',
      'test/reports/browser.test.ts',
      'test/purity.test.ts',
      'test/lenient.test.ts',
      'test/errors-consistency.test.ts',
      // reads the source text, which Stryker's instrumented copy changes
      'test/architecture.test.ts',
    ],
  },
});
