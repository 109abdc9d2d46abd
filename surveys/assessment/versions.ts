/**
 * The survey files of every published version, unvalidated and free of zod so
 * that the browser's survey runtime can read the current one; index.ts
 * validates each of them when it loads. Version 2 is version 1 plus a
 * revision (digital-cx-v2.revision.json).
 */
import fileV1 from './digital-cx-v1.json' with { type: 'json' };
import revisionV2 from './digital-cx-v2.revision.json' with { type: 'json' };
import { revisedSurvey } from './revised-survey.ts';
import type { TSurveyRevision } from './revision.ts';
import type { TSurveyFile } from './schema.ts';

const revisionFileV2 = revisionV2 as unknown as TSurveyRevision;

export const surveyFileV1 = fileV1 as unknown as TSurveyFile;
export const surveyFileV2 = revisedSurvey(surveyFileV1, revisionFileV2);

/** The version new respondents answer. */
export const currentSurveyFile = surveyFileV2;

/**
 * Earlier versions whose unfinished answers carry over to the current one: a
 * revision only adds choices, so every answer to the version it revises is
 * an answer to it.
 */
export const carriedOverVersions: readonly string[] = [revisionFileV2.basedOn];
