/**
 * What the report island needs to name things, built from the survey and
 * scoring data files at build time (so the island ships neither file): the
 * question texts, the segment values, and the dimension and stage names.
 */
import type { TSurveyFile } from '../../../surveys/assessment/index.ts';
import type { TLang } from '../../i18n/languages.ts';

export type TText = Record<TLang, string>;

export type TQuestionText = {
  title: TText;
  options: Record<string, TText>;
  rows: Record<string, TText>;
};

const text = (value: { default: string; ko: string }): TText => ({
  en: value.default,
  ko: value.ko,
});

/** Titles, option texts and row texts of every question, in both languages. */
export function questionTexts(file: TSurveyFile): Record<string, TQuestionText> {
  const texts: Record<string, TQuestionText> = {};
  for (const page of file.definition.pages) {
    for (const element of page.elements) {
      const choices =
        'choices' in element ? element.choices : 'columns' in element ? element.columns : [];
      const rows = 'rows' in element ? element.rows : [];
      texts[element.name] = {
        title: text(element.title),
        options: Object.fromEntries(choices.map((choice) => [choice.value, text(choice.text)])),
        rows: Object.fromEntries(rows.map((row) => [row.value, text(row.text)])),
      };
    }
  }
  return texts;
}

export const SEGMENT_QUESTIONS = ['industry', 'company_size', 'region', 'business_model'] as const;
export type TSegmentQuestion = (typeof SEGMENT_QUESTIONS)[number];

/** The values a reader can pick for each segment attribute. */
export function segmentOptions(
  texts: Record<string, TQuestionText>,
): Record<TSegmentQuestion, { value: string; label: TText }[]> {
  const of = (name: TSegmentQuestion) =>
    Object.entries(texts[name]?.options ?? {}).map(([value, label]) => ({ value, label }));
  return {
    industry: of('industry'),
    company_size: of('company_size'),
    region: of('region'),
    business_model: of('business_model'),
  };
}
