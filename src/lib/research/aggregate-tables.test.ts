import { describe, expect, it } from 'vitest';
import { SegmentTables } from './aggregate-tables.ts';

describe('SegmentTables', () => {
  const tables = new SegmentTables(['industry'], ['alignment', 'overall']);
  for (const [industry, score, stage] of [
    ['insurance', 50, 3],
    ['insurance', 70, 4],
    [null, 10, 1],
    [null, null, null],
  ] as const) {
    tables.add({ industry }, { alignment: [score, stage], overall: [score, stage] });
  }

  it('counts organisations, scored members, means and stages per written value', () => {
    const lines = tables
      .csv('industry', 2, (v) => v ?? 'Suppressed')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]?.split(',').slice(0, 6)).toEqual([
      'value',
      'label',
      'organisations',
      'alignment_scored',
      'alignment_mean',
      'alignment_stage_1',
    ]);
    expect(lines[1]).toBe('insurance,insurance,2,2,60,0,0,1,1,0,2,60,0,0,1,1,0');
    expect(lines[2]).toBe(',Suppressed,2,1,10,1,0,0,0,0,1,10,1,0,0,0,0');
  });

  it('has a whole-file table, and refuses a group under k', () => {
    expect(tables.csv('all', 4, () => 'All').split('\r\n')[1]).toMatch(/^,All,4,3,43.3,/);
    expect(() => tables.csv('industry', 3, String)).toThrow(/under k/);
  });
});
