/**
 * Greedy local suppression on distinct combinations, for tables of any size.
 *
 * Repeat while some combination has fk < k: take the unsafe combination with
 * the smallest fk (the first one on a tie), and in all of its rows suppress the
 * key whose suppression makes the combination match the most rows, counting at
 * most k (on a tie, the least important key, as sdcMicro's importance vector
 * prefers). Suppression never lowers any fk, and a combination with every key
 * suppressed matches every row, so this ends with every fk >= k once there are
 * at least k rows. Each step costs O(D × m²) for D combinations and m keys; at
 * most D × m steps.
 *
 * It is not minimal in general (the exact search is, for small tables): it
 * suppresses whole combinations, while treating identical rows differently can
 * be cheaper when missing values act as wildcards.
 */
import { matchCount, matches, type TCombination } from './quasi-identifiers.ts';

/** The values of each combination (same order) after greedy suppression to fk >= k. */
export function greedySuppression(
  combinations: readonly TCombination[],
  k: number,
): (string | null)[][] {
  const work = combinations.map((c) => ({ values: [...c.values], count: c.count }));
  const fk = work.map((c) => matchCount(c.values, work));
  for (;;) {
    let target = -1;
    fk.forEach((value, i) => {
      if (value < k && (target < 0 || value < (fk[target] as number))) target = i;
    });
    if (target < 0) return work.map((c) => c.values);

    const chosen = work[target] as { values: (string | null)[]; count: number };
    let best: { key: number; reach: number } | undefined;
    chosen.values.forEach((value, key) => {
      if (value === null) return;
      const widened = chosen.values.map((v, j) => (j === key ? null : v));
      const reach = Math.min(k, matchCount(widened, work));
      if (best === undefined || reach >= best.reach) best = { key, reach };
    });
    if (best === undefined) throw new Error('an unsafe combination has no value left to suppress');

    const before = chosen.values;
    const after = before.map((v, j) => (j === best?.key ? null : v));
    work.forEach((other, i) => {
      if (i === target) return;
      if (matches(other.values, before)) fk[i] = (fk[i] as number) - chosen.count;
      if (matches(other.values, after)) fk[i] = (fk[i] as number) + chosen.count;
    });
    chosen.values = after;
    fk[target] = matchCount(after, work);
  }
}
