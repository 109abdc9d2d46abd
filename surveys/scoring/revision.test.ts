import { describe, expect, it } from 'vitest';
import revisionV2 from './digital-cx-scoring-v2.json' with { type: 'json' };
import { scoringModelV1, scoringModelV2 } from './index.ts';
import { applyScoringRevision } from './revision.ts';

describe('digital-cx-scoring-v2', () => {
  it('is v1 with the automation dimension replaced, for survey version 2', () => {
    expect(scoringModelV2.id).toBe('digital-cx-scoring-v2');
    expect(scoringModelV2.surveyVersion).toBe('digital-cx-v2');
    expect(scoringModelV2.stages).toEqual(scoringModelV1.stages);
    expect(scoringModelV2.dimensions.slice(0, 5)).toEqual(scoringModelV1.dimensions.slice(0, 5));
    const automation = scoringModelV2.dimensions[5]!;
    expect(automation.id).toBe('automation');
    expect(automation.items).toEqual([
      expect.objectContaining({
        kind: 'gap_targeting',
        notApplicable: ['none'],
        focusLimit: 5,
        aimBand: 20,
        leadLimit: 20,
      }),
    ]);
    expect(automation.notScored?.ko).toMatch(/[가-힣]/);
  });

  it('no longer promises "five or fewer" at the stages a long list can reach', () => {
    const texts = scoringModelV2.dimensions[5]!.stageDescriptions;
    for (const stage of ['1', '2', '3'] as const) {
      expect(texts[stage]?.en).not.toMatch(/five or fewer/);
    }
    // stages 4 and 5 name the list as typical, not as a condition
    expect(texts['5']?.en).toMatch(/^The other dimensions average at least 60/);
  });
});

describe('applyScoringRevision', () => {
  it('refuses a revision of another model', () => {
    expect(() => applyScoringRevision(scoringModelV2, revisionV2)).toThrow(
      /based on digital-cx-scoring-v1, not digital-cx-scoring-v2/,
    );
  });

  it('refuses a dimension the base does not have, and an invalid revision', () => {
    const base = structuredClone(scoringModelV1);
    base.dimensions = base.dimensions.filter((d) => d.id !== 'automation');
    expect(() => applyScoringRevision(base, revisionV2)).toThrow(/unknown dimension automation/);
    expect(() => applyScoringRevision(scoringModelV1, { ...revisionV2, dimensions: [] })).toThrow();
  });

  it('copies, so the base model is never changed', () => {
    const before = structuredClone(scoringModelV1);
    const revised = applyScoringRevision(scoringModelV1, revisionV2) as typeof scoringModelV1;
    revised.stages[0]!.name.en = 'changed';
    expect(scoringModelV1).toEqual(before);
  });
});
