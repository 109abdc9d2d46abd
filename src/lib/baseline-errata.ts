/**
 * The published study's own errors, from its data file: a published
 * percentage that its count does not give, and a published mean its counts do
 * not give (on the study's scale, the scoring model's points). The study page
 * lists them with these figures.
 */
import type { TBaselineEdition } from '../../surveys/baseline/index.ts';
import { meanOnScale } from '../../surveys/scoring/score.ts';
import type { TScoringModel } from '../../surveys/scoring/index.ts';

export type TErratum =
  | {
      kind: 'percent';
      questionId: string;
      optionId: string;
      published: number;
      count: number;
      n: number;
      computed: number;
    }
  | { kind: 'mean'; questionId: string; rowId: string; published: number; computed: number };

export function studyErrata(edition: TBaselineEdition, model: TScoringModel): TErratum[] {
  const items = model.dimensions.flatMap((dimension) => dimension.items);
  const found: TErratum[] = [];
  for (const question of edition.questions) {
    for (const distribution of question.distributions) {
      for (const erratum of distribution.errata ?? []) {
        const count = distribution.counts[erratum.optionId] ?? 0;
        found.push({
          kind: 'percent',
          questionId: question.id,
          optionId: erratum.optionId,
          published: distribution.publishedPercents[erratum.optionId] ?? Number.NaN,
          count,
          n: distribution.n,
          computed: (100 * count) / distribution.n,
        });
      }
      const item = items.find((i) => i.questionId === question.id && i.kind === 'matrix');
      if (
        distribution.publishedMeanErratum &&
        typeof distribution.publishedMean === 'number' &&
        item?.kind === 'matrix'
      ) {
        const computed = meanOnScale(item.points, distribution.counts, item.excluded ?? []);
        if (computed !== null)
          found.push({
            kind: 'mean',
            questionId: question.id,
            rowId: distribution.rowId ?? '',
            published: distribution.publishedMean,
            computed,
          });
      }
    }
  }
  return found;
}
