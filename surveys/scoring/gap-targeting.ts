/**
 * The automation rule of scoring model v2 (`gap_targeting`): how much of the
 * organisation's largest gap its automation priorities would close. Pure, and
 * mirrored by private.score_gap_targeting in Postgres:
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
 * The item is worked out as one fraction, divided once at the end, in both
 * languages: Postgres' numeric division is exact only to a fixed number of
 * digits, and a score that is exactly half a tenth (15.95) must not come out
 * of several divisions as 15.9499… there and 15.95 here.
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
  const sum = others.reduce((total, score) => total + score, 0);
  // ceiling = ceilingNum / ceilingDen, without dividing
  const capped = sum + item.leadLimit * others.length >= 100 * others.length;
  const ceilingNum = capped ? 100 : sum + item.leadLimit * others.length;
  const ceilingDen = capped ? 1 : others.length;
  if (ceilingNum <= weakest * ceilingDen) return null;

  // aim × aimBand × placed, and focus = focusLimit / longest
  const aimed = placed.reduce(
    (total, score) => total + Math.max(0, item.aimBand - (score - weakest)),
    0,
  );
  const longest = Math.max(item.focusLimit, known.length);
  const lift =
    ((ceilingNum - weakest * ceilingDen) * aimed * item.focusLimit) /
    (ceilingDen * item.aimBand * placed.length * longest);
  return {
    weakest,
    ceiling: ceilingNum / ceilingDen,
    aim: aimed / (item.aimBand * placed.length),
    focus: item.focusLimit / longest,
    score: (weakest + lift) / 100,
  };
}
