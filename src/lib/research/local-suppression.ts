/**
 * k-anonymity for the quasi-identifiers of a research file (industry, size
 * band, region, business model), in the manner of sdcMicro's
 * `localSuppression`: first global recoding along optional hierarchies, only as
 * far as needed (generalisation.ts), then local suppression of single values
 * until every row matches at least k rows, a missing value matching any value
 * (quasi-identifiers.ts explains the count).
 *
 * Suppression is exact (fewest suppressed values, proven by search) for small
 * tables and greedy otherwise; the result says which. Rows are grouped by
 * combination first, so a million rows take one pass plus work on the distinct
 * combinations.
 */
import { chooseLevels, recode, type THierarchy } from './generalisation.ts';
import { groupRows, type TCombinationValues, type TQuasiRow } from './quasi-identifiers.ts';
import { exactSuppression } from './suppression-exact.ts';
import { greedySuppression } from './suppression-greedy.ts';

/** Settings of `localSuppression`. */
export type TLocalSuppressionOptions<K extends string> = {
  /** Quasi-identifiers, most important first: the last ones are generalised and suppressed first. */
  keys: readonly K[];
  /** Every row must match at least k rows. */
  k: number;
  /** Levels of recoding per key, finest first (generalisation.ts). */
  hierarchies?: Partial<Record<K, THierarchy>>;
  /** Share of rows (0..1) that may be left unsafe for suppression before recoding; 0.05 by default. */
  maxUnsafeShare?: number;
  /** Exact search up to this many rows and search nodes; `false` always uses the greedy. */
  exact?: { maxRows: number; maxNodes: number } | false;
};

/** How the suppressions were chosen: none needed, a proven minimum, or the greedy. */
export type TSuppressionMethod = 'none' | 'exact' | 'greedy';

/** What `localSuppression` did. */
export type TLocalSuppressionResult<K extends string> = {
  /** The rows, in input order; rows with the same result share one frozen object. */
  rows: TQuasiRow<K>[];
  /** Values suppressed per key (values missing before are not counted). */
  suppressed: Record<K, number>;
  /** Hierarchy level applied per key (0: values as given). */
  levels: Record<K, number>;
  /** How the suppressions were chosen. */
  method: TSuppressionMethod;
};

/** Default limits of the exact search. */
export const EXACT_LIMITS = { maxRows: 10, maxNodes: 20_000 } as const;

/** Generalises, then suppresses, until every row matches at least k rows (sdcMicro's rule). */
export function localSuppression<K extends string>(
  rows: readonly TQuasiRow<K>[],
  options: TLocalSuppressionOptions<K>,
): TLocalSuppressionResult<K> {
  const { keys, k } = options;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  if (keys.length === 0 || new Set(keys).size !== keys.length) {
    throw new RangeError('keys must be distinct and at least one');
  }
  if (rows.length > 0 && rows.length < k) {
    throw new RangeError(`${rows.length} rows cannot each match ${k} rows`);
  }
  const share = options.maxUnsafeShare ?? 0.05;
  if (!(share >= 0 && share <= 1)) throw new RangeError(`maxUnsafeShare must lie in 0..1`);

  const grouped = groupRows(rows, keys);
  const hierarchies = keys.map((key) => options.hierarchies?.[key] ?? []);
  const levelList = chooseLevels(
    grouped.combinations,
    hierarchies,
    k,
    Math.floor(share * rows.length),
  );
  const recoded = recode(grouped.combinations, hierarchies, levelList);
  const generalised = recoded.combinations;

  // the greedy result per generalised combination, then per row
  const greedy = greedySuppression(generalised, k);
  const byRow = Array.from(grouped.rowCombination, (c) => recoded.recodedIndex[c] as number);
  let rowValues: readonly TCombinationValues[] = byRow.map((g) => greedy[g] as TCombinationValues);
  const cost = (values: readonly TCombinationValues[]): number =>
    values.reduce(
      (sum, v, r) => sum + countNew(generalised[byRow[r] as number]?.values ?? [], v),
      0,
    );
  const greedyCost = cost(rowValues);
  let method: TSuppressionMethod = greedyCost === 0 ? 'none' : 'greedy';

  const exact = options.exact ?? EXACT_LIMITS;
  if (greedyCost > 0 && exact !== false && rows.length <= exact.maxRows) {
    const before = byRow.map((g) => generalised[g]?.values as TCombinationValues);
    const found = exactSuppression(before, k, greedyCost, { maxNodes: exact.maxNodes });
    if (found !== null) {
      rowValues = found;
      method = 'exact';
    }
  }

  return {
    rows: toRows(rowValues, keys),
    suppressed: perKey(keys, (j) =>
      rowValues.reduce((sum, v, r) => {
        const was = generalised[byRow[r] as number]?.values[j];
        return sum + (was !== null && v[j] === null ? 1 : 0);
      }, 0),
    ),
    levels: perKey(keys, (j) => levelList[j] as number),
    method,
  };
}

/** Values missing in `after` but not in `before`. */
function countNew(before: TCombinationValues, after: TCombinationValues): number {
  return after.reduce<number>((sum, v, j) => sum + (v === null && before[j] !== null ? 1 : 0), 0);
}

function perKey<K extends string>(
  keys: readonly K[],
  value: (j: number) => number,
): Record<K, number> {
  return Object.fromEntries(keys.map((key, j) => [key, value(j)])) as Record<K, number>;
}

/** Row objects, one frozen object per distinct result. */
function toRows<K extends string>(
  values: readonly TCombinationValues[],
  keys: readonly K[],
): TQuasiRow<K>[] {
  const shared = new Map<TCombinationValues, TQuasiRow<K>>();
  return values.map((v) => {
    let row = shared.get(v);
    if (row === undefined) {
      row = Object.freeze(
        Object.fromEntries(keys.map((key, j) => [key, v[j] ?? null])),
      ) as TQuasiRow<K>;
      shared.set(v, row);
    }
    return row;
  });
}
