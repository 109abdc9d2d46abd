/**
 * The automation rule of scoring model v2 (`gap_targeting`): how much of the
 * organisation's largest gap its automation priorities would close. Pure, and
 * mirrored by private.score_gap_targeting in Postgres, so it stays plain
 * arithmetic in the same order:
 *
 * - addressable dimensions: those some option targets, with a score;
 *   weakest = the lowest of their scores (the floor);
 * - ceiling = min(100, mean of the other dimensions' scores + leadLimit):
 *   automation leads the organisation it runs in by at most one stage;
 * - each priority placed on a scored dimension is aimed by
 *   max(0, 1 − (its dimension's score − weakest) / aimBand); aim = their mean;
 * - focus = min(1, focusLimit / number of priorities, "other" included);
 * - item = (weakest + (ceiling − weakest) × aim × focus) / 100.
 *
 * Not scored (null) when nothing is chosen, a not-applicable option ("none")
 * is chosen, no priority can be placed (only "other"), no other dimension is
 * scored, or the ceiling is not above the weakest score: then no answer could
 * move the score (every dimension automation could strengthen is at 100, say).
 */
import type { TGapTargetingItem, TScoringDimensionId } from './schema.ts';

/** What the rule read and worked out, for explanations; `score` is the item score (0..1). */
export type TGapTargeting = {
  weakest: number;
  ceiling: number;
  aim: number;
  focus: number;
  score: number;
};

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Scores the chosen options against the other dimensions' scores (0-100, null
 * when unscored); null when the item is not applicable (see the module comment).
 */
export function gapTargeting(
  item: TGapTargetingItem,
  chosen: readonly string[],
  scores: ReadonlyMap<TScoringDimensionId, number | null>,
): TGapTargeting | null {
  const known = chosen.filter(
    (option) => Object.hasOwn(item.targets, option) || item.notApplicable.includes(option),
  );
  if (known.length === 0 || known.some((option) => item.notApplicable.includes(option))) {
    return null;
  }
  const scoreOf = (dimension: TScoringDimensionId | null): number | null =>
    dimension === null ? null : (scores.get(dimension) ?? null);

  const others = [...scores.values()].flatMap((score) => (score === null ? [] : [score]));
  const addressable = Object.values(item.targets).flatMap((target) => {
    const score = scoreOf(target);
    return score === null ? [] : [score];
  });
  const placed = known.flatMap((option) => {
    const score = scoreOf(item.targets[option] ?? null);
    return score === null ? [] : [score];
  });
  if (others.length === 0 || addressable.length === 0 || placed.length === 0) return null;

  const weakest = Math.min(...addressable);
  const ceiling = Math.min(100, mean(others) + item.leadLimit);
  if (ceiling <= weakest) return null;

  const aim = mean(placed.map((score) => Math.max(0, 1 - (score - weakest) / item.aimBand)));
  const focus = Math.min(1, item.focusLimit / known.length);
  return {
    weakest,
    ceiling,
    aim,
    focus,
    score: (weakest + (ceiling - weakest) * aim * focus) / 100,
  };
}
