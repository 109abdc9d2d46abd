/**
 * The score columns of the research file: a 0-100 score and a 1-5 stage per
 * dimension, then overall, with the rules and stage bands of the scoring model.
 */
import type { TScoringModel } from '../../../surveys/scoring/index.ts';
import type { TCategory, TCodebookVariable, TText } from './codebook.ts';

const MISSING = [''] as const;

/** Dimension scores, stages and the overall score and stage. */
export function scoreVariables(model: TScoringModel): Omit<TCodebookVariable, 'name'>[] {
  const stages: TCategory[] = model.stages.map((stage) => ({
    value: stage.stage,
    code: String(stage.stage),
    label: stage.name,
  }));
  const bands = model.stages
    .map((stage, i) => `${stage.stage}: ${stage.minScore}–${model.stages[i + 1]?.minScore ?? 100}`)
    .join(', ');
  const parts = [
    ...model.dimensions.map((d) => ({ id: d.id, label: d.label })),
    { id: 'overall', label: { en: 'Overall', ko: '종합' } },
  ];
  const notScored: TText = {
    en: 'Blank: not scored (no scored answer in the dimension).',
    ko: '빈칸: 점수 없음(영역에 점수화된 응답이 없음).',
  };
  return parts.flatMap(({ id, label }) => {
    const rule: TText =
      id === 'overall'
        ? {
            en: 'Mean of the dimension scores present, one decimal.',
            ko: '산출된 영역 점수의 평균, 소수점 한 자리.',
          }
        : {
            en: '100 × weighted mean of the item scores of the dimension, one decimal.',
            ko: '영역 문항 점수의 가중 평균 × 100, 소수점 한 자리.',
          };
    return [
      {
        source: `score_${id}`,
        role: 'dimension_score' as const,
        type: 'number' as const,
        label: { en: `${label.en}: score`, ko: `${label.ko}: 점수` },
        description: { en: `Score 0–100. ${rule.en}`, ko: `점수 0~100. ${rule.ko}` },
        missingValues: MISSING,
        missing: notScored,
        scoring: rule,
        constraints: { minimum: 0, maximum: 100 },
      },
      {
        source: `stage_${id}`,
        role: 'stage' as const,
        type: 'integer' as const,
        label: { en: `${label.en}: stage`, ko: `${label.ko}: 단계` },
        description: {
          en: `Maturity stage from the score (stage: scores from–below): ${bands}.`,
          ko: `점수에 따른 성숙도 단계(단계: 점수 이상–미만): ${bands}.`,
        },
        categories: stages,
        ordered: true,
        missingValues: MISSING,
        missing: notScored,
      },
    ];
  });
}
