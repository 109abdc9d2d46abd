import { describe, expect, it } from 'vitest';
import { recommendationsV1 } from '../../../surveys/recommendations/index.ts';
import type { TRecommendation } from '../../../surveys/recommendations/schema.ts';
import type { TAnswers } from '../../../surveys/scoring/score.ts';
import {
  adviceFor,
  localizeRecommendations,
  recommendFor,
  triggerFires,
  ZDimensionAdvice,
} from './recommendations.ts';

const HANGUL = /[\uac00-\ud7a3]/;

/** A company weak where the study is weak: siloed, under-staffed, hard to reach a person. */
const WEAK: TAnswers = {
  alignment_collaboration: 'some',
  alignment_digital_share: 'share_25_50',
  staffing_resources: { ux_design: 'none', analytics: 'some_not_enough', sales: 'sufficient' },
  staffing_strategies: ['hiring'],
  personalization_factors: ['account_data'],
  personalization_intelligence: 'capture_only',
  effort_tasks: {
    find_information: 'fairly_easy',
    escalate_to_phone: 'very_difficult',
    live_agent_digital: 'not_applicable',
  },
  effort_ux_metrics: 'slight',
  brand_channels: { website: 'yes', video_chat: 'no', social_messaging: 'no' },
  automation_priorities: ['chatbots', 'offer_popups'],
};

/** A mature company: the triggers stay quiet almost everywhere. */
const STRONG: TAnswers = {
  alignment_collaboration: 'all_actively',
  alignment_digital_share: 'share_75_100',
  staffing_resources: {
    ux_design: 'sufficient',
    analytics: 'sufficient',
    customer_service: 'sufficient',
    sales: 'sufficient',
    marketing: 'sufficient',
  },
  staffing_strategies: ['automation', 'cross_training', 'redeploying'],
  personalization_factors: ['engagement_history', 'browsing_behavior', 'predicted_intent'],
  personalization_intelligence: 'excellent',
  effort_tasks: { escalate_to_phone: 'very_easy', self_service_bot: 'fairly_easy' },
  effort_ux_metrics: 'absolute_priority',
  brand_channels: { website: 'yes', video_chat: 'yes' },
  automation_priorities: [
    'customer_data',
    'content_knowledge',
    'channel_integration',
    'team_workflow',
    'team_training',
  ],
};

const ALL = [
  { dimension: 'alignment' },
  { dimension: 'staffing' },
  { dimension: 'personalization' },
  { dimension: 'effort' },
  { dimension: 'brand' },
  { dimension: 'automation' },
] as const;

function ids(answers: TAnswers, dimension: (typeof ALL)[number]['dimension']): string[] {
  const [advice] = recommendFor(recommendationsV1, answers, [{ dimension }], 'en');
  return (advice?.items ?? []).map((item) => item.id);
}

describe('recommendFor on the v1 recommendations', () => {
  it('gives different advice to different answers', () => {
    const weak = recommendFor(recommendationsV1, WEAK, ALL, 'en');
    const strong = recommendFor(recommendationsV1, STRONG, ALL, 'en');
    const flat = (advice: typeof weak) => advice.flatMap((d) => d.items.map((i) => i.id));
    expect(flat(weak)).not.toEqual(flat(strong));
    expect(ids(WEAK, 'alignment')).toEqual([
      'alignment-joint-journey-map',
      'alignment-digital-share',
      'alignment-shared-scorecard',
    ]);
    // Nothing fires for the mature company: the general advice stands in.
    expect(ids(STRONG, 'alignment')).toEqual([
      'alignment-long-term-programme',
      'alignment-publish-feedback-changes',
    ]);
  });

  it('keeps the priorities order and returns at most three items per dimension', () => {
    const priorities = [
      { dimension: 'effort' },
      { dimension: 'brand' },
      { dimension: 'staffing' },
    ] as const;
    const result = recommendFor(recommendationsV1, WEAK, priorities, 'en');
    expect(result.map((d) => d.dimension)).toEqual(['effort', 'brand', 'staffing']);
    for (const advice of result) {
      expect(advice.items.length).toBeGreaterThanOrEqual(1);
      expect(advice.items.length).toBeLessThanOrEqual(3);
      expect(ZDimensionAdvice.parse(advice)).toEqual(advice);
    }
  });

  it('puts matrix-row triggers before whole-question triggers', () => {
    // escalate_to_phone fires a row trigger; effort_ux_metrics "slight" fires two question triggers.
    expect(ids(WEAK, 'effort')).toEqual([
      'effort-route-to-a-person',
      'effort-x-and-o-data',
      'effort-closed-loop-feedback',
    ]);
    // The brand rows that are "no" fire, in the study's channel order.
    expect(ids(WEAK, 'brand')).toEqual(['brand-video-chat', 'brand-social-messaging']);
    // Two staffing rows fire before the notChosen strategy triggers.
    expect(ids(WEAK, 'staffing')).toEqual([
      'staffing-ux-gap',
      'staffing-analytics-gap',
      'staffing-cross-training',
    ]);
  });

  it('fires multiple-choice triggers on chosen options and notChosen on absent ones', () => {
    // chatbots and offer_popups chosen; customer_data and content_knowledge not chosen.
    expect(ids(WEAK, 'automation')).toEqual([
      'automation-bot-handover',
      'automation-customer-data',
      'automation-self-service-knowledge',
    ]);
    // account_data only: neither sentiment nor intent nor browsing behaviour.
    expect(ids(WEAK, 'personalization')).toEqual([
      'personalization-unify-data',
      'personalization-intent-sentiment',
      'personalization-behaviour-recommendations',
    ]);
    // Predicted intent and browsing behaviour chosen, intelligence excellent: the general one only.
    expect(ids(STRONG, 'personalization')).toEqual(['personalization-after-purchase']);
  });

  it('returns text in both languages', () => {
    const priorities = [{ dimension: 'effort' }, { dimension: 'automation' }] as const;
    const en = recommendFor(recommendationsV1, WEAK, priorities, 'en');
    const ko = recommendFor(recommendationsV1, WEAK, priorities, 'ko');
    expect(ko.map((d) => d.items.map((i) => i.id))).toEqual(
      en.map((d) => d.items.map((i) => i.id)),
    );
    const enItems = en.flatMap((d) => d.items);
    const koItems = ko.flatMap((d) => d.items);
    expect(enItems.length).toBeGreaterThan(0);
    enItems.forEach((item, index) => {
      const korean = koItems[index];
      expect(item.title).not.toMatch(HANGUL);
      expect(item.body.length).toBeGreaterThan(80);
      expect(korean?.title).toMatch(HANGUL);
      expect(korean?.body).toMatch(HANGUL);
      expect(korean?.source).toMatch(HANGUL);
    });
  });
});

describe('localizeRecommendations and adviceFor', () => {
  it('keep one language and pick exactly what recommendFor picks', () => {
    for (const lang of ['en', 'ko'] as const) {
      const local = localizeRecommendations(recommendationsV1.recommendations, lang);
      for (const answers of [WEAK, STRONG, {}]) {
        expect(adviceFor(local, answers, ALL)).toEqual(
          recommendFor(recommendationsV1, answers, ALL, lang),
        );
      }
    }
  });

  it('carry the text of the language only, and the trigger where there is one', () => {
    const [first] = recommendationsV1.recommendations;
    const [local] = localizeRecommendations(recommendationsV1.recommendations, 'ko');
    expect(local).toEqual({
      id: first?.id,
      dimension: first?.dimension,
      title: first?.title.ko,
      body: first?.body.ko,
      source: first?.source.ko,
      ...(first?.trigger ? { trigger: first.trigger } : {}),
    });
    const general = localizeRecommendations(recommendationsV1.recommendations, 'en').filter(
      (r) => !('trigger' in r),
    );
    expect(general.length).toBe(recommendationsV1.recommendations.filter((r) => !r.trigger).length);
    expect(general.length).toBeGreaterThan(0);
  });
});

describe('recommendFor: selection rules', () => {
  const rec = (id: string, trigger?: TRecommendation['trigger']): TRecommendation => ({
    id,
    dimension: 'effort',
    title: { en: id, ko: `${id} 제목` },
    body: { en: `${id} body`, ko: `${id} 본문` },
    source: { en: 'test', ko: '시험' },
    ...(trigger ? { trigger } : {}),
  });
  const list: TRecommendation[] = [
    rec('question-a', { questionId: 'effort_ux_metrics', optionIds: ['slight'] }),
    rec('general-a'),
    rec('row-a', {
      questionId: 'effort_tasks',
      rowId: 'submit_ticket',
      optionIds: ['very_difficult'],
    }),
    rec('general-b'),
    rec('general-c'),
    rec('general-d'),
    rec('question-b', { questionId: 'effort_ux_metrics', optionIds: ['slight', 'decent'] }),
  ];
  const pick = (answers: TAnswers): string[] =>
    recommendFor(list, answers, [{ dimension: 'effort' }], 'en')[0]?.items.map((i) => i.id) ?? [];

  it('fills with general recommendations only when fewer than two fired', () => {
    expect(pick({})).toEqual(['general-a', 'general-b', 'general-c']);
    expect(pick({ effort_ux_metrics: 'decent' })).toEqual(['question-b', 'general-a', 'general-b']);
    expect(pick({ effort_ux_metrics: 'slight' })).toEqual(['question-a', 'question-b']);
  });

  it('ranks the row trigger first although it comes later in the file', () => {
    expect(
      pick({ effort_ux_metrics: 'slight', effort_tasks: { submit_ticket: 'very_difficult' } }),
    ).toEqual(['row-a', 'question-a', 'question-b']);
  });

  it('leaves out dimensions other than the one asked for', () => {
    expect(recommendFor(list, {}, [{ dimension: 'brand' }], 'ko')).toEqual([
      { dimension: 'brand', items: [] },
    ]);
  });
});

describe('triggerFires', () => {
  const notChosen = {
    questionId: 'personalization_factors',
    optionIds: ['sentiment', 'predicted_intent'],
    notChosen: true as const,
  };

  it('fires notChosen only on an answered question without any of the options', () => {
    expect(triggerFires(notChosen, { personalization_factors: ['account_data'] })).toBe(true);
    expect(
      triggerFires(notChosen, { personalization_factors: ['account_data', 'sentiment'] }),
    ).toBe(false);
    expect(triggerFires(notChosen, { personalization_factors: [] })).toBe(false);
    expect(triggerFires(notChosen, {})).toBe(false);
  });

  it('fires a multiple-choice trigger when any option is chosen', () => {
    const trigger = { questionId: 'automation_priorities', optionIds: ['chatbots', 'translation'] };
    expect(triggerFires(trigger, { automation_priorities: ['translation'] })).toBe(true);
    expect(triggerFires(trigger, { automation_priorities: ['customer_data'] })).toBe(false);
  });

  it('reads one matrix row, and only that row', () => {
    const trigger = { questionId: 'brand_channels', rowId: 'email', optionIds: ['no'] };
    expect(triggerFires(trigger, { brand_channels: { email: 'no' } })).toBe(true);
    expect(triggerFires(trigger, { brand_channels: { email: 'yes', website: 'no' } })).toBe(false);
    expect(triggerFires(trigger, { brand_channels: 'no' })).toBe(false);
  });

  it('matches a single-choice answer and ignores other shapes', () => {
    const trigger = { questionId: 'alignment_collaboration', optionIds: ['rarely', 'some'] };
    expect(triggerFires(trigger, { alignment_collaboration: 'some' })).toBe(true);
    expect(triggerFires(trigger, { alignment_collaboration: 'all_actively' })).toBe(false);
    expect(triggerFires(trigger, { alignment_collaboration: { row: 'some' } })).toBe(false);
  });
});
