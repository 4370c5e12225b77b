import type { Lib } from '../pair.js';

// Every day from 2018-01-01 to 2023-12-31 as a `YYYY-MM-DD` string, built once: policy periods start
// on any of these days (2,191 distinct strings, as in a real export, not a handful repeated).
const DAYS: readonly string[] = (() => {
  const out: string[] = [];
  const d = new Date(Date.UTC(2018, 0, 1));
  while (d.getUTCFullYear() < 2024) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
})();
const day = (i: number) => DAYS[((i % DAYS.length) + DAYS.length) % DAYS.length] as string;

/** One to three yearly policies from a start day: expired, renewed, or current (a year is 365 days here). */
function policiesOf(i: number, r: number) {
  const first = (i * 7919 + r) % 1095; // a start within 2018-01-01 … 2020-12-30, so the last ends by 2023-12-28
  const n = 1 + (i % 3);
  const out = new Array<{ from: string; to: string }>(n);
  for (let k = 0; k < n; k++)
    out[k] = { from: day(first + 365 * k), to: day(first + 365 * k + 364) };
  return out;
}

/**
 * A realistic Jingzhou roster, generated lazily and deterministically: three enterprises to one
 * project, one to three policies each on 2,191 distinct days; enterprises mostly construction (some of
 * another sector: out of scope; some with the statistics status not given: uncategorised); projects
 * housing, municipal or other, started before the scope's start (not new), after the day counted (not
 * yet due) or with no start date given.
 */
function* roster(count: number) {
  for (let i = 0; i < count; i++) {
    const r = (i * 2654435761) >>> 0; // a cheap deterministic scramble
    const policies = r % 17 === 0 ? [] : policiesOf(i, r % 97);
    if (i % 4 === 0) {
      const kind = r % 10;
      yield {
        kind: 'project' as const,
        id: `P${String(i)}`,
        projectKind:
          kind < 5 ? ('housing' as const) : kind < 9 ? ('municipal' as const) : ('other' as const),
        ...(r % 23 === 0 ? {} : { startDate: day(800 + (r % 900)) }),
        policies,
      };
    } else {
      yield {
        kind: 'enterprise' as const,
        id: `E${String(i)}`,
        sector: r % 11 === 0 ? 'other' : 'construction',
        ...(r % 13 === 0 ? {} : { inStatistics: r % 3 !== 0 }),
        policies,
      };
    }
  }
}

/**
 * The same counts by hand, trusting the data (no validation), with Jingzhou's classification written
 * out (JZ-SCOPE-01/02, JZ-TGT-01/02) and the same "insured on this date" test (both ends included):
 * category → [total, insured], plus the units in no category.
 */
function handCounts(count: number, asOf: string) {
  const counts = new Map<string, [number, number]>();
  let outOfScope = 0;
  let notYetDue = 0;
  let uncategorised = 0;
  for (const u of roster(count)) {
    let category: string;
    if (u.kind === 'project') {
      if (u.projectKind === 'other') {
        outOfScope++;
        continue;
      }
      if (u.startDate === undefined) {
        uncategorised++;
        continue;
      }
      if (u.startDate < '2020-08-01') {
        outOfScope++;
        continue;
      }
      if (u.startDate > asOf) {
        notYetDue++;
        continue;
      }
      category = `new-projects-${u.projectKind}`;
    } else {
      if (u.sector !== 'construction') {
        outOfScope++;
        continue;
      }
      if (u.inStatistics === undefined) {
        uncategorised++;
        continue;
      }
      category = u.inStatistics ? 'enterprises-in-statistics' : 'enterprises-not-in-statistics';
    }
    let c = counts.get(category);
    if (c === undefined) {
      c = [0, 0];
      counts.set(category, c);
    }
    c[0]++;
    const ps = u.policies;
    for (let k = 0; k < ps.length; k++) {
      const p = ps[k] as { from: string; to: string };
      if (p.from <= asOf && asOf <= p.to) {
        c[1]++;
        break;
      }
    }
  }
  return { counts, outOfScope, notYetDue, uncategorised };
}

/**
 * coverageStatus over 1,000,000 units, every unit validated, beside a hand-written loop that counts
 * the same data without validating it: both warmed up, checked to give the same counts, then timed in
 * alternating order for five rounds (three gave medians that moved by 0.3× with the machine's other
 * load). Peak heap sampled while the roster streams through the library, in a run of its own.
 */
export function bulkCoverage({ coverageStatus, jingzhou }: Lib, count = 1_000_000, rounds = 5) {
  const asOf = '2021-06-30';
  const ours = (n: number) => coverageStatus({ profile: jingzhou, asOf, units: roster(n) });
  // warm-up and the answer check
  const check = ours(100_000);
  const hand = handCounts(100_000, asOf);
  const same =
    check.outOfScope === hand.outOfScope &&
    check.notYetDue === hand.notYetDue &&
    check.uncategorised === hand.uncategorised &&
    check.categories.every((c) => {
      const h = hand.counts.get(c.category) ?? [0, 0];
      return c.total === h[0] && c.insured === h[1];
    }) &&
    hand.counts.size === check.categories.filter((c) => c.total > 0).length;
  if (!same)
    throw new Error(
      `coverage baseline disagrees: ${JSON.stringify({ ...hand, counts: [...hand.counts] })} vs ${JSON.stringify(check)}`,
    );
  // Peak heap, sampled while the roster streams through the library in a run of its own, not timed:
  // the sampler is a generator between the roster and the library, so it is kept out of the timed runs
  // (it cost the library's side alone about 5% of its time).
  globalThis.gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  let sampledUnits = 0;
  function* sampled() {
    for (const u of roster(count)) {
      if (sampledUnits++ % 20_000 === 0)
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      yield u;
    }
  }
  coverageStatus({ profile: jingzhou, asOf, units: sampled() });
  // CPU seconds of this process (user + system), as the pairs are timed (bench/harness.ts)
  const time = (fn: () => unknown) => {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  };
  const oursS: number[] = [];
  const handS: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const runOurs = () => oursS.push(time(() => ours(count)));
    const runHand = () => handS.push(time(() => handCounts(count, asOf)));
    if (r % 2 === 0) {
      runOurs();
      runHand();
    } else {
      runHand();
      runOurs();
    }
  }
  const ratios = oursS.map((o, i) => o / (handS[i] ?? NaN)).sort((a, b) => a - b);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return {
    name: 'coverage.status-1m-units',
    units: count,
    rounds,
    seconds: Number(med(oursS).toFixed(3)),
    baselineSeconds: Number(med(handS).toFixed(3)),
    ratio: {
      median: Number(med(ratios).toFixed(2)),
      min: Number((ratios[0] ?? NaN).toFixed(2)),
      max: Number((ratios[ratios.length - 1] ?? NaN).toFixed(2)),
    },
    peakHeapMiB: Number((peakHeap / 2 ** 20).toFixed(1)),
  };
}
