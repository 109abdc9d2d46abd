/**
 * "The biggest disagreements" of one organisation's executives (issue 14): the
 * ranked questions (and grid rows) where their answers lie furthest apart,
 * shown as answer counts, never as who answered what. Pure.
 *
 * Distance: the average absolute deviation of the answers' positions on the
 * question's scale, over the scale's length (c − 1 steps), so that questions
 * with four and six options compare: 0 when all agree, 0.5 when the answers
 * split evenly between the two ends. Not-applicable answers and missing ones
 * are left out; an item is ranked only with at least MIN_FOR_SPREAD answers.
 */
import { averageAbsoluteDeviation, MIN_FOR_SPREAD } from './agreement.ts';

/** One ranked question or grid row: its options from least to most mature. */
export type TRankedItem = {
  questionId: string;
  rowId: string | null;
  /** Option ids, least mature first. */
  scale: readonly string[];
};

export type TDisagreement = {
  questionId: string;
  rowId: string | null;
  /** How many executives gave each option, in scale order. */
  counts: { optionId: string; count: number }[];
  /** 0 (all agree) to 0.5 (split between the two ends). */
  spread: number;
};

type TAnswer = string | string[] | Record<string, string> | undefined;

function answerOf(answers: Readonly<Record<string, TAnswer>>, item: TRankedItem): string | null {
  const answer = Object.hasOwn(answers, item.questionId) ? answers[item.questionId] : undefined;
  if (item.rowId === null) return typeof answer === 'string' ? answer : null;
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return null;
  const row = Object.hasOwn(answer, item.rowId) ? answer[item.rowId] : undefined;
  return typeof row === 'string' ? row : null;
}

/** The `limit` items the executives disagree on most, furthest apart first (then the items' order). */
export function biggestDisagreements(
  items: readonly TRankedItem[],
  responses: readonly Readonly<Record<string, TAnswer>>[],
  limit = 3,
): TDisagreement[] {
  return items
    .flatMap((item, order) => {
      if (item.scale.length < 2) return [];
      const positions = responses.flatMap((answers) => {
        const answer = answerOf(answers, item);
        const position = answer === null ? -1 : item.scale.indexOf(answer);
        return position < 0 ? [] : [position];
      });
      if (positions.length < MIN_FOR_SPREAD) return [];
      const spread = averageAbsoluteDeviation(positions) / (item.scale.length - 1);
      if (spread === 0) return [];
      const counts = item.scale.map((optionId, position) => ({
        optionId,
        count: positions.filter((p) => p === position).length,
      }));
      return [{ questionId: item.questionId, rowId: item.rowId, counts, spread, order }];
    })
    .sort((a, b) => b.spread - a.spread || a.order - b.order)
    .slice(0, limit)
    .map(({ questionId, rowId, counts, spread }) => ({ questionId, rowId, counts, spread }));
}
