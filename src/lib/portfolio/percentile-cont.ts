/**
 * Quantiles of the portfolio's scores, as PostgreSQL's `percentile_cont`:
 * linear interpolation between the closest ranks, at position (n − 1)·p of
 * the sorted values (Hyndman & Fan type 7). The median is p = 0.5, the
 * quartiles p = 0.25 and 0.75.
 */

/** The p-quantile (0 ≤ p ≤ 1) of ascending `sorted` values; throws for none. */
export function percentileCont(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below]!;
  const high = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return low + (position - below) * (high - low);
}
