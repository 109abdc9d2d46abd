/**
 * Peer statistics from stage counts only. A published peer figure depends on
 * how many members of a group are at each 20-point stage of a dimension and on
 * nothing else, so no combination of figures narrows a member's score below
 * its stage. `private.stage_statistics` computes the same in the database;
 * an API test compares the two.
 */

/** Width of a stage band in score points. */
export const STAGE_WIDTH = 20;

/** Number of stages. */
export const STAGES = 5;

/** The stage band of a score: 1 (0-19.9) … 5 (80-100); 0 when not scored. */
export function stageBand(score: number | null): number {
  if (score === null) return 0;
  if (!(score >= 0 && score <= 100)) throw new RangeError(`score must be 0-100, got ${score}`);
  return Math.min(STAGES, Math.floor(score / STAGE_WIDTH) + 1);
}

/** Counts of a group in one dimension: not scored, then stages 1 to 5. */
export type TStageCounts = readonly [number, number, number, number, number, number];

export type TStageStatistics = {
  /** Scored members. */
  n: number;
  /** Members at stages 1 to 5. */
  stageCounts: number[];
  q1: number;
  median: number;
  q3: number;
  /** Where `own` falls among the scored members, 0-100; null when `own` is null. */
  percentileRank: number | null;
};

/** Half away from zero, as PostgreSQL's round(numeric). */
function roundHalfAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) + 1e-9);
}

/**
 * Grouped-data quartiles (members spread evenly within their stage) and the
 * percentile of `own` on the same assumption, in whole points. Needs at least
 * one scored member.
 */
export function stageStatistics(counts: TStageCounts, own: number | null): TStageStatistics {
  const stageCounts = counts.slice(1);
  if (stageCounts.some((count) => !Number.isInteger(count) || count < 0)) {
    throw new RangeError('stage counts must be non-negative integers');
  }
  const n = stageCounts.reduce((total, count) => total + count, 0);
  if (n === 0) throw new RangeError('no scored member');
  const quantile = (p: number): number => {
    const target = p * n;
    let below = 0;
    let band = 0;
    while (below + stageCounts[band]! < target) {
      below += stageCounts[band]!;
      band += 1;
    }
    return roundHalfAway(
      STAGE_WIDTH * band + (STAGE_WIDTH * (target - below)) / stageCounts[band]!,
    );
  };
  let percentileRank: number | null = null;
  const ownBand = stageBand(own);
  if (own !== null && ownBand > 0) {
    const below = stageCounts.slice(0, ownBand - 1).reduce((total, count) => total + count, 0);
    const within = Math.min(1, (own - STAGE_WIDTH * (ownBand - 1)) / STAGE_WIDTH);
    percentileRank = roundHalfAway((100 * (below + stageCounts[ownBand - 1]! * within)) / n);
  }
  return {
    n,
    stageCounts,
    q1: quantile(0.25),
    median: quantile(0.5),
    q3: quantile(0.75),
    percentileRank,
  };
}
