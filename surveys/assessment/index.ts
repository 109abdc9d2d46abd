/**
 * The assessment instrument, validated when this module loads: an invalid
 * definition fails the build instead of reaching respondents.
 */
import file from './digital-cx-v1.json' with { type: 'json' };
import revisionV2File from './digital-cx-v2.revision.json' with { type: 'json' };
import { parseSurveyFile } from './schema.ts';
import { answerSpec } from './answer-spec.ts';
import { parseSurveyRevision } from './revision.ts';
import { revisedSurvey } from './revised-survey.ts';

export * from './schema.ts';
export * from './answer-spec.ts';

/** Version 1: every question of the 2022 study, plus the respondent profile. English and Korean. */
export const assessmentV1 = parseSurveyFile(file);

/** What a submission of version 1 may contain. */
export const assessmentV1Spec = answerSpec(assessmentV1);

/** What version 2 adds to version 1: "None" for the automation priorities. */
export const revisionV2 = parseSurveyRevision(revisionV2File);

/** Version 2: version 1 and the revision. */
export const assessmentV2 = parseSurveyFile(revisedSurvey(assessmentV1, revisionV2));

/** What a submission of version 2 may contain. */
export const assessmentV2Spec = answerSpec(assessmentV2);

/** The version new respondents answer. */
export const currentAssessment = assessmentV2;
export const currentAssessmentSpec = assessmentV2Spec;

/** Every published version, oldest first: stored responses name one of them. */
export const assessments = [assessmentV1, assessmentV2] as const;
