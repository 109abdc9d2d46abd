import { describe, expect, it } from 'vitest';
import {
  QUASI_IDENTIFIER_HIERARCHIES,
  QUASI_IDENTIFIERS,
  type TQuasiIdentifier,
} from './hierarchies.ts';
import { groupRows, isKAnonymous, type TCombination } from './quasi-identifiers.ts';
import {
  cost,
  isStrictlyKAnonymous,
  strictLocalSuppression,
  type TShare,
} from './strict-suppression.ts';
import { greedyStrictSuppression } from './strict-suppression-greedy.ts';

type TValues = (string | null)[];

/** Deterministic PRNG (mulberry32), so random tables are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const combos = (lines: readonly TValues[]): TCombination[] => {
  const keys = (lines[0] ?? []).map((_, j) => `k${j}`);
  const rows = lines.map((line) =>
    Object.fromEntries(keys.map((key, j) => [key, line[j] ?? null])),
  );
  return groupRows(rows, keys).combinations;
};

/** The written rows of a plan. */
const written = (shares: readonly TShare[][]): TValues[] =>
  shares.flatMap((parts) =>
    parts.flatMap((p) => Array.from({ length: p.count }, () => [...p.values])),
  );

const sum = (counts: Record<string, number>): number =>
  Object.values(counts).reduce((total, n) => total + n, 0);

/**
 * Brute force, written independently of the module: every row gets any set of
 * keys to blank; the fewest blanked values after which every written
 * combination (blank as its own value) holds at least k rows.
 */
function bruteForceMinimum(lines: readonly TValues[], k: number): number {
  const m = lines[0]?.length ?? 0;
  let best = Infinity;
  const masks = new Array<number>(lines.length).fill(0);
  const visit = (r: number, spent: number): void => {
    if (spent >= best) return;
    if (r === lines.length) {
      const counts = new Map<string, number>();
      lines.forEach((line, i) => {
        const key = JSON.stringify(
          line.map((v, j) => (((masks[i] as number) >> j) & 1 ? null : v)),
        );
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
      if ([...counts.values()].every((n) => n >= k)) best = spent;
      return;
    }
    for (let mask = 0; mask < 1 << m; mask += 1) {
      const line = lines[r] as TValues;
      let extra = 0;
      line.forEach((v, j) => {
        if ((mask >> j) & 1 && v !== null) extra += 1;
      });
      masks[r] = mask;
      visit(r + 1, spent + extra);
    }
  };
  visit(0, 0);
  return best;
}

function randomLines(random: () => number, rows: number, keys: number, values: number): TValues[] {
  return Array.from({ length: rows }, () =>
    Array.from({ length: keys }, () => String.fromCharCode(97 + Math.floor(random() * values))),
  );
}

describe('strictLocalSuppression', () => {
  it('leaves a table alone that already holds k rows per combination', () => {
    const input = combos([...Array(3).fill(['a', 'x']), ...Array(3).fill(['b', 'y'])]);
    const result = strictLocalSuppression(input, { keys: ['k0', 'k1'], k: 3 });
    expect(result.method).toBe('none');
    expect(sum(result.suppressed)).toBe(0);
    expect(result.shares.map((s) => s.map((p) => p.count))).toEqual([[3], [3]]);
  });

  it('closes the gap sdcMicro leaves: a blank is its own value', () => {
    // sdcMicro's rule is met by blanking region in the lone row: (retail, blank) matches the
    // three (retail, korea) rows. In the file it is then the only (retail, blank): not k = 3.
    // Strictly, blanking two more rows would leave one (retail, korea): every region goes.
    const lines: TValues[] = [...Array(3).fill(['retail', 'korea']), ['retail', 'japan']];
    const wildcard = [...lines.slice(0, 3), ['retail', null]];
    const rows = wildcard.map((line) => ({ industry: line[0] ?? null, region: line[1] ?? null }));
    expect(isKAnonymous(rows, ['industry', 'region'], 3)).toBe(true);
    expect(isStrictlyKAnonymous(wildcard, 3)).toBe(false);

    const result = strictLocalSuppression(combos(lines), { keys: ['k0', 'k1'], k: 3 });
    expect(isStrictlyKAnonymous(written(result.shares), 3)).toBe(true);
    expect(sum(result.suppressed)).toBe(bruteForceMinimum(lines, 3));
    expect(written(result.shares)).toEqual(Array(4).fill(['retail', null]));
  });

  it('recodes along a hierarchy before it suppresses', () => {
    const hierarchy = [{ s1: 'small', s2: 'small' }];
    const lines: TValues[] = [...Array(2).fill(['a', 's1']), ...Array(2).fill(['a', 's2'])];
    const result = strictLocalSuppression(combos(lines), {
      keys: ['k0', 'k1'],
      k: 4,
      hierarchies: { k1: hierarchy },
    });
    expect(result.levels).toEqual({ k0: 0, k1: 1 });
    expect(sum(result.suppressed)).toBe(0);
    expect(written(result.shares)).toEqual(Array(4).fill(['a', 'small']));
  });

  it('gives every random table k rows per written combination, each row accounted for', () => {
    const random = prng(16);
    for (let trial = 0; trial < 300; trial += 1) {
      const k = 2 + Math.floor(random() * 4);
      const keys = 2 + Math.floor(random() * 3);
      const rows = k + Math.floor(random() * 60);
      const lines = randomLines(random, rows, keys, 2 + Math.floor(random() * 4));
      const input = combos(lines);
      const names = Array.from({ length: keys }, (_, j) => `k${j}`);
      for (const exact of [false, undefined] as const) {
        const result = strictLocalSuppression(input, { keys: names, k, exact });
        const out = written(result.shares);
        expect(out).toHaveLength(rows);
        expect(isStrictlyKAnonymous(out, k)).toBe(true);
        result.shares.forEach((parts, i) => {
          expect(parts.reduce((n, p) => n + p.count, 0)).toBe(input[i]?.count);
          // a share only blanks values, never changes one
          for (const p of parts) {
            p.values.forEach((v, j) => v !== null && expect(v).toBe(input[i]?.values[j]));
          }
        });
        expect(sum(result.suppressed)).toBe(
          out.reduce((n, line) => n + line.filter((v) => v === null).length, 0),
        );
      }
    }
  });

  it('finds the brute-force minimum on small tables, and the greedy stays within a stated bound', () => {
    const random = prng(7);
    let greedyOptimal = 0;
    let trials = 0;
    for (let trial = 0; trial < 120; trial += 1) {
      const k = 2 + Math.floor(random() * 2);
      const keys = 2 + Math.floor(random() * 2);
      const rows = k + Math.floor(random() * ((keys === 2 ? 7 : 6) - k));
      const lines = randomLines(random, rows, keys, 2 + Math.floor(random() * 2));
      const input = combos(lines);
      const names = Array.from({ length: keys }, (_, j) => `k${j}`);
      const minimum = bruteForceMinimum(lines, k);
      const exact = strictLocalSuppression(input, { keys: names, k });
      expect(sum(exact.suppressed), JSON.stringify(lines)).toBe(minimum);
      const greedy = cost(input, greedyStrictSuppression(input, k));
      // the stated bound: never more than the minimum plus k values per key
      expect(greedy).toBeLessThanOrEqual(minimum + k * keys);
      trials += 1;
      if (greedy === minimum) greedyOptimal += 1;
    }
    // how often the greedy alone is minimal on these tables (measured: see the report)
    expect(greedyOptimal / trials).toBeGreaterThan(0.6);
  }, 60_000);

  it('runs on the four quasi-identifiers with the proposed hierarchies', () => {
    const random = prng(4);
    const options = [
      ['retail', 'insurance', 'banking', 'telecom'],
      ['size_1_49', 'size_50_249', 'size_250_999', 'size_1000_4999', 'size_5000_plus'],
      ['south_korea', 'japan', 'china', 'europe', 'north_america', 'latin_america'],
      ['b2b', 'b2c', 'b2b2c'],
    ];
    const lines = Array.from({ length: 400 }, () =>
      options.map((values) => values[Math.floor(random() * values.length)] as string),
    );
    const rows = lines.map(
      (line) =>
        Object.fromEntries(QUASI_IDENTIFIERS.map((key, j) => [key, line[j] ?? null])) as Record<
          TQuasiIdentifier,
          string | null
        >,
    );
    const input = groupRows(rows, QUASI_IDENTIFIERS).combinations;
    const result = strictLocalSuppression(input, {
      keys: QUASI_IDENTIFIERS,
      k: 5,
      hierarchies: QUASI_IDENTIFIER_HIERARCHIES,
    });
    expect(result.method).toBe('greedy');
    expect(sum(result.suppressed)).toBeGreaterThan(0);
    expect(isStrictlyKAnonymous(written(result.shares), 5)).toBe(true);
  });

  it('refuses fewer rows than k', () => {
    expect(() => strictLocalSuppression(combos([['a'], ['b']]), { keys: ['k0'], k: 3 })).toThrow(
      RangeError,
    );
  });
});
