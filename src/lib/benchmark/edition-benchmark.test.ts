import { describe, expect, it } from 'vitest';
import { editionGroup } from './edition-benchmark.ts';
import { stageStatistics } from './stage-statistics.ts';

const counts = [0, 1, 2, 3, 2, 1] as const;
const edition = {
  k: 5,
  frozenAt: '2027-01-02T09:00:00.000000Z',
  statistics: {
    groups: [
      {
        attribute: 'all',
        value: '*',
        organisations: 9,
        stageCounts: { alignment: [...counts], automation: [9, 0, 0, 0, 0, 0] },
      },
      { attribute: 'industry', value: 'insurance', hiddenReason: 'too_few' as const },
      { attribute: 'industry', value: 'retail', hiddenReason: 'protects_smaller_group' as const },
    ],
  },
};

describe('editionGroup', () => {
  it("gives the edition's whole pool with the statistics of its stage counts and the owner's position", () => {
    const group = editionGroup(edition, {}, { alignment: 55 });
    expect(group).toMatchObject({
      visible: true,
      n: 9,
      sizeBand: '5-9',
      releasedAt: edition.frozenAt,
    });
    if (!group.visible) throw new Error('visible');
    expect(group.dimensions).toEqual([
      { dimension: 'alignment', visible: true, ...stageStatistics(counts, 55) },
      { dimension: 'automation', visible: false },
    ]);
  });

  it('keeps hidden what the edition hid, and hides what it does not hold', () => {
    expect(editionGroup(edition, { industry: 'insurance' }, {})).toEqual({
      segment: { industry: 'insurance' },
      visible: false,
      reason: 'too_few',
      sizeBand: 'fewer_than_k',
    });
    expect(editionGroup(edition, { industry: 'retail' }, {})).toMatchObject({
      visible: false,
      reason: 'protects_smaller_group',
      sizeBand: null,
    });
    expect(editionGroup(edition, { region: 'mars' }, {})).toMatchObject({
      visible: false,
      reason: 'too_few',
    });
  });
});
