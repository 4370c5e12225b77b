import { defineConfig } from 'tsup';

// One entry per public subpath. ESM + CJS, each with its own declaration file (.d.ts / .d.cts),
// so publint and are-the-types-wrong see matching types for `import` and `require`.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  splitting: true,
});
