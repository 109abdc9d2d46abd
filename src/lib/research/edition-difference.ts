/**
 * Whether a data package may be published beside its edition (issue 16). The
 * edition publishes, for the whole pool and each value of the four
 * quasi-identifiers, how many organisations it holds (and their stage
 * counts). The package holds fewer: those that declined research use, and
 * client organisations of one or two executives. Subtracting the package from
 * the edition gives the left-out organisations; in any published group that
 * is 0 or at least k, as between an edition and the live pool, or the
 * package cannot be made.
 */
import type { TQuasiIdentifier } from './hierarchies.ts';

export type TPublishedGroup = { attribute: string; value: string; organisations: number };

export type TLeftOutGroup = { attribute: string; value: string; leftOut: number };

/** The published groups from which fewer than k (but some) organisations are left out of the package. */
export function tooFewLeftOut(
  published: readonly TPublishedGroup[],
  packageRows: readonly (Record<TQuasiIdentifier, string> & { rows: number })[],
  keys: readonly TQuasiIdentifier[],
  k: number,
): TLeftOutGroup[] {
  const inPackage = new Map<string, number>();
  const add = (attribute: string, value: string, rows: number) =>
    inPackage.set(`${attribute}=${value}`, (inPackage.get(`${attribute}=${value}`) ?? 0) + rows);
  for (const row of packageRows) {
    add('all', '*', row.rows);
    for (const key of keys) add(key, row[key], row.rows);
  }
  return published.flatMap((group) => {
    const leftOut = group.organisations - (inPackage.get(`${group.attribute}=${group.value}`) ?? 0);
    return leftOut > 0 && leftOut < k
      ? [{ attribute: group.attribute, value: group.value, leftOut }]
      : [];
  });
}

type TPackageCombination = Record<TQuasiIdentifier, string> & { rows: number };

/**
 * More rows to leave out so that no published group loses fewer than k:
 * where a group loses m (0 < m < k), k − m more of its package rows go, from
 * the combinations that also belong to other exposed groups first, then the
 * largest, until no group is exposed. Returns how many rows of each
 * combination (by index) to leave out; which rows of a combination go follows
 * the random order drawn when the edition was frozen.
 */
export function moreToLeaveOut(
  published: readonly TPublishedGroup[],
  packageRows: readonly TPackageCombination[],
  keys: readonly TQuasiIdentifier[],
  k: number,
): number[] {
  const dropped = packageRows.map(() => 0);
  const remaining = () => packageRows.map((row, i) => ({ ...row, rows: row.rows - dropped[i]! }));
  for (;;) {
    const rows = remaining();
    const exposed = tooFewLeftOut(published, rows, keys, k);
    const [group] = exposed;
    if (!group) return dropped;
    let need = k - group.leftOut;
    const inGroup = (row: TPackageCombination, g: TLeftOutGroup) =>
      g.attribute === 'all' || row[g.attribute as TQuasiIdentifier] === g.value;
    // rows that also fill other exposed groups first (fewer left out in all), then the largest combinations
    const fills = (row: TPackageCombination) => exposed.filter((g) => inGroup(row, g)).length;
    const members = rows
      .map((row, i) => ({ row, i, fills: fills(row) }))
      .filter(({ row }) => row.rows > 0 && inGroup(row, group))
      .sort((a, b) => b.fills - a.fills || b.row.rows - a.row.rows);
    const wanted = need;
    for (const { row, i } of members) {
      const take = Math.min(need, row.rows);
      dropped[i]! += take;
      need -= take;
      if (need === 0) break;
    }
    // a group with fewer rows than needed is left out whole, losing all its members (published: at least
    // k) and is not exposed any more; with nothing left to take, the caller's check refuses the package
    if (need === wanted) return dropped;
  }
}
