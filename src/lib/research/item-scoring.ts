/**
 * How the scoring model uses one column of the research file, in English and
 * Korean, for the codebook. Read from the model, so it stays true when the
 * model changes.
 */
import type {
  TScoringDimension,
  TScoringItem,
  TScoringModel,
} from '../../../surveys/scoring/index.ts';

/** A text in English and Korean. */
export type TText = { en: string; ko: string };

/** The scored item for a question, and its dimension; undefined when the model does not score it. */
export function scoredItem(
  model: TScoringModel,
  question: string,
): { item: TScoringItem; dimension: TScoringDimension } | undefined {
  for (const dimension of model.dimensions) {
    const item = dimension.items.find((candidate) => candidate.questionId === question);
    if (item) return { item, dimension };
  }
  return undefined;
}

const list = (ids: readonly string[]): string => ids.join(', ');

/** Where an item counts: dimension and weight. */
function where(dimension: TScoringDimension, item: TScoringItem): TText {
  return {
    en: `Scored in ${dimension.label.en} (weight ${item.weight}).`,
    ko: `${dimension.label.ko} 영역에 반영됩니다(가중치 ${item.weight}).`,
  };
}

function join(...texts: TText[]): TText {
  return {
    en: texts.map((text) => text.en).join(' '),
    ko: texts.map((text) => text.ko).join(' '),
  };
}

function pointsText(points: Readonly<Record<string, number>>, max: number): TText {
  const pairs = Object.entries(points)
    .map(([id, value]) => `${id} = ${value}`)
    .join(', ');
  return {
    en: `Points: ${pairs}, of ${max}.`,
    ko: `점수: ${pairs} (최고 ${max}점).`,
  };
}

/** How a single-choice question, or one row of a matrix, is scored. */
export function answerScoring(model: TScoringModel, question: string, row?: string): TText {
  const found = scoredItem(model, question);
  if (!found) return { en: 'Not scored.', ko: '점수에 반영되지 않습니다.' };
  const { item, dimension } = found;
  if (item.kind === 'single') {
    const excluded = item.excluded?.length
      ? [{ en: `${list(item.excluded)}: left out.`, ko: `${list(item.excluded)}: 제외.` }]
      : [];
    return join(
      where(dimension, item),
      { en: 'Item score = points / maximum.', ko: '문항 점수 = 점수 / 최고 점수.' },
      pointsText(item.points, item.maxPoints),
      ...excluded,
    );
  }
  if (item.kind === 'matrix') {
    if (row !== undefined && item.rows && !item.rows.includes(row)) {
      return { en: 'Not scored (row left out).', ko: '점수에 반영되지 않습니다(제외된 행).' };
    }
    const excluded = item.excluded?.length
      ? [{ en: `${list(item.excluded)}: row left out.`, ko: `${list(item.excluded)}: 행 제외.` }]
      : [];
    return join(
      where(dimension, item),
      {
        en: 'Item score = mean over the counted rows of points / maximum.',
        ko: '문항 점수 = 반영되는 행의 (점수 / 최고 점수) 평균.',
      },
      pointsText(item.points, item.maxPoints),
      ...excluded,
    );
  }
  return { en: 'Not scored on its own.', ko: '단독으로는 점수에 반영되지 않습니다.' };
}

/** How choosing one option of a multiple-choice question is scored. */
export function optionScoring(model: TScoringModel, question: string, option: string): TText {
  const found = scoredItem(model, question);
  if (!found) return { en: 'Not scored.', ko: '점수에 반영되지 않습니다.' };
  const { item, dimension } = found;
  if (item.kind === 'multiple_depth') {
    const base = join(where(dimension, item), {
      en: `Item score = min(1, sum of the chosen options' points / ${item.maxPoints}).`,
      ko: `문항 점수 = min(1, 선택한 선택지 점수의 합 / ${item.maxPoints}).`,
    });
    if (item.exclusive?.includes(option)) {
      return join(base, { en: 'This option scores 0.', ko: '이 선택지는 0점입니다.' });
    }
    const points = item.points[option] ?? 0;
    return join(base, { en: `This option: ${points} points.`, ko: `이 선택지: ${points}점.` });
  }
  if (item.kind === 'multiple_targeting' || item.kind === 'gap_targeting') {
    const base = join(where(dimension, item), {
      en: 'Scored by how well the chosen priorities aim at the weakest other dimensions.',
      ko: '선택한 우선순위가 가장 약한 다른 영역을 얼마나 잘 겨냥하는지로 점수가 매겨집니다.',
    });
    if (item.kind === 'gap_targeting' && item.notApplicable.includes(option)) {
      return join(base, {
        en: 'This option leaves the item unscored.',
        ko: '이 선택지는 문항을 점수 없음으로 둡니다.',
      });
    }
    const target = item.targets[option];
    const label = model.dimensions.find((d) => d.id === target)?.label;
    return join(
      base,
      label
        ? {
            en: `This option strengthens ${label.en}.`,
            ko: `이 선택지는 ${label.ko}을(를) 보강합니다.`,
          }
        : { en: 'This option targets no dimension.', ko: '이 선택지는 겨냥하는 영역이 없습니다.' },
    );
  }
  return { en: 'Not scored on its own.', ko: '단독으로는 점수에 반영되지 않습니다.' };
}
