import { describe, expect, it } from 'vitest';
import type { TStudyComparison } from '../benchmark/study-comparison.ts';
import { DIMENSION_IDS } from '../dimensions.ts';
import {
  midRank,
  mostTellingComparison,
  strongestDimensions,
  studyStandings,
} from './board-summary.ts';

const single = (
  questionId: string,
  below: number,
  equal: number,
  above: number,
  rowId: string | null = null,
): TStudyComparison => ({
  questionId,
  rowId,
  kind: rowId ? 'matrix' : 'single',
  n: 100,
  answer: 'x',
  share: equal,
  position: { below, equal, above, base: 100 },
});
const multiple: TStudyComparison = {
  questionId: 'auto',
  rowId: null,
  kind: 'multiple',
  n: 100,
  answer: ['a'],
  options: [{ optionId: 'a', chosen: true, studyShare: 0.9 }],
};
const dimensionOf = { q1: 'alignment', q2: 'alignment', m: 'effort', auto: 'automation' };

describe('studyStandings', () => {
  it('averages the rows of a matrix first, then the questions of a dimension', () => {
    const standings = studyStandings(
      [
        single('q1', 0.2, 0.2, 0.6), // mid-rank .3
        single('q2', 0.5, 0.4, 0.1), // .7
        single('m', 0.1, 0.0, 0.9, 'r1'), // .1
        single('m', 0.3, 0.0, 0.7, 'r2'), // .3
        single('m', 0.5, 0.0, 0.5, 'r3'), // .5
        multiple,
      ],
      dimensionOf,
    );
    expect(standings['alignment']?.share).toBeCloseTo(0.5, 12);
    expect(standings['alignment']?.questions).toBe(2);
    expect(standings['effort']?.share).toBeCloseTo(0.3, 12);
    expect(standings['effort']?.questions).toBe(1);
    expect(standings['automation']).toBeUndefined();
  });

  it('counts a matrix question once, not once per row', () => {
    // rows first: (0.9 + mean(.1, .3, .5)) / 2 = 0.6; every row alike would give 0.45
    const standings = studyStandings(
      [
        single('q1', 0.8, 0.2, 0.0), // mid-rank .9
        single('m', 0.1, 0.0, 0.9, 'r1'),
        single('m', 0.3, 0.0, 0.7, 'r2'),
        single('m', 0.5, 0.0, 0.5, 'r3'),
      ],
      { q1: 'effort', m: 'effort' },
    );
    expect(standings['effort']?.share).toBeCloseTo(0.6, 12);
    expect(standings['effort']?.questions).toBe(2);
  });

  it('leaves out answers without a position (not applicable) and unknown questions', () => {
    const notApplicable: TStudyComparison = {
      questionId: 'q1',
      rowId: null,
      kind: 'single',
      n: 100,
      answer: 'na',
      share: 0.1,
    };
    const standings = studyStandings([notApplicable, single('zz', 1, 0, 0)], dimensionOf);
    expect(standings).toEqual({});
  });

  it('mid-rank counts half of the equal answers', () => {
    expect(midRank({ below: 0.25, equal: 0.5, above: 0.25, base: 8 })).toBe(0.5);
  });
});

describe('mostTellingComparison', () => {
  it('quotes the answer furthest from the study middle, and which way', () => {
    const telling = mostTellingComparison(
      [
        single('q1', 0.3, 0.3, 0.4),
        single('q2', 0.85, 0.1, 0.05),
        single('m', 0.1, 0.2, 0.7, 'r1'),
      ],
      dimensionOf,
      [],
    );
    expect(telling?.comparison.questionId).toBe('q2');
    expect(telling?.direction).toBe('ahead');
    expect(telling?.share).toBeCloseTo(0.85, 12);
  });

  it('on a tie prefers a priority dimension, then the study order', () => {
    const tied = [single('q1', 0.1, 0.1, 0.8), single('m', 0.1, 0.1, 0.8, 'r1')];
    expect(mostTellingComparison(tied, dimensionOf, [])?.comparison.questionId).toBe('q1');
    const telling = mostTellingComparison(tied, dimensionOf, [{ dimension: 'effort' }]);
    expect(telling?.comparison.questionId).toBe('m');
    expect(telling?.direction).toBe('behind');
    expect(telling?.share).toBeCloseTo(0.8, 12);
  });

  it('is null without an ordinal answer, or when every answer sits at the study middle', () => {
    expect(mostTellingComparison([multiple], dimensionOf, [])).toBeNull();
    expect(
      mostTellingComparison([single('q1', 0.3, 0.4, 0.3), single('q2', 0, 1, 0)], dimensionOf, []),
    ).toBeNull();
  });
});

describe('strongestDimensions', () => {
  const order = DIMENSION_IDS;
  it('lists the two highest non-priority scores, model order on a tie', () => {
    const scores = {
      alignment: 40,
      staffing: 55,
      personalization: 10,
      effort: 55,
      brand: 70,
      automation: null,
    };
    expect(strongestDimensions(scores, [{ dimension: 'brand' }], order)).toEqual([
      { dimension: 'staffing', score: 55 },
      { dimension: 'effort', score: 55 },
    ]);
    expect(strongestDimensions(scores, [], order, 1)).toEqual([{ dimension: 'brand', score: 70 }]);
    // the tie goes by the model's order, not by the order the scores were given in
    const reversed = { effort: 55, staffing: 55, alignment: 10 };
    expect(strongestDimensions(reversed, [], order).map((s) => s.dimension)).toEqual([
      'staffing',
      'effort',
    ]);
  });

  it('returns fewer when fewer dimensions are scored and not priorities', () => {
    expect(strongestDimensions({ alignment: 10 }, [{ dimension: 'alignment' }], order)).toEqual([]);
  });
});
