/** The library as users get it: benchmarks load the built package (dist/), typed by the source. */
export type Lib = typeof import('../src/index.js');
