/**
 * Scores one response with a scoring model: pure, no I/O. The same rules run in
 * Postgres (private.score_answers), so they stay plain arithmetic:
 *
 * - item scores lie in 0..1, or are absent (not answered, not applicable);
 * - a dimension score is 100 × the weighted mean of its present items, rounded
 *   to one decimal (half away from zero), null when no item is present;
 * - targeting items (automation) are scored last, against the scores of the
 *   other dimensions: `multiple_targeting` (model v1) by the needs
 *   (1 − score / 100) of the dimensions they target, `gap_targeting` (v2) by
 *   gap-targeting.ts;
 * - overall = mean of the non-null dimension scores, rounded the same way.
 */
import { gapTargeting } from './gap-targeting.ts';
import {
  TARGETING_KINDS,
  type TMatrixItem,
  type TMultipleDepthItem,
  type TMultipleTargetingItem,
  type TScoringDimensionId,
  type TScoringItem,
  type TScoringModel,
  type TSingleItem,
} from './schema.ts';

type TTargetingItem = Extract<TScoringItem, { kind: (typeof TARGETING_KINDS)[number] }>;
const isTargeting = (item: TScoringItem): item is TTargetingItem =>
  (TARGETING_KINDS as readonly string[]).includes(item.kind);

/** Answers of one response, keyed by question id: option id, option ids, or row id → option id. */
export type TAnswers = Record<string, string | string[] | Record<string, string>>;
type TAnswer = TAnswers[string] | undefined;

/** Score of one item: 0..1, or null when the item is absent from its dimension's score. */
export type TItemScore = { questionId: string; score: number | null };

/** Score (0-100, one decimal) and stage of one dimension, with its item scores in model order. */
export type TDimensionScore = {
  id: TScoringDimensionId;
  score: number | null;
  stage: number | null;
  items: TItemScore[];
};

/** Every dimension in model order, and the overall score. */
export type TScoreResult = {
  dimensions: TDimensionScore[];
  overall: { score: number | null; stage: number | null };
};

/**
 * Rounds to one decimal, half away from zero, like Postgres `round(numeric, 1)`.
 * Binary float noise (3.7500000000000004 for an exact 3.75) is cleared to 12
 * significant digits first, so it never decides a tie that exact decimal
 * arithmetic would not.
 */
export function roundScore(x: number): number {
  const scaled = Number((Math.abs(x) * 10).toPrecision(12));
  return (Math.sign(x) * Math.round(scaled)) / 10;
}

/** The highest stage whose minScore is at or below `score`; null for a null score. */
export function stageFor(model: TScoringModel, score: number | null): number | null {
  if (score === null) return null;
  let found: number | null = null;
  for (const stage of model.stages) {
    if (stage.minScore <= score) found = stage.stage;
  }
  return found;
}

/**
 * Mean of `points` weighted by answer `counts`, leaving out `excluded` answers:
 * how the study computes its published effort means. Null when nothing counts.
 */
export function meanOnScale(
  points: Readonly<Record<string, number>>,
  counts: Readonly<Record<string, number>>,
  excluded: readonly string[] = [],
): number | null {
  let total = 0;
  let answered = 0;
  for (const [answer, count] of Object.entries(counts)) {
    if (excluded.includes(answer)) continue;
    const value = pointsOf(points, answer);
    if (value === undefined) throw new Error(`answer "${answer}" has no points on this scale`);
    total += value * count;
    answered += count;
  }
  return answered === 0 ? null : total / answered;
}

/** Own-property lookup, so an answer such as "constructor" never reads the prototype. */
function pointsOf(points: Readonly<Record<string, number>>, answer: string): number | undefined {
  return Object.hasOwn(points, answer) ? points[answer] : undefined;
}

/** Distinct string entries of a multiple-choice answer; empty for any other shape. */
function chosenOptions(answer: TAnswer): string[] {
  if (!Array.isArray(answer)) return [];
  return [...new Set(answer.filter((option) => typeof option === 'string'))];
}

function scoreSingle(item: TSingleItem, answer: TAnswer): number | null {
  if (typeof answer !== 'string' || (item.excluded ?? []).includes(answer)) return null;
  const points = pointsOf(item.points, answer);
  return points === undefined ? null : points / item.maxPoints;
}

function scoreMatrix(item: TMatrixItem, answer: TAnswer): number | null {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return null;
  const scores: number[] = [];
  for (const [rowId, column] of Object.entries(answer)) {
    if (item.rows && !item.rows.includes(rowId)) continue;
    if (typeof column !== 'string' || (item.excluded ?? []).includes(column)) continue;
    const points = pointsOf(item.points, column);
    if (points !== undefined) scores.push(points / item.maxPoints);
  }
  if (scores.length === 0) return null;
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

function scoreDepth(item: TMultipleDepthItem, answer: TAnswer): number | null {
  const exclusive = item.exclusive ?? [];
  const chosen = chosenOptions(answer).filter(
    (option) => exclusive.includes(option) || pointsOf(item.points, option) !== undefined,
  );
  if (chosen.length === 0) return null;
  if (chosen.some((option) => exclusive.includes(option))) return 0;
  const total = chosen.reduce((sum, option) => sum + (pointsOf(item.points, option) ?? 0), 0);
  return Math.min(1, total / item.maxPoints);
}

/**
 * How well the chosen options aim at the weakest dimensions: the needs they
 * address over the largest needs as many picks could address, diluted by
 * focusLimit / picks beyond focusLimit picks.
 */
function scoreTargeting(
  item: TMultipleTargetingItem,
  answer: TAnswer,
  scores: ReadonlyMap<TScoringDimensionId, number | null>,
): number | null {
  const need = (dimension: TScoringDimensionId): number => {
    const score = scores.get(dimension) ?? null;
    return score === null ? 0 : 1 - score / 100;
  };
  const chosen = chosenOptions(answer).filter((option) => Object.hasOwn(item.targets, option));
  if (chosen.length === 0) return null;
  const targeted = chosen.flatMap((option) => {
    const target = item.targets[option];
    return target ? [target] : [];
  });
  const picks = targeted.length;
  if (picks === 0) return 0;

  const achieved = targeted.reduce((sum, dimension) => sum + need(dimension), 0);
  const best = Object.values(item.targets)
    .flatMap((target) => (target ? [need(target)] : []))
    .sort((a, b) => b - a)
    .slice(0, picks)
    .reduce((sum, value) => sum + value, 0);
  const ratio = best === 0 ? 1 : achieved / best;
  return ratio * Math.min(1, item.focusLimit / picks);
}

/** Score of an item scored against the other dimensions' scores. */
function scoreAgainst(
  item: TTargetingItem,
  answer: TAnswer,
  scores: ReadonlyMap<TScoringDimensionId, number | null>,
): number | null {
  if (item.kind === 'multiple_targeting') return scoreTargeting(item, answer, scores);
  return gapTargeting(item, chosenOptions(answer), scores)?.score ?? null;
}

/** Score of an item that depends on no other dimension. */
function scoreItem(item: Exclude<TScoringItem, TTargetingItem>, answer: TAnswer) {
  switch (item.kind) {
    case 'single':
      return scoreSingle(item, answer);
    case 'matrix':
      return scoreMatrix(item, answer);
    case 'multiple_depth':
      return scoreDepth(item, answer);
  }
}

/** 100 × weighted mean of the present items, rounded; null when none is present. */
function dimensionScore(items: readonly TScoringItem[], scores: readonly TItemScore[]) {
  let weighted = 0;
  let weights = 0;
  items.forEach((item, index) => {
    const score = scores[index]?.score ?? null;
    if (score === null) return;
    weighted += item.weight * score;
    weights += item.weight;
  });
  return weights === 0 ? null : roundScore((100 * weighted) / weights);
}

/** Scores one response: every dimension of the model, in its order, and the overall score. */
export function scoreResponse(model: TScoringModel, answers: TAnswers): TScoreResult {
  const answerOf = (questionId: string): TAnswer =>
    Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
  const scores = new Map<TScoringDimensionId, number | null>();

  // Pass 1: every item that does not depend on other dimensions.
  const itemScores = model.dimensions.map((dimension) =>
    dimension.items.map((item): TItemScore => ({
      questionId: item.questionId,
      score: isTargeting(item) ? null : scoreItem(item, answerOf(item.questionId)),
    })),
  );
  const targeting = (items: readonly TScoringItem[]): boolean => items.some(isTargeting);
  model.dimensions.forEach((dimension, d) => {
    if (!targeting(dimension.items)) {
      scores.set(dimension.id, dimensionScore(dimension.items, itemScores[d] ?? []));
    }
  });

  // Pass 2: targeting items, against the scores of the dimensions scored in pass 1.
  const others = new Map(scores);
  model.dimensions.forEach((dimension, d) => {
    if (!targeting(dimension.items)) return;
    const own = itemScores[d] ?? [];
    dimension.items.forEach((item, i) => {
      if (!isTargeting(item)) return;
      own[i] = {
        questionId: item.questionId,
        score: scoreAgainst(item, answerOf(item.questionId), others),
      };
    });
    scores.set(dimension.id, dimensionScore(dimension.items, own));
  });

  const dimensions = model.dimensions.map((dimension, d): TDimensionScore => {
    const score = scores.get(dimension.id) ?? null;
    return { id: dimension.id, score, stage: stageFor(model, score), items: itemScores[d] ?? [] };
  });
  const present = dimensions.flatMap((dimension) =>
    dimension.score === null ? [] : [dimension.score],
  );
  const overall =
    present.length === 0
      ? null
      : roundScore(present.reduce((sum, score) => sum + score, 0) / present.length);
  return { dimensions, overall: { score: overall, stage: stageFor(model, overall) } };
}
