/**
 * The dimensions an organisation should work on first, and the strengths it
 * should protect.
 *
 * Rule: for each scored dimension, gap = max(0, 75 − score), 75 being a target
 * well into the "Integrated" stage (60-80); priority = gap × weight, where the
 * weight is the share of the 2022 study's companies that showed a weakness in
 * that dimension (`STUDY_WEAKNESS_WEIGHTS`). Up to three dimensions with a gap
 * come first, highest priority first; ties go to the lower score, then to the
 * study's dimension order. A dimension with no gap is never a priority.
 *
 * The target is fixed on purpose: ranking against the peer median would
 * reorder a company's priorities whenever its peer group became large enough
 * to show, or changed, although nothing about the company did. Peers are
 * context for the wording (`peerMedian`), never the ranking.
 *
 * Strengths: up to two dimensions at 60 or more (the Integrated stage and
 * above), highest score first, that are not priorities.
 */
import { z } from 'zod/mini';
import type { TBaselineDistribution, TBaselineEdition } from '../../../surveys/baseline/schema.ts';
import { DIMENSION_IDS, type TDimensionId } from '../dimensions.ts';

/** Reference score when no peer median is available: well into the "Integrated" stage. */
export const TARGET_SCORE = 75;

/** How many dimensions `rankPriorities` returns at most. */
export const PRIORITY_COUNT = 3;

/** The lowest score a strength has: the start of the "Integrated" stage. */
export const STRENGTH_SCORE = 60;

/** How many dimensions `pickStrengths` returns at most. */
export const STRENGTH_COUNT = 2;

const ZDimensionId = z.enum(DIMENSION_IDS);
const ZScore = z.number().check(z.minimum(0), z.maximum(100));

/** What the ranking needs to know about one organisation. */
export const ZPriorityInput = z.strictObject({
  /** The organisation's dimension scores (0-100); null or absent when a dimension has none. */
  scores: z.partialRecord(ZDimensionId, z.nullable(ZScore)),
  /** Medians of the live peer pool per dimension; null or absent when suppressed. */
  peerMedians: z.optional(z.partialRecord(ZDimensionId, z.nullable(ZScore))),
  /** Weight of each dimension: `STUDY_WEAKNESS_WEIGHTS` (study-weights.ts) for the 2022 study. */
  weights: z.record(ZDimensionId, z.number().check(z.minimum(0))),
});
export type TPriorityInput = z.infer<typeof ZPriorityInput>;

/** One dimension to work on, with the numbers that ranked it. */
export const ZPriority = z.strictObject({
  /** The dimension. */
  dimension: ZDimensionId,
  /** The organisation's score (0-100). */
  score: ZScore,
  /** The peers' median, for the wording only; null when the peer group is not shown. */
  peerMedian: z.nullable(ZScore),
  /** TARGET_SCORE − score, above 0. */
  gap: z.number().check(z.minimum(0)),
  /** The dimension's weight (share of the study's companies reporting a weakness in it). */
  weight: z.number().check(z.minimum(0)),
  /** gap × weight; higher comes first. */
  priority: z.number().check(z.minimum(0)),
});
export type TPriority = z.infer<typeof ZPriority>;

function distributionOf(
  edition: TBaselineEdition,
  questionId: string,
  rowId: string | null = null,
): TBaselineDistribution {
  const question = edition.questions.find((q) => q.id === questionId);
  const found = question?.distributions.find((d) => d.rowId === rowId);
  if (!found) throw new Error(`${edition.id} has no distribution ${questionId} / ${rowId}`);
  return found;
}

function rowIdsOf(edition: TBaselineEdition, questionId: string): string[] {
  const question = edition.questions.find((q) => q.id === questionId);
  return (question?.rows ?? []).map((row) => row.id);
}

/** Sum of the counts of `optionIds` in a distribution. */
function countOf(distribution: TBaselineDistribution, ...optionIds: string[]): number {
  return optionIds.reduce((sum, id) => sum + (distribution.counts[id] ?? 0), 0);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The six weights from a study's counts: the share of its companies that
 * reported a weakness in each dimension.
 *
 * - alignment: share not answering "all functions actively collaborate";
 * - staffing: mean over the five functions of the share with "none" or "some,
 *   maybe not enough" resources;
 * - personalization: share whose customer-intelligence programme is not
 *   "excellent";
 * - effort: mean over the eight tasks of the share of applicable answers (N/A
 *   excluded) below "fairly easy";
 * - brand: mean over the ten channels of the share answering "no" among the
 *   companies that offer the channel;
 * - automation: share not prioritising customer data collection / analysis for
 *   automation, the use case aimed at the study's most widespread weakness
 *   (customer intelligence). The study publishes only per-option marginals, so
 *   how many companies chose few or mis-aimed options cannot be derived; this is
 *   the one automation weakness a marginal does measure.
 */
export function studyWeaknessWeights(edition: TBaselineEdition): Record<TDimensionId, number> {
  const collaboration = distributionOf(edition, 'alignment_collaboration');
  const intelligence = distributionOf(edition, 'personalization_intelligence');
  const automation = distributionOf(edition, 'automation_priorities');

  const staffing = rowIdsOf(edition, 'staffing_resources').map((rowId) => {
    const row = distributionOf(edition, 'staffing_resources', rowId);
    return countOf(row, 'none', 'some_not_enough') / row.n;
  });
  const effort = rowIdsOf(edition, 'effort_tasks').map((rowId) => {
    const row = distributionOf(edition, 'effort_tasks', rowId);
    const hard = countOf(row, 'very_difficult', 'fairly_difficult', 'neither');
    return hard / (row.n - countOf(row, 'not_applicable'));
  });
  const brand = rowIdsOf(edition, 'brand_channels').map((rowId) => {
    const row = distributionOf(edition, 'brand_channels', rowId);
    return countOf(row, 'no') / (row.n - countOf(row, 'not_offered'));
  });

  return {
    alignment: 1 - countOf(collaboration, 'all_actively') / collaboration.n,
    staffing: mean(staffing),
    personalization: 1 - countOf(intelligence, 'excellent') / intelligence.n,
    effort: mean(effort),
    brand: mean(brand),
    automation: 1 - countOf(automation, 'customer_data') / automation.n,
  };
}

/** Floating-point noise below this does not separate two priorities. */
const EPSILON = 1e-9;

/** Ranks the scored dimensions that fall short of the target; returns up to three to work on first. */
export function rankPriorities(input: TPriorityInput): TPriority[] {
  const candidates = DIMENSION_IDS.flatMap((dimension, order) => {
    const score = input.scores[dimension] ?? null;
    if (score === null) return [];
    // Cleared to 12 significant digits, so 75 − 50.1 is the 24.9 it reads as.
    const gap = Number((TARGET_SCORE - score).toPrecision(12));
    if (gap <= 0) return [];
    const weight = input.weights[dimension];
    const priority: TPriority = {
      dimension,
      score,
      peerMedian: input.peerMedians?.[dimension] ?? null,
      gap,
      weight,
      priority: gap * weight,
    };
    return [{ priority, order }];
  });
  return candidates
    .sort((a, b) => {
      const difference = b.priority.priority - a.priority.priority;
      if (Math.abs(difference) > EPSILON) return difference;
      return a.priority.score - b.priority.score || a.order - b.order;
    })
    .slice(0, PRIORITY_COUNT)
    .map((c) => c.priority);
}

/** One dimension to protect: a high score that is not a priority. */
export type TStrength = { dimension: TDimensionId; score: number };

/** Up to two dimensions at STRENGTH_SCORE or more, highest first, none of them a priority. */
export function pickStrengths(
  scores: TPriorityInput['scores'],
  priorities: readonly TPriority[],
): TStrength[] {
  const prioritised = new Set(priorities.map((p) => p.dimension));
  return DIMENSION_IDS.flatMap((dimension, order) => {
    const score = scores[dimension] ?? null;
    return score !== null && score >= STRENGTH_SCORE && !prioritised.has(dimension)
      ? [{ dimension, score, order }]
      : [];
  })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, STRENGTH_COUNT)
    .map(({ dimension, score }) => ({ dimension, score }));
}
