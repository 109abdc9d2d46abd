/**
 * One client organisation as the portfolio sees it (issue 15): the workspace
 * overview's fields with the organisation's combined scores per dimension.
 * A score is null where the organisation's result is not released yet.
 */
import type { TDimensionScore } from '../api/assessment.ts';
import type { TClientOrganisation } from '../api/consultant.ts';
import { DIMENSION_IDS, type TDimensionId } from '../dimensions.ts';

/** A scored dimension of the report, or the overall score. */
export type TScoredId = TDimensionId | 'overall';

/** The dimensions, then the overall score: the order every list here follows. */
export const SCORED_IDS: readonly TScoredId[] = [...DIMENSION_IDS, 'overall'];

/** A score (0-100, one decimal) with its stage (1-5); both null when not scored or not released. */
export type TScoreStage = Pick<TDimensionScore, 'score' | 'stage'>;

/** An organisation of the portfolio. */
export type TPortfolioOrganisation = Pick<
  TClientOrganisation,
  'id' | 'name' | 'segment' | 'lastActivity'
> & {
  /** Executives whose answers are in the combined scores. */
  respondents: number;
  /** The combined scores, one per dimension and 'overall'; a dimension may be absent. */
  scores: readonly TDimensionScore[];
};

/** The segment attributes an organisation is filtered by. */
export type TSegmentAttribute = keyof TPortfolioOrganisation['segment'];

const UNSCORED: TScoreStage = { score: null, stage: null };

/** An organisation's score and stage in one dimension (or overall); nulls when absent. */
export function scoreOf(organisation: TPortfolioOrganisation, id: TScoredId): TScoreStage {
  const found = organisation.scores.find((score) => score.dimension === id);
  return found === undefined ? UNSCORED : { score: found.score, stage: found.stage };
}
