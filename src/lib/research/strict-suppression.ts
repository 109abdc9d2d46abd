/**
 * k-anonymity of the research file under the strict rule: in the file as
 * written, every combination of the quasi-identifiers holds at least k rows,
 * a blank (suppressed or missing) being a value of its own. This is stronger
 * than sdcMicro's rule (quasi-identifiers.ts, where a blank matches any value):
 * ("retail", blank) must itself occur k times, so no outsider's record can
 * single it out.
 *
 * It works on distinct combinations with their counts (a GROUP BY in the
 * database), never on rows, and returns for each combination how its rows are
 * to be written: usually one way, sometimes split (a few rows of a large
 * combination blanked to complete a small group). The export applies that plan
 * row by row as it streams.
 *
 * Steps: global recoding along the hierarchies only as far as needed
 * (generalisation.ts; with blanks as a value of their own its count is the
 * strict one), then local suppression: safe combinations (count >= k) stay;
 * the unsafe ones are blanked by the cheapest key sets first (fewest keys,
 * then the least important keys), a group being written once the rows that
 * would share its written form reach k; what is left ends as all-blank, which
 * is completed to k, if short, with the cheapest surplus rows of other groups
 * (or a whole cheapest group). For tables of at most `exact.maxRows` rows an
 * exact search (strict-suppression-exact.ts) replaces the greedy when it
 * proves a smaller number of suppressions.
 */
import { chooseLevels, recode, type THierarchy } from './generalisation.ts';
import { combinationKey, type TCombination, type TCombinationValues } from './quasi-identifiers.ts';
import { exactStrictSuppression } from './strict-suppression-exact.ts';
import { greedyStrictSuppression, type TShare } from './strict-suppression-greedy.ts';

export type { TShare } from './strict-suppression-greedy.ts';

/** Settings of `strictLocalSuppression`. */
export type TStrictSuppressionOptions<K extends string> = {
  /** Quasi-identifiers, most important first: the last ones are suppressed first. */
  keys: readonly K[];
  /** Every written combination holds at least k rows. */
  k: number;
  /** Levels of recoding per key, finest first (generalisation.ts). */
  hierarchies?: Partial<Record<K, THierarchy>>;
  /** Share of rows (0..1) that may be left unsafe for suppression before recoding; 0.05 by default. */
  maxUnsafeShare?: number;
  /** Exact search up to this many rows and search nodes; `false` always uses the greedy. */
  exact?: { maxRows: number; maxNodes: number } | false;
};

/** What `strictLocalSuppression` decided. */
export type TStrictSuppressionResult<K extends string> = {
  /** Per input combination (same order): the written values and how many of its rows get them. */
  shares: TShare[][];
  /** Values suppressed per key (values blank before are not counted). */
  suppressed: Record<K, number>;
  /** Hierarchy level applied per key (0: values as given). */
  levels: Record<K, number>;
  /** How the suppressions were chosen: none needed, a proven minimum, or the greedy. */
  method: 'none' | 'exact' | 'greedy';
};

/** Default limits of the exact search. */
export const STRICT_EXACT_LIMITS = { maxRows: 8, maxNodes: 200_000 } as const;

/** A value no survey option takes: a blank, as a value of its own, while recoding. */
const BLANK = '\u0002';

/** Rows per written combination (blank as its own value). */
export function strictCounts(rows: readonly TCombinationValues[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const values of rows) {
    const key = combinationKey(values);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Whether every written combination of `rows` holds at least k rows (the strict rule). */
export function isStrictlyKAnonymous(rows: readonly TCombinationValues[], k: number): boolean {
  for (const count of strictCounts(rows).values()) if (count < k) return false;
  return true;
}

/** Recodes, then suppresses, until every written combination holds at least k rows. */
export function strictLocalSuppression<K extends string>(
  combinations: readonly TCombination[],
  options: TStrictSuppressionOptions<K>,
): TStrictSuppressionResult<K> {
  const { keys, k } = options;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  if (keys.length === 0 || new Set(keys).size !== keys.length) {
    throw new RangeError('keys must be distinct and at least one');
  }
  for (const c of combinations) {
    if (c.values.length !== keys.length || !Number.isInteger(c.count) || c.count < 1) {
      throw new RangeError('each combination needs one value per key and a positive count');
    }
  }
  const total = combinations.reduce((sum, c) => sum + c.count, 0);
  if (total > 0 && total < k) throw new RangeError(`${total} rows cannot form groups of ${k}`);
  const share = options.maxUnsafeShare ?? 0.05;
  if (!(share >= 0 && share <= 1)) throw new RangeError('maxUnsafeShare must lie in 0..1');

  // recoding, with blanks as a value no hierarchy maps (so the counts are the strict ones)
  const hierarchies = keys.map((key) => options.hierarchies?.[key] ?? []);
  const marked = combinations.map((c) => ({
    values: c.values.map((v) => v ?? BLANK),
    count: c.count,
  }));
  const levelList = chooseLevels(marked, hierarchies, k, Math.floor(share * total));
  const recoded = recode(marked, hierarchies, levelList);
  const generalised: TCombination[] = recoded.combinations.map((c) => ({
    values: c.values.map((v) => (v === BLANK ? null : v)),
    count: c.count,
  }));

  let plan = greedyStrictSuppression(generalised, k);
  let method: TStrictSuppressionResult<K>['method'] =
    cost(generalised, plan) === 0 ? 'none' : 'greedy';
  const exact = options.exact ?? STRICT_EXACT_LIMITS;
  if (method === 'greedy' && exact !== false && total <= exact.maxRows) {
    const found = exactStrictSuppression(generalised, k, cost(generalised, plan), exact.maxNodes);
    if (found !== null) {
      plan = found;
      method = 'exact';
    }
  }

  const suppressed = keys.map(() => 0);
  generalised.forEach((c, g) => {
    for (const part of plan[g] ?? []) {
      part.values.forEach((v, j) => {
        if (v === null && c.values[j] !== null)
          suppressed[j] = (suppressed[j] as number) + part.count;
      });
    }
  });
  return {
    shares: splitShares(plan, recoded.recodedIndex, combinations),
    suppressed: Object.fromEntries(keys.map((key, j) => [key, suppressed[j]])) as Record<K, number>,
    levels: Object.fromEntries(keys.map((key, j) => [key, levelList[j]])) as Record<K, number>,
    method,
  };
}

/** Suppressed values of a plan: blanks written where the combination had a value. */
export function cost(combinations: readonly TCombination[], plan: readonly TShare[][]): number {
  let total = 0;
  combinations.forEach((c, g) => {
    for (const part of plan[g] ?? []) {
      c.values.forEach((v, j) => {
        if (v !== null && part.values[j] === null) total += part.count;
      });
    }
  });
  return total;
}

/** The generalised combinations' shares dealt out to the input combinations that recode to them. */
function splitShares(
  plan: readonly TShare[][],
  recodedIndex: Int32Array,
  combinations: readonly TCombination[],
): TShare[][] {
  const left = plan.map((parts) => parts.map((part) => ({ ...part })));
  return combinations.map((c, i) => {
    const parts = left[recodedIndex[i] as number] as TShare[];
    const result: TShare[] = [];
    let need = c.count;
    for (const part of parts) {
      if (need === 0) break;
      const take = Math.min(need, part.count);
      if (take === 0) continue;
      part.count -= take;
      need -= take;
      const last = result.at(-1);
      if (last && last.values === part.values) last.count += take;
      else result.push({ values: part.values, count: take });
    }
    return result;
  });
}
