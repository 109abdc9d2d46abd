import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../brand/contrast.ts';
import { STAGE_SHADES, stageShade } from './stage-shade.ts';

describe('stageShade', () => {
  it('keeps AA contrast for the text of every stage, and darkens with the stage', () => {
    const luminance = [1, 2, 3, 4, 5].map((stage) => {
      const shade = STAGE_SHADES[stage]!;
      expect(contrastRatio(shade.background, shade.text), `stage ${stage}`).toBeGreaterThanOrEqual(
        4.5,
      );
      return relativeLuminance(shade.background);
    });
    expect([...luminance].sort((a, b) => b - a)).toEqual(luminance);
  });

  it('gives no style without a stage', () => {
    expect(stageShade(null)).toBe('');
    expect(stageShade(3)).toBe('background:#a9c6ea;color:#1a1a1a');
  });
});
