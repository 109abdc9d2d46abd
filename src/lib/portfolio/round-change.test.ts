import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from '../dimensions.ts';
import { movement, roundChanges, STEADY_BELOW, type TRound } from './round-change.ts';
import { organisation } from './test-organisations.ts';

const round = (
  scores: Parameters<typeof organisation>[1],
  agreement: TRound['agreement'] = [],
): TRound => ({ scores: organisation('X', scores).scores, agreement });

const OVERALL_AGREED = {
  dimension: 'overall',
  kind: 'spread',
  respondents: 3,
  min: 40,
  max: 60,
  adM: 6.7,
  label: 'aligned',
} as const;
const ALIGNMENT_PAIR = {
  dimension: 'alignment',
  kind: 'pair',
  respondents: 2,
  aligned: true,
} as const;

const PREVIOUS = round(
  {
    alignment: 40,
    staffing: 50,
    personalization: 39.9,
    effort: 62.5,
    brand: 70,
    automation: null,
    overall: 52.5,
  },
  [OVERALL_AGREED, ALIGNMENT_PAIR],
);
const CURRENT = round(
  {
    alignment: 43,
    staffing: 52.9,
    personalization: 40.1,
    effort: 59.6,
    brand: 67,
    automation: 45,
    overall: 50.8,
  },
  [{ dimension: 'overall', kind: 'none', respondents: 1 }],
);

describe('roundChanges', () => {
  const changes = roundChanges(PREVIOUS, CURRENT);
  const of = (id: string) =>
    [...changes.dimensions, changes.overall].find((change) => change.dimension === id)!;
  const summary = (id: string) => {
    const change = of(id);
    return change.compared ? [change.delta, change.movement] : ['missing', change.missing];
  };

  it('gives the delta in points and the movement word (hand-computed)', () => {
    // 43 − 40 = 3.0: not under 3, up
    expect(summary('alignment')).toEqual([3, 'up']);
    // 52.9 − 50 = 2.9, stage 3 both: steady
    expect(summary('staffing')).toEqual([2.9, 'steady']);
    // 40.1 − 39.9 = 0.2, but stage 2 → 3: up
    expect(summary('personalization')).toEqual([0.2, 'up']);
    // 59.6 − 62.5 = −2.9, but stage 4 → 3: down
    expect(summary('effort')).toEqual([-2.9, 'down']);
    // 67 − 70 = −3.0, stage 4 both: down
    expect(summary('brand')).toEqual([-3, 'down']);
    // 50.8 − 52.5 = −1.7: steady
    expect(summary('overall')).toEqual([-1.7, 'steady']);
  });

  it('gives the stages before and after', () => {
    expect(of('personalization')).toMatchObject({
      before: { score: 39.9, stage: 2 },
      after: { score: 40.1, stage: 3 },
    });
  });

  it('does not compare a dimension missing in a round, and says which', () => {
    // automation: null before, 45 after
    expect(of('automation')).toMatchObject({
      compared: false,
      missing: 'before',
      before: { score: null, stage: null },
      after: { score: 45, stage: 3 },
    });
    expect(of('automation')).not.toHaveProperty('delta');
    const dropped = roundChanges(CURRENT, round({ overall: 50 }));
    expect(dropped.dimensions.find((c) => c.dimension === 'brand')).toMatchObject({
      compared: false,
      missing: 'after',
    });
    const neither = roundChanges(round({}), round({}));
    expect(neither.overall).toMatchObject({ compared: false, missing: 'both' });
  });

  it("passes each round's agreement through", () => {
    expect(of('overall').agreement).toEqual({
      before: OVERALL_AGREED,
      after: { dimension: 'overall', kind: 'none', respondents: 1 },
    });
    expect(of('alignment').agreement).toEqual({
      before: ALIGNMENT_PAIR,
      after: null,
    });
  });

  it('lists the six dimensions in order', () => {
    expect(changes.dimensions.map((c) => c.dimension)).toEqual(DIMENSION_IDS);
  });
});

describe('movement', () => {
  it('is steady under 3 points and moves from 3, both ways', () => {
    expect(STEADY_BELOW).toBe(3);
    const at = (score: number) => ({ score, stage: 3 });
    expect(movement(at(50), at(52.9), 2.9)).toBe('steady');
    expect(movement(at(50), at(47.1), -2.9)).toBe('steady');
    expect(movement(at(50), at(53), 3)).toBe('up');
    expect(movement(at(50), at(47), -3)).toBe('down');
    expect(movement(at(50), at(50), 0)).toBe('steady');
  });

  it('reads a delta of 3 with float noise as 3', () => {
    expect(movement({ score: 42.3, stage: 3 }, { score: 45.3, stage: 3 }, 45.3 - 42.3)).toBe('up');
    expect(movement({ score: 45.3, stage: 3 }, { score: 42.3, stage: 3 }, 42.3 - 45.3)).toBe(
      'down',
    );
  });

  it('falls back to the points when a stage is unknown', () => {
    expect(movement({ score: 39.9, stage: null }, { score: 40.1, stage: 3 }, 0.2)).toBe('steady');
  });
});
