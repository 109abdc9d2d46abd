/**
 * How long the assessment takes, estimated from the instrument itself until
 * enough timed completions exist: the English words a respondent reads at 238
 * words a minute (Brysbaert 2019, the mean silent reading rate for non-fiction)
 * plus 5 seconds for each answer given (a question, or a row of a matrix),
 * rounded up to the next minute.
 */
import { surveyQuestions, type TSurveyFile } from '../../../surveys/assessment/index.ts';

export const READING_WORDS_PER_MINUTE = 238;
export const SECONDS_PER_ANSWER = 5;

/** Every English text of the instrument (SurveyJS's `default` strings), word by word. */
function englishWords(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + englishWords(item), 0);
  if (!value || typeof value !== 'object') return 0;
  return Object.entries(value as Record<string, unknown>).reduce(
    (sum, [key, item]) =>
      sum +
      (key === 'default' && typeof item === 'string'
        ? item.split(/\s+/).filter(Boolean).length
        : englishWords(item)),
    0,
  );
}

export function estimatedMinutes(file: TSurveyFile): {
  minutes: number;
  words: number;
  answers: number;
} {
  const words = englishWords(file.definition);
  const answers = surveyQuestions(file).reduce(
    (sum, question) => sum + (question.type === 'matrix' ? question.rows.length : 1),
    0,
  );
  const minutes = Math.ceil(words / READING_WORDS_PER_MINUTE + (answers * SECONDS_PER_ANSWER) / 60);
  return { minutes, words, answers };
}
