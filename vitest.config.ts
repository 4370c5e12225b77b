import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
      thresholds: {
        'src/money/**': { lines: 95, branches: 90 },
        'src/time/**': { lines: 95, branches: 90 },
      },
    },
  },
});
