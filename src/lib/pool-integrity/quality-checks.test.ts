import { describe, expect, it } from 'vitest';
import { assessmentV1Spec } from '../../../surveys/assessment/index.ts';
import {
  completeAnswers,
  firstOption,
  seededPick,
  type TPick,
} from '../../../tests/fixtures/answer-sets.ts';
import {
  answeredItems,
  isStraightLining,
  longstring,
  matrixPositions,
  median,
  speedingFlags,
} from './quality-checks.ts';

const spec = assessmentV1Spec;
const matrixItems = Object.values(spec.questions)
  .filter((q) => q.type === 'matrix')
  .reduce((sum, q) => sum + (q.type === 'matrix' ? q.rows.length : 0), 0);

describe('longstring', () => {
  it('is the longest run of identical consecutive values', () => {
    expect(longstring([])).toBe(0);
    expect(longstring([3])).toBe(1);
    expect(longstring([1, 1, 2, 2, 2, 1])).toBe(3);
    expect(longstring([1, 2, 1, 2])).toBe(1);
    expect(longstring(['a', 'a', 'a'])).toBe(3);
  });
});

describe('answeredItems', () => {
  it('counts matrix rows one by one and every other answered question once', () => {
    expect(answeredItems({})).toBe(0);
    expect(answeredItems({ a: 'x', b: ['p', 'q'], c: { r1: 'y', r2: 'z' }, d: ' ', e: [] })).toBe(
      4,
    );
  });
});

describe('straight-lining', () => {
  it('flags the same column in every matrix item, not a varied answer set', () => {
    const same = completeAnswers(spec, firstOption);
    expect(matrixPositions(spec, same)).toHaveLength(matrixItems);
    expect(isStraightLining(spec, same)).toBe(true);
    expect(isStraightLining(spec, completeAnswers(spec, seededPick(3)))).toBe(false);
  });

  it('is not fooled by one different row, and needs a matrix of the minimum size', () => {
    const pickSecond: TPick = (choices) => choices[1]!;
    const answers = completeAnswers(spec, pickSecond);
    expect(isStraightLining(spec, answers)).toBe(true);
    const effort = answers['effort_tasks'] as Record<string, string>;
    const firstRow = Object.keys(effort)[0]!;
    const broken = { ...answers, effort_tasks: { ...effort, [firstRow]: 'very_easy' } };
    expect(isStraightLining(spec, broken)).toBe(false);
    expect(isStraightLining(spec, answers, 11)).toBe(false);
  });
});

describe('speeding', () => {
  it('uses the per-item floor, and a third of the median once there are enough durations', () => {
    expect(speedingFlags(null, 40, [])).toEqual(['no_timing']);
    expect(speedingFlags(59, 40, [])).toEqual(['speeding']);
    expect(speedingFlags(60, 40, [])).toEqual([]);
    const durations = Array.from({ length: 30 }, () => 600);
    expect(speedingFlags(199, 40, durations)).toEqual(['speeding']);
    expect(speedingFlags(200, 40, durations)).toEqual([]);
    expect(speedingFlags(199, 40, durations.slice(1))).toEqual([]);
  });

  it('takes the median as percentile_cont does', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
