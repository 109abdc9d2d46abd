import { describe, expect, it } from 'vitest';
import { answerSpec, answersSchema, ZAnswerSpec, type TAnswers } from './answer-spec.ts';
import { assessmentV1, assessmentV1Spec } from './index.ts';
import { parseSurveyFile } from './schema.ts';

/** A complete, valid submission of version 1. */
function validAnswers(): TAnswers {
  return {
    industry: 'financial_services',
    company_size: 'size_1000_4999',
    region: 'korea',
    business_model: 'both',
    respondent_function: 'cx',
    respondent_seniority: 'vp_head',
    organisation_name: 'Acme Korea',
    alignment_collaboration: 'all_occasionally',
    alignment_digital_share: 'share_50_75',
    staffing_resources: {
      ux_design: 'some_not_enough',
      analytics: 'none',
      customer_service: 'sufficient',
      sales: 'sufficient',
      marketing: 'too_much',
    },
    staffing_strategies: ['automation', 'cross_training'],
    personalization_factors: ['engagement_history', 'account_data'],
    personalization_intelligence: 'capture_only',
    effort_tasks: {
      find_information: 'fairly_easy',
      manage_account: 'neither',
      personalized_offers: 'not_applicable',
      complete_purchase: 'very_easy',
      self_service_bot: 'fairly_difficult',
      submit_ticket: 'fairly_easy',
      live_agent_digital: 'very_difficult',
      escalate_to_phone: 'neither',
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
    automation_priorities: ['customer_data', 'chatbots', 'other'],
    automation_priorities_other: 'Voice of the customer analytics',
  };
}

/** The `path: message` lines of a rejected submission. */
function issuesOf(answers: unknown): string[] {
  const parsed = answersSchema(assessmentV1Spec).safeParse(answers);
  if (parsed.success) throw new Error('expected the answers to be rejected');
  return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('answerSpec', () => {
  it('derives a valid spec with one entry per question', () => {
    expect(() => ZAnswerSpec.parse(assessmentV1Spec)).not.toThrow();
    expect(assessmentV1Spec.version).toBe('digital-cx-v1');
    expect(Object.keys(assessmentV1Spec.questions)).toEqual(Object.keys(validAnswers()));
  });

  it('maps each SurveyJS type to its answer type', () => {
    const { questions } = assessmentV1Spec;
    expect(questions['alignment_collaboration']).toEqual({
      type: 'single',
      options: ['rarely', 'some', 'all_occasionally', 'all_actively'],
      required: true,
    });
    expect(questions['personalization_factors']).toEqual({
      type: 'multiple',
      options: [
        'engagement_history',
        'account_data',
        'browsing_behavior',
        'sentiment',
        'predicted_intent',
        'none',
      ],
      exclusive: ['none'],
      required: true,
    });
    expect(questions['staffing_resources']).toEqual({
      type: 'matrix',
      rows: ['ux_design', 'analytics', 'customer_service', 'sales', 'marketing'],
      columns: ['none', 'some_not_enough', 'sufficient', 'too_much'],
      required: true,
    });
    expect(questions['organisation_name']).toEqual({
      type: 'text',
      maxLength: 200,
      required: false,
    });
    expect(questions['automation_priorities_other']).toEqual({
      type: 'text',
      maxLength: 500,
      required: false,
    });
  });

  it('defaults maxLength to 500', () => {
    const data = structuredClone(assessmentV1);
    const other = data.definition.pages.at(-1)!.elements.at(-1)!;
    if (other.type !== 'comment') throw new Error('expected a comment');
    delete other.maxLength;
    expect(answerSpec(parseSurveyFile(data)).questions['automation_priorities_other']).toEqual({
      type: 'text',
      maxLength: 500,
      required: false,
    });
  });
});

describe('answersSchema', () => {
  it('accepts a complete valid submission', () => {
    const answers = validAnswers();
    expect(answersSchema(assessmentV1Spec).parse(answers)).toEqual(answers);
  });

  it('accepts a submission without the optional answers', () => {
    const answers = validAnswers();
    delete answers['organisation_name'];
    delete answers['automation_priorities_other'];
    expect(answersSchema(assessmentV1Spec).safeParse(answers).success).toBe(true);
  });

  it('accepts the exclusive option alone', () => {
    const answers = { ...validAnswers(), personalization_factors: ['none'] };
    expect(answersSchema(assessmentV1Spec).safeParse(answers).success).toBe(true);
  });

  it('rejects something other than an object', () => {
    expect(answersSchema(assessmentV1Spec).safeParse(['industry']).success).toBe(false);
  });

  it('rejects an unknown question', () => {
    expect(issuesOf({ ...validAnswers(), nps: '10' })).toEqual(['nps: unknown question "nps"']);
  });

  it('rejects an unknown option', () => {
    expect(issuesOf({ ...validAnswers(), region: 'mars' })).toEqual([
      'region: unknown option "mars"',
    ]);
    expect(
      issuesOf({ ...validAnswers(), automation_priorities: ['chatbots', 'blockchain'] }),
    ).toEqual(['automation_priorities.1: unknown option "blockchain"']);
  });

  it('rejects the wrong type of answer', () => {
    const [issue, ...rest] = issuesOf({ ...validAnswers(), staffing_strategies: 'hiring' });
    expect(issue).toMatch(/^staffing_strategies: /);
    expect(rest).toEqual([]);
    expect(issuesOf({ ...validAnswers(), industry: ['retail_ecommerce'] })[0]).toMatch(
      /^industry: /,
    );
    expect(issuesOf({ ...validAnswers(), brand_channels: ['yes'] })[0]).toMatch(
      /^brand_channels: /,
    );
  });

  it('rejects "none" combined with another personalization factor', () => {
    expect(
      issuesOf({ ...validAnswers(), personalization_factors: ['account_data', 'none'] }),
    ).toEqual(['personalization_factors: "none" excludes every other option']);
  });

  it('rejects a repeated option', () => {
    expect(
      issuesOf({ ...validAnswers(), staffing_strategies: ['hiring', 'automation', 'hiring'] }),
    ).toEqual(['staffing_strategies.2: duplicate option "hiring"']);
  });

  it('rejects a missing required question', () => {
    const answers = validAnswers();
    delete answers['alignment_digital_share'];
    expect(issuesOf(answers)).toEqual(['alignment_digital_share: Required']);
  });

  it('rejects a required multiple choice with nothing chosen', () => {
    expect(issuesOf({ ...validAnswers(), automation_priorities: [] })).toEqual([
      'automation_priorities: choose at least one option',
    ]);
  });

  it('rejects a missing matrix row', () => {
    const answers = validAnswers();
    delete (answers['effort_tasks'] as Record<string, string>)['escalate_to_phone'];
    expect(issuesOf(answers)).toEqual(['effort_tasks.escalate_to_phone: Required']);
  });

  it('rejects an unknown matrix row and an unknown column', () => {
    const answers = validAnswers();
    const brand = answers['brand_channels'] as Record<string, string>;
    brand['fax'] = 'yes';
    brand['email'] = 'maybe';
    expect(issuesOf(answers)).toEqual([
      'brand_channels.email: unknown option "maybe"',
      'brand_channels.fax: unknown row "fax"',
    ]);
  });

  it('rejects text over maxLength, and blank text', () => {
    const tooLong = issuesOf({ ...validAnswers(), automation_priorities_other: 'x'.repeat(501) });
    expect(tooLong).toHaveLength(1);
    expect(tooLong[0]).toMatch(/^automation_priorities_other: /);
    expect(issuesOf({ ...validAnswers(), organisation_name: 'x'.repeat(201) })[0]).toMatch(
      /^organisation_name: /,
    );
    expect(issuesOf({ ...validAnswers(), organisation_name: '   ' })).toEqual([
      'organisation_name: must not be blank',
    ]);
    expect(
      answersSchema(assessmentV1Spec).safeParse({
        ...validAnswers(),
        automation_priorities_other: 'x'.repeat(500),
      }).success,
    ).toBe(true);
  });
});
