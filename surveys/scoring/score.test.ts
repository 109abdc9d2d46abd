import { describe, expect, it } from 'vitest';
import { baselineEdition2022 } from '../baseline/index.ts';
import { scoringModelV1 as model } from './index.ts';
import { meanOnScale, roundScore, scoreResponse, stageFor, type TAnswers } from './score.ts';
import type { TScoringModel } from './schema.ts';

const STAFFING_ROWS = ['ux_design', 'analytics', 'customer_service', 'sales', 'marketing'];
const EFFORT_ROWS = [
  'find_information',
  'manage_account',
  'personalized_offers',
  'complete_purchase',
  'self_service_bot',
  'submit_ticket',
  'live_agent_digital',
  'escalate_to_phone',
];
const BRAND_ROWS = [
  'website',
  'mobile_app',
  'native_chat',
  'messaging',
  'video_chat',
  'help_desk',
  'email',
  'social_public',
  'social_messaging',
  'review_sites',
];
const AUTOMATION_OPTIONS = [
  'customer_data',
  'proactive_engagement',
  'content_knowledge',
  'chatbots',
  'authentication',
  'team_workflow',
  'ux_personalization',
  'channel_integration',
  'offer_popups',
  'team_training',
  'translation',
  'other',
];

function every(rows: readonly string[], answer: string): Record<string, string> {
  return Object.fromEntries(rows.map((row) => [row, answer]));
}

/** Dimension id → score, for compact assertions. */
function scores(answers: TAnswers, scoringModel: TScoringModel = model) {
  const result = scoreResponse(scoringModel, answers);
  return {
    result,
    score: Object.fromEntries(result.dimensions.map((d) => [d.id, d.score])),
    stage: Object.fromEntries(result.dimensions.map((d) => [d.id, d.stage])),
    item: Object.fromEntries(
      result.dimensions.flatMap((d) => d.items.map((i) => [i.questionId, i.score])),
    ),
  };
}

/** The best answer everywhere, and every option of each multiple choice. */
const ALL_BEST: TAnswers = {
  industry: 'retail',
  company_size: '1000_4999',
  alignment_collaboration: 'all_actively',
  alignment_digital_share: 'share_75_100',
  staffing_resources: every(STAFFING_ROWS, 'sufficient'),
  staffing_strategies: ['automation', 'hiring', 'cross_training'],
  personalization_factors: [
    'engagement_history',
    'account_data',
    'browsing_behavior',
    'sentiment',
    'predicted_intent',
  ],
  personalization_intelligence: 'excellent',
  effort_tasks: every(EFFORT_ROWS, 'very_easy'),
  effort_ux_metrics: 'absolute_priority',
  brand_channels: every(BRAND_ROWS, 'yes'),
  automation_priorities: AUTOMATION_OPTIONS,
};

/**
 * A realistic mid-maturity company. Its five non-automation scores, worked by hand
 * below in the "mixed" test, are 43.3, 65, 40, 59.5 and 62.5, so the needs
 * (1 - score / 100) of the targeted dimensions are: personalization 0.6,
 * effort 0.405, brand 0.375, staffing 0.35 (alignment is no option's target).
 */
const MIXED: TAnswers = {
  industry: 'financial_services',
  alignment_collaboration: 'some',
  alignment_digital_share: 'share_50_75',
  staffing_resources: {
    ux_design: 'none',
    analytics: 'some_not_enough',
    customer_service: 'sufficient',
    sales: 'too_much',
    marketing: 'sufficient',
  },
  staffing_strategies: ['outsourcing'],
  personalization_factors: ['account_data', 'engagement_history'],
  personalization_intelligence: 'capture_only',
  effort_tasks: {
    find_information: 'very_easy',
    manage_account: 'fairly_easy',
    personalized_offers: 'not_applicable',
    complete_purchase: 'fairly_easy',
    self_service_bot: 'neither',
    submit_ticket: 'fairly_easy',
    live_agent_digital: 'fairly_difficult',
    escalate_to_phone: 'very_difficult',
  },
  effort_ux_metrics: 'decent',
  brand_channels: {
    website: 'yes',
    mobile_app: 'yes',
    native_chat: 'no',
    messaging: 'not_offered',
    video_chat: 'not_offered',
    help_desk: 'yes',
    email: 'yes',
    social_public: 'yes',
    social_messaging: 'no',
    review_sites: 'no',
  },
  automation_priorities: ['customer_data', 'chatbots', 'team_workflow', 'other'],
};

describe('scoreResponse', () => {
  it('all best answers: 100 everywhere; automation diluted to 45.5 by eleven picks', () => {
    const { result, score, stage } = scores(ALL_BEST);
    // Alignment 100 × (0.7·3/3 + 0.3·3/3) / 1 = 100; staffing: every row 2/2 = 100;
    // personalization: depth min(1, (2+1+2+3+3)/6 = 11/6) = 1, intelligence 3/3 → 100;
    // effort: every row 5/5, UX 3/3 → 100; brand: every row 1/1 → 100.
    expect(score).toMatchObject({
      alignment: 100,
      staffing: 100,
      personalization: 100,
      effort: 100,
      brand: 100,
    });
    // Automation: every need is 1 - 100/100 = 0, so best = 0 and ratio = 1 by rule.
    // All twelve options chosen; "other" has no target, so k = 11 and the score is
    // 1 × min(1, 5/11) = 0.454545… → 45.4545… → 45.5, stage 3 (40 ≤ 45.5 < 60).
    expect(score['automation']).toBe(45.5);
    expect(stage['automation']).toBe(3);
    // Overall (100·5 + 45.5) / 6 = 545.5 / 6 = 90.9166… → 90.9, stage 5.
    expect(result.overall).toEqual({ score: 90.9, stage: 5 });
  });

  it('all best answers with five or fewer automation picks: 100 everywhere', () => {
    // Needs all 0 → ratio 1; k = 2 ≤ 5 → no dilution → 100.
    const { result, score } = scores({
      ...ALL_BEST,
      automation_priorities: ['customer_data', 'chatbots'],
    });
    expect(score['automation']).toBe(100);
    expect(result.overall).toEqual({ score: 100, stage: 5 });
  });

  it('all worst answers: 0 everywhere, stage 1', () => {
    const { result, score, stage, item } = scores({
      alignment_collaboration: 'rarely',
      alignment_digital_share: 'share_0_25',
      staffing_resources: every(STAFFING_ROWS, 'none'),
      personalization_factors: ['none'],
      personalization_intelligence: 'not_at_all',
      effort_tasks: every(EFFORT_ROWS, 'very_difficult'),
      effort_ux_metrics: 'not_at_all',
      brand_channels: every(BRAND_ROWS, 'no'),
      // Only "other": something chosen, but k = 0 targeted picks → 0 (not absent).
      automation_priorities: ['other'],
    });
    expect(Object.values(score)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Object.values(stage)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(item['personalization_factors']).toBe(0);
    expect(item['automation_priorities']).toBe(0);
    expect(result.overall).toEqual({ score: 0, stage: 1 });
  });

  it('a mixed, realistic response, every number by hand', () => {
    const { result, score, stage, item } = scores(MIXED);

    // Alignment: collaboration "some" 1/3, share 50-75% 2/3.
    // 100 × (0.7·1/3 + 0.3·2/3) / (0.7 + 0.3) = 100 × (0.2333… + 0.2) = 43.333… → 43.3, stage 3.
    expect(item['alignment_collaboration']).toBeCloseTo(1 / 3, 12);
    expect(item['alignment_digital_share']).toBeCloseTo(2 / 3, 12);
    expect(score['alignment']).toBe(43.3);
    expect(stage['alignment']).toBe(3);

    // Staffing: none 0/2, some 1/2, sufficient 2/2, too much 1.5/2, sufficient 2/2
    // = (0 + 0.5 + 1 + 0.75 + 1) / 5 = 3.25 / 5 = 0.65 → 65, stage 4.
    expect(item['staffing_resources']).toBeCloseTo(0.65, 12);
    expect(score['staffing']).toBe(65);
    expect(stage['staffing']).toBe(4);
    // Staffing strategies are not scored: no item, whatever was chosen.
    expect(item).not.toHaveProperty('staffing_strategies');

    // Personalization: factors account 1 + engagement history 2 = 3 / 6 = 0.5;
    // intelligence "capture only" 1/3. 100 × (0.4·0.5 + 0.6·1/3) = 100 × (0.2 + 0.2) = 40
    // (39.999… in binary floats, which rounds to 40.0), stage 3: exactly on the boundary.
    expect(item['personalization_factors']).toBe(0.5);
    expect(score['personalization']).toBe(40);
    expect(stage['personalization']).toBe(3);

    // Effort: personalized offers is N/A and drops out; seven rows count:
    // 5 + 3.75 + 3.75 + 2.5 + 3.75 + 1.25 + 0 = 20 points of 7 × 5 = 35 → 4/7 = 0.5714…
    // UX metrics "decent" 2/3. 100 × (0.75·4/7 + 0.25·2/3) = 100 × (3/7 + 1/6)
    // = 100 × 25/42 = 59.5238… → 59.5, stage 3.
    expect(item['effort_tasks']).toBeCloseTo(4 / 7, 12);
    expect(item['effort_ux_metrics']).toBeCloseTo(2 / 3, 12);
    expect(score['effort']).toBe(59.5);
    expect(stage['effort']).toBe(3);

    // Brand: messaging and video chat not offered drop out; 5 yes of 8 → 0.625 → 62.5, stage 4.
    expect(item['brand_channels']).toBe(0.625);
    expect(score['brand']).toBe(62.5);
    expect(stage['brand']).toBe(4);

    // Automation: picks customer data (personalization, need 0.6), chatbots (effort, 0.405),
    // team workflow (staffing, 0.35) and "other" (no target): k = 3.
    // achieved = 0.6 + 0.405 + 0.35 = 1.355. The three largest needs over all targeted
    // options: four options target personalization (0.6 each) → best = 1.8.
    // ratio = 1.355 / 1.8 = 0.752777…; k ≤ 5 so no dilution → 75.3, stage 4.
    expect(item['automation_priorities']).toBeCloseTo(1.355 / 1.8, 12);
    expect(score['automation']).toBe(75.3);
    expect(stage['automation']).toBe(4);

    // Overall: (43.3 + 65 + 40 + 59.5 + 62.5 + 75.3) / 6 = 345.6 / 6 = 57.6, stage 3.
    expect(result.overall).toEqual({ score: 57.6, stage: 3 });
    expect(result.dimensions.map((d) => d.id)).toEqual([
      'alignment',
      'staffing',
      'personalization',
      'effort',
      'brand',
      'automation',
    ]);
  });

  describe('not applicable and "we do not offer"', () => {
    it('drops N/A rows; all rows N/A drops the task item', () => {
      // Only UX metrics "decent" remains: 100 × 0.25·(2/3) / 0.25 = 66.666… → 66.7, stage 4.
      const { score, item } = scores({
        ...MIXED,
        effort_tasks: every(EFFORT_ROWS, 'not_applicable'),
      });
      expect(item['effort_tasks']).toBeNull();
      expect(score['effort']).toBe(66.7);
    });

    it('N/A rows do not pull a perfect effort score down', () => {
      // Four very easy rows + four N/A: 20 / 20 = 1; UX absolute priority 1 → 100.
      const tasks = every(EFFORT_ROWS, 'very_easy');
      for (const row of EFFORT_ROWS.slice(4)) tasks[row] = 'not_applicable';
      const { score } = scores({
        ...ALL_BEST,
        effort_tasks: tasks,
      });
      expect(score['effort']).toBe(100);
    });

    it('every brand channel not offered: brand is null and its need is 0', () => {
      const { result, score, stage, item } = scores({
        ...MIXED,
        brand_channels: every(BRAND_ROWS, 'not_offered'),
        automation_priorities: ['channel_integration'],
      });
      expect(item['brand_channels']).toBeNull();
      expect(score['brand']).toBeNull();
      expect(stage['brand']).toBeNull();
      // channel_integration targets brand: need(brand) = 0 because brand is null.
      // k = 1, achieved = 0, best = largest need = personalization 0.6 → ratio 0 → 0.
      expect(score['automation']).toBe(0);
      // Overall over the five non-null: (43.3 + 65 + 40 + 59.5 + 0) / 5 = 207.8 / 5
      // = 41.56 → 41.6, stage 3.
      expect(result.overall).toEqual({ score: 41.6, stage: 3 });
    });

    it('a brand pick next to a personalization pick earns half', () => {
      // k = 2, achieved = need(personalization) 0.6 + need(brand) 0 = 0.6;
      // best = 0.6 + 0.6 = 1.2 → 0.5 → 50.
      const { score } = scores({
        ...MIXED,
        brand_channels: every(BRAND_ROWS, 'not_offered'),
        automation_priorities: ['customer_data', 'channel_integration'],
      });
      expect(score['automation']).toBe(50);
    });
  });

  describe('personalization depth', () => {
    it('an exclusive "none" scores the factor item 0, whatever else is ticked', () => {
      // Factors 0; intelligence "excellent" 1 → 100 × (0.4·0 + 0.6·1) / 1 = 60, stage 4.
      const { score, stage, item } = scores({
        ...MIXED,
        personalization_factors: ['none', 'sentiment', 'predicted_intent'],
        personalization_intelligence: 'excellent',
      });
      expect(item['personalization_factors']).toBe(0);
      expect(score['personalization']).toBe(60);
      expect(stage['personalization']).toBe(4);
    });

    it('two deep signals earn full marks; basic account data alone earns a sixth', () => {
      // Sentiment 3 + predicted intent 3 = 6 / 6 = 1.
      expect(
        scores({ ...MIXED, personalization_factors: ['sentiment', 'predicted_intent'] }).item[
          'personalization_factors'
        ],
      ).toBe(1);
      // Account data 1/6; with intelligence "excellent": 100 × (0.4/6 + 0.6) = 66.666… → 66.7.
      const { score, item } = scores({
        ...MIXED,
        personalization_factors: ['account_data'],
        personalization_intelligence: 'excellent',
      });
      expect(item['personalization_factors']).toBeCloseTo(1 / 6, 12);
      expect(score['personalization']).toBe(66.7);
    });

    it('nothing ticked leaves the item out', () => {
      // Only intelligence "capture only" 1/3 remains → 33.333… → 33.3.
      const { score, item } = scores({ ...MIXED, personalization_factors: [] });
      expect(item['personalization_factors']).toBeNull();
      expect(score['personalization']).toBe(33.3);
    });
  });

  describe('automation targeting', () => {
    it('picking the weakest dimensions scores higher than picking the strongest', () => {
      // Weakest: two personalization options, achieved 0.6 + 0.6 = 1.2 = best → 100.
      const weakest = scores({
        ...MIXED,
        automation_priorities: ['customer_data', 'proactive_engagement'],
      });
      // Strongest targeted: both staffing options, 0.35 + 0.35 = 0.7; best 1.2
      // → 0.58333… → 58.3.
      const strongest = scores({
        ...MIXED,
        automation_priorities: ['team_workflow', 'team_training'],
      });
      expect(weakest.score['automation']).toBe(100);
      expect(strongest.score['automation']).toBe(58.3);
      expect(weakest.score['automation']!).toBeGreaterThan(strongest.score['automation']!);
    });

    it('more than five picks are diluted', () => {
      // Five picks: the four personalization options (0.6 each) + content (effort 0.405):
      // achieved = best = 2.805 → ratio 1, k = 5 → 100.
      const five = ['customer_data', 'proactive_engagement', 'ux_personalization', 'offer_popups'];
      expect(
        scores({ ...MIXED, automation_priorities: [...five, 'content_knowledge'] }).score[
          'automation'
        ],
      ).toBe(100);
      // Six picks, the six largest needs: ratio 1, × 5/6 = 0.8333… → 83.3.
      expect(
        scores({ ...MIXED, automation_priorities: [...five, 'content_knowledge', 'chatbots'] })
          .score['automation'],
      ).toBe(83.3);
      // Every option: achieved = best (all eleven targeted), × 5/11 → 45.5.
      expect(
        scores({ ...MIXED, automation_priorities: AUTOMATION_OPTIONS }).score['automation'],
      ).toBe(45.5);
    });

    it('nothing chosen leaves automation null; only "other" scores 0', () => {
      expect(scores({ ...MIXED, automation_priorities: [] }).score['automation']).toBeNull();
      expect(scores({ ...MIXED, automation_priorities: ['other'] }).score['automation']).toBe(0);
    });
  });

  describe('missing and malformed answers', () => {
    it('no answers at all: every score and stage null', () => {
      const { result } = scores({});
      expect(result.dimensions.every((d) => d.score === null && d.stage === null)).toBe(true);
      expect(result.overall).toEqual({ score: null, stage: null });
    });

    it('an unanswered item drops out of its dimension', () => {
      // Alignment from the share alone: "50-75%" 2/3 → 66.7.
      const answers = { ...MIXED };
      delete answers['alignment_collaboration'];
      const { score, item } = scores(answers);
      expect(item['alignment_collaboration']).toBeNull();
      expect(score['alignment']).toBe(66.7);
    });

    it('answers of the wrong shape or unknown options count as not answered', () => {
      const { item } = scores({
        ...MIXED,
        alignment_collaboration: ['some'],
        alignment_digital_share: 'constructor',
        staffing_resources: 'sufficient',
        personalization_factors: { a: 'sentiment' },
      });
      expect(item['alignment_collaboration']).toBeNull();
      expect(item['alignment_digital_share']).toBeNull();
      expect(item['staffing_resources']).toBeNull();
      expect(item['personalization_factors']).toBeNull();
    });

    it('a matrix with `rows` counts only those rows', () => {
      const restricted = structuredClone(model);
      const brand = restricted.dimensions[4]!.items[0]!;
      if (brand.kind !== 'matrix') throw new Error('expected a matrix item');
      brand.rows = ['website', 'email'];
      // Website yes, email yes → 2/2 = 100, the "no" rows are not counted.
      expect(scores(MIXED, restricted).score['brand']).toBe(100);
    });
  });
});

describe('stageFor', () => {
  it.each([
    [0, 1],
    [19.9, 1],
    [20, 2],
    [39.9, 2],
    [40, 3],
    [59.9, 3],
    [60, 4],
    [79.9, 4],
    [80, 5],
    [100, 5],
  ])('%s → stage %s', (score, expected) => {
    expect(stageFor(model, score)).toBe(expected);
  });

  it('null → null', () => {
    expect(stageFor(model, null)).toBeNull();
  });
});

describe('roundScore', () => {
  it('rounds to one decimal, half away from zero', () => {
    expect(roundScore(43.3333)).toBe(43.3);
    expect(roundScore(45.45)).toBe(45.5);
    expect(roundScore(18.75)).toBe(18.8);
    expect(roundScore(-2.25)).toBe(-2.3);
  });

  it('does not let float noise decide a tie', () => {
    // 0.25 / 5 × 0.75 × 100 is exactly 3.75, but 3.7500000000000004 in floats;
    // 1.15 is 1.1499999… in binary, yet Postgres round(1.15, 1) = 1.2.
    expect(roundScore(3.7500000000000004)).toBe(3.8);
    expect(roundScore(3.7499999999999996)).toBe(3.8);
    expect(roundScore(1.15)).toBe(1.2);
  });
});

describe('meanOnScale reproduces the study', () => {
  const effortItem = model.dimensions[3]!.items[0]!;
  if (effortItem.kind !== 'matrix') throw new Error('expected the effort matrix');
  const effort = baselineEdition2022.questions.find((q) => q.id === 'effort_tasks')!;
  const published = effort.distributions.filter((d) => typeof d.publishedMean === 'number');

  it('covers the six published means', () => {
    expect(published.map((d) => [d.rowId, d.publishedMean])).toEqual([
      ['find_information', 3.52],
      ['manage_account', 3.27],
      ['complete_purchase', 3.49],
      ['self_service_bot', 3.36],
      ['live_agent_digital', 2.99],
      ['escalate_to_phone', 2.71],
    ]);
  });

  it.each(published.map((d) => [d.rowId, d] as const))(
    'with the model effort points: %s',
    (_rowId, distribution) => {
      const mean = meanOnScale(effortItem.points, distribution.counts, effortItem.excluded);
      // E.g. information: (0·1 + 1.25·8 + 2.5·26 + 3.75·43 + 5·26) / 104 = 366.25 / 104 = 3.5216.
      // The live-agent row gives 263.75 / 88 = 2.9972, published as 2.99 (recorded erratum).
      const tolerance = distribution.publishedMeanErratum === undefined ? 0.005 : 0.01;
      expect(Math.abs(mean! - distribution.publishedMean!)).toBeLessThanOrEqual(tolerance);
    },
  );

  it('computes the erratum row exactly', () => {
    const live = published.find((d) => d.rowId === 'live_agent_digital')!;
    // (0·8 + 1.25·11 + 2.5·23 + 3.75·30 + 5·16) / (106 − 18) = 263.75 / 88.
    expect(meanOnScale(effortItem.points, live.counts, effortItem.excluded)).toBeCloseTo(
      263.75 / 88,
      12,
    );
  });

  it('is null when every answer is excluded, and rejects answers off the scale', () => {
    expect(meanOnScale({ yes: 1 }, { not_offered: 3 }, ['not_offered'])).toBeNull();
    expect(() => meanOnScale({ yes: 1 }, { maybe: 2 })).toThrow('answer "maybe" has no points');
  });
});
