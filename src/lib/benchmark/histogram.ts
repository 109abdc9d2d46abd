/**
 * Score distributions as sparse histograms. Scores run 0.0–100.0 with one
 * decimal, so a bin is keyed by the score in tenths (an integer 0..1000). The
 * database computes the same statistics from the same bins; the arithmetic
 * below is done on integers wherever possible so both sides round alike.
 */

/** One bin: `count` (> 0) organisations scored exactly `tenths / 10`. */
export interface THistogramBin {
  readonly tenths: number;
  readonly count: number;
}

/** A sparse histogram: bins in any order, each with a positive count. */
export type THistogram = readonly THistogramBin[];

/** Quartile summary of a histogram; the quantiles are null when it is empty. */
export interface THistogramSummary {
  readonly n: number;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
}

/** Bins sorted by score, after checking that every bin is well-formed. */
function sortedBins(h: THistogram): THistogramBin[] {
  for (const bin of h) {
    if (!Number.isInteger(bin.tenths) || bin.tenths < 0 || bin.tenths > 1000) {
      throw new RangeError(`histogram bin tenths must be an integer 0..1000, got ${bin.tenths}`);
    }
    if (!Number.isInteger(bin.count) || bin.count <= 0) {
      throw new RangeError(`histogram bin count must be a positive integer, got ${bin.count}`);
    }
  }
  return [...h].sort((a, b) => a.tenths - b.tenths);
}

/** The i-th smallest score in tenths (1-based), from bins already sorted. */
function orderStatisticTenths(sorted: readonly THistogramBin[], i: number): number {
  let seen = 0;
  for (const bin of sorted) {
    seen += bin.count;
    if (i <= seen) return bin.tenths;
  }
  throw new RangeError(`order statistic ${i} is beyond the histogram's ${seen} scores`);
}

/** Total number of scores (organisations) in the histogram. */
export function histogramSize(h: THistogram): number {
  return sortedBins(h).reduce((sum, bin) => sum + bin.count, 0);
}

/** The i-th smallest score (1-based, 1 <= i <= n), as a score (tenths / 10). */
export function orderStatistic(h: THistogram, i: number): number {
  const sorted = sortedBins(h);
  const n = sorted.reduce((sum, bin) => sum + bin.count, 0);
  if (!Number.isInteger(i) || i < 1 || i > n) {
    throw new RangeError(`order statistic index must be an integer 1..${n}, got ${i}`);
  }
  return orderStatisticTenths(sorted, i) / 10;
}

/**
 * The q-quantile (0 <= q <= 1) by "type 7" interpolation (numpy's default):
 * r = q(n-1), value = x[floor r] + (r - floor r)(x[ceil r] - x[floor r]) over
 * the 0-based sorted scores, rounded to 2 decimals (half up; scores are never
 * negative). Null for an empty histogram.
 */
export function quantile(h: THistogram, q: number): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile q must be in [0, 1], got ${q}`);
  const sorted = sortedBins(h);
  const n = sorted.reduce((sum, bin) => sum + bin.count, 0);
  if (n === 0) return null;
  const r = q * (n - 1);
  const lo = Math.floor(r);
  const hi = Math.ceil(r);
  const xLo = orderStatisticTenths(sorted, lo + 1);
  const xHi = orderStatisticTenths(sorted, hi + 1);
  // Interpolate in tenths and round in hundredths: `tenths / 10 * 100` would
  // reintroduce binary fractions (1.025 * 100 = 102.49999…).
  const tenths = xLo + (r - lo) * (xHi - xLo);
  return Math.round(tenths * 10) / 100;
}

/**
 * Mid-rank percentile of `score` within the histogram (which includes the
 * organisation's own score): 100 (below + equal/2) / n, where the score is
 * matched on its bin round(score * 10); rounded to 1 decimal, half away from
 * zero. Null for an empty histogram.
 */
export function percentileRank(h: THistogram, score: number): number | null {
  if (!Number.isFinite(score)) throw new RangeError(`score must be finite, got ${score}`);
  const sorted = sortedBins(h);
  const bin = Math.round(score * 10);
  let n = 0;
  let below = 0;
  let equal = 0;
  for (const b of sorted) {
    n += b.count;
    if (b.tenths < bin) below += b.count;
    else if (b.tenths === bin) equal += b.count;
  }
  if (n === 0) return null;
  // Rank in tenths of a percent = 1000 (2 below + equal) / (2n), rounded half
  // up with integers only: floor((2 num + den) / (2 den)).
  const num = 1000 * (2 * below + equal);
  const den = 2 * n;
  return Math.floor((2 * num + den) / (2 * den)) / 10;
}

/** Size and quartiles (type 7 quantiles 0.25, 0.5, 0.75) of the histogram. */
export function summarize(h: THistogram): THistogramSummary {
  return {
    n: histogramSize(h),
    q1: quantile(h, 0.25),
    median: quantile(h, 0.5),
    q3: quantile(h, 0.75),
  };
}
