/**
 * Applies a survey revision (revision.ts) to the version it revises: pure, no
 * zod, so the browser's survey runtime can build the current version from the
 * data files. The result is validated by parseSurveyFile where it is loaded.
 */
import type { TSurveyRevision } from './revision.ts';
import type { TSurveyFile } from './schema.ts';

/** The revised survey file; throws when the revision does not fit its base. */
export function revisedSurvey(base: TSurveyFile, revision: TSurveyRevision): TSurveyFile {
  if (revision.basedOn !== base.version) {
    throw new Error(
      `Revision ${revision.version} is based on ${revision.basedOn}, not ${base.version}`,
    );
  }
  const file: TSurveyFile = structuredClone(base);
  file.version = revision.version;
  for (const { question: name, choice } of revision.addChoices) {
    const question = file.definition.pages
      .flatMap((page) => page.elements)
      .find((element) => element.name === name);
    if (question?.type !== 'checkbox') {
      throw new Error(`Revision ${revision.version}: no multiple-choice question ${name}`);
    }
    question.choices.push(structuredClone(choice));
  }
  return file;
}
