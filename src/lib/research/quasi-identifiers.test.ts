import { describe, expect, it } from 'vitest';
import {
  groupRows,
  isKAnonymous,
  matchCounts,
  matches,
  rowFrequencies,
  unsafeRowCount,
} from './quasi-identifiers.ts';

const keys = ['industry', 'region'] as const;
const rows = [
  { industry: 'retail', region: 'korea' },
  { industry: 'retail', region: 'korea' },
  { industry: 'retail', region: null },
  { industry: 'bank', region: 'japan' },
  { industry: null, region: null },
];

describe('groupRows', () => {
  it('groups identical combinations in order of first appearance', () => {
    const { combinations, rowCombination } = groupRows(rows, keys);
    expect(combinations).toEqual([
      { values: ['retail', 'korea'], count: 2 },
      { values: ['retail', null], count: 1 },
      { values: ['bank', 'japan'], count: 1 },
      { values: [null, null], count: 1 },
    ]);
    expect([...rowCombination]).toEqual([0, 0, 1, 2, 3]);
  });

  it('reads an absent key as missing', () => {
    const partial = [{ industry: 'retail' }] as unknown as typeof rows;
    expect(groupRows(partial, keys).combinations[0]?.values).toEqual(['retail', null]);
  });
});

describe('matches', () => {
  it('treats a missing value on either side as matching anything', () => {
    expect(matches(['a', 'x'], ['a', 'x'])).toBe(true);
    expect(matches(['a', null], ['a', 'x'])).toBe(true);
    expect(matches(['a', 'x'], [null, 'x'])).toBe(true);
    expect(matches(['a', 'x'], ['b', null])).toBe(false);
  });
});

describe('frequencies (sdcMicro fk)', () => {
  it('counts every row a row matches, itself included', () => {
    // retail/korea: 2 + retail/null + null/null; bank/japan: itself + null/null; null/null: all
    expect(rowFrequencies(rows, keys)).toEqual([4, 4, 4, 2, 5]);
    expect(matchCounts(groupRows(rows, keys).combinations)).toEqual([4, 4, 2, 5]);
  });

  it('counts unsafe rows and checks k-anonymity', () => {
    const { combinations } = groupRows(rows, keys);
    expect(unsafeRowCount(combinations, 3)).toBe(1);
    expect(unsafeRowCount(combinations, 5)).toBe(4);
    expect(isKAnonymous(rows, keys, 2)).toBe(true);
    expect(isKAnonymous(rows, keys, 3)).toBe(false);
  });
});
