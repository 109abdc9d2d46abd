/**
 * Global recoding before local suppression: each quasi-identifier may have a
 * hierarchy of levels, each level a map from a value to a coarser one (values
 * it does not name stay as they are). Raising a key by one level recodes that
 * key in every row.
 *
 * The rule, "only as far as needed": while more than `budget` rows are unsafe
 * (fk < k), find for each key the fewest further levels that lower the number
 * of unsafe rows, and raise the key that needs the fewest levels; on a tie, the
 * one leaving the fewest unsafe rows, then the least important key (latest in
 * importance order). Stop when the unsafe rows are within the budget, or when
 * no raise of a single key lowers them (raising two keys together is not
 * tried). Local suppression deals with whatever is left.
 */
import {
  combinationKey,
  unsafeRowCount,
  type TCombination,
  type TCombinationValues,
} from './quasi-identifiers.ts';

/** One level of a hierarchy: value -> coarser value. */
export type THierarchyLevel = Readonly<Record<string, string>>;

/** A key's levels, finest first; level n applies levels 1..n in turn. */
export type THierarchy = readonly THierarchyLevel[];

/** The value after `level` levels of `hierarchy` (null stays null). */
export function generaliseValue(
  value: string | null,
  hierarchy: THierarchy,
  level: number,
): string | null {
  let result = value;
  for (let l = 0; l < level && result !== null; l += 1) {
    const map = hierarchy[l] as THierarchyLevel;
    result = Object.hasOwn(map, result) ? (map[result] as string) : result;
  }
  return result;
}

/** Recoded combinations (merged where they become equal) and each input's index among them. */
export type TRecoded = { combinations: TCombination[]; recodedIndex: Int32Array };

/** Applies `levels[j]` of `hierarchies[j]` to key j of every combination. */
export function recode(
  combinations: readonly TCombination[],
  hierarchies: readonly THierarchy[],
  levels: readonly number[],
): TRecoded {
  const index = new Map<string, number>();
  const merged: TCombination[] = [];
  const recodedIndex = new Int32Array(combinations.length);
  combinations.forEach((combination, c) => {
    const values: TCombinationValues = combination.values.map((value, j) =>
      generaliseValue(value, hierarchies[j] ?? [], levels[j] ?? 0),
    );
    const key = combinationKey(values);
    let found = index.get(key);
    if (found === undefined) {
      found = merged.length;
      index.set(key, found);
      merged.push({ values, count: 0 });
    }
    (merged[found] as TCombination).count += combination.count;
    recodedIndex[c] = found;
  });
  return { combinations: merged, recodedIndex };
}

/** The level of each key (in key order) chosen by the rule above. */
export function chooseLevels(
  combinations: readonly TCombination[],
  hierarchies: readonly THierarchy[],
  k: number,
  budget: number,
): number[] {
  const levels = hierarchies.map(() => 0);
  let unsafe = unsafeRowCount(combinations, k);
  while (unsafe > budget) {
    let best: { key: number; steps: number; unsafe: number } | undefined;
    hierarchies.forEach((hierarchy, key) => {
      const level = levels[key] as number;
      for (let steps = 1; level + steps <= hierarchy.length; steps += 1) {
        const raised = levels.map((l, j) => (j === key ? l + steps : l));
        const after = unsafeRowCount(recode(combinations, hierarchies, raised).combinations, k);
        if (after >= unsafe) continue;
        const better =
          best === undefined ||
          steps < best.steps ||
          (steps === best.steps && after <= best.unsafe); // `<=`: a later key wins a tie
        if (better) best = { key, steps, unsafe: after };
        break;
      }
    });
    if (best === undefined) break;
    levels[best.key] = (levels[best.key] as number) + best.steps;
    unsafe = best.unsafe;
  }
  return levels;
}
