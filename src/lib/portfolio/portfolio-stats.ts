/**
 * The portfolio's own distribution per dimension (issue 15): across the
 * consultant's client organisations whose combined result is released, and
 * which dimensions the clients are strongest and weakest on. Pure.
 *
 * - Exact figures: min, quartiles and median by percentile_cont
 *   (percentile-cont.ts), the mean, each rounded like every score.
 * - Grouped figures: the same stage-count quartiles the live pool publishes
 *   (benchmark/stage-statistics.ts), for a like-for-like comparison beside it.
 * - Strongest and weakest: by exact median over the six dimensions, equal when
 *   their rounded medians are equal; every tied dimension is named.
 */
import { fill } from '../../i18n/fill.ts';
import { stageBand, stageStatistics } from '../benchmark/stage-statistics.ts';
import type { TDimensionId } from '../dimensions.ts';
import { roundScore } from '../../../surveys/scoring/score.ts';
import { percentileCont } from './percentile-cont.ts';
import {
  SCORED_IDS,
  scoreOf,
  type TPortfolioOrganisation,
  type TScoredId,
} from './portfolio-organisation.ts';

/** Figures of a dimension's released scores, one decimal. */
export type TDistributionFigures = {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
  /** Grouped quartiles from the stage counts, whole points, as the pool's. */
  grouped: { q1: number; median: number; q3: number };
};

/** One dimension across the portfolio. */
export type TDimensionDistribution = {
  dimension: TScoredId;
  /** Organisations with a released score in this dimension. */
  n: number;
  /** Organisations without one (not released, or the dimension left unscored). */
  unscored: number;
  /** Organisations at stages 1 to 5 (a score without its stage counts in its 20-point band). */
  stageCounts: [number, number, number, number, number];
  /** Null when n = 0. */
  figures: TDistributionFigures | null;
};

/** The distribution of every dimension, then of the overall score (SCORED_IDS order). */
export function portfolioDistributions(
  organisations: readonly TPortfolioOrganisation[],
): TDimensionDistribution[] {
  return SCORED_IDS.map((dimension) => distribution(organisations, dimension));
}

function distribution(
  organisations: readonly TPortfolioOrganisation[],
  dimension: TScoredId,
): TDimensionDistribution {
  const stageCounts: TDimensionDistribution['stageCounts'] = [0, 0, 0, 0, 0];
  const scores: number[] = [];
  for (const organisation of organisations) {
    const { score, stage } = scoreOf(organisation, dimension);
    if (score === null) continue;
    scores.push(score);
    stageCounts[(stage ?? stageBand(score)) - 1]! += 1;
  }
  const n = scores.length;
  const unscored = organisations.length - n;
  if (n === 0) return { dimension, n, unscored, stageCounts, figures: null };
  scores.sort((a, b) => a - b);
  const grouped = stageStatistics([unscored, ...stageCounts], null);
  return {
    dimension,
    n,
    unscored,
    stageCounts,
    figures: {
      min: scores[0]!,
      q1: roundScore(percentileCont(scores, 0.25)),
      median: roundScore(percentileCont(scores, 0.5)),
      q3: roundScore(percentileCont(scores, 0.75)),
      max: scores[n - 1]!,
      mean: roundScore(scores.reduce((sum, score) => sum + score, 0) / n),
      grouped: { q1: grouped.q1, median: grouped.median, q3: grouped.q3 },
    },
  };
}

/** The dimensions sharing the highest (or lowest) median, and that median. */
export type TMedianEnd = { dimensions: TDimensionId[]; median: number };

/** Which dimensions the portfolio is strongest and weakest on; 'even' when every median is the same. */
export type TPortfolioSummary =
  { kind: 'spread'; strongest: TMedianEnd; weakest: TMedianEnd } | { kind: 'even'; median: number };

/** Strongest and weakest of the six dimensions by median; null when fewer than two have a score. */
export function portfolioSummary(
  distributions: readonly TDimensionDistribution[],
): TPortfolioSummary | null {
  const medians = distributions.flatMap((d) =>
    d.dimension !== 'overall' && d.figures !== null
      ? [{ dimension: d.dimension, median: d.figures.median }]
      : [],
  );
  if (medians.length < 2) return null;
  const values = medians.map((m) => m.median);
  const [high, low] = [Math.max(...values), Math.min(...values)];
  if (high === low) return { kind: 'even', median: high };
  const at = (median: number): TMedianEnd => ({
    dimensions: medians.filter((m) => m.median === median).map((m) => m.dimension),
    median,
  });
  return { kind: 'spread', strongest: at(high), weakest: at(low) };
}

/** The words of the summary sentence, in the page's language. */
export type TSummaryText = {
  /** With {strongest}, {weakest}, {strongestMedian}, {weakestMedian}: "Your clients are strongest on {strongest} and weakest on {weakest}." */
  spread: string;
  /** With {median}: "Your clients' medians are all {median}." */
  even: string;
  /** Dimension names. */
  names: Record<TDimensionId, string>;
  /** Joins tied names, e.g. `new Intl.ListFormat(lang).format`. */
  list: (names: string[]) => string;
};

/** The summary as one sentence; ties list every tied dimension. */
export function summarySentence(summary: TPortfolioSummary, text: TSummaryText): string {
  if (summary.kind === 'even') return fill(text.even, { median: summary.median });
  const names = (end: TMedianEnd) => text.list(end.dimensions.map((id) => text.names[id]));
  return fill(text.spread, {
    strongest: names(summary.strongest),
    weakest: names(summary.weakest),
    strongestMedian: summary.strongest.median,
    weakestMedian: summary.weakest.median,
  });
}
