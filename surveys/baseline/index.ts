/**
 * The research baselines, validated when this module loads: an invalid file
 * fails the build instead of skewing a benchmark.
 */
import edition2022 from './digital-cx-2022.json' with { type: 'json' };
import { parseBaselineEdition } from './schema.ts';

export * from './schema.ts';

/** CCW Digital / Customer Engagement Insider, Digital CX & Engagement market study (March 2022). */
export const baselineEdition2022 = parseBaselineEdition(edition2022);
