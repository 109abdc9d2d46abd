/**
 * The data the report page gives its island, built at build time from the
 * data files in the page's language only, and only what the report shows: the
 * texts of the questions it names (the study's and the segment attributes), the
 * segment choices, the names of dimensions and stages of every scoring model
 * (a report shows those of the model that scored it), the study's counts, the
 * effort scale, the advice and the priority weights. The island ships none of
 * the files, and the page carries one language.
 */
import type { TLocalizedString, TSurveyFile } from '../../../surveys/assessment/index.ts';
import type { TBaselineEdition } from '../../../surveys/baseline/schema.ts';
import type { TRecommendation } from '../../../surveys/recommendations/schema.ts';
import type { TScoringModel } from '../../../surveys/scoring/schema.ts';
import type { TLang } from '../../i18n/languages.ts';
import {
  localizeRecommendations,
  type TLocalRecommendation,
} from '../benchmark/recommendations.ts';
import {
  scalePoints,
  studyFigures,
  type TScalePoints,
  type TStudyFigures,
} from '../benchmark/study-comparison.ts';
import type { TDimensionId } from '../dimensions.ts';

/** A question's title, option texts and matrix-row texts, keyed by option and row id. */
export type TQuestionText = {
  title: string;
  options: Record<string, string>;
  rows: Record<string, string>;
};

export const SEGMENT_QUESTIONS = ['industry', 'company_size', 'region', 'business_model'] as const;
export type TSegmentQuestion = (typeof SEGMENT_QUESTIONS)[number];
export type TSegmentOption = { value: string; label: string };

/** A scoring model's id, names of its dimensions and stages, and what each stage means per dimension. */
export type TReportLabels = {
  model: string;
  tableCaption: string;
  /** The stages, each with its lowest score and what an organisation at it looks like. */
  stages: { stage: number; minScore: number; name: string; description: string }[];
  dimensions: {
    id: string;
    label: string;
    stageDescriptions: Record<string, string>;
    /** Why the dimension may have no score, where the model says. */
    notScored?: string;
  }[];
};

type TText = Record<TLang, string>;
type TModelLike = {
  id: string;
  stages: readonly { stage: number; minScore: number; name: TText; description: TText }[];
  dimensions: readonly {
    id: string;
    label: TText;
    stageDescriptions: Record<string, TText>;
    notScored?: TText;
  }[];
};

const TABLE_CAPTION: TText = { en: 'Maturity by dimension', ko: '영역별 성숙도' };

const inLang = (value: TLocalizedString, lang: TLang): string =>
  lang === 'en' ? value.default : value.ko;

/** Title, option texts and row texts of the questions named in `ids`, in `lang`. */
export function questionTexts(
  file: TSurveyFile,
  lang: TLang,
  ids: readonly string[],
): Record<string, TQuestionText> {
  const texts: Record<string, TQuestionText> = {};
  for (const page of file.definition.pages) {
    for (const element of page.elements) {
      if (!ids.includes(element.name)) continue;
      const choices =
        'choices' in element ? element.choices : 'columns' in element ? element.columns : [];
      const rows = 'rows' in element ? element.rows : [];
      texts[element.name] = {
        title: inLang(element.title, lang),
        options: Object.fromEntries(
          choices.map((choice) => [choice.value, inLang(choice.text, lang)]),
        ),
        rows: Object.fromEntries(rows.map((row) => [row.value, inLang(row.text, lang)])),
      };
    }
  }
  return texts;
}

/** The values a reader can pick for each segment attribute, from texts that include them. */
export function segmentOptions(
  texts: Record<string, TQuestionText>,
): Record<TSegmentQuestion, TSegmentOption[]> {
  const of = (name: TSegmentQuestion) =>
    Object.entries(texts[name]?.options ?? {}).map(([value, label]) => ({ value, label }));
  return {
    industry: of('industry'),
    company_size: of('company_size'),
    region: of('region'),
    business_model: of('business_model'),
  };
}

/** Dimension and stage names from the scoring model, in `lang`. */
export function reportLabels(model: TModelLike, lang: TLang): TReportLabels {
  return {
    model: model.id,
    tableCaption: TABLE_CAPTION[lang],
    stages: model.stages.map(({ stage, minScore, name, description }) => ({
      stage,
      minScore,
      name: name[lang],
      description: description[lang],
    })),
    dimensions: model.dimensions.map(({ id, label, stageDescriptions, notScored }) => ({
      id,
      label: label[lang],
      stageDescriptions: Object.fromEntries(
        Object.entries(stageDescriptions).map(([stage, text]) => [stage, text[lang]]),
      ),
      ...(notScored ? { notScored: notScored[lang] } : {}),
    })),
  };
}

/** The labels of the model that scored `surveyVersion`; the current model's for an unknown one. */
export function labelsFor(
  data: Pick<TReportData, 'labels' | 'currentVersion'>,
  surveyVersion: string,
) {
  const found = Object.hasOwn(data.labels, surveyVersion) ? data.labels[surveyVersion] : undefined;
  return found ?? data.labels[data.currentVersion]!;
}

/** Everything the report island is given as data (see json-script.ts). */
export type TReportData = {
  /** Labels of each survey version's scoring model, keyed by survey version. */
  labels: Record<string, TReportLabels>;
  /** The survey version new responses answer. */
  currentVersion: string;
  questions: Record<string, TQuestionText>;
  segmentOptions: Record<TSegmentQuestion, TSegmentOption[]>;
  study: TStudyFigures;
  scalePoints: TScalePoints;
  recommendations: TLocalRecommendation[];
  weights: Record<TDimensionId, number>;
};

/** The data files the report draws on. */
export type TReportSources = {
  /** The current survey version (its texts cover every earlier version's options). */
  survey: TSurveyFile;
  /** Every scoring model, the current survey version's among them. */
  models: readonly TScoringModel[];
  edition: TBaselineEdition;
  recommendations: readonly TRecommendation[];
  weights: Readonly<Record<TDimensionId, number>>;
};

/** The report island's data in `lang`. */
export function reportData(lang: TLang, sources: TReportSources): TReportData {
  const ids = [...SEGMENT_QUESTIONS, ...sources.edition.questions.map((question) => question.id)];
  const questions = questionTexts(sources.survey, lang, ids);
  const current = sources.models.find((model) => model.surveyVersion === sources.survey.version);
  if (!current) throw new Error(`No scoring model scores ${sources.survey.version}`);
  return {
    labels: Object.fromEntries(
      sources.models.map((model) => [model.surveyVersion, reportLabels(model, lang)]),
    ),
    currentVersion: sources.survey.version,
    questions,
    segmentOptions: segmentOptions(questions),
    study: studyFigures(sources.edition),
    scalePoints: scalePoints(current),
    recommendations: localizeRecommendations(sources.recommendations, lang),
    weights: { ...sources.weights },
  };
}
