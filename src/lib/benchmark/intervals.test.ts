import { describe, expect, it } from 'vitest';
import type { THistogram } from './histogram.ts';
import { medianInterval, percentileRankInterval, wilsonInterval, Z_95 } from './intervals.ts';

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

/** Scores `tenths[i] / 10`, one organisation each. */
function distinct(tenths: readonly number[]): THistogram {
  return tenths.map((t) => ({ tenths: t, count: 1 }));
}

describe('medianInterval', () => {
  it('covers the whole range at n = 6', () => {
    // z·sqrt(6)/2 = 1.959964 · 2.4494897 / 2 = 2.4004559.
    // j = max(1, floor(3 − 2.4005)) = max(1, 0) = 1; k = min(6, ceil(1 + 3 + 2.4005)) = min(6, 7) = 6.
    // Scores 10.0, 20.0, 20.0, 35.5, 50.0, 80.0 → [10.0, 80.0].
    const six: THistogram = [
      { tenths: 500, count: 1 },
      { tenths: 100, count: 1 },
      { tenths: 800, count: 1 },
      { tenths: 200, count: 2 },
      { tenths: 355, count: 1 },
    ];
    expect(medianInterval(six)).toEqual({ low: 10, high: 80, ranks: [1, 6] });
  });

  it('narrows at n = 20', () => {
    // z·sqrt(20)/2 = 1.959964 · 4.4721360 / 2 = 4.3826127.
    // j = max(1, floor(10 − 4.3826)) = floor(5.617) = 5; k = min(20, ceil(1 + 10 + 4.3826)) = ceil(15.383) = 16.
    // Scores 1.0, 2.0, …, 20.0 → the 5th is 5.0, the 16th is 16.0.
    const twenty = distinct(Array.from({ length: 20 }, (_, i) => 10 * (i + 1)));
    expect(medianInterval(twenty)).toEqual({ low: 5, high: 16, ranks: [5, 16] });
  });

  it('reads ranks through repeated scores', () => {
    // n = 20 again (ranks 5 and 16): 40.0 ×4 (#1–4), 50.0 ×6 (#5–10), 60.0 ×6 (#11–16), 70.0 ×4 (#17–20).
    // #5 = 50.0 (#4 would be 40.0), #16 = 60.0 (#17 would be 70.0).
    const h = [
      { tenths: 700, count: 4 },
      { tenths: 400, count: 4 },
      { tenths: 600, count: 6 },
      { tenths: 500, count: 6 },
    ];
    expect(medianInterval(h)).toEqual({ low: 50, high: 60, ranks: [5, 16] });
  });

  it('narrows further at n = 100', () => {
    // z·sqrt(100)/2 = 1.959964 · 10 / 2 = 9.79982.
    // j = max(1, floor(50 − 9.79982)) = floor(40.2) = 40; k = min(100, ceil(1 + 50 + 9.79982)) = ceil(60.8) = 61.
    // Scores 0.5, 1.0, …, 50.0 (the i-th is i/2) → the 40th is 20.0, the 61st is 30.5.
    const hundred = distinct(Array.from({ length: 100 }, (_, i) => 5 * (i + 1)));
    expect(medianInterval(hundred)).toEqual({ low: 20, high: 30.5, ranks: [40, 61] });
  });

  it('handles one and two scores', () => {
    // n = 1: j = max(1, floor(0.5 − 0.98)) = 1, k = min(1, ceil(2.48)) = 1.
    expect(medianInterval(distinct([420]))).toEqual({ low: 42, high: 42, ranks: [1, 1] });
    // n = 2: z·sqrt(2)/2 = 1.3859; j = max(1, floor(−0.39)) = 1, k = min(2, ceil(3.39)) = 2.
    expect(medianInterval(distinct([420, 100]))).toEqual({ low: 10, high: 42, ranks: [1, 2] });
  });

  it('is null for an empty histogram', () => {
    expect(medianInterval([])).toBeNull();
  });
});
