/**
 * How far one organisation's executives agree (issue 14), from their scores
 * on the 0-100 scale, and their combined result. Pure; the database computes
 * the combined result the same way and a test cross-checks the two.
 *
 * - Spread: the average absolute deviation around the mean, AD_M = Σ|x − x̄| / N
 *   (Burke, Finkelstein & Dusig 1999), in score points, with min and max.
 * - Label: Burke & Dunlap (2002) take AD ≤ c/6 as agreement on a c-point
 *   scale. The 0-100 score reads on five stages of 20 points, so c = 5 and the
 *   cut-off is 5/6 of a stage: 16.7 points. Aligned up to that, partly aligned
 *   up to one and a half times it (25 points), divided beyond.
 * - Privacy inside the client: nothing is shown below two respondents; with
 *   two, only whether they are aligned (a spread and the mean would give both
 *   scores); spreads from three.
 */
import { roundScore } from '../../../surveys/scoring/score.ts';

/** Stages on the 0-100 scale and their width, the scale the cut-off is carried over to. */
const STAGES = 5;
const STAGE_POINTS = 100 / STAGES;
/** Burke & Dunlap's c/6 on the 0-100 scale: 16.7 points. */
export const AGREEMENT_CUTOFF = (STAGES / 6) * STAGE_POINTS;
/** Beyond this the executives are divided: one and a half times the cut-off (25 points). */
export const DIVIDED_ABOVE = 1.5 * AGREEMENT_CUTOFF;
/** Fewest respondents whose spread may be shown. */
export const MIN_FOR_SPREAD = 3;

export type TAgreementLabel = 'aligned' | 'partlyAligned' | 'divided';

export type TAgreement =
  /** Fewer than two scored respondents: nothing to say. */
  | { kind: 'none'; respondents: number }
  /** Two: only whether they agree, never the spread. */
  | { kind: 'pair'; respondents: 2; aligned: boolean }
  /** Three or more: the spread and its label. */
  | {
      kind: 'spread';
      respondents: number;
      min: number;
      max: number;
      /** Average absolute deviation around the mean, in score points (one decimal). */
      adM: number;
      label: TAgreementLabel;
    };

/** Σ|x − x̄| / N; NaN for no values. */
export function averageAbsoluteDeviation(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + Math.abs(value - mean), 0) / values.length;
}

/**
 * The label of one-decimal scores, compared exactly (as the database does):
 * with S the sum of n scores, AD_M = Σ|n·x − S| / n², so AD_M ≤ 50/3 ⇔
 * 3·Σ|n·x − S| ≤ 50·n², and AD_M ≤ 25 ⇔ Σ|n·x − S| ≤ 25·n². In tenths of a
 * point every term is an integer, so a score exactly on a cut-off is never
 * put on the wrong side by floating point.
 */
export function agreementLabel(values: readonly number[]): TAgreementLabel {
  const tenths = values.map((value) => Math.round(value * 10));
  const n = tenths.length;
  const sum = tenths.reduce((total, value) => total + value, 0);
  const spread = tenths.reduce((total, value) => total + Math.abs(n * value - sum), 0);
  // in tenths: spread is 10 × Σ|n·x − S|
  if (3 * spread <= 50 * 10 * n * n) return 'aligned';
  if (spread <= 25 * 10 * n * n) return 'partlyAligned';
  return 'divided';
}

/** The agreement of one dimension's (or the overall) scores; null scores (not scored) are left out. */
export function agreement(scores: readonly (number | null)[]): TAgreement {
  const values = scores.filter((score): score is number => score !== null);
  if (values.length < 2) return { kind: 'none', respondents: values.length };
  const label = agreementLabel(values);
  if (values.length < MIN_FOR_SPREAD) {
    return { kind: 'pair', respondents: 2, aligned: label === 'aligned' };
  }
  return {
    kind: 'spread',
    respondents: values.length,
    min: Math.min(...values),
    max: Math.max(...values),
    adM: roundScore(averageAbsoluteDeviation(values)),
    label,
  };
}

/** The organisation's combined score: the mean of its respondents' scores, rounded like every score; null when none. */
export function combinedScore(scores: readonly (number | null)[]): number | null {
  const values = scores.filter((score): score is number => score !== null);
  if (values.length === 0) return null;
  return roundScore(values.reduce((sum, value) => sum + value, 0) / values.length);
}
