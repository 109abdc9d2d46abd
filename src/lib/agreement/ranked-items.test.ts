import { describe, expect, it } from 'vitest';
import { currentAssessmentSpec } from '../../../surveys/assessment/index.ts';
import { currentScoringModel } from '../../../surveys/scoring/index.ts';
import { rankedItems } from './ranked-items.ts';

describe('rankedItems', () => {
  const items = rankedItems(currentScoringModel, currentAssessmentSpec);

  it('orders every scale by the points the model gives, leaving excluded options out', () => {
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      const scored = currentScoringModel.dimensions
        .flatMap((d) => d.items)
        .find((i) => i.questionId === item.questionId)!;
      const points = (scored as { points: Record<string, number> }).points;
      const values = item.scale.map((option) => points[option]!);
      expect(values, item.questionId).toEqual([...values].sort((a, b) => a - b));
      const excluded = (scored as { excluded?: string[] }).excluded ?? [];
      for (const option of excluded) expect(item.scale).not.toContain(option);
    }
  });

  it('lists each counted row of a grid, and no multiple-choice question', () => {
    const grids = items.filter((item) => item.rowId !== null);
    expect(grids.length).toBeGreaterThan(0);
    for (const item of grids) {
      const question = currentAssessmentSpec.questions[item.questionId]!;
      expect(question.type).toBe('matrix');
      expect((question as { rows: string[] }).rows).toContain(item.rowId);
    }
    for (const item of items) {
      expect(currentAssessmentSpec.questions[item.questionId]!.type).not.toBe('multiple');
    }
  });
});
