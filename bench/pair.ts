/** The library as users get it: benchmarks load the built package (dist/), typed by the source. */
export type Lib = typeof import('../src/index.js');

/** One benchmark: our function beside its baseline doing the same job by hand. */
export interface BenchPair {
  readonly name: string;
  readonly subject: () => unknown;
  readonly baseline: () => unknown;
}
