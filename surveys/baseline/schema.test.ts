import { describe, expect, it } from 'vitest';
import edition from './digital-cx-2022.json' with { type: 'json' };
import { parseBaselineEdition, type TBaselineEdition } from './schema.ts';
import { baselineEdition2022 } from './index.ts';

/** A deep, mutable copy of the real file to break. */
function copy(): TBaselineEdition {
  return structuredClone(edition) as TBaselineEdition;
}

function question(data: TBaselineEdition, id: string) {
  const index = data.questions.findIndex((q) => q.id === id);
  const found = data.questions[index];
  if (!found) throw new Error(`no question ${id}`);
  return { index, question: found };
}

function errorOf(data: unknown): string {
  try {
    parseBaselineEdition(data);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the copy to be rejected');
}

describe('digital-cx-2022 baseline', () => {
  it('parses', () => {
    expect(() => parseBaselineEdition(edition)).not.toThrow();
    expect(baselineEdition2022.questions.map((q) => q.id)).toEqual([
      'alignment_collaboration',
      'alignment_digital_share',
      'staffing_resources',
      'staffing_strategies',
      'personalization_factors',
      'personalization_intelligence',
      'effort_tasks',
      'effort_ux_metrics',
      'brand_channels',
      'automation_priorities',
    ]);
  });

  it('keeps the erratum of the automation data figure', () => {
    const { question: automation } = question(baselineEdition2022, 'automation_priorities');
    const [distribution] = automation.distributions;
    expect(distribution?.publishedPercents['customer_data']).toBe(61.23);
    expect(distribution?.counts['customer_data']).toBe(65);
    expect(distribution?.errata?.map((e) => e.optionId)).toEqual(['customer_data']);
  });

  describe('effort means on the study scale (0, 1.25, 2.5, 3.75, 5; N/A excluded)', () => {
    const scale: Record<string, number> = {
      very_difficult: 0,
      fairly_difficult: 1.25,
      neither: 2.5,
      fairly_easy: 3.75,
      very_easy: 5,
    };
    const { question: effort } = question(baselineEdition2022, 'effort_tasks');
    const published = effort.distributions.filter((d) => d.publishedMean !== null);

    function meanOf(counts: Record<string, number>): number {
      let total = 0;
      let answered = 0;
      for (const [id, count] of Object.entries(counts)) {
        const weight = scale[id];
        if (weight === undefined) continue;
        total += weight * count;
        answered += count;
      }
      return total / answered;
    }

    it('covers every answer but N/A', () => {
      const answers = effort.options.filter((o) => !o.notApplicable).map((o) => o.id);
      expect(Object.keys(scale)).toEqual(answers);
      expect(published.map((d) => d.rowId)).toEqual([
        'find_information',
        'manage_account',
        'complete_purchase',
        'self_service_bot',
        'live_agent_digital',
        'escalate_to_phone',
      ]);
    });

    it.each(published.map((d) => [d.rowId, d] as const))(
      'reproduces the published mean of %s',
      (_rowId, distribution) => {
        const deviation = Math.abs(
          meanOf(distribution.counts) - (distribution.publishedMean ?? NaN),
        );
        if (distribution.publishedMeanErratum === undefined) {
          expect(deviation).toBeLessThanOrEqual(0.005);
        } else {
          // A recorded erratum: the published figure is kept, and must really be off.
          expect(deviation).toBeGreaterThan(0.005);
          expect(deviation).toBeLessThan(0.01);
        }
      },
    );
  });
});

describe('parseBaselineEdition rejects a broken copy', () => {
  it('when a single-choice question does not sum to n', () => {
    const data = copy();
    const { index, question: q } = question(data, 'alignment_collaboration');
    q.distributions[0]!.counts['rarely'] = 9;
    expect(errorOf(data)).toContain(
      `questions.${index}.distributions.0.counts: counts sum to 107, not n = 106`,
    );
  });

  it('when a matrix row does not sum to its n', () => {
    const data = copy();
    const { index, question: q } = question(data, 'staffing_resources');
    q.distributions[2]!.n = 106;
    expect(errorOf(data)).toContain(`questions.${index}.distributions.2.counts: counts sum to 105`);
  });

  it('when a multiple-choice count exceeds n', () => {
    const data = copy();
    const { index, question: q } = question(data, 'staffing_strategies');
    q.distributions[0]!.counts['hiring'] = 107;
    expect(errorOf(data)).toContain(
      `questions.${index}.distributions.0.counts.hiring: count 107 exceeds n = 106`,
    );
  });

  it('when counts name an unknown option', () => {
    const data = copy();
    const { index, question: q } = question(data, 'staffing_resources');
    const distribution = q.distributions[0]!;
    distribution.counts['plenty'] = 0;
    expect(errorOf(data)).toContain(
      `questions.${index}.distributions.0.counts.plenty: unknown option "plenty"`,
    );
  });

  it('when a published percentage lacks an option', () => {
    const data = copy();
    const { index, question: q } = question(data, 'brand_channels');
    delete q.distributions[4]!.publishedPercents['not_offered'];
    expect(errorOf(data)).toContain(
      `questions.${index}.distributions.4.publishedPercents.not_offered: missing option "not_offered"`,
    );
  });

  it('when a published percentage does not match its count', () => {
    const data = copy();
    const { index, question: q } = question(data, 'effort_tasks');
    q.distributions[0]!.publishedPercents['very_easy'] = 24.6;
    expect(errorOf(data)).toContain(
      `questions.${index}.distributions.0.publishedPercents.very_easy: published 24.6%`,
    );
  });

  it('when the automation erratum is dropped', () => {
    const data = copy();
    const { index, question: q } = question(data, 'automation_priorities');
    delete q.distributions[0]!.errata;
    expect(errorOf(data)).toContain(
      `questions.${index}.distributions.0.publishedPercents.customer_data:`,
    );
  });

  it('when a question id repeats', () => {
    const data = copy();
    data.questions[1]!.id = data.questions[0]!.id;
    expect(errorOf(data)).toContain(
      'questions.1.id: duplicate question id "alignment_collaboration"',
    );
  });

  it('when an option id repeats', () => {
    const data = copy();
    const { index, question: q } = question(data, 'automation_priorities');
    q.options[11]!.id = 'translation';
    expect(errorOf(data)).toContain(
      `questions.${index}.options.11.id: duplicate option id "translation"`,
    );
  });

  it('when a matrix row has no distribution', () => {
    const data = copy();
    const { index, question: q } = question(data, 'brand_channels');
    q.distributions.splice(3, 1);
    expect(errorOf(data)).toContain(
      `questions.${index}.rows.3: no distribution for row "messaging"`,
    );
  });

  it('when a single-choice question has a row distribution', () => {
    const data = copy();
    const { index, question: q } = question(data, 'effort_ux_metrics');
    q.distributions[0]!.rowId = 'website';
    const message = errorOf(data);
    expect(message).toContain(`questions.${index}.distributions.0.rowId:`);
    expect(message).toContain(
      `questions.${index}.distributions: missing the distribution with rowId null`,
    );
  });

  it('when n exceeds the sample size', () => {
    const data = copy();
    data.sampleSize = 105;
    expect(errorOf(data)).toContain(
      'questions.0.distributions.0.n: n = 106 exceeds the sample size 105',
    );
  });
});
