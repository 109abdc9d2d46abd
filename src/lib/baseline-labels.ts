/**
 * The labels a baseline view needs (prompts, rows, options), taken from the
 * data files at build time so the island only fetches numbers. In English they
 * are the study's own wording (the baseline file); in Korean, the instrument's
 * Korean texts, whose questions are the study's under the same ids.
 */
import type { TSurveyFile } from '../../surveys/assessment/index.ts';
import type { TBaselineEdition } from '../../surveys/baseline/index.ts';
import type { TLang } from '../i18n/languages.ts';
import { questionTexts } from './report/report-props.ts';

export type TQuestionLabels = {
  id: string;
  prompt: string;
  rows: Record<string, string>;
  options: Record<string, string>;
};

/** Every question of `edition` in `lang`; fails the build if a Korean text is missing. */
export function questionLabels(
  edition: TBaselineEdition,
  lang: TLang,
  survey: TSurveyFile,
): TQuestionLabels[] {
  const translated =
    lang === 'en'
      ? undefined
      : questionTexts(
          survey,
          lang,
          edition.questions.map((question) => question.id),
        );
  return edition.questions.map((question) => {
    const own: TQuestionLabels = {
      id: question.id,
      prompt: question.prompt,
      rows: Object.fromEntries((question.rows ?? []).map((row) => [row.id, row.label])),
      options: Object.fromEntries(question.options.map((option) => [option.id, option.label])),
    };
    if (!translated) return own;
    const text = translated[question.id];
    const labels: TQuestionLabels = {
      id: question.id,
      prompt: text?.title ?? '',
      rows: pick(text?.rows ?? {}, Object.keys(own.rows)),
      options: pick(text?.options ?? {}, Object.keys(own.options)),
    };
    const missing = [
      ...(labels.prompt ? [] : ['prompt']),
      ...Object.keys(own.rows).filter((id) => !labels.rows[id]),
      ...Object.keys(own.options).filter((id) => !labels.options[id]),
    ];
    if (missing.length > 0) {
      throw new Error(`No ${lang} text for ${question.id}: ${missing.join(', ')}`);
    }
    return labels;
  });
}

const pick = (texts: Record<string, string>, ids: string[]): Record<string, string> =>
  Object.fromEntries(ids.filter((id) => texts[id]).map((id) => [id, texts[id]!]));

/** Share of n as a percentage with one decimal, e.g. 36.8. */
export function percentOf(count: number, n: number): string {
  return ((100 * count) / n).toFixed(1);
}
