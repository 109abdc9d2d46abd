/**
 * What changed for one organisation between two rounds (issue 15), per
 * dimension and overall, with each round's agreement beside it. Pure.
 *
 * - Delta: later score minus earlier, in points, rounded like every score.
 * - Movement, when both rounds have a score:
 *   1. the stage changed: the way the stage went ("up" from 39.9 at stage 2
 *      to 40.1 at stage 3, although only 0.2 points), so the word never
 *      contradicts the stages shown beside it;
 *   2. otherwise "steady" while |delta| < 3 points (up to 2.9 either way,
 *      under a sixth of a 20-point stage). A convention, not a significance
 *      test: with a handful of executives no threshold this small separates
 *      change from noise; it keeps a wobble of a point or two from being
 *      called a movement, and the delta is always shown;
 *   3. otherwise "up" or "down" by the sign of the delta.
 * - A dimension without a score in either round (not released, or left
 *   unscored, as model v2 leaves automation for some answers) is not
 *   compared: the change says which round lacks it and has no delta.
 * - Both rounds are on the organisation's one survey version (a new round
 *   keeps it), so their scores are on the same model.
 */
import type { TDimensionScore } from '../api/assessment.ts';
import type { TOrganisationReport } from '../api/consultant.ts';
import { roundScore } from '../../../surveys/scoring/score.ts';
import { SCORED_IDS, type TScoreStage, type TScoredId } from './portfolio-organisation.ts';

/** Changes smaller than this many points are steady unless the stage changed. */
export const STEADY_BELOW = 3;

/** One round of an organisation: its combined scores and agreement (the report, or its previous round). */
export type TRound = {
  scores: readonly TDimensionScore[];
  agreement: TOrganisationReport['agreement'];
};

/** One dimension's agreement in a round, as the organisation report gives it. */
export type TRoundAgreement = TOrganisationReport['agreement'][number];

export type TMovement = 'up' | 'down' | 'steady';

/** A dimension (or overall) across two rounds. */
export type TRoundChange = {
  dimension: TScoredId;
  before: TScoreStage;
  after: TScoreStage;
  /** Each round's agreement in this dimension, passed through; null where the round has none. */
  agreement: { before: TRoundAgreement | null; after: TRoundAgreement | null };
} & (
  | { compared: true; delta: number; movement: TMovement }
  | { compared: false; missing: 'before' | 'after' | 'both' }
);

/** Every dimension's change, then the overall change. */
export type TRoundChanges = {
  dimensions: TRoundChange[];
  overall: TRoundChange;
};

/** The movement word for two scores and their stages (the rule above). */
export function movement(before: TScoreStage, after: TScoreStage, delta: number): TMovement {
  if (before.stage !== null && after.stage !== null && before.stage !== after.stage) {
    return after.stage > before.stage ? 'up' : 'down';
  }
  // in tenths of a point, so 3.0 is never read as 2.9999…
  if (Math.abs(Math.round(delta * 10)) < STEADY_BELOW * 10) return 'steady';
  return delta > 0 ? 'up' : 'down';
}

function scoreIn(round: TRound, id: TScoredId): TScoreStage {
  const found = round.scores.find((score) => score.dimension === id);
  return { score: found?.score ?? null, stage: found?.stage ?? null };
}

function change(previous: TRound, current: TRound, id: TScoredId): TRoundChange {
  const before = scoreIn(previous, id);
  const after = scoreIn(current, id);
  const agreement = {
    before: previous.agreement.find((a) => a.dimension === id) ?? null,
    after: current.agreement.find((a) => a.dimension === id) ?? null,
  };
  const common = { dimension: id, before, after, agreement };
  if (before.score === null || after.score === null) {
    const missing =
      before.score === null ? (after.score === null ? 'both' : 'before') : ('after' as const);
    return { ...common, compared: false, missing };
  }
  const delta = roundScore(after.score - before.score);
  return { ...common, compared: true, delta, movement: movement(before, after, delta) };
}

/** The change from the `previous` round to the `current` one, per dimension and overall. */
export function roundChanges(previous: TRound, current: TRound): TRoundChanges {
  const changes = SCORED_IDS.map((id) => change(previous, current, id));
  return {
    dimensions: changes.filter((c) => c.dimension !== 'overall'),
    overall: changes.find((c) => c.dimension === 'overall')!,
  };
}
