// Honest side-by-side timing: ours and the baseline interleaved round by round (ours, baseline,
// baseline, ours, …, so neither always runs warm or cold), both warmed up, both fed the same varied
// inputs from a seeded generator, and the baseline checked to give the library's answers before it is
// timed. What counts is the ratio per round; its median and spread are reported.

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same inputs on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One pair: the library call and a baseline that computes the same answer, over the same inputs. */
export interface Pair<I> {
  readonly name: string;
  readonly inputs: readonly I[];
  readonly ours: (input: I) => unknown;
  readonly baseline: (input: I) => unknown;
  /** The answer both must give for an input, as a string, so they can be compared before timing. */
  readonly answerOf: {
    readonly ours: (r: unknown) => string;
    readonly baseline: (r: unknown) => string;
  };
}

/** Median, min and max of a list of numbers. */
export function spread(xs: readonly number[]): { median: number; min: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
  return { median, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
}

/** Refuses to time a baseline that does not give the library's answer for every input. */
export function checkSameAnswers<I>(pair: Pair<I>): void {
  pair.inputs.forEach((input, i) => {
    const a = pair.answerOf.ours(pair.ours(input));
    const b = pair.answerOf.baseline(pair.baseline(input));
    if (a !== b)
      throw new Error(
        `${pair.name}: the baseline answers ${b} for input ${String(i)}, the library ${a}`,
      );
  });
}

/** CPU time this process has used (user + system, all threads), in microseconds. */
const cpuMicros = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/**
 * Calls `fn` over the inputs, cycling, for about `ms` milliseconds of this process's CPU time; returns
 * calls per CPU second. CPU time rather than the wall clock: on a shared machine a side that is
 * descheduled for a while would otherwise be charged for the other jobs' work.
 */
function opsPerSecond<I>(fn: (input: I) => unknown, inputs: readonly I[], ms: number): number {
  let sink: unknown;
  let calls = 0;
  const start = cpuMicros();
  const budget = ms * 1000;
  let elapsed = 0;
  while (elapsed < budget) {
    for (let i = 0; i < 64; i++) sink = fn(inputs[(calls + i) % inputs.length] as I);
    calls += 64;
    elapsed = cpuMicros() - start;
  }
  if (sink === Symbol.for('never')) console.log(sink); // keeps the result alive
  return calls / (elapsed / 1e6);
}

/** The figures of one pair: ops/s of each side and the ratio ours ÷ baseline time, per round. */
export interface PairResult {
  readonly name: string;
  readonly inputs: number;
  readonly rounds: number;
  readonly opsPerSecond: { median: number; min: number; max: number };
  readonly baselineOpsPerSecond: { median: number; min: number; max: number };
  /** How many times slower than the baseline (baseline ops/s ÷ ours), median and spread over rounds. */
  readonly ratio: { median: number; min: number; max: number };
}

const round2 = (s: { median: number; min: number; max: number }) => ({
  median: Number(s.median.toFixed(2)),
  min: Number(s.min.toFixed(2)),
  max: Number(s.max.toFixed(2)),
});

/** Checks the answers, warms both up, then times them interleaved for `rounds` rounds. */
export function runPair<I>(
  pair: Pair<I>,
  options: { rounds: number; msPerSide: number },
): PairResult {
  checkSameAnswers(pair);
  opsPerSecond(pair.ours, pair.inputs, options.msPerSide);
  opsPerSecond(pair.baseline, pair.inputs, options.msPerSide);
  const ours: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < options.rounds; r++) {
    // alternate which side goes first, so neither always follows the other's garbage
    if (r % 2 === 0) {
      ours.push(opsPerSecond(pair.ours, pair.inputs, options.msPerSide));
      base.push(opsPerSecond(pair.baseline, pair.inputs, options.msPerSide));
    } else {
      base.push(opsPerSecond(pair.baseline, pair.inputs, options.msPerSide));
      ours.push(opsPerSecond(pair.ours, pair.inputs, options.msPerSide));
    }
  }
  const ratios = ours.map((o, i) => (base[i] ?? NaN) / o);
  return {
    name: pair.name,
    inputs: pair.inputs.length,
    rounds: options.rounds,
    opsPerSecond: round2(spread(ours)),
    baselineOpsPerSecond: round2(spread(base)),
    ratio: round2(spread(ratios)),
  };
}
