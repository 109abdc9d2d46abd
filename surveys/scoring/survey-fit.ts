/**
 * Checks a scoring model against the survey version it scores: every scored
 * question is asked with a matching type, and every option a respondent can
 * choose is scored, excluded or targeted. The baseline check cannot see options
 * the instrument adds to the study's ("none" for the automation priorities).
 */
import type { TAnswerSpec } from '../assessment/answer-spec.ts';
import type { TScoringItem, TScoringModel } from './schema.ts';

const SPEC_TYPE: Record<TScoringItem['kind'], 'single' | 'multiple' | 'matrix'> = {
  single: 'single',
  matrix: 'matrix',
  multiple_depth: 'multiple',
  multiple_targeting: 'multiple',
  gap_targeting: 'multiple',
};

/** Option ids an item accounts for, and those of them that must be exclusive in the survey. */
function accounted(item: TScoringItem): { ids: string[]; exclusive: string[] } {
  switch (item.kind) {
    case 'single':
    case 'matrix':
      return { ids: [...Object.keys(item.points), ...(item.excluded ?? [])], exclusive: [] };
    case 'multiple_depth':
      return { ids: [...Object.keys(item.points), ...(item.exclusive ?? [])], exclusive: [] };
    case 'multiple_targeting':
      return { ids: Object.keys(item.targets), exclusive: [] };
    case 'gap_targeting':
      return {
        ids: [...Object.keys(item.targets), ...item.notApplicable],
        exclusive: item.notApplicable,
      };
  }
}

function itemIssues(item: TScoringItem, spec: TAnswerSpec): string[] {
  const question = Object.hasOwn(spec.questions, item.questionId)
    ? spec.questions[item.questionId]
    : undefined;
  if (!question) return [`${item.questionId}: not asked in ${spec.version}`];
  if (question.type !== SPEC_TYPE[item.kind]) {
    return [`${item.questionId}: a ${item.kind} item cannot score a ${question.type} question`];
  }
  const options =
    question.type === 'matrix' ? question.columns : 'options' in question ? question.options : [];
  const { ids, exclusive } = accounted(item);
  const issues = options
    .filter((option) => !ids.includes(option))
    .map((option) => `${item.questionId}: option "${option}" is not scored, excluded or targeted`);
  for (const option of exclusive) {
    if (question.type !== 'multiple' || !question.exclusive.includes(option)) {
      issues.push(`${item.questionId}: "${option}" must be an exclusive option of the survey`);
    }
  }
  return issues;
}

/** Returns the model; throws an Error listing every mismatch with the survey version's spec. */
export function checkAgainstSurvey(model: TScoringModel, spec: TAnswerSpec): TScoringModel {
  const issues = model.surveyVersion === spec.version ? [] : [`scores ${model.surveyVersion}`];
  for (const dimension of model.dimensions) {
    for (const item of dimension.items) issues.push(...itemIssues(item, spec));
  }
  if (issues.length > 0) {
    throw new Error(
      `Scoring model ${model.id} does not fit survey ${spec.version}:\n${issues.join('\n')}`,
    );
  }
  return model;
}
