import { describe, expect, it } from 'vitest';
import {
  labelLayout,
  pointOn,
  ringPoints,
  seriesOutline,
  seriesPoints,
  textUnits,
  wrapLabel,
  type TRadarFrame,
} from './radar.ts';

// A square frame, centre (200, 200), outer ring radius 100.
const FRAME: TRadarFrame = { width: 400, height: 400, cx: 200, cy: 200, radius: 100 };

describe('pointOn', () => {
  it('puts the first axis straight up and the others clockwise', () => {
    expect(pointOn(FRAME, 4, 0, 100)).toEqual({ x: 200, y: 100 });
    expect(pointOn(FRAME, 4, 1, 100)).toEqual({ x: 300, y: 200 });
    expect(pointOn(FRAME, 4, 2, 100)).toEqual({ x: 200, y: 300 });
    expect(pointOn(FRAME, 4, 3, 100)).toEqual({ x: 100, y: 200 });
  });

  it('scales the value from the centre, clamped to 0-100, to a tenth of a unit', () => {
    expect(pointOn(FRAME, 4, 1, 50)).toEqual({ x: 250, y: 200 });
    expect(pointOn(FRAME, 4, 1, 0)).toEqual({ x: 200, y: 200 });
    expect(pointOn(FRAME, 4, 1, 140)).toEqual({ x: 300, y: 200 });
    expect(pointOn(FRAME, 4, 1, -5)).toEqual({ x: 200, y: 200 });
    // Six axes: axis 1 is 60° clockwise from the top: (sin 60°, −cos 60°) · 100 = (86.60, −50).
    expect(pointOn(FRAME, 6, 1, 100)).toEqual({ x: 286.6, y: 150 });
  });
});

describe('ringPoints and series', () => {
  it('draws a ring through every axis at the value', () => {
    expect(ringPoints(FRAME, 4, 50)).toBe('200,150 250,200 200,250 150,200');
  });

  it('skips axes without a value, so the outline joins their neighbours', () => {
    expect(seriesPoints(FRAME, [100, null, 100, 50])).toEqual([
      { x: 200, y: 100 },
      { x: 200, y: 300 },
      { x: 150, y: 200 },
    ]);
    expect(seriesOutline(FRAME, [100, null, 100, 50])).toBe('200,100 200,300 150,200');
    expect(seriesOutline(FRAME, [null, null])).toBe('');
  });
});

describe('labelLayout', () => {
  // Labels 10 units beyond the ring (radius 110), lines 12 apart.
  const layout = (index: number, lines: number) => labelLayout(FRAME, 4, index, lines, 12, 10);

  it('centres the top label and grows it upwards from above the ring', () => {
    // Last baseline at y = 200 − 110 = 90; two lines: 78 and 90.
    expect(layout(0, 2)).toEqual({ x: 200, anchor: 'middle', ys: [78, 90] });
  });

  it('centres the bottom label and grows it downwards', () => {
    // First baseline 0.7 line below y = 310: 318.4, then 330.4.
    expect(layout(2, 2)).toEqual({ x: 200, anchor: 'middle', ys: [318.4, 330.4] });
  });

  it('starts right-hand labels and ends left-hand ones at the axis, centred on it', () => {
    // One line: baseline 0.35 line below the axis, 200 + 4.2.
    expect(layout(1, 1)).toEqual({ x: 310, anchor: 'start', ys: [204.2] });
    // Three lines centred: first at 200 − 12 + 4.2 = 192.2.
    expect(layout(3, 3)).toEqual({ x: 90, anchor: 'end', ys: [192.2, 204.2, 216.2] });
  });
});

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
