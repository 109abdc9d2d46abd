import { describe, expect, it } from 'vitest';
import { percentileRankInterval, wilsonInterval, Z_95 } from './intervals.ts';

// z = 1.959964, z² = 3.84145888.

describe('wilsonInterval', () => {
  it('is symmetric around one half', () => {
    // p = 0.5, n = 20: z²/n = 0.19207294, denominator 1.19207294.
    // center = (0.5 + 0.09603647) / 1.19207294 = 0.5.
    // half = z · sqrt(0.25/20 + 3.84145888/1600) / 1.19207294
    //      = 1.959964 · sqrt(0.01490091) / 1.19207294 = 1.959964 · 0.1220693 / 1.19207294
    //      = 0.2392515 / 1.19207294 = 0.200702.
    const interval = wilsonInterval(0.5, 20);
    expect(interval?.low).toBeCloseTo(0.299298, 5);
    expect(interval?.high).toBeCloseTo(0.700702, 5);
  });

  it('stays inside [0, 1] at the extremes', () => {
    // p = 0, n = 10: center = half = (z²/2n) / (1 + z²/n) = 0.19207294 / 1.38414589 = 0.138766,
    // so low = 0 and high = (z²/n) / (1 + z²/n) = 0.38414589 / 1.38414589 = 0.277532.
    const zero = wilsonInterval(0, 10);
    expect(zero?.low).toBe(0);
    expect(zero?.high).toBeCloseTo(0.277532, 5);
    // p = 1 mirrors it: low = 1 − 0.277532 = 0.722468, high = 1 (up to rounding error).
    const one = wilsonInterval(1, 10);
    expect(one?.low).toBeCloseTo(0.722468, 5);
    expect(one?.high).toBeCloseTo(1, 12);
    expect(one?.high).toBeLessThanOrEqual(1);
  });

  it('is null for n = 0 and rejects bad input', () => {
    expect(wilsonInterval(0.5, 0)).toBeNull();
    expect(() => wilsonInterval(1.2, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, -1)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 2.5)).toThrow(RangeError);
  });

  it('uses z = 1.959964', () => {
    expect(Z_95).toBe(1.959964);
  });
});

describe('percentileRankInterval', () => {
  it('returns the Wilson interval in percent, to 1 decimal', () => {
    // 50, n = 20: 29.9298 → 29.9, 70.0702 → 70.1 (from the Wilson case above).
    expect(percentileRankInterval(50, 20)).toEqual({ low: 29.9, high: 70.1 });
    // 0, n = 10: 0 and 27.7532 → 27.8.
    expect(percentileRankInterval(0, 10)).toEqual({ low: 0, high: 27.8 });
    // 100, n = 10: 72.2468 → 72.2 and 100.
    expect(percentileRankInterval(100, 10)).toEqual({ low: 72.2, high: 100 });
  });

  it('is wide for a small benchmark', () => {
    // 91.7, n = 6: z²/n = 0.64024315, denominator 1.64024315.
    // center = (0.917 + 0.32012157) / 1.64024315 = 1.23712157 / 1.64024315 = 0.7542306.
    // half = z · sqrt(0.917 · 0.083 / 6 + 3.84145888 / 144) / 1.64024315
    //      = z · sqrt(0.01268517 + 0.02667680) / 1.64024315 = 1.959964 · 0.1983985 / 1.64024315
    //      = 0.3888539 / 1.64024315 = 0.2370709.
    // low = 0.5171597 → 51.7, high = 0.9913015 → 99.1.
    expect(percentileRankInterval(91.7, 6)).toEqual({ low: 51.7, high: 99.1 });
  });

  it('is null for n = 0 and rejects ranks outside 0..100', () => {
    expect(percentileRankInterval(50, 0)).toBeNull();
    expect(() => percentileRankInterval(101, 10)).toThrow(RangeError);
  });
});
