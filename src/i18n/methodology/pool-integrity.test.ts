import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../lib/pool-integrity/quality-checks.ts';
import { strayMarkup } from '../rich-text.ts';
import { en, ko } from './pool-integrity.ts';
import type { TMethodologyBlock } from './types.ts';

const texts = (blocks: TMethodologyBlock[]) =>
  blocks.flatMap((block) =>
    'p' in block ? [block.p] : 'ul' in block ? block.ul : 'h3' in block ? [block.h3] : [],
  );
const shape = (block: TMethodologyBlock) =>
  'ul' in block ? `ul${block.ul.length}` : 'h3' in block ? `h3#${block.id}` : Object.keys(block)[0];

describe('the pool integrity section of the methodology', () => {
  it('has the same blocks, anchors and figures in English and Korean', () => {
    expect(ko.id).toBe(en.id);
    expect(ko.blocks.map(shape)).toEqual(en.blocks.map(shape));
    const figures = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).sort();
    expect(figures(texts(ko.blocks).join(' '))).toEqual(
      expect.arrayContaining(figures(texts(en.blocks).join(' ')).filter((f) => f !== '3.2')),
    );
  });

  it('states the thresholds the quality checks use, and carries no stray markup or placeholder', () => {
    const text = texts(en.blocks).join(' ');
    expect(text).toContain(`${DEFAULT_THRESHOLDS.secondsPerItem} seconds per answered item`);
    expect(text).toContain(`Once ${DEFAULT_THRESHOLDS.medianMinResponses} counted responses`);
    expect(DEFAULT_THRESHOLDS.medianFraction).toBeCloseTo(1 / 3, 3);
    expect(text).toContain('one third of their median');
    for (const part of [...texts(en.blocks), ...texts(ko.blocks)]) {
      expect(strayMarkup(part)).toEqual([]);
      expect(part).not.toMatch(/[{}]/);
    }
  });
});
