import { describe, expect, it } from 'vitest';
import {
  anonymityK,
  groupVisibility,
  MIN_K,
  sizeBand,
  type TGroupCounts,
  type TSegmentAttribute,
  type TSegmentGroup,
  type TSegmentValues,
} from './anonymity.ts';

const VALUES: TSegmentValues = {
  industry: ['retail', 'banking', 'telecom', 'energy'],
  company_size: ['small', 'medium', 'large'],
  region: ['emea', 'apac'],
  business_model: ['b2b', 'b2c'],
};

type TOrg = Record<TSegmentAttribute, string>;

/**
 * A pool of organisations from `[industry, company_size, how many]` cells; all
 * of them in region 'emea' with business model 'b2b', so only the industry and
 * size partitions can suppress anything.
 */
function pool(cells: readonly (readonly [string, string, number])[]): TGroupCounts {
  const orgs: TOrg[] = cells.flatMap(([industry, company_size, n]) =>
    Array.from({ length: n }, () => ({
      industry,
      company_size,
      region: 'emea',
      business_model: 'b2b',
    })),
  );
  return (group: TSegmentGroup) =>
    orgs.filter((org) =>
      Object.entries(group).every(
        ([attribute, value]) => org[attribute as TSegmentAttribute] === value,
      ),
    ).length;
}

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

describe('groupVisibility', () => {
  it('hides a group of 4 and shows a group of 5', () => {
    // retail 4, banking 5, telecom 4 (total 13). Industry partition of {}: primary retail 4 +
    // telecom 4 = 8 >= 5, so no complement is needed.
    const counts = pool([
      ['retail', 'small', 4],
      ['banking', 'small', 5],
      ['telecom', 'small', 4],
    ]);
    expect(groupVisibility({ industry: 'retail' }, counts, VALUES, K)).toEqual({
      visible: false,
      reason: 'too_few',
    });
    expect(groupVisibility({ industry: 'banking' }, counts, VALUES, K)).toEqual({ visible: true });
    expect(groupVisibility({}, counts, VALUES, K)).toEqual({ visible: true });
  });

  it('hides the whole pool when it is too small', () => {
    const counts = pool([['retail', 'small', 4]]);
    expect(groupVisibility({}, counts, VALUES, K)).toEqual({ visible: false, reason: 'too_few' });
  });

  it('blocks the differencing attack with complementary suppression', () => {
    // Retail has 12: medium 8, small 4. Showing 12 and 8 would reveal small = 12 − 8 = 4.
    // Size partition of {retail}: primary [small 4], 4 < 5 → add medium (8): sum 12 >= 5.
    const counts = pool([
      ['retail', 'medium', 8],
      ['retail', 'small', 4],
    ]);
    expect(
      groupVisibility({ industry: 'retail', company_size: 'small' }, counts, VALUES, K),
    ).toEqual({ visible: false, reason: 'too_few' });
    expect(
      groupVisibility({ industry: 'retail', company_size: 'medium' }, counts, VALUES, K),
    ).toEqual({ visible: false, reason: 'protects_smaller_group' });
    // The parent stays visible: industry partition of {}: retail 12, others 0 → no primary.
    expect(groupVisibility({ industry: 'retail' }, counts, VALUES, K)).toEqual({ visible: true });
    // The same attack from the pool: {} = 12 and {medium} = 8 → {medium} is hidden too.
    expect(groupVisibility({ company_size: 'medium' }, counts, VALUES, K)).toEqual({
      visible: false,
      reason: 'protects_smaller_group',
    });
    expect(groupVisibility({}, counts, VALUES, K)).toEqual({ visible: true });
  });

  it('needs no complement when the small siblings already add up to k', () => {
    // Retail 16: small 3, medium 3, large 10. Primary 3 + 3 = 6 >= 5 → nothing more hidden.
    const counts = pool([
      ['retail', 'small', 3],
      ['retail', 'medium', 3],
      ['retail', 'large', 10],
    ]);
    expect(
      groupVisibility({ industry: 'retail', company_size: 'large' }, counts, VALUES, K),
    ).toEqual({ visible: true });
    expect(groupVisibility({ company_size: 'large' }, counts, VALUES, K)).toEqual({
      visible: true,
    });
    expect(groupVisibility({ company_size: 'small' }, counts, VALUES, K)).toEqual({
      visible: false,
      reason: 'too_few',
    });
  });

  it('sacrifices the smallest visible sibling, ties broken by value order', () => {
    // retail 2, banking 9, telecom 6, energy 6. Primary [retail 2], 2 < 5.
    // Candidates by (n, position): telecom 6 (#2), energy 6 (#3), banking 9 (#1).
    // Add telecom: 2 + 6 = 8 >= 5 → stop. Only telecom is hidden.
    const counts = pool([
      ['retail', 'small', 2],
      ['banking', 'small', 9],
      ['telecom', 'small', 6],
      ['energy', 'small', 6],
    ]);
    const visibility = (industry: string) => groupVisibility({ industry }, counts, VALUES, K);
    expect(visibility('retail')).toEqual({ visible: false, reason: 'too_few' });
    expect(visibility('telecom')).toEqual({ visible: false, reason: 'protects_smaller_group' });
    expect(visibility('energy')).toEqual({ visible: true });
    expect(visibility('banking')).toEqual({ visible: true });
  });

  describe('nested groups (industry × size)', () => {
    //            small  medium  large   total
    // retail        2      6      7      15
    // banking       6      9      8      23
    // telecom       7      8      9      24
    // total        15     23     24      62   (energy 0)
    const counts = pool([
      ['retail', 'small', 2],
      ['retail', 'medium', 6],
      ['retail', 'large', 7],
      ['banking', 'small', 6],
      ['banking', 'medium', 9],
      ['banking', 'large', 8],
      ['telecom', 'small', 7],
      ['telecom', 'medium', 8],
      ['telecom', 'large', 9],
    ]);
    const visibility = (industry: string, company_size: string, k = K) =>
      groupVisibility({ industry, company_size }, counts, VALUES, k);

    it('suppresses through the size partition', () => {
      // {retail, medium} = 6. Size partition of {retail}: small 2, medium 6, large 7 → primary
      // [2] → complement medium (6 < 7). Industry partition of {medium}: 6, 9, 8, 0 → no primary.
      expect(visibility('retail', 'medium')).toEqual({
        visible: false,
        reason: 'protects_smaller_group',
      });
    });

    it('suppresses through the industry partition', () => {
      // {banking, small} = 6. Industry partition of {small}: retail 2, banking 6, telecom 7,
      // energy 0 → primary [2] → complement banking (6 < 7). Size partition of {banking}:
      // 6, 9, 8 → no primary.
      expect(visibility('banking', 'small')).toEqual({
        visible: false,
        reason: 'protects_smaller_group',
      });
    });

    it('leaves the other cells visible', () => {
      // {retail, large} = 7: size partition of {retail} chose medium; industry partition of
      // {large}: 7, 8, 9, 0 → no primary.
      expect(visibility('retail', 'large')).toEqual({ visible: true });
      // {telecom, small} = 7: industry partition of {small} chose banking; size partition of
      // {telecom}: 7, 8, 9 → no primary.
      expect(visibility('telecom', 'small')).toEqual({ visible: true });
      expect(visibility('retail', 'small')).toEqual({ visible: false, reason: 'too_few' });
      // Marginals: {retail} 15 among 15, 23, 24, 0; {small} 15 among 15, 23, 24 → visible.
      expect(groupVisibility({ industry: 'retail' }, counts, VALUES, K)).toEqual({ visible: true });
      expect(groupVisibility({ company_size: 'small' }, counts, VALUES, K)).toEqual({
        visible: true,
      });
    });

    it('applies a configured k of 7', () => {
      const k = anonymityK(7);
      // {retail, medium} = 6 and {banking, small} = 6 are now simply too few.
      expect(visibility('retail', 'medium', k)).toEqual({ visible: false, reason: 'too_few' });
      expect(visibility('banking', 'small', k)).toEqual({ visible: false, reason: 'too_few' });
      // {retail, large} = 7: size partition of {retail}: primary 2 + 6 = 8 >= 7 → no complement.
      expect(visibility('retail', 'large', k)).toEqual({ visible: true });
      // {telecom, small} = 7: industry partition of {small}: primary 2 + 6 = 8 >= 7 → visible.
      expect(visibility('telecom', 'small', k)).toEqual({ visible: true });
    });

    it('applies a configured k of 3 as 5', () => {
      const k = anonymityK(3);
      expect(k).toBe(5);
      expect(visibility('retail', 'small', k)).toEqual({ visible: false, reason: 'too_few' });
      expect(visibility('retail', 'medium', k)).toEqual({
        visible: false,
        reason: 'protects_smaller_group',
      });
    });
  });

  it('refuses a k below the minimum', () => {
    const counts = pool([['retail', 'small', 10]]);
    expect(() => groupVisibility({}, counts, VALUES, 3)).toThrow(RangeError);
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
