/**
 * What the board summary says beyond the scores: the organisation's strongest
 * dimensions, its standing among the 2022 study's answers per dimension, and
 * the single most telling comparison with the study. Pure: it reads the
 * question-by-question comparisons (study-comparison.ts), never the study file.
 *
 * - A dimension's standing among the study's answers is the mean, over its
 *   ordinal questions, of the answer's mid-rank (less mature + half of equal),
 *   each matrix question's rows averaged first so a question counts once. It is
 *   computed from the study's answer counts, not published, and the report says so.
 * - The most telling comparison is the ordinal answer furthest from the study's
 *   middle (largest |more mature − less mature|), a priority dimension's first
 *   on a tie, then the study's question order; none when every answer sits at
 *   the middle (as many more mature as less mature).
 */
import type { TDimensionId } from '../dimensions.ts';
import type { TPriority } from '../benchmark/priorities.ts';
import type { TSingleComparison, TStudyComparison } from '../benchmark/study-comparison.ts';

/** Share of the study's applicable answers less mature than this one, plus half of those equal. */
export const midRank = (position: NonNullable<TSingleComparison['position']>): number =>
  position.below + position.equal / 2;

/** A dimension's standing among the study's answers: mean mid-rank over `questions` ordinal questions. */
export type TStudyStanding = { share: number; questions: number };

type TPositioned = TSingleComparison & {
  position: NonNullable<TSingleComparison['position']>;
};
const positioned = (c: TStudyComparison): c is TStudyComparison & TPositioned =>
  c.kind !== 'multiple' && c.position !== undefined;

/** Per dimension, the standing among the study's answers; absent where no ordinal question was answered. */
export function studyStandings(
  comparisons: readonly TStudyComparison[],
  dimensionOf: Readonly<Record<string, string>>,
): Partial<Record<string, TStudyStanding>> {
  const byQuestion = new Map<string, number[]>();
  for (const c of comparisons) {
    if (!positioned(c)) continue;
    const ranks = byQuestion.get(c.questionId) ?? [];
    ranks.push(midRank(c.position));
    byQuestion.set(c.questionId, ranks);
  }
  const byDimension = new Map<string, number[]>();
  for (const [questionId, ranks] of byQuestion) {
    const dimension = dimensionOf[questionId];
    if (dimension === undefined) continue;
    const means = byDimension.get(dimension) ?? [];
    means.push(ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length);
    byDimension.set(dimension, means);
  }
  const standings: Partial<Record<string, TStudyStanding>> = {};
  for (const [dimension, means] of byDimension) {
    standings[dimension] = {
      share: means.reduce((sum, mean) => sum + mean, 0) / means.length,
      questions: means.length,
    };
  }
  return standings;
}

/** The comparison the summary quotes, and which way it points. */
export type TTellingComparison = {
  comparison: TPositioned;
  /** 'behind': more of the study answered more maturely than less; 'ahead': the reverse. */
  direction: 'behind' | 'ahead';
  /** The share of the study's applicable answers on the other side (more mature when behind). */
  share: number;
};

/** The answer furthest from the study's middle; null when no ordinal answer is off the middle. */
export function mostTellingComparison(
  comparisons: readonly TStudyComparison[],
  dimensionOf: Readonly<Record<string, string>>,
  priorities: readonly Pick<TPriority, 'dimension'>[],
): TTellingComparison | null {
  const prioritised = new Set<string>(priorities.map((p) => p.dimension));
  let best: { c: TPositioned; gap: number; priority: boolean } | null = null;
  for (const c of comparisons) {
    if (!positioned(c)) continue;
    const gap = Math.abs(c.position.above - c.position.below);
    const priority = prioritised.has(dimensionOf[c.questionId] ?? '');
    const wins =
      best === null ||
      gap > best.gap + 1e-12 ||
      (Math.abs(gap - best.gap) <= 1e-12 && priority && !best.priority);
    if (wins) best = { c, gap, priority };
  }
  if (best === null || best.gap <= 1e-12) return null;
  const behind = best.c.position.above > best.c.position.below;
  return {
    comparison: best.c,
    direction: behind ? 'behind' : 'ahead',
    share: behind ? best.c.position.above : best.c.position.below,
  };
}

/** One of the organisation's strongest dimensions. */
export type TStrongest = { dimension: TDimensionId; score: number };

/**
 * The `count` highest-scoring dimensions that are not priorities, highest
 * first (the model's order on a tie): what the summary lists as strengths,
 * whether or not they reach the threshold of a strength to protect.
 */
export function strongestDimensions(
  scores: Readonly<Partial<Record<TDimensionId, number | null>>>,
  priorities: readonly Pick<TPriority, 'dimension'>[],
  order: readonly TDimensionId[],
  count = 2,
): TStrongest[] {
  const prioritised = new Set<string>(priorities.map((p) => p.dimension));
  return order
    .flatMap((dimension, index) => {
      const score = scores[dimension] ?? null;
      return score !== null && !prioritised.has(dimension) ? [{ dimension, score, index }] : [];
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .map(({ dimension, score }) => ({ dimension, score }));
}
