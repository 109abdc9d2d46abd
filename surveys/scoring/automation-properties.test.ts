/**
 * Properties of the automation dimension (model v2) over generated answer
 * sets (tests/fixtures/generated-answers.ts).
 */
import { describe, expect, it } from 'vitest';
import { generatedAnswers as generated } from '../../tests/fixtures/generated-answers.ts';
import { scoringModelV2 as model } from './index.ts';
import { scoreResponse, type TAnswers } from './score.ts';

const SETS = 3000;

function scoresOf(answers: TAnswers) {
  const result = scoreResponse(model, answers);
  const automation = result.dimensions.find((d) => d.id === 'automation')!;
  const rest = result.dimensions.filter((d) => d.id !== 'automation');
  return { automation, rest };
}

describe('automation over generated answer sets', () => {
  it('never reaches stage 4 or 5 when every other dimension is at most 20', () => {
    let weak = 0;
    for (let seed = 1; seed <= SETS; seed++) {
      const { automation, rest } = scoresOf(generated(seed, 12));
      if (!rest.every((d) => d.score === null || d.score <= 20)) continue;
      weak++;
      expect(automation.stage ?? 0, `seed ${seed}`).toBeLessThanOrEqual(3);
      expect(automation.score ?? 0, `seed ${seed}`).toBeLessThanOrEqual(40);
    }
    // The property is tested on many weak organisations, not vacuously.
    expect(weak).toBeGreaterThan(SETS / 10);
  });

  it('is never below every other dimension: a strong organisation gets no automation priority', () => {
    let scored = 0;
    for (const skew of [0.1, 1, 12]) {
      for (let seed = 1; seed <= SETS / 3; seed++) {
        const { automation, rest } = scoresOf(generated(seed, skew));
        if (automation.score === null) continue;
        scored++;
        const lowest = Math.min(...rest.flatMap((d) => (d.score === null ? [] : [d.score])));
        expect(automation.score, `seed ${seed}, skew ${skew}`).toBeGreaterThanOrEqual(lowest);
      }
    }
    expect(scored).toBeGreaterThan(SETS / 2);
  });

  it('never leads the mean of the other dimensions by more than one stage (20 points)', () => {
    for (let seed = 1; seed <= SETS; seed++) {
      const { automation, rest } = scoresOf(generated(seed, 1));
      const present = rest.flatMap((d) => (d.score === null ? [] : [d.score]));
      const mean = present.reduce((sum, score) => sum + score, 0) / present.length;
      expect(automation.score ?? 0, `seed ${seed}`).toBeLessThanOrEqual(mean + 20 + 0.05);
    }
  });

  it('"None" and "Other" alone are never scored', () => {
    for (let seed = 1; seed <= 200; seed++) {
      for (const alone of [['none'], ['other']]) {
        const answers = { ...generated(seed, 1), automation_priorities: alone };
        expect(scoresOf(answers).automation.score, `seed ${seed}`).toBeNull();
      }
    }
  });
});
