/**
 * A report's peer group read from a frozen benchmark edition (issue 16)
 * instead of the live pool's latest release: the same shape, the same
 * statistics from stage counts only (stage-statistics.ts, as the database's),
 * the edition's own groups and its own hiding of small ones.
 */
import type { TGroupBenchmark, TSegment } from '../api/benchmark-report.ts';
import type { TEditionContent } from '../api/editions.ts';
import { sizeBand } from './anonymity.ts';
import { stageStatistics, type TStageCounts } from './stage-statistics.ts';

/** The edition's figures for `segment` (one attribute, or the whole pool), positioned at `ownScores`. */
export function editionGroup(
  edition: Pick<TEditionContent, 'k' | 'frozenAt' | 'statistics'>,
  segment: TSegment,
  ownScores: Readonly<Record<string, number | null>>,
): TGroupBenchmark {
  const [attribute, value] = Object.entries(segment)[0] ?? ['all', '*'];
  const group = edition.statistics.groups.find(
    (g) => g.attribute === attribute && g.value === value,
  );
  if (!group || !('stageCounts' in group)) {
    const reason = group && 'hiddenReason' in group ? group.hiddenReason : 'too_few';
    return {
      segment,
      visible: false,
      reason,
      sizeBand: reason === 'too_few' ? 'fewer_than_k' : null,
    };
  }
  return {
    segment,
    visible: true,
    n: group.organisations,
    sizeBand: sizeBand(group.organisations, edition.k),
    releasedAt: edition.frozenAt,
    current: true,
    dimensions: Object.entries(group.stageCounts)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([dimension, counts]) => {
        const scored = counts.slice(1).reduce((sum, count) => sum + count, 0);
        if (scored === 0) return { dimension, visible: false as const };
        const statistics = stageStatistics(
          counts as unknown as TStageCounts,
          ownScores[dimension] ?? null,
        );
        return { dimension, visible: true as const, ...statistics };
      }),
  };
}
