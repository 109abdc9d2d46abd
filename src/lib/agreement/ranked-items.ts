/**
 * The ranked questions and grid rows of a scoring model, each with its options
 * from least to most mature (by the points the model gives them; options the
 * model excludes as not applicable are left out): what "the biggest
 * disagreements" can rank. Unordered questions (multiple choice) have no
 * distance between answers and are not ranked.
 */
import type { TAnswerSpec } from '../../../surveys/assessment/answer-spec.ts';
import type { TScoringModel } from '../../../surveys/scoring/schema.ts';
import type { TRankedItem } from './disagreements.ts';

function scaleOf(points: Readonly<Record<string, number>>, excluded: readonly string[] = []) {
  return Object.entries(points)
    .filter(([option]) => !excluded.includes(option))
    .sort((a, b) => a[1] - b[1])
    .map(([option]) => option);
}

export function rankedItems(model: TScoringModel, spec: TAnswerSpec): TRankedItem[] {
  return model.dimensions.flatMap((dimension) =>
    dimension.items.flatMap((item): TRankedItem[] => {
      if (item.kind === 'single') {
        return [
          { questionId: item.questionId, rowId: null, scale: scaleOf(item.points, item.excluded) },
        ];
      }
      if (item.kind !== 'matrix') return [];
      const question = spec.questions[item.questionId];
      const rows = item.rows ?? (question?.type === 'matrix' ? question.rows : []);
      const scale = scaleOf(item.points, item.excluded);
      return rows.map((rowId) => ({ questionId: item.questionId, rowId, scale }));
    }),
  );
}
