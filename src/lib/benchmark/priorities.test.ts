import { describe, expect, it } from 'vitest';
import { baselineEdition2022 } from '../../../surveys/baseline/index.ts';
import {
  pickStrengths,
  rankPriorities,
  studyWeaknessWeights,
  TARGET_SCORE,
  ZPriority,
} from './priorities.ts';
import { PRIORITY_RULE_TEXT, STUDY_WEAKNESS_WEIGHTS } from './study-weights.ts';

const EQUAL_WEIGHTS = {
  alignment: 1,
  staffing: 1,
  personalization: 1,
  effort: 1,
  brand: 1,
  automation: 1,
};

describe('STUDY_WEAKNESS_WEIGHTS', () => {
  it('derives each weight from the study counts', () => {
    const w = STUDY_WEAKNESS_WEIGHTS;
    // 106 − 39 "all actively collaborate"
    expect(w.alignment).toBeCloseTo(67 / 106, 12);
    // none + some-not-enough: UX 17+54, analytics 18+50, service 4+37 (n 105), sales 8+31, marketing 8+43
    expect(w.staffing).toBeCloseTo((71 / 106 + 68 / 106 + 41 / 105 + 39 / 106 + 51 / 106) / 5, 12);
    expect(w.staffing).toBeCloseTo(0.5102, 4);
    // 106 − 11 "excellent"
    expect(w.personalization).toBeCloseTo(95 / 106, 12);
    // very difficult + fairly difficult + neither, over the non-N/A answers of each task
    const effort =
      (35 / 104 + 34 / 92 + 44 / 86 + 25 / 78 + 28 / 77 + 35 / 90 + 42 / 88 + 46 / 84) / 8;
    expect(w.effort).toBeCloseTo(effort, 12);
    expect(w.effort).toBeCloseTo(0.4145, 4);
    // "no" over the companies offering each channel
    const brand =
      (17 / 103 +
        20 / 76 +
        19 / 71 +
        21 / 75 +
        29 / 61 +
        15 / 84 +
        14 / 99 +
        19 / 96 +
        28 / 92 +
        20 / 81) /
      10;
    expect(w.brand).toBeCloseTo(brand, 12);
    expect(w.brand).toBeCloseTo(0.252, 3);
    // 106 − 65 choosing customer data collection / analysis
    expect(w.automation).toBeCloseTo(41 / 106, 12);
  });

  it('is the function applied to the 2022 edition', () => {
    expect(studyWeaknessWeights(baselineEdition2022)).toEqual(STUDY_WEAKNESS_WEIGHTS);
  });
});

describe('rankPriorities', () => {
  it('ranks gap × weight against the target of 75 when there are no peers', () => {
    const result = rankPriorities({
      weights: STUDY_WEAKNESS_WEIGHTS,
      scores: {
        alignment: 50,
        staffing: 40,
        personalization: 30,
        effort: 60,
        brand: 80,
        automation: 20,
      },
    });
    // gaps 25, 35, 45, 15, 0, 55; priorities 15.8, 17.86, 40.33, 6.22, 0, 21.27
    expect(result.map((p) => p.dimension)).toEqual(['personalization', 'automation', 'staffing']);
    const [first, second, third] = result;
    expect(first).toMatchObject({ score: 30, peerMedian: null, gap: 45 });
    expect(first?.gap).toBe(TARGET_SCORE - 30);
    expect(first?.weight).toBeCloseTo(95 / 106, 12);
    expect(first?.priority).toBeCloseTo((45 * 95) / 106, 12);
    expect(second?.gap).toBe(55);
    expect(second?.priority).toBeCloseTo((55 * 41) / 106, 12);
    expect(third?.gap).toBe(35);
    expect(third?.priority).toBeCloseTo(35 * STUDY_WEAKNESS_WEIGHTS.staffing, 12);
    for (const priority of result) expect(ZPriority.parse(priority)).toEqual(priority);
  });

  it('ranks against the fixed target, so peers becoming visible never reorders the priorities', () => {
    const scores = { alignment: 50.1, staffing: 60, personalization: 70, effort: 40 };
    const alone = rankPriorities({ scores, weights: EQUAL_WEIGHTS });
    const withPeers = rankPriorities({
      scores,
      peerMedians: { alignment: 57.25, staffing: null, personalization: 80, effort: 30 },
      weights: EQUAL_WEIGHTS,
    });
    // gaps to 75: effort 35, alignment 24.9, staffing 15 (personalization 5 comes fourth)
    expect(alone.map((p) => [p.dimension, p.gap])).toEqual([
      ['effort', 35],
      ['alignment', 24.9],
      ['staffing', 15],
    ]);
    expect(withPeers.map((p) => p.dimension)).toEqual(alone.map((p) => p.dimension));
    expect(withPeers.map((p) => p.peerMedian)).toEqual([30, 57.25, null]);
  });

  it('breaks ties by the lower score, then by dimension order', () => {
    const result = rankPriorities({
      scores: { alignment: 60, staffing: 65, personalization: 55, effort: 60, brand: 90 },
      weights: { ...EQUAL_WEIGHTS, personalization: 0.75 },
    });
    // 15 × 1 = 15 for alignment and effort, 20 × .75 = 15 for personalization: the lowest
    // score (personalization, 55) first, then alignment and effort (both 60) in dimension order.
    expect(result.map((p) => p.dimension)).toEqual(['personalization', 'alignment', 'effort']);
    expect(result.map((p) => p.priority)).toEqual([15, 15, 15]);
  });

  it('never lists a dimension with no gap: a strong company gets strengths to protect instead', () => {
    const scores = {
      alignment: 80,
      staffing: 90,
      personalization: 70,
      effort: 85,
      brand: 78,
      automation: null,
    };
    const priorities = rankPriorities({ weights: STUDY_WEAKNESS_WEIGHTS, scores });
    expect(priorities.map((p) => [p.dimension, p.gap])).toEqual([['personalization', 5]]);
    expect(pickStrengths(scores, priorities)).toEqual([
      { dimension: 'staffing', score: 90 },
      { dimension: 'effort', score: 85 },
    ]);
    const best = { alignment: 100, staffing: 100, personalization: 100, effort: 100, brand: 100 };
    expect(rankPriorities({ weights: STUDY_WEAKNESS_WEIGHTS, scores: best })).toEqual([]);
  });

  it('calls nothing a strength below the Integrated stage, nor a dimension that is a priority', () => {
    const scores = { alignment: 59.9, staffing: 10, personalization: 65, effort: 20 };
    const priorities = rankPriorities({ weights: EQUAL_WEIGHTS, scores });
    expect(priorities.map((p) => p.dimension)).toEqual(['staffing', 'effort', 'alignment']);
    expect(pickStrengths(scores, priorities)).toEqual([
      { dimension: 'personalization', score: 65 },
    ]);
    expect(pickStrengths({ alignment: 40 }, [])).toEqual([]);
  });

  it('skips dimensions without a score and may return fewer than three', () => {
    const result = rankPriorities({
      weights: STUDY_WEAKNESS_WEIGHTS,
      scores: { brand: 20, effort: null, automation: 60 },
    });
    expect(result.map((p) => p.dimension)).toEqual(['brand', 'automation']);
    expect(result[0]?.priority).toBeCloseTo(55 * STUDY_WEAKNESS_WEIGHTS.brand, 12);
    expect(rankPriorities({ weights: STUDY_WEAKNESS_WEIGHTS, scores: {} })).toEqual([]);
  });

  it('ranks a small gap with a heavy weight above a larger gap with a light one', () => {
    // personalization 10 × .896 = 8.96 beats brand 30 × .252 = 7.56
    const result = rankPriorities({
      weights: STUDY_WEAKNESS_WEIGHTS,
      scores: { personalization: 65, brand: 45 },
    });
    expect(result.map((p) => p.dimension)).toEqual(['personalization', 'brand']);
  });
});

describe('PRIORITY_RULE_TEXT', () => {
  it('states the rule and the weights in both languages', () => {
    expect(PRIORITY_RULE_TEXT.en).toContain('fixed target of 75');
    expect(PRIORITY_RULE_TEXT.en).toContain('never a priority');
    expect(PRIORITY_RULE_TEXT.en).toContain('computed from its answer counts');
    expect(PRIORITY_RULE_TEXT.en).toContain('personalization 90%');
    expect(PRIORITY_RULE_TEXT.en).toContain('alignment 63%');
    expect(PRIORITY_RULE_TEXT.ko).toContain('75점');
    expect(PRIORITY_RULE_TEXT.ko).toContain('90%');
    expect(PRIORITY_RULE_TEXT.ko).toMatch(/[\uac00-\ud7a3]/);
  });
});
