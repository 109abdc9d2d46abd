/**
 * k-anonymity for benchmark segments. A segment (group) is shown only if it
 * holds at least k organisations and, in every partition it belongs to, it is
 * not needed to hide a smaller sibling from being recovered by subtraction
 * (complementary suppression).
 */

/** Segment attributes, in the order partitions are examined. */
export const SEGMENT_ATTRIBUTES = ['industry', 'company_size', 'region', 'business_model'] as const;

/** One segment attribute. */
export type TSegmentAttribute = (typeof SEGMENT_ATTRIBUTES)[number];

/** A partial assignment of attribute values; `{}` is the whole pool. */
export type TSegmentGroup = Partial<Record<TSegmentAttribute, string>>;

/** Every possible value of each attribute, in the survey's order. */
export type TSegmentValues = Readonly<Record<TSegmentAttribute, readonly string[]>>;

/** Number of organisations in a group. */
export type TGroupCounts = (group: TSegmentGroup) => number;

/** Whether a group may be shown, and if not, why. */
export type TGroupVisibility =
  | { readonly visible: true }
  | { readonly visible: false; readonly reason: 'too_few' | 'protects_smaller_group' };

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

/**
 * Values of `attribute` whose child groups under `parent` are suppressed to
 * protect their small siblings: when the primary (0 < n < k) children sum to
 * less than k, the children with n >= k are added smallest first (ties by value
 * order) until the running sum reaches k.
 */
function complementaryValues(
  parent: TSegmentGroup,
  attribute: TSegmentAttribute,
  counts: TGroupCounts,
  values: TSegmentValues,
  k: number,
): Set<string> {
  const children = values[attribute].map((value, position) => ({
    value,
    position,
    n: counts({ ...parent, [attribute]: value }),
  }));
  const primary = children.filter((child) => child.n > 0 && child.n < k);
  let sum = primary.reduce((total, child) => total + child.n, 0);
  const complementary = new Set<string>();
  if (primary.length === 0 || sum >= k) return complementary;
  const candidates = children
    .filter((child) => child.n >= k)
    .sort((a, b) => a.n - b.n || a.position - b.position);
  for (const candidate of candidates) {
    if (sum >= k) break;
    complementary.add(candidate.value);
    sum += candidate.n;
  }
  return complementary;
}

/**
 * Whether `group` may be shown under k-anonymity: hidden as 'too_few' when it
 * holds fewer than k organisations, hidden as 'protects_smaller_group' when,
 * for some attribute it assigns, it is in the complementary set of the
 * partition of its parent (the group without that attribute) along that
 * attribute; otherwise visible. `k` must be at least MIN_K (see anonymityK).
 */
export function groupVisibility(
  group: TSegmentGroup,
  counts: TGroupCounts,
  values: TSegmentValues,
  k: number,
): TGroupVisibility {
  assertK(k);
  if (counts(group) < k) return { visible: false, reason: 'too_few' };
  for (const attribute of SEGMENT_ATTRIBUTES) {
    const value = group[attribute];
    if (value === undefined) continue;
    const parent: TSegmentGroup = { ...group };
    delete parent[attribute];
    if (complementaryValues(parent, attribute, counts, values, k).has(value)) {
      return { visible: false, reason: 'protects_smaller_group' };
    }
  }
  return { visible: true };
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
