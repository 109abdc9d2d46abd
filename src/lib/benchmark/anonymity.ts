/**
 * k-anonymity for benchmark groups: the smallest k, display bands for group
 * sizes, and which groups of an attribute a release holds back.
 */

/** Segment attributes, in the order partitions are examined. */
export const SEGMENT_ATTRIBUTES = ['industry', 'company_size', 'region', 'business_model'] as const;

/** One segment attribute. */
export type TSegmentAttribute = (typeof SEGMENT_ATTRIBUTES)[number];

/** A partial assignment of attribute values; `{}` is the whole pool. */
export type TSegmentGroup = Partial<Record<TSegmentAttribute, string>>;

/** Display band for a group size; never reveals an exact count below k. */
export type TSizeBand = 'fewer_than_k' | '5-9' | '10-19' | '20-49' | '50-99' | '100-499' | '500+';

/** The smallest k ever used. */
export const MIN_K = 5;

/** The k in force: the configured value, but never below MIN_K. */
export function anonymityK(configured?: number): number {
  if (configured !== undefined && !Number.isInteger(configured)) {
    throw new RangeError(`configured k must be an integer, got ${configured}`);
  }
  return Math.max(MIN_K, configured ?? MIN_K);
}

function assertK(k: number): void {
  if (!Number.isInteger(k) || k < MIN_K) {
    throw new RangeError(`k must be an integer >= ${MIN_K}, got ${k}`);
  }
}

const BANDS: readonly (readonly [TSizeBand, number])[] = [
  ['500+', 500],
  ['100-499', 100],
  ['50-99', 50],
  ['20-49', 20],
  ['10-19', 10],
  ['5-9', 5],
];

/**
 * A rough size band for display: 'fewer_than_k' below k, otherwise the fixed
 * band holding n ('5-9', '10-19', '20-49', '50-99', '100-499', '500+'). With a
 * larger k the bands simply start at k's band.
 */
export function sizeBand(n: number, k: number): TSizeBand {
  assertK(k);
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`group size must be a non-negative integer, got ${n}`);
  }
  if (n < k) return 'fewer_than_k';
  for (const [band, lower] of BANDS) if (n >= lower) return band;
  throw new RangeError(`no band for ${n}`); // unreachable: n >= k >= MIN_K = 5
}

/** Why a released group is hidden; absent when it is shown. */
export type THiddenReason = 'too_few' | 'protects_smaller_group';

/**
 * The groups of one attribute held back at a release, as
 * `private.refresh_released_cells` decides: an attribute is released whole or
 * not at all. When any group holds more than 0 but fewer than k organisations,
 * it is hidden as 'too_few' and every other group of the attribute keeps its
 * previous release ('protects_smaller_group'): a sum of shown groups then never
 * differs from another by a small group, old figures included.
 */
export function hiddenGroups(
  sizes: ReadonlyMap<string, number>,
  k: number,
): Map<string, THiddenReason> {
  assertK(k);
  const hidden = new Map<string, THiddenReason>();
  const small = [...sizes].some(([, n]) => n > 0 && n < k);
  if (!small) return hidden;
  for (const [value, n] of sizes) {
    if (n > 0) hidden.set(value, n < k ? 'too_few' : 'protects_smaller_group');
  }
  return hidden;
}
