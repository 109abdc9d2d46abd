/**
 * The recommendations, validated when this module loads and checked against the
 * research baseline whose ids their triggers use: an invalid file fails the build
 * instead of showing advice that never fires.
 */
import setV1 from './digital-cx-recommendations-v1.json' with { type: 'json' };
import { baselineEdition2022 } from '../baseline/index.ts';
import { checkTriggersAgainstBaseline, parseRecommendations } from './schema.ts';

export * from './schema.ts';

/** Version 1: six to ten recommendations per dimension, English and Korean, on the 2022 study's ids. */
export const recommendationsV1 = checkTriggersAgainstBaseline(
  parseRecommendations(setV1),
  baselineEdition2022,
);
