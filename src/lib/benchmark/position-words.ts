/**
 * A position among peers in words an executive reads at a glance ("bottom
 * quarter of 23 peers"), and how much to trust it, from the percentile rank
 * and its 95% interval. The exact figures stay available beside it.
 *
 * Bands: top tenth (≥ 90), top quarter (≥ 75), upper half (> 50), lower half
 * (≥ 25), bottom quarter (> 10), bottom tenth. Precision: "rough" when the 95%
 * interval spans 40 points or more (two fifths of the field: with under a dozen peers it
 * nearly always does), "approximate" from 20 points, otherwise firm.
 */
import type { TUiKey } from '../../i18n/ui-strings.ts';
import type { TInterval } from './intervals.ts';

export type TPositionBand = 'top10' | 'top25' | 'upperHalf' | 'lowerHalf' | 'bottom25' | 'bottom10';
export type TPrecision = 'rough' | 'approximate' | 'firm';

export function positionBand(percentileRank: number): TPositionBand {
  if (percentileRank >= 90) return 'top10';
  if (percentileRank >= 75) return 'top25';
  if (percentileRank > 50) return 'upperHalf';
  if (percentileRank >= 25) return 'lowerHalf';
  if (percentileRank > 10) return 'bottom25';
  return 'bottom10';
}

export function positionPrecision(interval: TInterval): TPrecision {
  const width = interval.high - interval.low;
  if (width >= 40) return 'rough';
  if (width >= 20) return 'approximate';
  return 'firm';
}

/** The ui-string keys (with values) that say where the organisation stands and how surely. */
export function positionWords(
  percentileRank: number,
  interval: TInterval,
  n: number,
): { position: TUiKey; precision: TUiKey | null; values: { n: number } } {
  const precision = positionPrecision(interval);
  return {
    position: `report.position.${positionBand(percentileRank)}`,
    precision: precision === 'firm' ? null : `report.precision.${precision}`,
    values: { n },
  };
}
