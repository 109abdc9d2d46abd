/**
 * Greedy local suppression under the strict rule (strict-suppression.ts): on
 * distinct combinations with counts, for tables of any size.
 *
 * Safe combinations (count >= k) are written as they are. The unsafe ones are
 * tried with every set of keys to blank, cheapest first (fewest keys, then the
 * least important, i.e. latest, keys): unsafe combinations that the set
 * blanks to the same written form join it when, with any rows already written
 * that way, they reach k. What is left after the last set (every key) is
 * all-blank; if that group holds fewer than k rows it takes the missing rows
 * from the surplus (count - k) of the groups with the fewest values left, or
 * else a whole group, the cheapest. Each set costs one pass over the unsafe
 * combinations: at most 2^m - 1 passes for m keys.
 *
 * Not minimal in general: a small group may be cheaper to complete with a few
 * rows of a large one than by blanking more keys, which it tries only for the
 * all-blank group. The exact search checks it on small tables.
 */
import { combinationKey, type TCombination, type TCombinationValues } from './quasi-identifiers.ts';

/** Rows of one combination written one way. */
export type TShare = { values: TCombinationValues; count: number };

type TOutput = { values: TCombinationValues; count: number; parts: { g: number; count: number }[] };

const popcount = (mask: number): number => {
  let bits = 0;
  for (let m = mask; m > 0; m >>= 1) bits += m & 1;
  return bits;
};

/** Every non-empty set of m keys, fewest keys first, then those blanking the least important keys. */
export function keySets(m: number): number[] {
  const preference = (mask: number): number => {
    let score = 0;
    for (let j = 0; j < m; j += 1) if ((mask >> j) & 1) score += 1 << (m - 1 - j);
    return popcount(mask) * (1 << m) + score;
  };
  return Array.from({ length: (1 << m) - 1 }, (_, i) => i + 1).sort(
    (a, b) => preference(a) - preference(b),
  );
}

/** The values with the keys of `mask` blanked. */
export function blanked(values: TCombinationValues, mask: number): (string | null)[] {
  return values.map((v, j) => ((mask >> j) & 1 ? null : v));
}

const filled = (values: TCombinationValues): number => values.filter((v) => v !== null).length;

/** How each combination's rows are written (same order), every written form holding 0 or >= k rows. */
export function greedyStrictSuppression(
  combinations: readonly TCombination[],
  k: number,
): TShare[][] {
  const m = combinations[0]?.values.length ?? 0;
  const outputs = new Map<string, TOutput>();
  const place = (g: number, values: TCombinationValues, count: number): TOutput => {
    const key = combinationKey(values);
    let output = outputs.get(key);
    if (output === undefined) {
      output = { values, count: 0, parts: [] };
      outputs.set(key, output);
    }
    output.count += count;
    output.parts.push({ g, count });
    return output;
  };

  let remaining: number[] = [];
  combinations.forEach((c, g) => {
    if (c.count >= k) place(g, c.values, c.count);
    else remaining.push(g);
  });
  const full = (1 << m) - 1;
  for (const mask of keySets(m)) {
    if (remaining.length === 0) break;
    const groups = new Map<
      string,
      { values: (string | null)[]; members: number[]; rows: number }
    >();
    for (const g of remaining) {
      const c = combinations[g] as TCombination;
      const values = blanked(c.values, mask);
      const key = combinationKey(values);
      const group = groups.get(key) ?? { values, members: [], rows: 0 };
      group.members.push(g);
      group.rows += c.count;
      groups.set(key, group);
    }
    const next: number[] = [];
    for (const [key, group] of groups) {
      if (mask === full || group.rows + (outputs.get(key)?.count ?? 0) >= k) {
        for (const g of group.members) {
          place(g, group.values, (combinations[g] as TCombination).count);
        }
      } else next.push(...group.members);
    }
    remaining = next;
  }
  completeAllBlank(outputs, m, k);

  const plan: TShare[][] = combinations.map(() => []);
  for (const output of outputs.values()) {
    for (const part of output.parts) {
      if (part.count === 0) continue;
      const shares = plan[part.g] as TShare[];
      const same = shares.find((s) => s.values === output.values);
      if (same) same.count += part.count;
      else shares.push({ values: output.values, count: part.count });
    }
  }
  return plan;
}

/** Tops the all-blank group up to k from the cheapest other rows, when it holds 1..k-1. */
function completeAllBlank(outputs: Map<string, TOutput>, m: number, k: number): void {
  const target = outputs.get(combinationKey(new Array<null>(m).fill(null)));
  if (target === undefined) return;
  while (target.count > 0 && target.count < k) {
    const need = k - target.count;
    const others = [...outputs.values()].filter((o) => o !== target && o.count > 0);
    // options: rows from a surplus (the group stays >= k), or a whole group
    const options = others.flatMap((o) => {
      const surplus = Math.min(need, o.count - k);
      const partial = surplus > 0 ? [{ from: o, rows: surplus }] : [];
      return [...partial, { from: o, rows: o.count }];
    });
    const score = (o: { from: TOutput; rows: number }) =>
      // a full top-up first, then the fewest suppressed values
      [Math.min(o.rows, need) < need ? 1 : 0, o.rows * filled(o.from.values)] as const;
    options.sort((a, b) => {
      const [x, y] = [score(a), score(b)];
      return x[0] - y[0] || x[1] - y[1];
    });
    const best = options[0];
    if (best === undefined) throw new Error('fewer than k rows in all');
    move(best.from, target, best.rows);
  }
}

function move(from: TOutput, to: TOutput, rows: number): void {
  let left = rows;
  for (let i = from.parts.length - 1; i >= 0 && left > 0; i -= 1) {
    const part = from.parts[i] as { g: number; count: number };
    const take = Math.min(left, part.count);
    part.count -= take;
    left -= take;
    to.parts.push({ g: part.g, count: take });
  }
  from.count -= rows;
  to.count += rows;
}
