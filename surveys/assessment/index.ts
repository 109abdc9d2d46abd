/**
 * The assessment instrument, validated when this module loads: an invalid
 * definition fails the build instead of reaching respondents.
 */
import file from './digital-cx-v1.json' with { type: 'json' };
import { parseSurveyFile } from './schema.ts';
import { answerSpec } from './answer-spec.ts';

export * from './schema.ts';
export * from './answer-spec.ts';

/** Version 1: every question of the 2022 study, plus the respondent profile. English and Korean. */
export const assessmentV1 = parseSurveyFile(file);

/** What a submission of version 1 may contain. */
export const assessmentV1Spec = answerSpec(assessmentV1);
