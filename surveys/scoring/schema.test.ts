import { describe, expect, it } from 'vitest';
import model from './digital-cx-scoring-v1.json' with { type: 'json' };
import { baselineEdition2022 } from '../baseline/index.ts';
import {
  checkAgainstBaseline,
  parseScoringModel,
  SCORING_DIMENSION_IDS,
  type TScoringModel,
} from './schema.ts';
import { scoringModelV1, scoringModelV2 } from './index.ts';

/** A deep, mutable copy of the real file to break. */
function copy(): TScoringModel {
  return structuredClone(model) as TScoringModel;
}

/** A loosely typed copy, for breaking the shape itself. */
function looseCopy(): Record<string, unknown> & {
  stages: Record<string, unknown>[];
  dimensions: (Record<string, unknown> & { items: Record<string, unknown>[] })[];
} {
  return structuredClone(model) as never;
}

function parseError(data: unknown): string {
  try {
    parseScoringModel(data);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the copy to be rejected');
}

function baselineError(data: TScoringModel): string {
  try {
    checkAgainstBaseline(parseScoringModel(data), baselineEdition2022);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the copy to be rejected by the baseline check');
}

function item(data: TScoringModel, d: number, i: number) {
  const found = data.dimensions[d]?.items[i];
  if (!found) throw new Error(`no item ${d}.${i}`);
  return found;
}

describe('digital-cx-scoring-v1', () => {
  it('parses and fits the 2022 baseline', () => {
    expect(() => checkAgainstBaseline(parseScoringModel(model), baselineEdition2022)).not.toThrow();
    expect(scoringModelV1.dimensions.map((d) => d.id)).toEqual([...SCORING_DIMENSION_IDS]);
    expect(scoringModelV1.stages.map((s) => s.minScore)).toEqual([0, 20, 40, 60, 80]);
    expect(scoringModelV1.stages.map((s) => s.name.en)).toEqual([
      'Ad hoc',
      'Emerging',
      'Defined',
      'Integrated',
      'Leading',
    ]);
  });

  it('scores every baseline question except the staffing strategies', () => {
    const scored = scoringModelV1.dimensions.flatMap((d) => d.items.map((i) => i.questionId));
    const unscored = baselineEdition2022.questions
      .map((q) => q.id)
      .filter((id) => !scored.includes(id));
    expect(unscored).toEqual(['staffing_strategies']);
  });

  it("puts each dimension's item weights where the method says", () => {
    const weights = Object.fromEntries(
      scoringModelV1.dimensions.flatMap((d) => d.items.map((i) => [i.questionId, i.weight])),
    );
    expect(weights).toEqual({
      alignment_collaboration: 0.7,
      alignment_digital_share: 0.3,
      staffing_resources: 1,
      personalization_factors: 0.4,
      personalization_intelligence: 0.6,
      effort_tasks: 0.75,
      effort_ux_metrics: 0.25,
      brand_channels: 1,
      automation_priorities: 1,
    });
  });
});

describe('parseScoringModel rejects a broken copy', () => {
  it('when the dimensions are out of order', () => {
    const data = copy();
    const [first, second] = data.dimensions;
    data.dimensions[0] = second!;
    data.dimensions[1] = first!;
    const message = parseError(data);
    expect(message).toContain('dimensions.0.id: must be "alignment"');
    expect(message).toContain('dimensions.1.id: must be "staffing"');
  });

  it('when a dimension is missing', () => {
    const data = copy();
    data.dimensions.pop();
    expect(parseError(data)).toContain('dimensions:');
  });

  it('when the first stage does not start at 0', () => {
    const data = copy();
    data.stages[0]!.minScore = 5;
    expect(parseError(data)).toContain('stages.0.minScore: the first stage must start at 0');
  });

  it('when stages do not ascend', () => {
    const data = copy();
    data.stages[3]!.minScore = 40;
    expect(parseError(data)).toContain('stages.3.minScore: must exceed 40');
  });

  it('when stages are misnumbered', () => {
    const data = copy();
    data.stages[4]!.stage = 4;
    expect(parseError(data)).toContain('stages.4.stage: must be 5');
  });

  it('when a weight is not positive', () => {
    const data = copy();
    item(data, 0, 1).weight = 0;
    expect(parseError(data)).toContain('dimensions.0.items.1.weight:');
  });

  it('when points exceed maxPoints', () => {
    const data = copy();
    const alignment = item(data, 0, 0);
    if (alignment.kind !== 'single') throw new Error('expected a single item');
    alignment.points['all_actively'] = 4;
    expect(parseError(data)).toContain(
      'dimensions.0.items.0.points.all_actively: 4 exceeds maxPoints 3',
    );
  });

  it('when maxPoints is not the best answer', () => {
    const data = copy();
    const staffing = item(data, 1, 0);
    if (staffing.kind !== 'matrix') throw new Error('expected a matrix item');
    staffing.maxPoints = 3;
    expect(parseError(data)).toContain(
      "dimensions.1.items.0.maxPoints: must equal the best answer's points (2)",
    );
  });

  it('when the depth maximum is unreachable', () => {
    const data = copy();
    const factors = item(data, 2, 0);
    if (factors.kind !== 'multiple_depth') throw new Error('expected a depth item');
    factors.maxPoints = 12;
    expect(parseError(data)).toContain(
      'dimensions.2.items.0.maxPoints: unreachable: all options together score 11',
    );
  });

  it('when an excluded answer also has points', () => {
    const data = copy();
    const brand = item(data, 4, 0);
    if (brand.kind !== 'matrix') throw new Error('expected a matrix item');
    brand.points['not_offered'] = 0;
    expect(parseError(data)).toContain('dimensions.4.items.0.excluded.0: "not_offered" also has');
  });

  it('when automation targets itself', () => {
    const data = copy();
    const automation = item(data, 5, 0);
    if (automation.kind !== 'multiple_targeting') throw new Error('expected a targeting item');
    automation.targets['other'] = 'automation';
    expect(parseError(data)).toContain(
      'dimensions.5.items.0.targets.other: cannot target its own dimension',
    );
  });

  it('when a target is not a dimension', () => {
    const data = looseCopy();
    const automation = data.dimensions[5]!.items[0]!;
    (automation['targets'] as Record<string, unknown>)['chatbots'] = 'support';
    expect(parseError(data)).toContain('dimensions.5.items.0.targets.chatbots:');
  });

  it('when a targeting item sits outside automation', () => {
    const data = copy();
    const automation = data.dimensions[5]!.items.pop()!;
    data.dimensions[5]!.items.push(item(data, 4, 0));
    data.dimensions[4]!.items = [automation];
    const message = parseError(data);
    expect(message).toContain('dimensions.4.items.0.kind: only automation can hold targeting');
    expect(message).toContain('dimensions.4.items.0.targets.channel_integration: cannot target');
  });

  it('when a question is scored twice', () => {
    const data = copy();
    data.dimensions[0]!.items.push(structuredClone(item(data, 0, 0)));
    expect(parseError(data)).toContain(
      'dimensions.0.items.2.questionId: "alignment_collaboration" is already scored',
    );
  });

  it('when a stage description is missing', () => {
    const data = looseCopy();
    delete (data.dimensions[3]!['stageDescriptions'] as Record<string, unknown>)['5'];
    expect(parseError(data)).toContain('dimensions.3.stageDescriptions.5:');
  });

  it('when the Korean text is missing', () => {
    const data = copy();
    data.stages[2]!.name.ko = 'Defined';
    expect(parseError(data)).toContain('stages.2.name.ko: must be Korean text');
  });

  it('when an item has an unknown field', () => {
    const data = looseCopy();
    data.dimensions[0]!.items[0]!['note'] = 'extra';
    expect(parseError(data)).toContain('dimensions.0.items.0:');
  });
});

describe('checkAgainstBaseline rejects a model that does not fit the study', () => {
  it('when a points key is not an option of the question', () => {
    const data = copy();
    const alignment = item(data, 0, 0);
    if (alignment.kind !== 'single') throw new Error('expected a single item');
    alignment.points['always'] = 3;
    expect(baselineError(data)).toContain(
      'dimensions.0.items.0.points.always: unknown option "always"',
    );
  });

  it('when an option is neither scored nor excluded', () => {
    const data = copy();
    const effort = item(data, 3, 0);
    if (effort.kind !== 'matrix') throw new Error('expected a matrix item');
    delete effort.excluded;
    expect(baselineError(data)).toContain(
      'dimensions.3.items.0.points: option "not_applicable" is neither scored nor excluded',
    );
  });

  it('when the exclusive option is dropped', () => {
    const data = copy();
    const factors = item(data, 2, 0);
    if (factors.kind !== 'multiple_depth') throw new Error('expected a depth item');
    delete factors.exclusive;
    expect(baselineError(data)).toContain(
      'dimensions.2.items.0.points: option "none" is neither scored nor exclusive',
    );
  });

  it('when the question does not exist', () => {
    const data = copy();
    item(data, 1, 0).questionId = 'staffing_levels';
    expect(baselineError(data)).toContain(
      'dimensions.1.items.0.questionId: no question "staffing_levels" in digital-cx-2022',
    );
  });

  it('when the question belongs to another dimension', () => {
    const data = copy();
    const [collaboration] = data.dimensions[0]!.items.splice(0, 1);
    data.dimensions[1]!.items.push(collaboration!);
    expect(baselineError(data)).toContain('dimensions.1.items.1.questionId: belongs to alignment');
  });

  it('when the kind does not match the question', () => {
    const data = looseCopy();
    data.dimensions[4]!.items[0]!['kind'] = 'single';
    delete data.dimensions[4]!.items[0]!['excluded'];
    data.dimensions[4]!.items[0]!['points'] = { no: 0, yes: 1, not_offered: 0 };
    expect(baselineError(data as never)).toContain(
      'dimensions.4.items.0.kind: cannot score a matrix question',
    );
  });

  it('when a matrix names an unknown row', () => {
    const data = copy();
    const brand = item(data, 4, 0);
    if (brand.kind !== 'matrix') throw new Error('expected a matrix item');
    brand.rows = ['website', 'fax'];
    expect(baselineError(data)).toContain('dimensions.4.items.0.rows.1: unknown row "fax"');
  });

  it('when an automation option has no target', () => {
    const data = copy();
    const automation = item(data, 5, 0);
    if (automation.kind !== 'multiple_targeting') throw new Error('expected a targeting item');
    delete automation.targets['translation'];
    automation.targets['telepathy'] = 'effort';
    const message = baselineError(data);
    expect(message).toContain('dimensions.5.items.0.targets: option "translation" has no target');
    expect(message).toContain('dimensions.5.items.0.targets.telepathy: unknown option');
  });
});

describe('a gap-targeting item (model v2)', () => {
  /** The resolved v2 model, to break. */
  const v2 = (): TScoringModel => structuredClone(scoringModelV2);
  const gap = (data: TScoringModel) => {
    const found = item(data, 5, 0);
    if (found.kind !== 'gap_targeting') throw new Error('expected a gap-targeting item');
    return found;
  };

  it('parses and fits the 2022 baseline, with "none" the instrument\'s own option', () => {
    expect(() => checkAgainstBaseline(parseScoringModel(v2()), baselineEdition2022)).not.toThrow();
    expect(
      baselineEdition2022.questions.find((q) => q.id === 'automation_priorities')?.options,
    ).not.toContainEqual(expect.objectContaining({ id: 'none' }));
  });

  it('is refused when a not-applicable option also has a target', () => {
    const data = v2();
    gap(data).targets['none'] = null;
    expect(parseError(data)).toContain('dimensions.5.items.0.notApplicable.0: "none" also has');
  });

  it('is refused outside automation, and when it targets automation', () => {
    const data = v2();
    gap(data).targets['other'] = 'automation';
    const automation = data.dimensions[5]!.items.pop()!;
    data.dimensions[5]!.items.push(item(data, 4, 0));
    data.dimensions[4]!.items = [automation];
    const message = parseError(data);
    expect(message).toContain('dimensions.4.items.0.kind: only automation can hold targeting');
  });

  it('is refused without its constants, or with a band of 0', () => {
    const data = v2();
    gap(data).aimBand = 0;
    expect(parseError(data)).toContain('dimensions.5.items.0.aimBand');
    const loose = structuredClone(scoringModelV2) as never as {
      dimensions: { items: Record<string, unknown>[] }[];
    };
    delete loose.dimensions[5]!.items[0]!['leadLimit'];
    expect(parseError(loose)).toContain('dimensions.5.items.0.leadLimit');
  });

  it('is refused by the baseline check when a study option has no target', () => {
    const data = v2();
    delete gap(data).targets['chatbots'];
    expect(baselineError(data)).toContain('targets: option "chatbots" has no target (use null)');
  });
});
