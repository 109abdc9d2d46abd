import { describe, expect, it } from 'vitest';
import { PRODUCT_ACCENT } from '../report/report-brand.ts';
import {
  AA_TEXT,
  accentProblem,
  contrastRatio,
  isHexColour,
  relativeLuminance,
} from './contrast.ts';

describe('relativeLuminance', () => {
  it('is 0 for black, 1 for white, and linearises each channel', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 12);
    // pure channels carry their coefficients
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 12);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 12);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 12);
    // 10/255 lies on the linear part: 10 / 255 / 12.92
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 12);
  });

  it('refuses anything but #rrggbb', () => {
    for (const value of ['#fff', 'ffffff', '#fffffff', '#gggggg', 'red', '']) {
      expect(isHexColour(value)).toBe(false);
      expect(() => relativeLuminance(value)).toThrow(RangeError);
    }
  });
});

describe('contrastRatio', () => {
  it('matches the known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // WebAIM's checker: #0000ff on white is 8.59:1
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
  });

  it('does not depend on the order of the colours', () => {
    expect(contrastRatio('#ffffff', '#0b5cad')).toBe(contrastRatio('#0b5cad', '#ffffff'));
  });
});

describe('accentProblem', () => {
  it('passes at 4.5:1 and above, unrounded', () => {
    expect(accentProblem('#767676')).toBeNull();
    expect(accentProblem('#777777')).toBe('low_contrast');
    expect(accentProblem('#000000')).toBeNull();
    expect(accentProblem('#ffffff')).toBe('low_contrast');
  });

  it("passes the product's own accent, in either case", () => {
    expect(accentProblem(PRODUCT_ACCENT)).toBeNull();
    expect(accentProblem(PRODUCT_ACCENT.toUpperCase())).toBeNull();
  });

  it('refuses light brand colours that would carry text on white', () => {
    // a typical yellow and a light orange
    expect(accentProblem('#ffcc00')).toBe('low_contrast');
    expect(accentProblem('#ff9900')).toBe('low_contrast');
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(accentProblem('#06c')).toBe('not_a_colour');
    expect(accentProblem('navy')).toBe('not_a_colour');
    expect(accentProblem('#0b5cad; background: url(x)')).toBe('not_a_colour');
  });

  it('at 4.5:1 on white keeps at least 3:1 on the summary panel (#f3f5f8)', () => {
    // the darkest luminance still refused, just above the boundary: ratio 4.5 exactly
    const boundary = 1.05 / AA_TEXT - 0.05;
    const onPanel = (relativeLuminance('#f3f5f8') + 0.05) / (boundary + 0.05);
    expect(onPanel).toBeGreaterThan(4.1);
    expect(contrastRatio('#767676', '#f3f5f8')).toBeGreaterThan(3);
  });
});
