/**
 * A priority in plain language: how far below the target, how it stands with
 * the typical peer when the peer group is shown, and how common the weakness
 * was in the study (a share computed from its answer counts, said so).
 */
import type { TUiKey } from '../../i18n/ui-strings.ts';
import { TARGET_SCORE, type TPriority } from './priorities.ts';

export type TWordedLine = { key: TUiKey; values: Record<string, string | number> };

const one = (value: number) => value.toFixed(1);

export function priorityLines(
  priority: TPriority,
  study: { year: number; sampleSize: number },
): TWordedLine[] {
  const lines: TWordedLine[] = [
    {
      key: 'report.priority.target',
      values: { score: one(priority.score), gap: one(priority.gap), target: TARGET_SCORE },
    },
  ];
  if (priority.peerMedian !== null) {
    const difference = priority.peerMedian - priority.score;
    lines.push(
      difference > 0
        ? {
            key: 'report.priority.belowPeers',
            values: { median: one(priority.peerMedian), difference: one(difference) },
          }
        : { key: 'report.priority.abovePeers', values: { median: one(priority.peerMedian) } },
    );
  }
  lines.push({
    key: 'report.priority.study',
    values: { year: study.year, n: study.sampleSize, share: Math.round(100 * priority.weight) },
  });
  return lines;
}
