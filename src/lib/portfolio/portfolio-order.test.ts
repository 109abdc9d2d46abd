import { describe, expect, it } from 'vitest';
import { filterPortfolio, segmentValues, sortPortfolio } from './portfolio-order.ts';
import { organisation } from './test-organisations.ts';

const seoul = { industry: 'retail', companySize: '1000-4999', region: 'kr', businessModel: 'b2c' };
const PORTFOLIO = [
  organisation('Client 10', { overall: 55 }, { lastActivity: '2026-02-01T00:00:00Z' }),
  organisation('client 9', { overall: 41.2 }, { lastActivity: '2026-03-01T00:00:00Z' }),
  organisation('Beta', { overall: null }, { lastActivity: '2026-04-01T00:00:00Z' }),
  organisation(
    'Acme',
    { overall: 58.9 },
    { lastActivity: 'not a time', segment: { ...seoul, industry: 'banking' } },
  ),
  organisation('Delta', { overall: 62 }, { segment: { ...seoul, region: 'jp' } }),
];
const names = (list: { name: string }[]) => list.map((o) => o.name);

describe('sortPortfolio', () => {
  it('sorts names by collation, numbers by value, case aside', () => {
    expect(names(sortPortfolio(PORTFOLIO, 'name', 'asc', 'en'))).toEqual([
      'Acme',
      'Beta',
      'client 9',
      'Client 10',
      'Delta',
    ]);
    expect(names(sortPortfolio(PORTFOLIO, 'name', 'desc', 'en'))[0]).toBe('Delta');
  });

  it('puts an unreleased score last in either direction', () => {
    expect(names(sortPortfolio(PORTFOLIO, 'overall', 'desc'))).toEqual([
      'Delta',
      'Acme',
      'Client 10',
      'client 9',
      'Beta',
    ]);
    expect(names(sortPortfolio(PORTFOLIO, 'overall', 'asc'))).toEqual([
      'client 9',
      'Client 10',
      'Acme',
      'Delta',
      'Beta',
    ]);
  });

  it('sorts by stage, then score within the stage, then name', () => {
    // stages: Delta 4 (62); Client 10 and Acme 3 (55, 58.9); client 9 3 (41.2); Beta none
    expect(names(sortPortfolio(PORTFOLIO, 'stage', 'desc', 'en'))).toEqual([
      'Delta',
      'Acme',
      'Client 10',
      'client 9',
      'Beta',
    ]);
    const sameStage = [
      organisation('B', { overall: 45 }),
      organisation('A', { overall: 45 }),
      organisation('C', { overall: 41 }),
    ];
    expect(names(sortPortfolio(sameStage, 'stage', 'asc', 'en'))).toEqual(['C', 'A', 'B']);
  });

  it('sorts by last activity, an unreadable time last', () => {
    expect(names(sortPortfolio(PORTFOLIO, 'lastActivity', 'desc', 'en'))).toEqual([
      'Beta',
      'client 9',
      'Client 10',
      'Delta',
      'Acme',
    ]);
  });

  it('leaves the given array as it was', () => {
    const before = names(PORTFOLIO);
    sortPortfolio(PORTFOLIO, 'overall', 'asc');
    expect(names(PORTFOLIO)).toEqual(before);
  });
});

describe('filterPortfolio', () => {
  it('keeps organisations matching every given segment attribute', () => {
    expect(names(filterPortfolio(PORTFOLIO, { segment: { industry: 'banking' } }))).toEqual([
      'Acme',
    ]);
    expect(
      names(filterPortfolio(PORTFOLIO, { segment: { industry: 'retail', region: 'kr' } })),
    ).toEqual(['Client 10', 'client 9', 'Beta']);
  });

  it('keeps the given overall stages, null for not released', () => {
    expect(names(filterPortfolio(PORTFOLIO, { stages: [4] }))).toEqual(['Delta']);
    expect(names(filterPortfolio(PORTFOLIO, { stages: [null, 4] }))).toEqual(['Beta', 'Delta']);
    expect(names(filterPortfolio(PORTFOLIO, { stages: [3], segment: { region: 'kr' } }))).toEqual([
      'Client 10',
      'client 9',
      'Acme',
    ]);
  });

  it('keeps everything for an empty filter or empty criteria', () => {
    expect(filterPortfolio(PORTFOLIO, {})).toHaveLength(5);
    expect(filterPortfolio(PORTFOLIO, { stages: [], segment: { industry: '' } })).toHaveLength(5);
  });
});

describe('segmentValues', () => {
  it('lists each value once, sorted', () => {
    expect(segmentValues(PORTFOLIO, 'industry')).toEqual(['banking', 'retail']);
    expect(segmentValues(PORTFOLIO, 'region')).toEqual(['jp', 'kr']);
  });
});
