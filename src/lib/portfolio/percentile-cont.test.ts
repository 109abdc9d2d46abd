import { describe, expect, it } from 'vitest';
import { median } from '../pool-integrity/quality-checks.ts';
import { percentileCont } from './percentile-cont.ts';

describe('percentileCont', () => {
  it('interpolates between the closest ranks (hand-computed)', () => {
    const values = [10, 20, 30, 40];
    // positions 0.75, 1.5, 2.25 of 0..3
    expect(percentileCont(values, 0.25)).toBe(17.5);
    expect(percentileCont(values, 0.5)).toBe(25);
    expect(percentileCont(values, 0.75)).toBe(32.5);
    expect(percentileCont(values, 0)).toBe(10);
    expect(percentileCont(values, 1)).toBe(40);
    expect(percentileCont([42.5], 0.25)).toBe(42.5);
  });

  it('gives the median the pool checks use (percentile_cont(0.5))', () => {
    for (const values of [[3], [1, 2], [5, 1, 9], [4, 4, 8, 10, 11], [0, 100, 33.3, 66.7]]) {
      const sorted = [...values].sort((a, b) => a - b);
      expect(percentileCont(sorted, 0.5)).toBe(median(values));
    }
  });

  it('refuses no values and p outside [0, 1]', () => {
    expect(() => percentileCont([], 0.5)).toThrow(RangeError);
    expect(() => percentileCont([1], 1.5)).toThrow(RangeError);
    expect(() => percentileCont([1], Number.NaN)).toThrow(RangeError);
  });
});
