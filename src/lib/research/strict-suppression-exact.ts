/**
 * Exact local suppression under the strict rule, for small tables: the fewest
 * suppressed values after which every written combination holds 0 or at least
 * k rows, found by iterative deepening on the number of suppressions.
 *
 * Rows are expanded from the combinations and each gets a set of keys to
 * blank (only keys it has a value for, cheapest first); identical rows are
 * interchangeable, so their sets are assigned in non-decreasing order. For a
 * bound B = 0, 1, 2, ... a depth-first search assigns sets row by row within B
 * suppressions and checks the strict counts at the end; the first B with a
 * solution is the minimum. The search stops after `maxNodes` nodes and
 * returns null (the caller keeps the greedy).
 */
import { combinationKey, type TCombination } from './quasi-identifiers.ts';
import { blanked, keySets, type TShare } from './strict-suppression-greedy.ts';

const popcount = (mask: number): number => {
  let bits = 0;
  for (let m = mask; m > 0; m >>= 1) bits += m & 1;
  return bits;
};

/** A minimal plan (shares per combination, same order), or null past the node budget. */
export function exactStrictSuppression(
  combinations: readonly TCombination[],
  k: number,
  upperBound: number,
  maxNodes: number,
): TShare[][] | null {
  const m = combinations[0]?.values.length ?? 0;
  const rows = combinations.flatMap((c, g) => Array.from({ length: c.count }, () => g));
  const sets = [0, ...keySets(m)];
  const candidates = combinations.map((c) => {
    const filledMask = c.values.reduce<number>(
      (mask, v, j) => (v === null ? mask : mask | (1 << j)),
      0,
    );
    return sets.filter((mask) => (mask & ~filledMask) === 0);
  });
  const chosen = new Array<number>(rows.length).fill(0);
  let nodes = 0;

  const valid = (): boolean => {
    const counts = new Map<string, number>();
    rows.forEach((g, r) => {
      const key = combinationKey(
        blanked((combinations[g] as TCombination).values, chosen[r] as number),
      );
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    for (const count of counts.values()) if (count < k) return false;
    return true;
  };

  const search = (r: number, left: number): 'found' | 'none' | 'budget' => {
    nodes += 1;
    if (nodes > maxNodes) return 'budget';
    if (r === rows.length) return valid() ? 'found' : 'none';
    const g = rows[r] as number;
    const options = candidates[g] as number[];
    const floor = r > 0 && rows[r - 1] === g ? options.indexOf(chosen[r - 1] as number) : 0;
    for (let i = floor; i < options.length; i += 1) {
      const mask = options[i] as number;
      const cost = popcount(mask);
      if (cost > left) continue;
      chosen[r] = mask;
      const outcome = search(r + 1, left - cost);
      if (outcome !== 'none') return outcome;
    }
    chosen[r] = 0;
    return 'none';
  };

  for (let bound = 0; bound <= upperBound; bound += 1) {
    const outcome = search(0, bound);
    if (outcome === 'budget') return null;
    if (outcome === 'found') {
      const plan: TShare[][] = combinations.map(() => []);
      const byKey = new Map<string, TShare>();
      rows.forEach((g, r) => {
        const values = blanked((combinations[g] as TCombination).values, chosen[r] as number);
        const key = `${g}\u0003${combinationKey(values)}`;
        const share = byKey.get(key);
        if (share) share.count += 1;
        else {
          const created = { values, count: 1 };
          byKey.set(key, created);
          (plan[g] as TShare[]).push(created);
        }
      });
      return plan;
    }
  }
  return null;
}
