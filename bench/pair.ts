/** One benchmark: our function beside its baseline doing the same job by hand. */
export interface BenchPair {
  readonly name: string;
  readonly subject: () => unknown;
  readonly baseline: () => unknown;
}
