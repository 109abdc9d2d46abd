import { describe, expect, it } from 'vitest';
import {
  demoCompanyV1,
  middlingCompany,
  strongCompany,
  weakCompany,
} from '../../tests/fixtures/companies.ts';
import { gapTargeting } from './gap-targeting.ts';
import { scoringModelV1, scoringModelV2 } from './index.ts';
import type { TGapTargetingItem, TScoringDimensionId } from './schema.ts';
import { scoreResponse, type TAnswers } from './score.ts';

const ITEM = scoringModelV2.dimensions
  .flatMap((d) => d.items)
  .find((item): item is TGapTargetingItem => item.kind === 'gap_targeting')!;

/** Dimension id → score and stage under a model. */
function scored(answers: TAnswers, model = scoringModelV2) {
  const result = scoreResponse(model, answers);
  const of = (id: string) => result.dimensions.find((d) => d.id === id)!;
  return { result, score: (id: string) => of(id).score, stage: (id: string) => of(id).stage };
}

/** The five other dimensions' scores, in the study's order. */
function others(
  alignment: number | null,
  staffing: number | null,
  personalization: number | null,
  effort: number | null,
  brand: number | null,
) {
  return new Map<TScoringDimensionId, number | null>([
    ['alignment', alignment],
    ['staffing', staffing],
    ['personalization', personalization],
    ['effort', effort],
    ['brand', brand],
  ]);
}

const ALL_100 = others(100, 100, 100, 100, 100);

describe('the cases of issue 11, before (model v1) and after (model v2)', () => {
  it('weak company: Leading under v1; stage 1 under v2', () => {
    expect(scored(weakCompany, scoringModelV1).stage('automation')).toBe(5);
    const { score, stage } = scored(weakCompany);
    for (const id of ['alignment', 'staffing', 'personalization', 'effort', 'brand']) {
      expect(score(id)).toBeLessThanOrEqual(10);
    }
    // weakest addressable: staffing and effort, 0. Ceiling: mean(0, 0, 6.7, 0, 10) + 20 = 23.34.
    // Aim: effort 0 twice and staffing 0 count 1; personalization 6.7 twice 1 − 6.7/20 = 0.665;
    // brand 10 counts 0.5; "Other" is not placed: (3 + 1.33 + 0.5) / 6 = 0.805.
    // Focus: 5 / 7 priorities ("Other" included). 23.34 × 0.805 × 5/7 = 13.42 → 13.4.
    expect(score('automation')).toBe(13.4);
    expect(stage('automation')).toBe(1);
  });

  it('demo company (personalization 0): 100 under v1; v2 stops one stage above its mean', () => {
    expect(scored(demoCompanyV1, scoringModelV1).score('automation')).toBe(100);
    const { score, stage } = scored(demoCompanyV1);
    expect(score('personalization')).toBe(0);
    expect(demoCompanyV1['automation_priorities']).toEqual(['ux_personalization', 'other']);
    // UX personalization aims at the weakest (personalization 0): aim 1, two priorities: focus 1.
    // The ceiling binds: mean(23.3, 60, 0, 27.1, 25) + 20 = 27.08 + 20 = 47.08 → 47.1.
    expect(score('automation')).toBe(47.1);
    expect(stage('automation')).toBe(3);
  });

  it('only "real-time translation" with every other dimension at 100: 100 under v1, not scored', () => {
    const answers = { ...strongCompany, automation_priorities: ['translation'] };
    expect(scored(answers, scoringModelV1).score('automation')).toBe(100);
    const { result, score } = scored(answers);
    expect(score('automation')).toBeNull();
    expect(result.overall.score).toBe(100);
  });

  it('only "Other", or "None": 0 or not an option under v1; not scored, never 0 or 100', () => {
    for (const company of [weakCompany, middlingCompany, strongCompany]) {
      const other = { ...company, automation_priorities: ['other'] };
      expect(scored(other, scoringModelV1).score('automation')).toBe(0);
      expect(scored(other).score('automation')).toBeNull();
      expect(
        scored({ ...company, automation_priorities: ['none'] }).score('automation'),
      ).toBeNull();
    }
  });

  it('strong company: automation its lowest under v1 (71.4); under v2 not scored, so no priority', () => {
    const before = scored(strongCompany, scoringModelV1);
    expect(before.score('automation')).toBe(71.4); // 5 / 7 picks, every other dimension 100
    expect(before.result.dimensions.every((d) => d.score! >= 71.4)).toBe(true);
    expect(scored(strongCompany).score('automation')).toBeNull();
  });

  it('middling company: credit for the pick on its weakest dimension only', () => {
    const { score, stage } = scored(middlingCompany);
    // weakest: personalization 40; mean(56.7, 75, 40, 51.2, 77.8) + 20 = 80.14.
    // Aim: customer data (personalization 40) 1, chatbots (effort 51.2) 1 − 11.2/20 = 0.44,
    // team workflow (staffing 75) 0: 1.44 / 3 = 0.48. 40 + 40.14 × 0.48 = 59.27 → 59.3.
    expect(score('automation')).toBe(59.3);
    expect(stage('automation')).toBe(3);
  });
});

describe('gapTargeting: the rule', () => {
  const at = (chosen: string[], scores = others(50, 70, 40, 60, 80)) =>
    gapTargeting(ITEM, chosen, scores);

  it('scores between the weakest addressable dimension and one stage above the mean', () => {
    // weakest addressable: personalization 40 (alignment is no option's target);
    // ceiling: mean(50, 70, 40, 60, 80) + 20 = 80.
    expect(at(['customer_data'])).toMatchObject({ weakest: 40, ceiling: 80, aim: 1, focus: 1 });
    expect(at(['customer_data'])!.score).toBeCloseTo(0.8, 12);
    // Staffing (70) is 30 points above the weakest: aim 0, the score stays at the floor.
    expect(at(['team_workflow'])!.score).toBeCloseTo(0.4, 12);
    // Effort (60) is 20 points above: aim 0; half way (50) would be 0.5.
    expect(at(['chatbots'])!.aim).toBe(0);
    expect(at(['chatbots'], others(50, 70, 40, 50, 80))!.aim).toBeCloseTo(0.5, 12);
  });

  it('dilutes lists longer than five, counting "Other"', () => {
    const five = ['customer_data', 'proactive_engagement', 'ux_personalization', 'offer_popups'];
    expect(at([...five, 'other'])!.focus).toBe(1);
    expect(at([...five, 'other', 'translation'])!.focus).toBeCloseTo(5 / 6, 12);
    // "Other" is not placed: the aim is that of the placed priorities alone.
    expect(at([...five, 'other'])!.aim).toBe(1);
  });

  it('leaves priorities on an unscored dimension unplaced, and scores nothing when none is placed', () => {
    const noBrand = others(50, 70, 40, 60, null);
    expect(at(['channel_integration'], noBrand)).toBeNull();
    expect(at(['channel_integration', 'customer_data'], noBrand)).toMatchObject({
      aim: 1,
      focus: 1,
    });
  });

  it('is not scored when no answer could move it, nothing is chosen, or nothing else is scored', () => {
    expect(at(['translation'], ALL_100)).toBeNull();
    expect(at([])).toBeNull();
    expect(at(['not_an_option'])).toBeNull();
    expect(at(['customer_data'], others(null, null, null, null, null))).toBeNull();
    // "None" excludes every other choice; a tampered answer with both is still not scored.
    expect(at(['none', 'customer_data'])).toBeNull();
  });

  it('treats a strong organisation gently: small gaps leave little to lose', () => {
    // Everything 90 or more; the whole list of eleven priorities, most of them off target.
    const strong = others(100, 90, 100, 100, 95);
    const everything = Object.keys(ITEM.targets);
    const result = at(everything, strong)!;
    expect(result.weakest).toBe(90);
    expect(100 * result.score).toBeGreaterThanOrEqual(90);
  });
});
