/**
 * The scoring models, validated when this module loads, and checked against the
 * research baseline whose questions they score: an invalid model fails the
 * build instead of mis-scoring responses.
 */
import modelV1 from './digital-cx-scoring-v1.json' with { type: 'json' };
import { baselineEdition2022 } from '../baseline/index.ts';
import { checkAgainstBaseline, parseScoringModel } from './schema.ts';

export * from './schema.ts';
export * from './score.ts';

/** Scoring model v1 of the digital CX maturity assessment, on the 2022 study's questions. */
export const scoringModelV1 = checkAgainstBaseline(parseScoringModel(modelV1), baselineEdition2022);
