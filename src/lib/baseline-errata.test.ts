import { describe, expect, it } from 'vitest';
import { baselineEdition2022 } from '../../surveys/baseline/index.ts';
import { currentScoringModel } from '../../surveys/scoring/index.ts';
import { studyErrata } from './baseline-errata.ts';

describe('studyErrata', () => {
  it("lists the 2022 study's two published errors with what its counts give", () => {
    const errata = studyErrata(baselineEdition2022, currentScoringModel);
    expect(errata).toHaveLength(2);
    const percent = errata.find((e) => e.kind === 'percent');
    expect(percent).toMatchObject({
      optionId: 'customer_data',
      published: 61.23,
      count: 65,
      n: 106,
    });
    expect(percent?.computed).toBeCloseTo(61.32, 2);
    const mean = errata.find((e) => e.kind === 'mean');
    expect(mean).toMatchObject({ rowId: 'live_agent_digital', published: 2.99 });
    expect(mean?.computed).toBeCloseTo(263.75 / 88, 12);
  });
});
