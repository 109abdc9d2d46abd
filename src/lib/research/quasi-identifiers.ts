/**
 * Quasi-identifier combinations and how many records each one matches, the
 * way sdcMicro's `freqCalc` counts them.
 *
 * A missing (already suppressed) value is a wildcard: record a matches record b
 * when, for every key, the two values are equal or either is missing. The
 * frequency fk of a record is the number of records it matches, itself
 * included; a table is k-anonymous when every record has fk >= k. This is
 * sdcMicro's definition. It is weaker than "every combination written in the
 * file occurs k times": ("retail", null) may be the only row that matches an
 * outsider's ("retail", "korea"), while it still matches k rows of the file.
 *
 * Everything works on distinct combinations with a count, never on pairs of
 * rows, so a million rows cost one pass to group them.
 */

/** The quasi-identifier values of one row; null is missing or suppressed. */
export type TQuasiRow<K extends string> = Readonly<Record<K, string | null>>;

/** One value per key (in key order); null is missing or suppressed. */
export type TCombinationValues = readonly (string | null)[];

/** A distinct combination and the number of rows that hold it. */
export type TCombination = { values: TCombinationValues; count: number };

/** Rows grouped by combination: the distinct combinations and each row's index among them. */
export type TGroupedRows = { combinations: TCombination[]; rowCombination: Int32Array };

const MISSING = '\u0001';
const SEPARATOR = '\u0000';

/** A string that identifies a combination (values must not hold U+0000 or U+0001). */
export function combinationKey(values: TCombinationValues): string {
  return values.map((value) => value ?? MISSING).join(SEPARATOR);
}

/** Groups rows by their values of `keys`, in order of first appearance. */
export function groupRows<K extends string>(
  rows: readonly TQuasiRow<K>[],
  keys: readonly K[],
): TGroupedRows {
  const index = new Map<string, number>();
  const combinations: TCombination[] = [];
  const rowCombination = new Int32Array(rows.length);
  rows.forEach((row, r) => {
    const values = keys.map((key) => row[key] ?? null);
    const key = combinationKey(values);
    let found = index.get(key);
    if (found === undefined) {
      found = combinations.length;
      index.set(key, found);
      combinations.push({ values, count: 0 });
    }
    (combinations[found] as TCombination).count += 1;
    rowCombination[r] = found;
  });
  return { combinations, rowCombination };
}

/** Whether two combinations match: every key equal, or missing on either side. */
export function matches(a: TCombinationValues, b: TCombinationValues): boolean {
  for (let j = 0; j < a.length; j += 1) {
    const x = a[j];
    const y = b[j];
    if (x !== y && x !== null && y !== null) return false;
  }
  return true;
}

/** fk of one combination: how many rows of `combinations` it matches. */
export function matchCount(values: TCombinationValues, combinations: readonly TCombination[]) {
  let total = 0;
  for (const other of combinations) if (matches(values, other.values)) total += other.count;
  return total;
}

/** fk of every combination, in order (quadratic in the number of distinct combinations). */
export function matchCounts(combinations: readonly TCombination[]): number[] {
  return combinations.map((combination) => matchCount(combination.values, combinations));
}

/** fk of every row: how many rows it matches, itself included. */
export function rowFrequencies<K extends string>(
  rows: readonly TQuasiRow<K>[],
  keys: readonly K[],
): number[] {
  const { combinations, rowCombination } = groupRows(rows, keys);
  const counts = matchCounts(combinations);
  return Array.from(rowCombination, (c) => counts[c] as number);
}

/** How many rows have fk < k. */
export function unsafeRowCount(combinations: readonly TCombination[], k: number): number {
  const counts = matchCounts(combinations);
  return combinations.reduce((sum, c, i) => sum + ((counts[i] as number) < k ? c.count : 0), 0);
}

/** Whether every row matches at least k rows (sdcMicro's k-anonymity, missing as wildcard). */
export function isKAnonymous<K extends string>(
  rows: readonly TQuasiRow<K>[],
  keys: readonly K[],
  k: number,
): boolean {
  return rowFrequencies(rows, keys).every((fk) => fk >= k);
}
