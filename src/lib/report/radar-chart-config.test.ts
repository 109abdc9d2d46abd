import { describe, expect, it } from 'vitest';
import { canvasFontSize, radarChartConfig, textUnits, wrapLabel } from './radar-chart-config.ts';

describe('wrapLabel', () => {
  it('breaks at spaces into lines of at most the width', () => {
    expect(wrapLabel('Personalization and customer intelligence', 16)).toEqual([
      'Personalization',
      'and customer',
      'intelligence',
    ]);
    expect(wrapLabel('Automation priorities', 30)).toEqual(['Automation priorities']);
  });

  it('keeps a word longer than the width whole, on its own line', () => {
    expect(wrapLabel('a verylongwordindeed b', 5)).toEqual(['a', 'verylongwordindeed', 'b']);
  });

  it('ignores extra spaces and gives no line for empty text', () => {
    expect(wrapLabel('  Brand   consistency across ', 17)).toEqual(['Brand consistency', 'across']);
    expect(wrapLabel('   ', 8)).toEqual([]);
  });

  it('counts Hangul as two characters wide', () => {
    // 개인화 및 고객 = 3·2 + 1 + 2 + 1 + 2·2 = 14 units; adding " 인텔리전스" would make 25.
    expect(wrapLabel('개인화 및 고객 인텔리전스', 16)).toEqual(['개인화 및 고객', '인텔리전스']);
  });
});

describe('textUnits', () => {
  it('is the length of Latin text and twice it for Hangul and CJK', () => {
    expect(textUnits('Automation')).toBe(10);
    expect(textUnits('자동화')).toBe(6);
    expect(textUnits('CX 전략')).toBe(7);
    expect(textUnits('')).toBe(0);
  });
});

describe('radarChartConfig', () => {
  const config = radarChartConfig({
    labels: ['Alignment on digital strategy', 'Customer effort'],
    series: [
      { label: 'Your company', data: [62.5, null], color: '#1f5fbf' },
      { label: 'Peer median', data: [50, 71], color: '#b35900', dashed: true },
    ],
    devicePixelRatio: 2,
  });

  it('plots each series on a fixed 0-100 scale, the peers dashed and unfilled', () => {
    expect(config.data.labels).toEqual([['Alignment on', 'digital strategy'], ['Customer effort']]);
    expect(config.data.datasets.map((d) => [d.label, d.data, d.fill, d.borderDash])).toEqual([
      ['Your company', [62.5, null], true, []],
      ['Peer median', [50, 71], false, [6, 4]],
    ]);
    expect(config.options?.scales?.['r']).toMatchObject({ min: 0, max: 100 });
  });

  it('is static and can be posted to a worker (plain data, no functions)', () => {
    expect(config.options).toMatchObject({
      animation: false,
      responsive: false,
      events: [],
      devicePixelRatio: 2,
    });
    expect(structuredClone(config)).toEqual(config);
  });
});

describe('canvasFontSize', () => {
  it('keeps labels at their size on a wide screen and scales them up where the chart shrinks', () => {
    expect(canvasFontSize(13, 480)).toBe(13);
    expect(canvasFontSize(13, 900)).toBe(13);
    // a 350 px wide chart on a phone: 13 × 480 / 350, shown at 13 px again
    expect(canvasFontSize(13, 350)).toBeCloseTo(17.8, 1);
    expect(canvasFontSize(13, 350) * (350 / 480)).toBeCloseTo(13, 0);
  });

  it('reaches the chart configuration', () => {
    const config = radarChartConfig({
      labels: ['A'],
      series: [],
      devicePixelRatio: 1,
      displayWidth: 240,
    });
    expect(config.options?.scales?.['r']?.pointLabels?.font).toEqual({ size: 26 });
  });
});
