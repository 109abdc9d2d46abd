import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/ui-strings.ts';
import { percentileRankInterval } from './intervals.ts';
import { positionBand, positionPrecision, positionWords } from './position-words.ts';

describe('positionBand', () => {
  it('puts each percentile rank in one band, edges included', () => {
    const bands = [0, 10, 10.1, 24.9, 25, 50, 50.1, 74.9, 75, 89.9, 90, 100].map(positionBand);
    expect(bands).toEqual([
      'bottom10',
      'bottom10',
      'bottom25',
      'bottom25',
      'lowerHalf',
      'lowerHalf',
      'upperHalf',
      'upperHalf',
      'top25',
      'top25',
      'top10',
      'top10',
    ]);
  });
});

describe('positionPrecision', () => {
  it('calls a position among few peers rough, and a large group firm', () => {
    expect(positionPrecision(percentileRankInterval(10, 6)!)).toBe('rough');
    expect(positionPrecision(percentileRankInterval(50, 23)!)).toBe('approximate');
    expect(positionPrecision(percentileRankInterval(50, 400)!)).toBe('firm');
  });
});

describe('positionWords', () => {
  it('reads "bottom quarter of 23 peers" with its precision, in English and Korean', () => {
    const words = positionWords(20, percentileRankInterval(20, 23)!, 23);
    expect(t('en', words.position, words.values)).toBe('bottom quarter of 23 peers');
    expect(t('ko', words.position, words.values)).toBe('동종 기업 23곳 중 하위 25%');
    expect(words.precision).toBe('report.precision.approximate');
    const few = positionWords(10, percentileRankInterval(10, 6)!, 6);
    expect(t('en', few.precision!, few.values)).toBe('with only 6 peers, this position is rough');
  });
});
