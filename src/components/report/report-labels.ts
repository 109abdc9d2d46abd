/**
 * What the report island needs to name things (dimensions, stages, their
 * descriptions) in both languages, taken from the scoring model at build
 * time so the island ships no model.
 */
import type { TLang } from '../../i18n/languages.ts';

type TText = Record<TLang, string>;

export type TReportLabels = {
  tableCaption: TText;
  stages: { stage: number; name: TText; description: TText }[];
  dimensions: { id: string; label: TText; stageDescriptions: Record<string, TText> }[];
};

type TModelLike = {
  stages: { stage: number; name: TText; description: TText }[];
  dimensions: { id: string; label: TText; stageDescriptions: Record<string, TText> }[];
};

export function reportLabels(model: TModelLike): TReportLabels {
  return {
    tableCaption: { en: 'Maturity by dimension', ko: '영역별 성숙도' },
    stages: model.stages.map(({ stage, name, description }) => ({ stage, name, description })),
    dimensions: model.dimensions.map(({ id, label, stageDescriptions }) => ({
      id,
      label,
      stageDescriptions,
    })),
  };
}
