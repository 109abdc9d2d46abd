/**
 * Exact local suppression for small tables: the fewest suppressed values that
 * give every row fk >= k (missing values as wildcards), found by iterative
 * deepening on the number of suppressions.
 *
 * Each row gets a mask of keys to suppress. For a bound B = 0, 1, 2, ... a
 * depth-first search assigns masks row by row with at most B suppressions in
 * all; the first B with a solution is the minimum, and the first solution found
 * is returned. Masks that suppress fewer values, then less important keys, are
 * tried first, so among minimal solutions it leans towards keeping the
 * important keys (a preference, not a guarantee). Identical rows are
 * interchangeable, so their masks are assigned in non-decreasing order. A
 * branch is cut when an assigned row cannot reach fk >= k even if every
 * unassigned row spent the remaining suppressions on matching it (suppression
 * never lowers any fk).
 *
 * The search stops after `maxNodes` nodes and returns null; the caller then
 * falls back to the greedy.
 */
import { combinationKey, matches, type TCombinationValues } from './quasi-identifiers.ts';

/** Limits of the exact search. */
export type TExactLimits = { maxNodes: number };

const popcount = (mask: number): number => {
  let bits = 0;
  for (let m = mask; m > 0; m >>= 1) bits += m & 1;
  return bits;
};

/** Keys that must be suppressed in b for it to match a, counted where a is not missing. */
function mismatches(a: TCombinationValues, b: TCombinationValues): number {
  let count = 0;
  a.forEach((x, j) => {
    const y = b[j];
    if (x !== null && y !== null && y !== undefined && x !== y) count += 1;
  });
  return count;
}

/**
 * The values of each row (same order) after a minimal suppression, or null when
 * the search needs more than `limits.maxNodes` nodes. `upperBound` is the cost
 * of a known solution (the greedy's): the search never looks beyond it.
 */
export function exactSuppression(
  rows: readonly TCombinationValues[],
  k: number,
  upperBound: number,
  limits: TExactLimits,
): (string | null)[][] | null {
  const n = rows.length;
  const keyCount = rows[0]?.length ?? 0;
  // identical rows next to each other, so that symmetry can be broken
  const order = rows.map((_, i) => i);
  const keys = rows.map(combinationKey);
  order.sort((a, b) => {
    const [x, y] = [keys[a] as string, keys[b] as string];
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  const original = order.map((i) => rows[i] as TCombinationValues);
  const sameAsPrevious = order.map((i, p) => p > 0 && keys[i] === keys[order[p - 1] as number]);
  // every mask, fewest suppressions first, then those sparing the important (low) keys
  const preference = (mask: number): number => {
    let score = 0;
    for (let j = 0; j < keyCount; j += 1) if ((mask >> j) & 1) score += 1 << (keyCount - 1 - j);
    return popcount(mask) * (1 << keyCount) + score;
  };
  const allMasks = Array.from({ length: 1 << keyCount }, (_, mask) => mask).sort(
    (a, b) => preference(a) - preference(b),
  );
  const rank = new Map(allMasks.map((mask, i) => [mask, i]));
  const candidates = original.map((values) => {
    const free = values.reduce<number>((m, v, j) => (v === null ? m : m | (1 << j)), 0);
    return allMasks.filter((mask) => (mask & ~free) === 0);
  });
  const apply = (values: TCombinationValues, mask: number): (string | null)[] =>
    values.map((v, j) => ((mask >> j) & 1 ? null : v));

  const masks = new Array<number>(n).fill(0);
  const current: (string | null)[][] = original.map((v) => [...v]);
  let nodes = 0;

  const feasible = (assigned: number, remaining: number): boolean => {
    for (let i = 0; i < assigned; i += 1) {
      let reach = 0;
      for (let j = 0; j < n; j += 1) {
        if (j < assigned) {
          if (matches(current[i] as TCombinationValues, current[j] as TCombinationValues)) {
            reach += 1;
          }
        } else if (
          mismatches(current[i] as TCombinationValues, original[j] as TCombinationValues) <=
          remaining
        ) {
          reach += 1;
        }
      }
      if (reach < k) return false;
    }
    return true;
  };

  /** 'found', 'none' (no solution within the bound) or 'budget' (out of nodes). */
  const search = (row: number, remaining: number): 'found' | 'none' | 'budget' => {
    nodes += 1;
    if (nodes > limits.maxNodes) return 'budget';
    if (row === n) return 'found';
    const floor = sameAsPrevious[row] ? (rank.get(masks[row - 1] as number) as number) : 0;
    for (const mask of candidates[row] as number[]) {
      const cost = popcount(mask);
      if ((rank.get(mask) as number) < floor || cost > remaining) continue;
      masks[row] = mask;
      current[row] = apply(original[row] as TCombinationValues, mask);
      if (!feasible(row + 1, remaining - cost)) continue;
      const outcome = search(row + 1, remaining - cost);
      if (outcome !== 'none') return outcome;
    }
    masks[row] = 0;
    current[row] = [...(original[row] as TCombinationValues)];
    return 'none';
  };

  for (let bound = 0; bound <= upperBound; bound += 1) {
    const outcome = search(0, bound);
    if (outcome === 'budget') return null;
    if (outcome === 'found') {
      const result = new Array<(string | null)[]>(n);
      order.forEach((i, p) => {
        result[i] = apply(original[p] as TCombinationValues, masks[p] as number);
      });
      return result;
    }
  }
  return null;
}
