/**
 * The scoring models, validated when this module loads, and checked against the
 * research baseline whose questions they score and the survey version whose
 * answers they score: an invalid model fails the build instead of mis-scoring
 * responses.
 */
import modelV1 from './digital-cx-scoring-v1.json' with { type: 'json' };
import revisionV2 from './digital-cx-scoring-v2.json' with { type: 'json' };
import { assessmentV1Spec, assessmentV2Spec } from '../assessment/index.ts';
import { baselineEdition2022 } from '../baseline/index.ts';
import { applyScoringRevision } from './revision.ts';
import { checkAgainstBaseline, parseScoringModel, type TScoringModel } from './schema.ts';
import { checkAgainstSurvey } from './survey-fit.ts';

export * from './schema.ts';
export * from './score.ts';

/** Scoring model v1 of the digital CX maturity assessment, on the 2022 study's questions. */
export const scoringModelV1 = checkAgainstSurvey(
  checkAgainstBaseline(parseScoringModel(modelV1), baselineEdition2022),
  assessmentV1Spec,
);

/** Scoring model v2: v1 with the automation dimension scored by gap targeting. */
export const scoringModelV2 = checkAgainstSurvey(
  checkAgainstBaseline(
    parseScoringModel(applyScoringRevision(scoringModelV1, revisionV2)),
    baselineEdition2022,
  ),
  assessmentV2Spec,
);

/** The model that scores new responses. */
export const currentScoringModel = scoringModelV2;

/** Every published model, oldest first. */
export const scoringModels: readonly TScoringModel[] = [scoringModelV1, scoringModelV2];
