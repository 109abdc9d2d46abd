/**
 * The assessment instrument, validated when this module loads: an invalid
 * definition fails the build instead of reaching respondents.
 */
import revisionFileV2 from './digital-cx-v2.revision.json' with { type: 'json' };
import { parseSurveyFile } from './schema.ts';
import { answerSpec } from './answer-spec.ts';
import { parseSurveyRevision } from './revision.ts';
import { currentSurveyFile, surveyFileV1, surveyFileV2 } from './versions.ts';

export * from './schema.ts';
export * from './answer-spec.ts';

/** Version 1: every question of the 2022 study, plus the respondent profile. English and Korean. */
export const assessmentV1 = parseSurveyFile(surveyFileV1);

/** What a submission of version 1 may contain. */
export const assessmentV1Spec = answerSpec(assessmentV1);

/** What version 2 adds to version 1: "None" for the automation priorities. */
export const revisionV2 = parseSurveyRevision(revisionFileV2);

/** Version 2: version 1 and the revision. */
export const assessmentV2 = parseSurveyFile(surveyFileV2);

/** What a submission of version 2 may contain. */
export const assessmentV2Spec = answerSpec(assessmentV2);

/** Every published version, oldest first: stored responses name one of them. */
export const assessments = [assessmentV1, assessmentV2] as const;

function published(version: string) {
  const found = assessments.find((file) => file.version === version);
  if (!found) throw new Error(`Survey version ${version} is not published`);
  return found;
}

/** The version new respondents answer (versions.ts names it). */
export const currentAssessment = published(currentSurveyFile.version);
export const currentAssessmentSpec = answerSpec(currentAssessment);
