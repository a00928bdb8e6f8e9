/**
 * Timing and memory sampling for the benchmark. Times are wall-clock milliseconds from
 * performance.now(), one sample per call, after warm-up calls that are not counted.
 */

export type Timing = {
  /** Samples taken. */
  n: number;
  p50: number;
  p95: number;
  mean: number;
  /** True when the time cap stopped the run before `iterations`. */
  capped: boolean;
};

export type TimingPlan = {
  warmup: number;
  iterations: number;
  /** Stop once this much time has been spent on samples, but never before `minIterations`. */
  maxMs?: number;
  minIterations?: number;
};

/** Keeps results alive so the engine cannot drop the work as unused. */
let sink = 0;
export function consume(value: { length: number }): void {
  sink += value.length;
}

/** Runs `call(i)` for i = 0, 1, 2… (round-robin over inputs is the caller's `i % n`). */
export function timeCalls(call: (i: number) => { length: number }, plan: TimingPlan): Timing {
  for (let i = 0; i < plan.warmup; i++) consume(call(i));
  const samples: number[] = [];
  const maxMs = plan.maxMs ?? Infinity;
  const minIterations = plan.minIterations ?? plan.iterations;
  let spent = 0;
  for (let i = 0; i < plan.iterations; i++) {
    if (spent > maxMs && samples.length >= minIterations) break;
    const start = performance.now();
    consume(call(plan.warmup + i));
    const took = performance.now() - start;
    samples.push(took);
    spent += took;
  }
  return summarize(samples, samples.length < plan.iterations);
}

export function summarize(samples: readonly number[], capped = false): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), mean, capped };
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function elapsed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

const MB = 1024 * 1024;

/** Collects garbage when the process was started with --expose-gc (npm run bench does). */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  return gc !== undefined;
}

/**
 * The high-water marks of resident memory and heap, sampled between measurements (sampling inside
 * a timed loop would disturb it). Reset at the start of each catalog size.
 */
export class MemoryWatch {
  peakRssMb = 0;
  peakHeapMb = 0;

  reset(): void {
    this.peakRssMb = 0;
    this.peakHeapMb = 0;
    this.sample();
  }

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.peakRssMb = Math.max(this.peakRssMb, rss / MB);
    this.peakHeapMb = Math.max(this.peakHeapMb, heapUsed / MB);
  }
}

/** Heap retained by what `build` returns, measured across forced collections when possible. */
export function retainedHeap<T>(build: () => T): { value: T; ms: number; heapMb: number; exact: boolean } {
  const exact = collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const { value, ms } = elapsed(build);
  collectGarbage();
  return { value, ms, heapMb: (process.memoryUsage().heapUsed - before) / MB, exact };
}
