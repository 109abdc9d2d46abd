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

  it('takes rows that fill several exposed groups at once, so fewer are left out', () => {
    const cell = (industry: string, size: string, rows: number) => ({
      ...row(industry, rows),
      company_size: size,
    });
    // one organisation of (a, s1) declined: the pool, industry a and size s1 each lose one
    const published = [
      { attribute: 'all', value: '*', organisations: 43 },
      { attribute: 'industry', value: 'a', organisations: 19 },
      { attribute: 'industry', value: 'b', organisations: 24 },
      { attribute: 'company_size', value: 's1', organisations: 19 },
      { attribute: 'company_size', value: 's2', organisations: 24 },
    ];
    const rows = [
      cell('a', 's1', 6),
      cell('a', 's2', 12),
      cell('b', 's1', 12),
      cell('b', 's2', 12),
    ];
    const dropped = moreToLeaveOut(published, rows, QUASI_IDENTIFIERS, 5);
    // four more, all from (a, s1): without that preference, four from (a, s2) and four from (b, s1)
    expect(dropped).toEqual([4, 0, 0, 0]);
  });

  it('ends with no exposed group on random tables of two attributes', () => {
    let state = 11;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 200; trial++) {
      const cells = ['a', 'b', 'c'].flatMap((industry) =>
        ['s1', 's2'].map((size) => ({
          ...row(industry, 2 + Math.floor(random() * 8)),
          company_size: size,
        })),
      );
      const declined = cells.map((c) => Math.min(c.rows, Math.floor(random() * 2)));
      // published as an edition publishes: an attribute only when each of its groups holds k or more
      const published = [
        { attribute: 'all', value: '*', organisations: cells.reduce((s, r) => s + r.rows, 0) },
        ...(['industry', 'company_size'] as const).flatMap((attribute) => {
          const groups = [...new Set(cells.map((c) => c[attribute]))].map((value) => ({
            attribute,
            value,
            organisations: cells
              .filter((c) => c[attribute] === value)
              .reduce((s, c) => s + c.rows, 0),
          }));
          return groups.every((g) => g.organisations >= 5) ? groups : [];
        }),
      ];
      const rows = cells.map((c, i) => ({ ...c, rows: c.rows - declined[i]! }));
      const dropped = moreToLeaveOut(published, rows, QUASI_IDENTIFIERS, 5);
      const after = rows.map((r, i) => ({ ...r, rows: r.rows - dropped[i]! }));
      expect(after.every((r) => r.rows >= 0)).toBe(true);
      expect(tooFewLeftOut(published, after, QUASI_IDENTIFIERS, 5)).toEqual([]);
    }
  });
});
