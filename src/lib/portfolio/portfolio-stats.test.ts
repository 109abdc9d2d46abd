import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from '../dimensions.ts';
import {
  portfolioDistributions,
  portfolioSummary,
  summarySentence,
  type TDimensionDistribution,
  type TSummaryText,
} from './portfolio-stats.ts';
import { organisation } from './test-organisations.ts';

const PORTFOLIO = [
  organisation('A', {
    alignment: 20,
    staffing: 50,
    personalization: 10,
    effort: 60,
    brand: 80,
    automation: null,
    overall: 44,
  }),
  organisation('B', {
    alignment: 40,
    staffing: 50,
    personalization: 30,
    effort: 70,
    brand: 90,
    automation: 35.5,
    overall: 52.6,
  }),
  organisation('C', {
    alignment: 60,
    staffing: 50,
    personalization: 20,
    effort: 65,
    brand: 70,
    automation: 45.5,
    overall: 48,
  }),
  organisation('D', {
    alignment: 35.5,
    staffing: 50,
    personalization: 15,
    effort: 61,
    brand: 85,
    automation: null,
    overall: 50.1,
  }),
  // not released yet: no scores at all
  organisation('E', {}),
];

const byDimension = (distributions: TDimensionDistribution[]) =>
  Object.fromEntries(distributions.map((d) => [d.dimension, d]));

describe('portfolioDistributions', () => {
  const distributions = byDimension(portfolioDistributions(PORTFOLIO));

  it('lists the six dimensions, then overall', () => {
    expect(Object.keys(distributions)).toEqual([...DIMENSION_IDS, 'overall']);
  });

  it('gives exact and grouped figures of the released scores (hand-computed)', () => {
    // sorted 20, 35.5, 40, 60: q1 at position 0.75 = 20 + 0.75 × 15.5 = 31.625;
    // median (35.5 + 40) / 2 = 37.75; q3 at 2.25 = 40 + 0.25 × 20 = 45; mean 155.5 / 4 = 38.875.
    // stages 2, 2, 3, 4. Grouped: q1 = 20 + 20 × 1/2 = 30, median = 20 + 20 × 2/2 = 40,
    // q3 = 40 + 20 × (3 − 2)/1 = 60.
    expect(distributions['alignment']).toEqual({
      dimension: 'alignment',
      n: 4,
      unscored: 1,
      stageCounts: [0, 2, 1, 1, 0],
      figures: {
        min: 20,
        q1: 31.6,
        median: 37.8,
        q3: 45,
        max: 60,
        mean: 38.9,
        grouped: { q1: 30, median: 40, q3: 60 },
      },
    });
  });

  it('rounds like every score, float noise cleared first', () => {
    // 44, 48, 50.1, 52.6: median (48 + 50.1) / 2 = 49.05 → 49.1 (half away from zero);
    // q1 = 44 + 0.75 × 4 = 47; q3 = 50.1 + 0.25 × 2.5 = 50.725 → 50.7; mean 194.7 / 4 = 48.675 → 48.7
    const figures = distributions['overall']!.figures!;
    expect([figures.q1, figures.median, figures.q3, figures.mean]).toEqual([47, 49.1, 50.7, 48.7]);
  });

  it('counts a dimension left unscored as unscored, not as zero', () => {
    expect(distributions['automation']).toMatchObject({
      n: 2,
      unscored: 3,
      stageCounts: [0, 1, 1, 0, 0],
      figures: { min: 35.5, median: 40.5, max: 45.5, mean: 40.5 },
    });
  });

  it('has no figures where nothing is released', () => {
    const [first] = portfolioDistributions([organisation('E', {})]);
    expect(first).toEqual({
      dimension: 'alignment',
      n: 0,
      unscored: 1,
      stageCounts: [0, 0, 0, 0, 0],
      figures: null,
    });
    expect(portfolioDistributions([]).every((d) => d.n === 0 && d.unscored === 0)).toBe(true);
  });

  it('counts a score whose stage is missing in its 20-point band', () => {
    const [first] = portfolioDistributions([
      {
        ...organisation('F', {}),
        scores: [{ dimension: 'alignment', score: 80, stage: null }],
      },
    ]);
    expect(first!.stageCounts).toEqual([0, 0, 0, 0, 1]);
  });
});

describe('portfolioSummary', () => {
  it('names the strongest and weakest dimension by median', () => {
    // medians: alignment 37.8, staffing 50, personalization 17.5, effort 63, brand 82.5, automation 40.5
    expect(portfolioSummary(portfolioDistributions(PORTFOLIO))).toEqual({
      kind: 'spread',
      strongest: { dimensions: ['brand'], median: 82.5 },
      weakest: { dimensions: ['personalization'], median: 17.5 },
    });
  });

  it('names every dimension tied at either end, in dimension order', () => {
    const tied = [
      organisation('A', {
        alignment: 30,
        staffing: 70,
        personalization: 30,
        effort: 70,
        brand: 50,
      }),
    ];
    expect(portfolioSummary(portfolioDistributions(tied))).toEqual({
      kind: 'spread',
      strongest: { dimensions: ['staffing', 'effort'], median: 70 },
      weakest: { dimensions: ['alignment', 'personalization'], median: 30 },
    });
  });

  it('says when every median is the same, and says nothing from fewer than two dimensions', () => {
    const even = [organisation('A', { alignment: 40, brand: 40, overall: 90 })];
    expect(portfolioSummary(portfolioDistributions(even))).toEqual({ kind: 'even', median: 40 });
    const one = [organisation('A', { brand: 40, overall: 40 })];
    expect(portfolioSummary(portfolioDistributions(one))).toBeNull();
    expect(portfolioSummary(portfolioDistributions([]))).toBeNull();
  });
});

describe('summarySentence', () => {
  const text: TSummaryText = {
    spread:
      'Your clients are strongest on {strongest} ({strongestMedian}) and weakest on {weakest} ({weakestMedian}).',
    even: 'Every dimension has the median {median}.',
    names: {
      alignment: 'alignment',
      staffing: 'staffing',
      personalization: 'personalization',
      effort: 'effort',
      brand: 'brand',
      automation: 'automation',
    },
    list: (names) => new Intl.ListFormat('en', { type: 'conjunction' }).format(names),
  };

  it('fills the sentence, listing ties', () => {
    expect(
      summarySentence(
        {
          kind: 'spread',
          strongest: { dimensions: ['brand', 'effort'], median: 70 },
          weakest: { dimensions: ['personalization'], median: 17.5 },
        },
        text,
      ),
    ).toBe(
      'Your clients are strongest on brand and effort (70) and weakest on personalization (17.5).',
    );
    expect(summarySentence({ kind: 'even', median: 40 }, text)).toBe(
      'Every dimension has the median 40.',
    );
  });
});
