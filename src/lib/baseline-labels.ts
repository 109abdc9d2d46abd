/**
 * The labels a baseline view needs (prompts, rows, options), taken from the
 * data file at build time so the island only fetches numbers.
 */
import type { TBaselineEdition } from '../../surveys/baseline/index.ts';

export type TQuestionLabels = {
  id: string;
  prompt: string;
  rows: Record<string, string>;
  options: Record<string, string>;
};

export function questionLabels(edition: TBaselineEdition): TQuestionLabels[] {
  return edition.questions.map((question) => ({
    id: question.id,
    prompt: question.prompt,
    rows: Object.fromEntries((question.rows ?? []).map((row) => [row.id, row.label])),
    options: Object.fromEntries(question.options.map((option) => [option.id, option.label])),
  }));
}

/** Share of n as a percentage with one decimal, e.g. 36.8. */
export function percentOf(count: number, n: number): string {
  return ((100 * count) / n).toFixed(1);
}
