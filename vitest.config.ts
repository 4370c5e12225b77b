import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // the CLI runs as a separate process in its tests (coverage is not collected there)
      exclude: ['src/cli/**'],
      reporter: ['text-summary'],
      thresholds: {
        'src/money/**': { lines: 95, branches: 90 },
        'src/time/**': { lines: 95, branches: 90 },
      },
    },
  },
});
