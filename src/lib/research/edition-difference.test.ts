import { describe, expect, it } from 'vitest';
import { QUASI_IDENTIFIERS } from './hierarchies.ts';
import { moreToLeaveOut, tooFewLeftOut } from './edition-difference.ts';

const row = (industry: string, rows: number) => ({
  industry,
  company_size: 's',
  region: 'r',
  business_model: 'b',
  rows,
});

describe('tooFewLeftOut', () => {
  it('flags a published group that one declining organisation would be subtracted from', () => {
    const published = [
      { attribute: 'all', value: '*', organisations: 12 },
      { attribute: 'industry', value: 'insurance', organisations: 6 },
      { attribute: 'industry', value: 'retail', organisations: 6 },
    ];
    // insurance: 5 of 6 in the package (one declined); retail: all 6
    expect(
      tooFewLeftOut(published, [row('insurance', 5), row('retail', 6)], QUASI_IDENTIFIERS, 5),
    ).toEqual([
      { attribute: 'all', value: '*', leftOut: 1 },
      { attribute: 'industry', value: 'insurance', leftOut: 1 },
    ]);
  });

  it('lets nothing or at least k be left out', () => {
    const published = [
      { attribute: 'all', value: '*', organisations: 16 },
      { attribute: 'industry', value: 'insurance', organisations: 10 },
      { attribute: 'industry', value: 'retail', organisations: 6 },
    ];
    expect(
      tooFewLeftOut(published, [row('insurance', 5), row('retail', 6)], QUASI_IDENTIFIERS, 5),
    ).toEqual([]);
  });
});

describe('moreToLeaveOut', () => {
  it('leaves out k − m more rows of a group that would lose only m, and then no group is exposed', () => {
    const published = [
      { attribute: 'all', value: '*', organisations: 17 },
      { attribute: 'industry', value: 'insurance', organisations: 11 },
      { attribute: 'industry', value: 'retail', organisations: 6 },
    ];
    const rows = [row('insurance', 10), row('retail', 6)];
    const dropped = moreToLeaveOut(published, rows, QUASI_IDENTIFIERS, 5);
    expect(dropped).toEqual([4, 0]);
    const after = rows.map((r, i) => ({ ...r, rows: r.rows - dropped[i]! }));
    expect(tooFewLeftOut(published, after, QUASI_IDENTIFIERS, 5)).toEqual([]);
  });

  it('ends with no exposed group on random tables', () => {
    let state = 3;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 200; trial++) {
      const industries = ['a', 'b', 'c'];
      const full = industries.map((industry) => row(industry, 5 + Math.floor(random() * 10)));
      const declined = full.map(() => Math.floor(random() * 3));
      const published = [
        { attribute: 'all', value: '*', organisations: full.reduce((s, r) => s + r.rows, 0) },
        ...full.map((r) => ({ attribute: 'industry', value: r.industry, organisations: r.rows })),
      ];
      const rows = full.map((r, i) => ({ ...r, rows: r.rows - declined[i]! }));
      const dropped = moreToLeaveOut(published, rows, QUASI_IDENTIFIERS, 5);
      const after = rows.map((r, i) => ({ ...r, rows: r.rows - dropped[i]! }));
      expect(after.every((r) => r.rows >= 0)).toBe(true);
      expect(tooFewLeftOut(published, after, QUASI_IDENTIFIERS, 5)).toEqual([]);
    }
  });
});
