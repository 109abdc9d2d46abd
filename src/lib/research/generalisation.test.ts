import { describe, expect, it } from 'vitest';
import { chooseLevels, generaliseValue, recode, type THierarchy } from './generalisation.ts';
import { groupRows } from './quasi-identifiers.ts';

const size: THierarchy = [
  { s1: 'small', s2: 'small', s4: 'large', s5: 'large' },
  { s3: 'any', small: 'any', large: 'any' },
];

describe('generaliseValue', () => {
  it('applies the levels in turn and keeps unnamed values and null', () => {
    expect(generaliseValue('s1', size, 0)).toBe('s1');
    expect(generaliseValue('s1', size, 1)).toBe('small');
    expect(generaliseValue('s3', size, 1)).toBe('s3');
    expect(generaliseValue('s1', size, 2)).toBe('any');
    expect(generaliseValue(null, size, 2)).toBeNull();
    expect(generaliseValue('constructor', size, 1)).toBe('constructor');
  });
});

describe('recode', () => {
  it('merges combinations that become equal', () => {
    const { combinations } = groupRows(
      [{ size: 's1' }, { size: 's2' }, { size: 's3' }, { size: 's1' }],
      ['size'],
    );
    const recoded = recode(combinations, [size], [1]);
    expect(recoded.combinations).toEqual([
      { values: ['small'], count: 3 },
      { values: ['s3'], count: 1 },
    ]);
    expect([...recoded.recodedIndex]).toEqual([0, 0, 1]);
  });
});

describe('chooseLevels', () => {
  const table = (values: string[]) =>
    groupRows(
      values.map((v) => ({ size: v })),
      ['size'],
    ).combinations;

  it('stops as soon as the unsafe rows are within the budget', () => {
    const combinations = table(['s1', 's1', 's2', 's2', 's3', 's3', 's3', 's3']);
    expect(chooseLevels(combinations, [size], 4, 0)).toEqual([1]);
    expect(chooseLevels(combinations, [size], 4, 4)).toEqual([0]);
  });

  it('goes further only when a level lowers the unsafe rows', () => {
    const combinations = table(['s1', 's3', 's5']);
    expect(chooseLevels(combinations, [size], 3, 0)).toEqual([2]);
  });

  it('stops when no single key lowers the unsafe rows', () => {
    const combinations = groupRows(
      [
        { a: 'x1', b: 'y1' },
        { a: 'x2', b: 'y2' },
      ],
      ['a', 'b'],
    ).combinations;
    const both: THierarchy[] = [[{ x1: 'x', x2: 'x' }], [{ y1: 'y', y2: 'y' }]];
    expect(chooseLevels(combinations, both, 2, 0)).toEqual([0, 0]);
  });

  it('prefers the less important key on a tie', () => {
    const combinations = groupRows(
      [
        { a: 'x1', b: 'y1' },
        { a: 'x2', b: 'y1' },
        { a: 'x3', b: 'y3' },
        { a: 'x3', b: 'y4' },
      ],
      ['a', 'b'],
    ).combinations;
    const both: THierarchy[] = [[{ x1: 'x', x2: 'x' }], [{ y3: 'y', y4: 'y' }]];
    expect(chooseLevels(combinations, both, 2, 2)).toEqual([0, 1]);
    expect(chooseLevels(combinations, both, 2, 0)).toEqual([1, 1]);
  });
});
