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
 * its largest combinations first, until no group is exposed. Returns how many
 * rows of each combination (by index) to leave out; the rows left out are
 * chosen at random when the file is written.
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
    const [group] = tooFewLeftOut(published, rows, keys, k);
    if (!group) return dropped;
    let need = k - group.leftOut;
    const members = rows
      .map((row, i) => ({ row, i }))
      .filter(
        ({ row }) =>
          group.attribute === 'all' || row[group.attribute as TQuasiIdentifier] === group.value,
      )
      .sort((a, b) => b.row.rows - a.row.rows);
    for (const { row, i } of members) {
      const take = Math.min(need, row.rows);
      dropped[i]! += take;
      need -= take;
      if (need === 0) break;
    }
    if (need > 0) return dropped; // the whole group left out: it then loses all its members, at least k
  }
}
