/**
 * The three dimensions an organisation should work on first.
 *
 * Rule: for each scored dimension, gap = max(0, reference − score), where the
 * reference is the median of the peer pool when one is available (not
 * suppressed) and otherwise 75, a target well into the "Integrated" stage
 * (60-80) between "Defined" and "Leading"; priority = gap × weight, where the
 * weight is the share of the 2022 study's companies that reported a weakness in
 * that dimension (`STUDY_WEAKNESS_WEIGHTS`). The three highest priorities come
 * first; ties go to the lower score, then to the study's dimension order.
 * Dimensions without a score are skipped. When fewer than three dimensions have
 * a positive gap, the lowest-scoring remaining dimensions (gap 0) complete the
 * list.
 */
import { z } from 'zod/mini';
import type { TBaselineDistribution, TBaselineEdition } from '../../../surveys/baseline/schema.ts';
import { DIMENSION_IDS, type TDimensionId } from '../dimensions.ts';

/** Reference score when no peer median is available: well into the "Integrated" stage. */
export const TARGET_SCORE = 75;

/** How many dimensions `rankPriorities` returns. */
export const PRIORITY_COUNT = 3;

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
  /** The score it is measured against: the peer median, or `TARGET_SCORE`. */
  reference: ZScore,
  /** Whether the reference is the peer median or the fixed target. */
  referenceKind: z.enum(['peers', 'target']),
  /** max(0, reference − score). */
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

/** Ranks the scored dimensions and returns the (up to) three to work on first. */
export function rankPriorities(input: TPriorityInput): TPriority[] {
  const weights = input.weights;
  const candidates = DIMENSION_IDS.flatMap((dimension, order) => {
    const score = input.scores[dimension] ?? null;
    if (score === null) return [];
    const median = input.peerMedians?.[dimension] ?? null;
    const reference = median ?? TARGET_SCORE;
    // Cleared to 12 significant digits, so 57.25 − 50.1 is the 7.15 it reads as.
    const gap = Math.max(0, Number((reference - score).toPrecision(12)));
    const weight = weights[dimension];
    const priority: TPriority = {
      dimension,
      score,
      reference,
      referenceKind: median === null ? 'target' : 'peers',
      gap,
      weight,
      priority: gap * weight,
    };
    return [{ priority, order }];
  });

  const byScoreThenOrder = (
    a: (typeof candidates)[number],
    b: (typeof candidates)[number],
  ): number => a.priority.score - b.priority.score || a.order - b.order;
  const withGap = candidates
    .filter((c) => c.priority.gap > 0)
    .sort((a, b) => {
      const difference = b.priority.priority - a.priority.priority;
      return Math.abs(difference) > EPSILON ? difference : byScoreThenOrder(a, b);
    });
  const rest = candidates.filter((c) => c.priority.gap === 0).sort(byScoreThenOrder);
  return [...withGap, ...rest].slice(0, PRIORITY_COUNT).map((c) => c.priority);
}
