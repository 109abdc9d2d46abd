/** Wall-clock timing of single calls and latency percentiles, in milliseconds. */
import { performance } from 'node:perf_hooks';

/** Median and 95th percentile of a series of call durations. */
export type TLatency = { p50: number; p95: number; calls: number };

/** Runs `call` once and returns its result with the elapsed milliseconds (`performance.now()`). */
export async function timed<T>(call: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await call();
  return { value, ms: performance.now() - start };
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of samples, interpolating linearly between order
 * statistics (type 7, as PostgreSQL's percentile_cont). NaN when there are none.
 */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const r = q * (sorted.length - 1);
  const low = sorted[Math.floor(r)]!;
  const high = sorted[Math.ceil(r)]!;
  return low + (r - Math.floor(r)) * (high - low);
}

/** p50 and p95 of call durations. */
export function latency(samples: readonly number[]): TLatency {
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), calls: samples.length };
}

/** Seconds since `start` (a `performance.now()` reading), for coarse phases such as generation. */
export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}
