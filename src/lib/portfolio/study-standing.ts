/**
 * Where a group's answers stand among the 2022 study's answers, per
 * dimension, from the group's answer counts (the portfolio's pooled answers,
 * issue 15). The same rule as one organisation's standing (board-summary.ts):
 * each answer's mid-rank among the study's applicable answers, averaged over a
 * question's answers (a grid's rows together), then over the dimension's
 * questions. Computed from the study's answer counts, not published by it.
 */
import type { TAnswerCounts } from '../agreement/disagreements.ts';
import {
  compareWithStudy,
  type TScalePoints,
  type TStudyComparison,
  type TStudyFigures,
} from '../benchmark/study-comparison.ts';
import { studyStandings, type TStudyStanding } from '../report/board-summary.ts';

/** The comparisons of every counted answer, each as often as it was given. */
function countedComparisons(
  study: Pick<TStudyFigures, 'questions'>,
  scalePoints: TScalePoints,
  counts: TAnswerCounts,
): TStudyComparison[] {
  // ordinal questions only: a multiple choice has no standing
  const asked = new Set(
    study.questions
      .filter((question) => question.kind !== 'multiple')
      .map((question) => question.id),
  );
  const comparisons: TStudyComparison[] = [];
  const add = (answers: Parameters<typeof compareWithStudy>[1], times: number) => {
    const compared = compareWithStudy(study, answers, scalePoints);
    for (let i = 0; i < times; i++) comparisons.push(...compared);
  };
  for (const [questionId, byOption] of Object.entries(counts)) {
    if (!asked.has(questionId)) continue;
    for (const [key, value] of Object.entries(byOption)) {
      if (typeof value === 'number') add({ [questionId]: key }, value);
      else
        for (const [option, times] of Object.entries(value))
          add({ [questionId]: { [key]: option } }, times);
    }
  }
  return comparisons;
}

/** Per dimension, the standing of the counted answers among the study's; absent where none is ordinal. */
export function countedStudyStandings(
  study: Pick<TStudyFigures, 'questions'>,
  scalePoints: TScalePoints,
  counts: TAnswerCounts,
): Partial<Record<string, TStudyStanding>> {
  const dimensionOf = Object.fromEntries(study.questions.map((q) => [q.id, q.dimension]));
  return studyStandings(countedComparisons(study, scalePoints, counts), dimensionOf);
}
