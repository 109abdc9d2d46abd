import { describe, expect, it } from 'vitest';
import { scoringModelV1 } from '../../../surveys/scoring/index.ts';
import { staleCitations } from './cited-numbers.ts';

const items = scoringModelV1.dimensions.flatMap((dimension) => dimension.items);

describe('staleCitations', () => {
  it('finds none for the current model', () => expect(staleCitations(items)).toEqual([]));
  it('names an item whose weight or points changed under the text', () => {
    const changed = items.map((item) =>
      item.questionId === 'effort_tasks' && item.kind === 'matrix'
        ? { ...item, points: { ...item.points, very_easy: 4 } }
        : item.questionId === 'alignment_collaboration'
          ? { ...item, weight: 0.6 }
          : item,
    );
    expect(staleCitations(changed)).toEqual(['alignment_collaboration', 'effort_tasks']);
  });
});
