/**
 * Whether a data package may be published beside its edition (issue 16).
 *
 * Figures of the edition's organisations are published per group (the pool,
 * and each value of the four quasi-identifiers): by the edition itself, and
 * by the live pool's releases, which may publish a group the edition hides.
 * The package holds fewer rows (those who declined, client organisations of
 * one or two, organisations already in an earlier package), and writes some
 * of its rows otherwise (recoded into a coarser class, or blanked). In every
 * group, the edition's organisations not written with the group's value are
 * what subtracting the file from the figures gives: that number must be 0 or
 * at least k, or the subtraction singles out the few (a blanked row whose
 * stages the difference gives is then found among the blanked rows, and its
 * blank undone).
 *
 * Groups are counted in the classes the file writes: after recoding a key to
 * a coarser level, a class is the union of the values recoded into it, and
 * its organisations the sum of theirs. Every group of k or more counts,
 * published by the edition or hidden, so that no later release can be
 * subtracted either; a group of fewer than k is published by none.
 */
import { generaliseValue, type THierarchy } from './generalisation.ts';
import type { TQuasiIdentifier } from './hierarchies.ts';
import type { TCombinationValues } from './quasi-identifiers.ts';
import {
  strictLocalSuppression,
  type TShare,
  type TStrictSuppressionOptions,
  type TStrictSuppressionResult,
} from './strict-suppression.ts';

/** How many of the edition's organisations a group holds (attribute `all`, value `*`: the pool). */
export type TMemberGroup = { attribute: string; value: string; organisations: number };

/** A group of which fewer than k, but some, organisations are not written with its value. */
export type TExposedGroup = { attribute: string; value: string; missing: number };

/** A combination of the package's rows, with the values as stored. */
export type TPackageCombination = Record<TQuasiIdentifier, string | null> & { rows: number };

const groupKey = (attribute: string, value: string) => `${attribute}=${value}`;

/** Written rows per group (`all=*`, and `key=value` for each written non-blank value) from written combinations. */
export function writtenGroupCounts(
  written: Iterable<{ values: TCombinationValues; count: number }>,
  keys: readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, count: number) => counts.set(key, (counts.get(key) ?? 0) + count);
  for (const { values, count } of written) {
    add(groupKey('all', '*'), count);
    keys.forEach((key, j) => {
      const value = values[j];
      if (value !== null && value !== undefined) add(groupKey(key, value), count);
    });
  }
  return counts;
}

/**
 * The groups, in the classes written at `levels`, whose organisations not written with their value number
 * 1 to k − 1.
 */
export function exposedGroups(
  members: readonly TMemberGroup[],
  written: ReadonlyMap<string, number>,
  classOf: (attribute: string, value: string) => string,
  k: number,
): TExposedGroup[] {
  const classes = new Map<string, TMemberGroup>();
  for (const group of members) {
    const value = group.attribute === 'all' ? '*' : classOf(group.attribute, group.value);
    const key = groupKey(group.attribute, value);
    const found = classes.get(key);
    if (found) found.organisations += group.organisations;
    else
      classes.set(key, { attribute: group.attribute, value, organisations: group.organisations });
  }
  return [...classes.entries()].flatMap(([key, group]) => {
    const missing = group.organisations - (written.get(key) ?? 0);
    // a group of fewer than k is published nowhere (the same k hides it), so nothing is subtracted from it
    return group.organisations >= k && missing > 0 && missing < k
      ? [{ attribute: group.attribute, value: group.value, missing }]
      : [];
  });
}

/** The recoding a plan applied: a value's written class per key. */
export function classesAt(
  levels: Readonly<Partial<Record<string, number>>>,
  hierarchies: Readonly<Partial<Record<string, THierarchy>>>,
): (attribute: string, value: string) => string {
  return (attribute, value) =>
    generaliseValue(value, hierarchies[attribute] ?? [], levels[attribute] ?? 0) ?? value;
}

/** What `planPackage` decided: rows held back per combination, and how the rest are written. */
export type TPackagePlan = {
  /** Rows of each combination (by index) left out of the file. */
  heldBack: number[];
  /** Per combination: the written values and how many of its kept rows get them (none if all held back). */
  shares: TShare[][];
  suppressed: TStrictSuppressionResult<TQuasiIdentifier>['suppressed'];
  levels: TStrictSuppressionResult<TQuasiIdentifier>['levels'];
  method: TStrictSuppressionResult<TQuasiIdentifier>['method'];
};

/**
 * Plans the file: strict k over the quasi-identifiers (strict-suppression.ts),
 * then, while a group is exposed (see above), k − m more of its rows are held
 * back (from the combinations that also belong to other exposed groups first,
 * then the largest) and the suppression is planned again on what is left.
 * An exposed group of n ≥ k organisations has n − m ≥ k − m rows written, so
 * every round holds back at least one row, and the planning ends. Undefined
 * when fewer than k rows would be left: no package.
 */
export function planPackage(
  members: readonly TMemberGroup[],
  combinations: readonly TPackageCombination[],
  options: TStrictSuppressionOptions<TQuasiIdentifier> & {
    hierarchies: Partial<Record<TQuasiIdentifier, THierarchy>>;
  },
): TPackagePlan | undefined {
  const { keys, k, hierarchies } = options;
  const heldBack = combinations.map(() => 0);
  for (;;) {
    const kept = combinations.map((c, i) => ({ c, i, rows: c.rows - heldBack[i]! }));
    const present = kept.filter((x) => x.rows > 0);
    const total = present.reduce((sum, x) => sum + x.rows, 0);
    if (total < k) return undefined;
    const plan = strictLocalSuppression(
      present.map((x) => ({ values: keys.map((key) => x.c[key]), count: x.rows })),
      options,
    );
    const shares: TShare[][] = combinations.map(() => []);
    present.forEach((x, p) => (shares[x.i] = plan.shares[p]!));
    const classOf = classesAt(plan.levels, hierarchies);
    const exposed = exposedGroups(members, writtenGroupCounts(shares.flat(), keys), classOf, k);
    const [group] = exposed;
    if (!group) {
      return {
        heldBack,
        shares,
        suppressed: plan.suppressed,
        levels: plan.levels,
        method: plan.method,
      };
    }
    const inGroup = (c: TPackageCombination, g: TExposedGroup) => {
      if (g.attribute === 'all') return true;
      const value = c[g.attribute as TQuasiIdentifier];
      return value !== null && classOf(g.attribute, value) === g.value;
    };
    const candidates = present
      .filter((x) => inGroup(x.c, group))
      .map((x) => ({ ...x, fills: exposed.filter((g) => inGroup(x.c, g)).length }))
      .sort((a, b) => b.fills - a.fills || b.rows - a.rows);
    let need = k - group.missing;
    for (const x of candidates) {
      const take = Math.min(need, x.rows);
      heldBack[x.i]! += take;
      need -= take;
      if (need === 0) break;
    }
    if (need === k - group.missing) return undefined;
  }
}
