/**
 * The quality rules a response meets before it joins the live pool, as pure
 * functions. The database applies the same rules (private.answered_items,
 * private.longstring, private.speeding_flags in
 * 20261202002000_pool_integrity.sql); an API test feeds both the same inputs.
 *
 * - Speeding: faster than a floor per answered item, or, once enough counted
 *   responses have a duration, faster than a fraction (one third) of their
 *   median duration.
 * - Straight-lining: the careless package's long-string index (the longest
 *   run of identical consecutive answers) over the matrix items, answers
 *   compared by column position; flagged when one run covers every matrix
 *   item and some matrix has at least `minMatrix` rows.
 */
import type { TAnswers, TAnswerSpec } from '../../../surveys/assessment/index.ts';

export type TQualityFlag = 'speeding' | 'no_timing' | 'straight_lining' | 'duplicate';

/** The thresholds of private.pool_integrity_settings that the pure rules use. */
export type TQualityThresholds = {
  secondsPerItem: number;
  medianFraction: number;
  medianMinResponses: number;
  minMatrix: number;
};

export const DEFAULT_THRESHOLDS: TQualityThresholds = {
  secondsPerItem: 1.5,
  medianFraction: 0.3333,
  medianMinResponses: 30,
  minMatrix: 5,
};

/** Answered items: each matrix row, each non-empty choice list, text or single answer. */
export function answeredItems(answers: Record<string, unknown>): number {
  let count = 0;
  for (const value of Object.values(answers)) {
    if (Array.isArray(value)) count += value.length > 0 ? 1 : 0;
    else if (value !== null && typeof value === 'object') count += Object.keys(value).length;
    else if (typeof value === 'string') count += value.trim() !== '' ? 1 : 0;
  }
  return count;
}

/**
 * Column positions (1-based) of the answered matrix items: matrices in the
 * order of their question names (code points; the stored spec keeps no
 * question order), rows in display order.
 */
export function matrixPositions(
  spec: TAnswerSpec,
  answers: TAnswers,
): { column: number; matrixRows: number }[] {
  const positions: { column: number; matrixRows: number }[] = [];
  const names = Object.keys(spec.questions).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const question = spec.questions[name]!;
    if (question.type !== 'matrix') continue;
    const answer = answers[name];
    if (!answer || typeof answer !== 'object' || Array.isArray(answer)) continue;
    for (const row of question.rows) {
      const column = question.columns.indexOf(answer[row] ?? '');
      if (column >= 0) positions.push({ column: column + 1, matrixRows: question.rows.length });
    }
  }
  return positions;
}

/** The long-string index: the longest run of identical consecutive values (0 for none). */
export function longstring(values: readonly unknown[]): number {
  let longest = 0;
  let run = 0;
  values.forEach((value, i) => {
    run = i > 0 && values[i - 1] === value ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

export function isStraightLining(
  spec: TAnswerSpec,
  answers: TAnswers,
  minMatrix = DEFAULT_THRESHOLDS.minMatrix,
): boolean {
  const positions = matrixPositions(spec, answers);
  const widest = Math.max(0, ...positions.map((p) => p.matrixRows));
  const columns = positions.map((p) => p.column);
  return columns.length > 0 && longstring(columns) === columns.length && widest >= minMatrix;
}

/**
 * Speeding flags for a response that took `seconds` (null: no draft record)
 * to answer `answered` items, given the durations of recently counted responses.
 */
export function speedingFlags(
  seconds: number | null,
  answered: number,
  countedDurations: readonly number[],
  thresholds: TQualityThresholds = DEFAULT_THRESHOLDS,
): TQualityFlag[] {
  if (seconds === null)
    return thresholds.secondsPerItem > 0 || thresholds.medianFraction > 0 ? ['no_timing'] : [];
  if (seconds < thresholds.secondsPerItem * answered) return ['speeding'];
  if (
    countedDurations.length >= thresholds.medianMinResponses &&
    seconds < thresholds.medianFraction * median(countedDurations)
  )
    return ['speeding'];
  return [];
}

/** The median (mean of the middle two for an even count), as percentile_cont(0.5). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
