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

/**
 * Answer counts as the database gives them (private.answer_counts):
 * {question: {option: n}} or, for a grid, {question: {row: {option: n}}}.
 */
export type TAnswerCounts = Readonly<
  Record<string, Readonly<Record<string, number | Readonly<Record<string, number>>>>>
>;

function countsOf(counts: TAnswerCounts, item: TRankedItem): Readonly<Record<string, number>> {
  const question = Object.hasOwn(counts, item.questionId) ? counts[item.questionId] : undefined;
  if (!question) return {};
  const level = item.rowId === null ? question : question[item.rowId];
  if (typeof level !== 'object' || level === null) return {};
  return Object.fromEntries(
    Object.entries(level).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  );
}

/**
 * The `limit` questions the executives disagree on most, furthest apart first
 * (then the items' order); for a grid, its most divided row.
 */
export function biggestDisagreements(
  items: readonly TRankedItem[],
  answerCounts: TAnswerCounts,
  limit = 3,
): TDisagreement[] {
  return (
    items
      .flatMap((item, order) => {
        if (item.scale.length < 2) return [];
        const given = countsOf(answerCounts, item);
        const counts = item.scale.map((optionId) => ({
          optionId,
          count: Object.hasOwn(given, optionId) ? (given[optionId] ?? 0) : 0,
        }));
        const positions = counts.flatMap(({ count }, position) =>
          Array.from({ length: count }, () => position),
        );
        if (positions.length < MIN_FOR_SPREAD) return [];
        const spread = averageAbsoluteDeviation(positions) / (item.scale.length - 1);
        if (spread === 0) return [];
        return [{ questionId: item.questionId, rowId: item.rowId, counts, spread, order }];
      })
      .sort((a, b) => b.spread - a.spread || a.order - b.order)
      // one entry per question, its most divided row: three rows of one grid would crowd out the rest
      .filter(
        (found, index, all) => all.findIndex((f) => f.questionId === found.questionId) === index,
      )
      .slice(0, limit)
      .map(({ questionId, rowId, counts, spread }) => ({ questionId, rowId, counts, spread }))
  );
}
