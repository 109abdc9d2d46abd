/**
 * A report's peer group read from a frozen benchmark edition (issue 16)
 * instead of the live pool's latest release: the same shape, the same
 * statistics from stage counts only (stage-statistics.ts, as the database's),
 * the edition's own groups and its own hiding of small ones.
 */
import type { TBenchmarkReport, TGroupBenchmark, TSegment } from '../api/benchmark-report.ts';
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

/**
 * A report whose peer figures come from `edition` instead of the live pool:
 * the whole pool and the chosen group, positioned at the report's own scores.
 */
export function withEdition<T extends Pick<TBenchmarkReport, 'response' | 'wholePool' | 'segment'>>(
  report: T,
  edition: Pick<TEditionContent, 'k' | 'frozenAt' | 'statistics'>,
  segment: TSegment,
): T {
  const own = Object.fromEntries(report.response.scores.map((s) => [s.dimension, s.score]));
  const chosen = Object.keys(segment).length > 0;
  return {
    ...report,
    wholePool: editionGroup(edition, {}, own),
    segment: chosen ? editionGroup(edition, segment, own) : null,
  };
}
