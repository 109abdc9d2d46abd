import { describe, expect, it } from 'vitest';
import type { THierarchy } from './generalisation.ts';
import { localSuppression } from './local-suppression.ts';
import { isKAnonymous, rowFrequencies, type TQuasiRow } from './quasi-identifiers.ts';

type TRow = TQuasiRow<string>;

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

const table = (keys: readonly string[], lines: readonly (string | null)[][]): TRow[] =>
  lines.map((line) => Object.fromEntries(keys.map((key, j) => [key, line[j] ?? null])));

const total = (counts: Record<string, number>): number =>
  Object.values(counts).reduce((sum, n) => sum + n, 0);

/**
 * Brute force, written independently of the module: the fewest values to
 * suppress so that every row matches at least k rows, where two rows match when
 * each key is equal or missing in either (sdcMicro's count). Tries every set of
 * cells of size 0, 1, 2, ...
 */
function bruteForceMinimum(rows: readonly TRow[], keys: readonly string[], k: number): number {
  const cells: [number, string][] = [];
  rows.forEach((row, r) => keys.forEach((key) => row[key] !== null && cells.push([r, key])));
  const safe = (chosen: readonly number[]): boolean => {
    const copy = rows.map((row) => ({ ...row }));
    for (const c of chosen) {
      const [r, key] = cells[c] as [number, string];
      (copy[r] as Record<string, string | null>)[key] = null;
    }
    return copy.every(
      (a) =>
        copy.filter((b) =>
          keys.every((key) => a[key] === null || b[key] === null || a[key] === b[key]),
        ).length >= k,
    );
  };
  const choose = (size: number, start: number, chosen: number[]): boolean => {
    if (chosen.length === size) return safe(chosen);
    for (let c = start; c <= cells.length - (size - chosen.length); c += 1) {
      chosen.push(c);
      if (choose(size, c + 1, chosen)) return true;
      chosen.pop();
    }
    return false;
  };
  for (let size = 0; size <= cells.length; size += 1) if (choose(size, 0, [])) return size;
  throw new Error('no solution');
}

function randomTable(
  random: () => number,
  rows: number,
  keys: readonly string[],
  sizes: number[],
  missingShare = 0.05,
) {
  return Array.from({ length: rows }, () =>
    Object.fromEntries(
      keys.map((key, j) => {
        if (random() < missingShare) return [key, null];
        return [key, `v${Math.floor(random() * (sizes[j] as number))}`];
      }),
    ),
  );
}

describe('localSuppression, hand-made tables', () => {
  const keys = ['industry', 'size', 'region'];

  it('changes nothing when every row already matches k rows', () => {
    const rows = table(keys, [
      ['retail', 'small', 'korea'],
      ['retail', 'small', 'korea'],
      ['bank', 'large', 'japan'],
      ['bank', 'large', 'japan'],
    ]);
    const result = localSuppression(rows, { keys, k: 2 });
    expect(result.method).toBe('none');
    expect(result.rows).toEqual(rows);
    expect(result.suppressed).toEqual({ industry: 0, size: 0, region: 0 });
    expect(result.levels).toEqual({ industry: 0, size: 0, region: 0 });
  });

  it('suppresses the least important key when that is enough', () => {
    const rows = table(keys, [
      ['retail', 'small', 'korea'],
      ['retail', 'small', 'korea'],
      ['retail', 'small', 'japan'],
    ]);
    const result = localSuppression(rows, { keys, k: 3 });
    expect(result.method).toBe('exact');
    expect(result.suppressed).toEqual({ industry: 0, size: 0, region: 1 });
    expect(result.rows[2]).toEqual({ industry: 'retail', size: 'small', region: null });
    expect(isKAnonymous(result.rows, keys, 3)).toBe(true);
  });

  it('counts an already missing value as a wildcard and does not count it as suppressed', () => {
    const rows = table(keys, [
      ['retail', 'small', null],
      ['retail', 'small', 'korea'],
      ['retail', 'small', 'japan'],
    ]);
    // the first row matches both others, and each of them matches itself and the first
    expect(rowFrequencies(rows, keys)).toEqual([3, 2, 2]);
    const result = localSuppression(rows, { keys, k: 2 });
    expect(result.method).toBe('none');
    expect(total(result.suppressed)).toBe(0);
  });

  it('shows the weakness of the wildcard rule: one fully suppressed row covers unique rows', () => {
    const rows = table(
      ['a', 'b'],
      [
        ['x', '1'],
        ['y', '2'],
        ['z', '3'],
      ],
    );
    const result = localSuppression(rows, { keys: ['a', 'b'], k: 2 });
    expect(total(result.suppressed)).toBe(2);
    expect(result.rows.filter((row) => row.a === null && row.b === null)).toHaveLength(1);
    expect(isKAnonymous(result.rows, ['a', 'b'], 2)).toBe(true);
  });

  it('generalises first, only as far as needed, then suppresses', () => {
    const sizes: THierarchy = [
      { small: 'sme', medium: 'sme' },
      { sme: 'any', large: 'any' },
    ];
    const rows = table(keys, [
      ['retail', 'small', 'korea'],
      ['retail', 'small', 'korea'],
      ['retail', 'medium', 'korea'],
      ['retail', 'medium', 'korea'],
      ['bank', 'large', 'korea'],
      ['bank', 'large', 'korea'],
      ['bank', 'large', 'korea'],
      ['bank', 'large', 'japan'],
    ]);
    const result = localSuppression(rows, {
      keys,
      k: 3,
      hierarchies: { size: sizes },
      maxUnsafeShare: 0.2,
    });
    // level 1 merges small and medium (4 retail rows); level 2 is not needed
    expect(result.levels).toEqual({ industry: 0, size: 1, region: 0 });
    expect(result.rows.slice(0, 4).every((row) => row.size === 'sme')).toBe(true);
    expect(result.suppressed).toEqual({ industry: 0, size: 0, region: 1 });
    expect(result.rows[7]).toEqual({ industry: 'bank', size: 'large', region: null });
  });

  it('does not generalise when the unsafe rows are within the budget', () => {
    const rows = table(keys, [
      ...Array.from({ length: 19 }, () => ['retail', 'small', 'korea']),
      ['retail', 'medium', 'korea'],
    ]);
    const result = localSuppression(rows, {
      keys,
      k: 5,
      hierarchies: { size: [{ small: 'sme', medium: 'sme' }] },
    });
    expect(result.levels.size).toBe(0);
    expect(result.suppressed).toEqual({ industry: 0, size: 1, region: 0 });
  });

  it('refuses a table with fewer than k rows, and bad settings', () => {
    const rows = table(keys, [['retail', 'small', 'korea']]);
    expect(() => localSuppression(rows, { keys, k: 2 })).toThrow(RangeError);
    expect(() => localSuppression(rows, { keys, k: 0 })).toThrow(RangeError);
    expect(() => localSuppression(rows, { keys: [], k: 1 })).toThrow(RangeError);
    expect(localSuppression([], { keys, k: 5 }).rows).toEqual([]);
  });
});

describe('localSuppression, minimal on small tables', () => {
  it('matches a brute-force minimum on 60 random tables of up to 8 rows and 2-3 keys', () => {
    const random = prng(16);
    for (let t = 0; t < 60; t += 1) {
      const keys = random() < 0.5 ? ['a', 'b'] : ['a', 'b', 'c'];
      const n = 3 + Math.floor(random() * 6);
      const k = 2 + Math.floor(random() * 2);
      const rows = randomTable(random, n, keys, [2, 3, 3]);
      const result = localSuppression(rows, { keys, k });
      const minimum = bruteForceMinimum(rows, keys, k);
      expect(result.method).not.toBe('greedy');
      expect(isKAnonymous(result.rows, keys, k)).toBe(true);
      expect(total(result.suppressed), JSON.stringify({ rows, k })).toBe(minimum);
    }
  });

  it('the greedy alone is valid and never below the minimum', () => {
    const random = prng(7);
    for (let t = 0; t < 60; t += 1) {
      const keys = ['a', 'b', 'c'];
      const rows = randomTable(random, 8, keys, [2, 3, 3]);
      const result = localSuppression(rows, { keys, k: 3, exact: false });
      expect(isKAnonymous(result.rows, keys, 3)).toBe(true);
      expect(total(result.suppressed)).toBeGreaterThanOrEqual(bruteForceMinimum(rows, keys, 3));
    }
  });
});

describe('localSuppression, choice of method', () => {
  const keys = ['a', 'b', 'c'];
  const rows = randomTable(prng(3), 8, keys, [3, 3, 3], 0);

  it('falls back to the greedy when the exact search runs out of nodes', () => {
    const result = localSuppression(rows, { keys, k: 3, exact: { maxRows: 10, maxNodes: 1 } });
    expect(result.method).toBe('greedy');
    expect(isKAnonymous(result.rows, keys, 3)).toBe(true);
  });

  it('uses the greedy above the exact search row limit', () => {
    const result = localSuppression(rows, { keys, k: 3, exact: { maxRows: 7, maxNodes: 1e6 } });
    expect(result.method).toBe('greedy');
  });
});

describe('localSuppression, property over random tables', () => {
  it('leaves every row matching at least k rows', () => {
    const random = prng(2026);
    for (let t = 0; t < 100; t += 1) {
      const keyCount = 2 + Math.floor(random() * 3);
      const keys = ['industry', 'size', 'region', 'model'].slice(0, keyCount);
      const k = 2 + Math.floor(random() * 5);
      const n = k + Math.floor(random() * 300);
      const rows = randomTable(random, n, keys, [15, 5, 8, 3]);
      const hierarchies: Record<string, THierarchy> =
        random() < 0.5 ? { size: [{ v0: 'v1' }, { v1: 'v2', v3: 'v2', v4: 'v2' }] } : {};
      const result = localSuppression(rows, { keys, k, hierarchies });
      expect(result.rows).toHaveLength(n);
      expect(isKAnonymous(result.rows, keys, k)).toBe(true);
      // suppression only turns values into null; other values are the (generalised) input
      result.rows.forEach((row, r) => {
        for (const key of keys) {
          if (row[key] !== null && key !== 'size') expect(row[key]).toBe(rows[r]?.[key]);
        }
      });
    }
  });

  it('handles a million rows in seconds', () => {
    const random = prng(1);
    const keys = ['industry', 'size', 'region', 'model'];
    const rows = randomTable(random, 1_000_000, keys, [15, 5, 8, 3], 0);
    // a few rare combinations that must be dealt with
    rows.push(
      ...table(keys, [
        ['rare', 'v0', 'v0', 'v0'],
        ['rare', 'v1', 'v1', 'v1'],
      ]),
    );
    const started = performance.now();
    const result = localSuppression(rows, { keys, k: 5 });
    const seconds = (performance.now() - started) / 1000;
    expect(result.method).toBe('greedy');
    expect(total(result.suppressed)).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(10);
    expect(isKAnonymous(result.rows, keys, 5)).toBe(true);
  }, 60_000);
});
