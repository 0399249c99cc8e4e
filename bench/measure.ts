/**
 * Timing: warm-up, then several runs of every contender in turn (so that all of them see the same
 * load on a shared machine), each run long enough to time, and the median per operation.
 *
 * The figure used for ratios is CPU time of this process (all threads, garbage collection
 * included): on a busy 2-core machine wall time mostly measures the other processes. Wall time is
 * kept beside it. No garbage collection is forced between runs: a forced full collection throws
 * away the generated parser's optimised code (it runs 10× slower after one), and collecting
 * garbage is part of every operation's cost.
 */
import { performance } from "node:perf_hooks";

export interface Timing {
  /** Median CPU ms per operation. */
  cpu: number;
  /** Median wall-clock ms per operation. */
  wall: number;
  /** CPU ms per operation of each round, in order: for ratios of contenders paired round by round. */
  cpuRuns: number[];
  runs: number;
  /** Operations per run. */
  reps: number;
}

export interface Contender {
  name: string;
  run: () => unknown;
}

export interface MeasureOptions {
  warmUp?: number;
  runs?: number;
  /** A run repeats the operation until it lasts about this long (CPU ms). */
  minRunMs?: number;
  /**
   * Warm-up goes on for at least this long (CPU ms): a large function set such as the generated
   * parser reaches its optimised code only after many calls, later still on a busy machine.
   */
  minWarmUpMs?: number;
  /**
   * Warm up until the optimising compiler is done as well (at most `maxWarmUpMs`): until three
   * seconds in a row take no more CPU time than 1.15× their wall time. V8 compiles on background
   * threads, and this process's CPU time counts them: a large function set (the generated parser,
   * zod's compiled schema) keeps a second core busy compiling for 10–20 s after it first runs,
   * which would be billed to whichever contender happened to run then.
   */
  settle?: boolean;
  maxWarmUpMs?: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function once(run: () => unknown): Promise<void> {
  const value = run();
  if (value instanceof Promise) await value;
}

/** One timed run of `reps` operations: CPU and wall ms per operation. */
async function timedRun(run: () => unknown, reps: number): Promise<{ cpu: number; wall: number }> {
  const cpuStart = cpuNow();
  const wallStart = performance.now();
  for (let i = 0; i < reps; i++) await once(run);
  return { cpu: (cpuNow() - cpuStart) / reps, wall: (performance.now() - wallStart) / reps };
}

/** Time each contender; they take turns in every round. */
export async function measure(contenders: readonly Contender[], options: MeasureOptions = {}): Promise<Map<string, Timing>> {
  const { warmUp = 2, runs = 7, minRunMs = 50, minWarmUpMs = 2000, settle = false, maxWarmUpMs = 60_000 } = options;
  const reps = new Map<string, number>();
  const repsFor = (cpuPerOp: number) => Math.max(1, Math.ceil(minRunMs / Math.max(cpuPerOp, 0.001)));
  for (const contender of contenders) {
    // Warm-up runs as long as the timed ones, the number of operations estimated afresh after each.
    let spent = 0;
    // Quiet seconds in a row: spans of at least a second of wall time whose CPU time was at most
    // 1.15× it. The compiler works through a queue, so a single quiet run can fall between two of
    // its jobs (a job on zod's compiled schema takes it about 2 s).
    let quiet = 0;
    const span = { cpu: 0, wall: 0 };
    const warm = async (count: number) => {
      const { cpu, wall } = await timedRun(contender.run, count);
      spent += cpu * count;
      span.cpu += cpu * count;
      span.wall += wall * count;
      if (span.wall >= 1000) {
        quiet = span.cpu <= 1.15 * span.wall ? quiet + 1 : 0;
        span.cpu = span.wall = 0;
      }
      return repsFor(cpu);
    };
    let count = await warm(1);
    const warming = (i: number) => i < warmUp || spent < minWarmUpMs || (settle && quiet < 3 && spent < maxWarmUpMs);
    for (let i = 0; warming(i); i++) count = await warm(count);
    reps.set(contender.name, count);
  }
  const samples = new Map<string, { cpu: number[]; wall: number[] }>(contenders.map((c) => [c.name, { cpu: [], wall: [] }]));
  for (let round = 0; round < runs; round++) {
    for (const contender of contenders) {
      const sample = await timedRun(contender.run, reps.get(contender.name) ?? 1);
      samples.get(contender.name)!.cpu.push(sample.cpu);
      samples.get(contender.name)!.wall.push(sample.wall);
    }
  }
  return new Map(
    contenders.map((c) => {
      const s = samples.get(c.name)!;
      return [c.name, { cpu: median(s.cpu), wall: median(s.wall), cpuRuns: s.cpu, runs, reps: reps.get(c.name) ?? 1 }];
    }),
  );
}

/**
 * a ÷ b, the median of the ratios of their runs round by round. The two ran within a second of
 * each other, so a slower spell of a shared host (absolute times here drift 2× over minutes) weighs
 * on both alike, where a ratio of medians taken over the whole measurement can pair one's fast runs
 * with the other's slow ones.
 */
export function pairedRatio(a: Timing, b: Timing): number {
  return median(a.cpuRuns.map((cpu, round) => cpu / b.cpuRuns[round]!));
}

/** Progress for long steps goes to stderr, so that stdout is the table alone. */
export function progress(message: string): void {
  process.stderr.write(`· ${message}\n`);
}
