/**
 * Everything the methodology page shows, in one language: its text with the
 * placeholders filled from the study and the scoring model, and the tables
 * built from the model. The page component only renders this.
 */
import { currentAssessment, type TSurveyFile } from '../../../surveys/assessment/index.ts';
import { baselineEdition2022, type TBaselineEdition } from '../../../surveys/baseline/index.ts';
import { currentScoringModel, type TScoringModel } from '../../../surveys/scoring/index.ts';
import { fill } from '../../i18n/fill.ts';
import type { TLang } from '../../i18n/languages.ts';
import {
  METHODOLOGY_TEXT,
  type TMethodologyBlock,
  type TMethodologySection,
} from '../../i18n/methodology/index.ts';
import { t } from '../../i18n/ui-strings.ts';
import { questionLabels } from '../baseline-labels.ts';
import { MIN_K } from '../benchmark/anonymity.ts';
import { PRIORITY_RULE_TEXT } from '../benchmark/study-weights.ts';
import { staleCitations } from './cited-numbers.ts';
import {
  dimensionTables,
  stageRows,
  unscoredPrompts,
  wordingById,
  type TQuestionWording,
} from './methodology-tables.ts';

export type TMethodologySources = {
  study: TBaselineEdition;
  model: TScoringModel;
  survey: TSurveyFile;
};

/** The page explains the model that scores new responses, on the survey version they answer. */
const SOURCES: TMethodologySources = {
  study: baselineEdition2022,
  model: currentScoringModel,
  survey: currentAssessment,
};

/** The values the text's `{placeholders}` stand for. */
export function methodologyValues(
  lang: TLang,
  { study, model }: TMethodologySources,
  wording: TQuestionWording,
): Record<string, string | number> {
  const items = model.dimensions.flatMap((dimension) => dimension.items);
  const depth = items.find((item) => item.kind === 'multiple_depth');
  const targeting = items.find(
    (item) => item.kind === 'gap_targeting' || item.kind === 'multiple_targeting',
  );
  if (!depth || !targeting)
    throw new Error('the methodology text explains a depth and a targeting item');
  const fielded = new Intl.DateTimeFormat(lang, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    modelId: model.id,
    title: t(lang, 'study.title', { title: study.title }),
    publisher: study.publisher,
    analyst: study.analyst,
    fielded: fielded.format(new Date(`${study.fielded}-01T00:00:00Z`)),
    n: study.sampleSize,
    year: study.year,
    depthMax: depth.maxPoints,
    noneOption: wording(depth.questionId).options[depth.exclusive?.[0] ?? ''] ?? '',
    focusLimit: targeting.focusLimit,
    k: MIN_K,
  };
}

function fillBlock(block: TMethodologyBlock, values: Record<string, string | number>) {
  if ('p' in block) return { p: fill(block.p, values) };
  if ('ul' in block) return { ul: block.ul.map((item) => fill(item, values)) };
  if ('ol' in block) return { ol: block.ol.map((item) => fill(item, values)) };
  if ('h3' in block) return { ...block, h3: fill(block.h3, values) };
  return block;
}

export function methodologyPage(lang: TLang, sources: TMethodologySources = SOURCES) {
  const { study, model, survey } = sources;
  const stale = staleCitations(model.dimensions.flatMap((dimension) => dimension.items));
  if (stale.length > 0) {
    throw new Error(`The methodology text explains ${stale.join(', ')} with outdated numbers`);
  }
  const text = METHODOLOGY_TEXT[lang];
  const labels = questionLabels(study, lang, survey);
  const wording = wordingById(labels);
  const values = methodologyValues(lang, sources, wording);
  const sections: TMethodologySection[] = text.sections.map((section) => ({
    ...section,
    heading: fill(section.heading, values),
    blocks: section.blocks.map((block) => fillBlock(block, values)),
  }));
  return {
    title: text.title,
    description: text.description,
    heading: text.heading,
    intro: fill(text.intro, values),
    sections,
    words: text.tables,
    citation: study.citation,
    dimensions: dimensionTables(model, wording, text.tables, lang),
    unscored: unscoredPrompts(model, labels),
    lang,
    stages: stageRows(model, text.tables, lang),
    priorityRule: PRIORITY_RULE_TEXT[lang],
  };
}

export type TMethodologyPage = ReturnType<typeof methodologyPage>;
