import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_CUTOFF,
  agreement,
  agreementLabel,
  averageAbsoluteDeviation,
  combinedScore,
  DIVIDED_ABOVE,
} from './agreement.ts';

describe('averageAbsoluteDeviation', () => {
  it('is the mean distance from the mean (hand-computed)', () => {
    // mean 50; deviations 10, 0, 20, 10 → 40 / 4
    expect(averageAbsoluteDeviation([40, 50, 70, 40])).toBe(10);
    // mean 30; deviations 30, 30 → 30
    expect(averageAbsoluteDeviation([0, 60])).toBe(30);
    expect(averageAbsoluteDeviation([55, 55, 55])).toBe(0);
  });
});

describe('agreementLabel', () => {
  it("carries Burke & Dunlap's c/6 over to five 20-point stages: 16.7 and 25 points", () => {
    expect(AGREEMENT_CUTOFF).toBeCloseTo(16.6667, 4);
    expect(DIVIDED_ABOVE).toBeCloseTo(25, 10);
    // four scores 50 ± d, two each side: AD_M = d
    const around = (d: number) => [50 - d, 50 - d, 50 + d, 50 + d];
    expect(agreementLabel(around(0))).toBe('aligned');
    expect(agreementLabel(around(16.6))).toBe('aligned');
    expect(agreementLabel(around(16.7))).toBe('partlyAligned');
    expect(agreementLabel(around(25))).toBe('partlyAligned');
    expect(agreementLabel(around(25.1))).toBe('divided');
  });
});

describe('agreement', () => {
  it('shows the spread from three respondents (hand-computed)', () => {
    // mean 50; |20-50| + |50-50| + |80-50| = 60 → AD_M 20: partly aligned
    expect(agreement([20, 50, 80])).toEqual({
      kind: 'spread',
      respondents: 3,
      min: 20,
      max: 80,
      adM: 20,
      label: 'partlyAligned',
    });
    // mean 60; 5 + 5 + 0 + 0 = 10 → 2.5: aligned
    expect(agreement([55, 65, 60, 60])).toMatchObject({ adM: 2.5, label: 'aligned' });
    // mean 40; 40 + 40 + 40 + 40 = 160 / 4 = 40: divided
    expect(agreement([0, 0, 80, 80])).toMatchObject({ adM: 40, label: 'divided' });
  });

  it('with two respondents says only whether they are aligned, never the spread', () => {
    const close = agreement([40, 70]); // AD_M 15
    expect(close).toEqual({ kind: 'pair', respondents: 2, aligned: true });
    expect(agreement([30, 70])).toEqual({ kind: 'pair', respondents: 2, aligned: false }); // 20
    expect(Object.keys(close)).not.toContain('min');
    expect(Object.keys(close)).not.toContain('adM');
  });

  it('puts a spread exactly on a cut-off on the aligned side, as the database does', () => {
    // mean 25; 25 + 0 + 25 = 50 → AD_M 50/3, exactly the cut-off
    expect(agreement([0, 25, 50])).toMatchObject({ adM: 16.7, label: 'aligned' });
    // mean 25.1; 25.1 + 0.1 + 25.0 = 50.2 → 16.73, just above it
    expect(agreement([0, 25.2, 50.1])).toMatchObject({ label: 'partlyAligned' });
    // mean 37.5; 37.5 + 0 + 37.5 = 75 → AD_M 25 exactly: still partly aligned
    expect(agreement([0, 37.5, 75])).toMatchObject({ adM: 25, label: 'partlyAligned' });
    // mean 37.5333…; 37.53 + 0.03 + 37.57 = 75.13 → 25.04: divided
    expect(agreement([0, 37.5, 75.1])).toMatchObject({ label: 'divided' });
    expect(agreement([0, 50])).toEqual({ kind: 'pair', respondents: 2, aligned: false }); // 25
    expect(agreement([10, 43.3])).toEqual({ kind: 'pair', respondents: 2, aligned: true }); // 16.65
    expect(agreement([10, 43.4])).toEqual({ kind: 'pair', respondents: 2, aligned: false }); // 16.7
  });

  it('says nothing below two scored respondents, leaving unscored ones out', () => {
    expect(agreement([])).toEqual({ kind: 'none', respondents: 0 });
    expect(agreement([42, null, null])).toEqual({ kind: 'none', respondents: 1 });
    expect(agreement([42, null, 48])).toMatchObject({ kind: 'pair', respondents: 2 });
  });
});

describe('combinedScore', () => {
  it('is the mean of the scored respondents, rounded half away from zero to one decimal', () => {
    expect(combinedScore([10, 20, 40])).toBeCloseTo(23.3, 10); // 23.333…
    expect(combinedScore([33.35, 33.4])).toBe(33.4); // 33.375 → 33.4
    expect(combinedScore([50, null, 70])).toBe(60);
    expect(combinedScore([null])).toBeNull();
    expect(combinedScore([])).toBeNull();
  });
});
