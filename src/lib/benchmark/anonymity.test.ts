import { describe, expect, it } from 'vitest';
import { anonymityK, hiddenGroups, MIN_K, sizeBand } from './anonymity.ts';

const K = anonymityK();

describe('anonymityK', () => {
  it('defaults to 5 and never goes below it', () => {
    expect(MIN_K).toBe(5);
    expect(anonymityK()).toBe(5);
    expect(anonymityK(5)).toBe(5);
    expect(anonymityK(3)).toBe(5); // configured 3 → 5
  });

  it('can be raised', () => {
    expect(anonymityK(7)).toBe(7);
  });

  it('rejects a non-integer configuration', () => {
    expect(() => anonymityK(6.5)).toThrow(RangeError);
    expect(() => anonymityK(Number.NaN)).toThrow(RangeError);
  });
});

describe('hiddenGroups', () => {
  it('releases an attribute whose groups all hold 0 or at least k', () => {
    expect(
      hiddenGroups(
        new Map([
          ['retail', 5],
          ['banking', 0],
          ['telecom', 12],
        ]),
        K,
      ),
    ).toEqual(new Map());
  });

  it('holds every group back when one holds more than 0 but fewer than k', () => {
    expect(
      hiddenGroups(
        new Map([
          ['retail', 4],
          ['banking', 0],
          ['telecom', 12],
          ['energy', 30],
        ]),
        K,
      ),
    ).toEqual(
      new Map([
        ['retail', 'too_few'],
        ['telecom', 'protects_smaller_group'],
        ['energy', 'protects_smaller_group'],
      ]),
    );
  });

  it('applies a k configured upward', () => {
    expect(hiddenGroups(new Map([['retail', 6]]), 7)).toEqual(new Map([['retail', 'too_few']]));
  });
});

describe('sizeBand', () => {
  it('never shows a count below k', () => {
    expect(sizeBand(0, 5)).toBe('fewer_than_k');
    expect(sizeBand(4, 5)).toBe('fewer_than_k');
  });

  it('bands from 5 upward', () => {
    const cases: readonly [number, string][] = [
      [5, '5-9'],
      [9, '5-9'],
      [10, '10-19'],
      [19, '10-19'],
      [20, '20-49'],
      [49, '20-49'],
      [50, '50-99'],
      [99, '50-99'],
      [100, '100-499'],
      [499, '100-499'],
      [500, '500+'],
      [12_000, '500+'],
    ];
    for (const [n, band] of cases) expect(sizeBand(n, 5)).toBe(band);
  });

  it('starts at the band of a larger k', () => {
    // k = 7: 6 is hidden, 7 falls in '5-9'. k = 12: 11 is hidden, 12 falls in '10-19'.
    expect(sizeBand(6, 7)).toBe('fewer_than_k');
    expect(sizeBand(7, 7)).toBe('5-9');
    expect(sizeBand(11, 12)).toBe('fewer_than_k');
    expect(sizeBand(12, 12)).toBe('10-19');
  });

  it('rejects a k below the minimum and a bad size', () => {
    expect(() => sizeBand(4, 3)).toThrow(RangeError);
    expect(() => sizeBand(-1, 5)).toThrow(RangeError);
  });
});
