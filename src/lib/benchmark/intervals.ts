/**
 * 95% uncertainty for benchmark statements: a Wilson interval around a
 * proportion (used for percentile ranks).
 */

/** The two-sided 95% normal quantile used by every interval here. */
export const Z_95 = 1.959964;

/** An interval as its two ends. */
export interface TInterval {
  readonly low: number;
  readonly high: number;
}

function assertSampleSize(n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`sample size must be a non-negative integer, got ${n}`);
  }
}

/**
 * Wilson score interval (95%) for a proportion `pHat` (0..1) observed over n:
 * center = (p + z²/2n) / (1 + z²/n), half = z sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n).
 * Ends are clamped to [0, 1] only to absorb floating-point noise. Null when n = 0.
 */
export function wilsonInterval(pHat: number, n: number): TInterval | null {
  if (!(pHat >= 0 && pHat <= 1)) throw new RangeError(`pHat must be in [0, 1], got ${pHat}`);
  assertSampleSize(n);
  if (n === 0) return null;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / n;
  const center = (pHat + z2 / (2 * n)) / denominator;
  const half = (Z_95 * Math.sqrt((pHat * (1 - pHat)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/**
 * 95% interval for a percentile rank (0..100) among n organisations: Wilson on
 * rank / 100, returned in percent rounded to 1 decimal. Null when n = 0.
 */
export function percentileRankInterval(rank: number, n: number): TInterval | null {
  if (!(rank >= 0 && rank <= 100)) throw new RangeError(`rank must be in [0, 100], got ${rank}`);
  const interval = wilsonInterval(rank / 100, n);
  if (interval === null) return null;
  return { low: Math.round(interval.low * 1000) / 10, high: Math.round(interval.high * 1000) / 10 };
}
