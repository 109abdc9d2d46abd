import { describe, expect, it } from 'vitest';
import {
  histogramSize,
  orderStatistic,
  percentileRank,
  quantile,
  summarize,
  type THistogram,
} from './histogram.ts';

// Six scores, bins deliberately out of order: 10.0, 20.0, 20.0, 35.5, 50.0, 80.0.
const SIX: THistogram = [
  { tenths: 500, count: 1 },
  { tenths: 100, count: 1 },
  { tenths: 800, count: 1 },
  { tenths: 200, count: 2 },
  { tenths: 355, count: 1 },
];

describe('histogramSize', () => {
  it('sums the counts', () => {
    expect(histogramSize(SIX)).toBe(6); // 1 + 1 + 1 + 2 + 1
    expect(histogramSize([])).toBe(0);
  });

  it('rejects malformed bins', () => {
    expect(() => histogramSize([{ tenths: 1001, count: 1 }])).toThrow(RangeError);
    expect(() => histogramSize([{ tenths: 12.5, count: 1 }])).toThrow(RangeError);
    expect(() => histogramSize([{ tenths: 100, count: 0 }])).toThrow(RangeError);
  });
});

describe('orderStatistic', () => {
  it('walks the sorted bins, 1-based', () => {
    // Sorted: #1 10.0, #2 20.0, #3 20.0, #4 35.5, #5 50.0, #6 80.0.
    expect([1, 2, 3, 4, 5, 6].map((i) => orderStatistic(SIX, i))).toEqual([
      10, 20, 20, 35.5, 50, 80,
    ]);
  });

  it('treats repeated bins for one score as one run', () => {
    // 10.0 once, then 10.0 twice more: #3 is still 10.0, #4 is 20.0.
    const h = [
      { tenths: 100, count: 1 },
      { tenths: 200, count: 1 },
      { tenths: 100, count: 2 },
    ];
    expect(orderStatistic(h, 3)).toBe(10);
    expect(orderStatistic(h, 4)).toBe(20);
  });

  it('rejects ranks outside 1..n', () => {
    expect(() => orderStatistic(SIX, 0)).toThrow(RangeError);
    expect(() => orderStatistic(SIX, 7)).toThrow(RangeError);
    expect(() => orderStatistic(SIX, 1.5)).toThrow(RangeError);
    expect(() => orderStatistic([], 1)).toThrow(RangeError);
  });
});

describe('quantile (type 7)', () => {
  it('interpolates between order statistics', () => {
    // n = 6, x = [10, 20, 20, 35.5, 50, 80] (0-based).
    // q = 0.25: r = 1.25, x[1] = 20, x[2] = 20 → 20.
    expect(quantile(SIX, 0.25)).toBe(20);
    // q = 0.5: r = 2.5, x[2] = 20, x[3] = 35.5 → 20 + 0.5 · 15.5 = 27.75.
    expect(quantile(SIX, 0.5)).toBe(27.75);
    // q = 0.75: r = 3.75, x[3] = 35.5, x[4] = 50 → 35.5 + 0.75 · 14.5 = 46.375 → 46.38.
    expect(quantile(SIX, 0.75)).toBe(46.38);
    // q = 0 and q = 1 are the extremes.
    expect(quantile(SIX, 0)).toBe(10);
    expect(quantile(SIX, 1)).toBe(80);
    // q = 0.1: r = 0.5, x[0] = 10, x[1] = 20 → 15.
    expect(quantile(SIX, 0.1)).toBe(15);
  });

  it('rounds exact halves of a hundredth up, without binary-fraction drift', () => {
    // x = [1.0, 1.0, 1.1, 5.0, 5.0, 5.0]; q = 0.25: r = 1.25, x[1] = 1.0, x[2] = 1.1
    // → 1.0 + 0.25 · 0.1 = 1.025 → 1.03 (naively 1.025 * 100 = 102.4999… would give 1.02).
    const h = [
      { tenths: 10, count: 2 },
      { tenths: 11, count: 1 },
      { tenths: 50, count: 3 },
    ];
    expect(quantile(h, 0.25)).toBe(1.03);
  });

  it('returns the only score of a one-score histogram', () => {
    // n = 1: r = 0 for every q.
    expect(quantile([{ tenths: 723, count: 1 }], 0.75)).toBe(72.3);
  });

  it('is null for an empty histogram and rejects q outside [0, 1]', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(() => quantile(SIX, -0.1)).toThrow(RangeError);
    expect(() => quantile(SIX, 1.1)).toThrow(RangeError);
    expect(() => quantile(SIX, Number.NaN)).toThrow(RangeError);
  });
});

describe('percentileRank (mid-rank)', () => {
  it('counts scores below plus half of the equal ones', () => {
    // 20.0: below 1, equal 2 → 100 · (1 + 1) / 6 = 33.33… → 33.3.
    expect(percentileRank(SIX, 20)).toBe(33.3);
    // 35.5: below 3, equal 1 → 100 · 3.5 / 6 = 58.33… → 58.3.
    expect(percentileRank(SIX, 35.5)).toBe(58.3);
    // 10.0 (the lowest): below 0, equal 1 → 100 · 0.5 / 6 = 8.33… → 8.3.
    expect(percentileRank(SIX, 10)).toBe(8.3);
    // 80.0 (the highest): below 5, equal 1 → 100 · 5.5 / 6 = 91.66… → 91.7.
    expect(percentileRank(SIX, 80)).toBe(91.7);
  });

  it('works for a score that is not in the histogram', () => {
    // 40.0: below 4, equal 0 → 100 · 4 / 6 = 66.66… → 66.7.
    expect(percentileRank(SIX, 40)).toBe(66.7);
  });

  it('matches the score to its bin by rounding to tenths', () => {
    // 35.54 → round(355.4) = 355 → as 35.5 → 58.3; 19.96 → round(199.6) = 200 → as 20.0 → 33.3.
    expect(percentileRank(SIX, 35.54)).toBe(58.3);
    expect(percentileRank(SIX, 19.96)).toBe(33.3);
  });

  it('rounds an exact half away from zero', () => {
    // n = 8, own score the unique lowest: 100 · 0.5 / 8 = 6.25 → 6.3.
    const h = [
      { tenths: 100, count: 1 },
      { tenths: 600, count: 7 },
    ];
    expect(percentileRank(h, 10)).toBe(6.3);
    // 60.0: below 1, equal 7 → 100 · 4.5 / 8 = 56.25 → 56.3.
    expect(percentileRank(h, 60)).toBe(56.3);
  });

  it('puts everyone at 50 when all scores are equal', () => {
    // n = 3, all equal: 100 · 1.5 / 3 = 50.
    expect(percentileRank([{ tenths: 723, count: 3 }], 72.3)).toBe(50);
  });

  it('is null for an empty histogram', () => {
    expect(percentileRank([], 50)).toBeNull();
  });
});

describe('summarize', () => {
  it('reports n and the quartiles', () => {
    // From the quantile cases above.
    expect(summarize(SIX)).toEqual({ n: 6, q1: 20, median: 27.75, q3: 46.38 });
  });

  it('has null quartiles when empty', () => {
    expect(summarize([])).toEqual({ n: 0, q1: null, median: null, q3: null });
  });
});
