import { describe, expect, it } from 'vitest';
import { baselineEdition2022 } from '../../../surveys/baseline/index.ts';
import { scoringModelV1 } from '../../../surveys/scoring/index.ts';
import type { TAnswers } from '../../../surveys/scoring/score.ts';
import {
  compareWithStudy,
  scalePoints,
  studyFigures,
  type TStudyComparison,
  ZStudyComparison,
} from './study-comparison.ts';

function entry(
  answers: TAnswers,
  questionId: string,
  rowId: string | null = null,
): TStudyComparison {
  const found = compareWithStudy(baselineEdition2022, answers, scoringModelV1).find(
    (comparison) => comparison.questionId === questionId && comparison.rowId === rowId,
  );
  if (!found) throw new Error(`no comparison for ${questionId} ${String(rowId)}`);
  return found;
}

function single(answers: TAnswers, questionId: string, rowId: string | null = null) {
  const found = entry(answers, questionId, rowId);
  if (found.kind === 'multiple') throw new Error('expected a single or matrix comparison');
  return found;
}

describe('compareWithStudy: single choice', () => {
  it('gives the share of the study that answered the same, from counts', () => {
    const found = single({ alignment_collaboration: 'all_actively' }, 'alignment_collaboration');
    expect(found).toMatchObject({ kind: 'single', rowId: null, n: 106, answer: 'all_actively' });
    expect(found.share).toBe(39 / 106);
  });

  it('places an ordinal answer among the study answers below, equal and above', () => {
    const found = single(
      { alignment_collaboration: 'all_occasionally' },
      'alignment_collaboration',
    );
    expect(found.share).toBe(32 / 106);
    expect(found.position?.below).toBeCloseTo((8 + 27) / 106, 12);
    expect(found.position?.equal).toBeCloseTo(32 / 106, 12);
    expect(found.position?.above).toBeCloseTo(39 / 106, 12);
    expect(found.effortScore).toBeUndefined();
  });

  it('has nothing below the least mature answer and nothing above the most mature', () => {
    const lowest = single({ effort_ux_metrics: 'not_at_all' }, 'effort_ux_metrics');
    expect(lowest.position).toEqual({ below: 0, equal: 8 / 106, above: 98 / 106, base: 106 });
    const highest = single(
      { personalization_intelligence: 'excellent' },
      'personalization_intelligence',
    );
    expect(highest.position).toEqual({ below: 95 / 106, equal: 11 / 106, above: 0, base: 106 });
  });
});

describe('compareWithStudy: matrix rows', () => {
  it('compares each answered row separately, with the row n', () => {
    const result = compareWithStudy(
      baselineEdition2022,
      {
        staffing_resources: { ux_design: 'none', customer_service: 'sufficient' },
      },
      scoringModelV1,
    );
    expect(result).toEqual([
      {
        questionId: 'staffing_resources',
        rowId: 'ux_design',
        kind: 'matrix',
        n: 106,
        answer: 'none',
        share: 17 / 106,
      },
      {
        questionId: 'staffing_resources',
        rowId: 'customer_service',
        kind: 'matrix',
        n: 105,
        answer: 'sufficient',
        share: 61 / 105,
      },
    ]);
  });

  it('leaves N/A respondents out of the position denominator on effort rows', () => {
    // manage_account: 14 of 106 N/A, so the position is among 92 answers.
    const found = single(
      { effort_tasks: { manage_account: 'fairly_easy' } },
      'effort_tasks',
      'manage_account',
    );
    expect(found.n).toBe(106);
    expect(found.share).toBe(45 / 106);
    expect(found.position?.below).toBeCloseTo((2 + 10 + 22) / 92, 12);
    expect(found.position?.equal).toBeCloseTo(45 / 92, 12);
    expect(found.position?.above).toBeCloseTo(13 / 92, 12);
    // (1.25 × 10 + 2.5 × 22 + 3.75 × 45 + 5 × 13) / 92 = 301.25 / 92, published as 3.27.
    expect(found.effortScore?.yours).toBe(3.75);
    expect(found.effortScore?.studyMean).toBeCloseTo(301.25 / 92, 12);
    expect(found.effortScore?.publishedMean).toBe(3.27);
  });

  it('says a mean is only computed where the study published none (offers, tickets)', () => {
    for (const rowId of ['personalized_offers', 'submit_ticket']) {
      const found = single({ effort_tasks: { [rowId]: 'neither' } }, 'effort_tasks', rowId);
      expect(found.effortScore?.publishedMean).toBeNull();
      expect(found.effortScore?.studyMean).toBeGreaterThan(2);
    }
  });

  it("keeps the live-agent row's published mean (2.99) beside what its counts give (263.75 / 88)", () => {
    const found = single(
      { effort_tasks: { live_agent_digital: 'neither' } },
      'effort_tasks',
      'live_agent_digital',
    );
    // (1.25 × 11 + 2.5 × 23 + 3.75 × 30 + 5 × 16) / (106 − 18 N/A)
    expect(found.effortScore).toEqual({ yours: 2.5, studyMean: 263.75 / 88, publishedMean: 2.99 });
    expect(found.position?.below).toBeCloseTo((8 + 11) / 88, 12);
    expect(found.position?.equal).toBeCloseTo(23 / 88, 12);
    expect(found.position?.above).toBeCloseTo((30 + 16) / 88, 12);
  });

  it('uses the row n of 105 on the self-service row', () => {
    const found = single(
      { effort_tasks: { self_service_bot: 'very_easy' } },
      'effort_tasks',
      'self_service_bot',
    );
    expect(found.n).toBe(105);
    expect(found.share).toBe(19 / 105);
    // 28 of 105 N/A: (1.25 × 11 + 2.5 × 15 + 3.75 × 30 + 5 × 19) / 77 = 258.75 / 77
    expect(found.effortScore?.studyMean).toBeCloseTo(258.75 / 77, 12);
    expect(found.position?.above).toBe(0);
    expect(found.position?.equal).toBeCloseTo(19 / 77, 12);
  });

  it('gives a not-applicable answer its share but no position or effort score', () => {
    const found = single(
      { effort_tasks: { live_agent_digital: 'not_applicable' } },
      'effort_tasks',
      'live_agent_digital',
    );
    expect(found).toEqual({
      questionId: 'effort_tasks',
      rowId: 'live_agent_digital',
      kind: 'matrix',
      n: 106,
      answer: 'not_applicable',
      share: 18 / 106,
    });
  });

  it('positions brand answers among the channels actually offered', () => {
    // mobile_app: n = 105, 29 do not offer it, 20 no, 56 yes.
    const no = single({ brand_channels: { mobile_app: 'no' } }, 'brand_channels', 'mobile_app');
    expect(no.share).toBe(20 / 105);
    // 30 of 106 do not offer the channel: the shares count the 76 that do
    expect(no.position).toEqual({ below: 0, equal: 20 / 76, above: 56 / 76, base: 76 });
    expect(no.effortScore).toBeUndefined();
    const notOffered = single(
      { brand_channels: { video_chat: 'not_offered' } },
      'brand_channels',
      'video_chat',
    );
    expect(notOffered.share).toBe(43 / 104);
    expect(notOffered.position).toBeUndefined();
  });
});

describe('compareWithStudy: multiple choice', () => {
  it('lists every option, chosen or not, with its study share', () => {
    const found = entry(
      { personalization_factors: ['sentiment', 'engagement_history', 'sentiment'] },
      'personalization_factors',
    );
    expect(found).toEqual({
      questionId: 'personalization_factors',
      rowId: null,
      kind: 'multiple',
      n: 106,
      answer: ['engagement_history', 'sentiment'],
      options: [
        { optionId: 'engagement_history', chosen: true, studyShare: 69 / 106 },
        { optionId: 'account_data', chosen: false, studyShare: 59 / 106 },
        { optionId: 'browsing_behavior', chosen: false, studyShare: 44 / 106 },
        { optionId: 'sentiment', chosen: true, studyShare: 39 / 106 },
        { optionId: 'predicted_intent', chosen: false, studyShare: 34 / 106 },
        { optionId: 'none', chosen: false, studyShare: 16 / 106 },
      ],
    });
  });

  it('uses counts, not the published 61.23% of the customer-data erratum', () => {
    const found = entry({ automation_priorities: ['customer_data'] }, 'automation_priorities');
    if (found.kind !== 'multiple') throw new Error('expected multiple');
    expect(found.options[0]).toEqual({
      optionId: 'customer_data',
      chosen: true,
      studyShare: 65 / 106,
    });
    expect(found.options).toHaveLength(12);
  });

  it('lists "None", an answer the study did not offer, without a study share', () => {
    const own = { automation_priorities: ['customer_data', 'none'] };
    const result = compareWithStudy(
      baselineEdition2022,
      { automation_priorities: ['none'] },
      scoringModelV1,
      own,
    );
    expect(result).toHaveLength(1);
    const [found] = result;
    if (found?.kind !== 'multiple') throw new Error('expected multiple');
    expect(found.answer).toEqual(['none']);
    expect(found.options.map((o) => o.optionId)).not.toContain('none');
    expect(found.options.every((o) => !o.chosen)).toBe(true);
    expect(ZStudyComparison.parse(found)).toEqual(found);
    // without the instrument's options, an answer outside the study is left out as unknown
    expect(
      compareWithStudy(baselineEdition2022, { automation_priorities: ['none'] }, scoringModelV1),
    ).toEqual([]);
  });
});

describe('compareWithStudy: what is left out', () => {
  it('skips profile questions, unanswered questions, unknown options and wrong shapes', () => {
    const result = compareWithStudy(
      baselineEdition2022,
      {
        industry: 'retail_ecommerce',
        alignment_collaboration: 'nonsense',
        alignment_digital_share: ['share_75_100'],
        staffing_strategies: [],
        personalization_factors: ['made_up'],
        effort_tasks: { unknown_row: 'very_easy', find_information: 'made_up' },
        brand_channels: 'yes',
      },
      scoringModelV1,
    );
    expect(result).toEqual([]);
  });

  it('keeps the study order of questions and rows, and every entry fits the schema', () => {
    const result = compareWithStudy(
      baselineEdition2022,
      {
        brand_channels: { email: 'yes', website: 'no' },
        alignment_digital_share: 'share_50_75',
        staffing_strategies: ['hiring'],
      },
      scoringModelV1,
    );
    expect(result.map((c) => [c.questionId, c.rowId])).toEqual([
      ['alignment_digital_share', null],
      ['staffing_strategies', null],
      ['brand_channels', 'website'],
      ['brand_channels', 'email'],
    ]);
    for (const comparison of result) expect(ZStudyComparison.parse(comparison)).toEqual(comparison);
  });
});

describe('studyFigures and scalePoints', () => {
  const answers: TAnswers = {
    alignment_collaboration: 'some',
    staffing_strategies: ['hiring', 'automation'],
    effort_tasks: { find_information: 'fairly_easy', live_agent_digital: 'not_applicable' },
    brand_channels: { email: 'yes', video_chat: 'not_offered' },
  };

  it('give the same comparisons as the whole edition and model', () => {
    const whole = compareWithStudy(baselineEdition2022, answers, scoringModelV1);
    expect(whole.some((c) => c.kind !== 'multiple' && c.effortScore)).toBe(true);
    expect(
      compareWithStudy(studyFigures(baselineEdition2022), answers, scalePoints(scoringModelV1)),
    ).toEqual(whole);
  });

  it("keep the edition's name, year and n, and neither labels nor published percentages", () => {
    const figures = studyFigures(baselineEdition2022);
    expect(figures).toMatchObject({
      title: baselineEdition2022.title,
      year: 2022,
      sampleSize: 106,
    });
    const text = JSON.stringify(figures);
    expect(text).not.toContain('publishedPercents');
    expect(text).not.toContain('"label"');
    expect(text).not.toContain('"prompt"');
  });

  it('keep only the matrix items of the model', () => {
    const kinds = scalePoints(scoringModelV1).dimensions.flatMap((d) => d.items.map((i) => i.kind));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['matrix']));
  });
});
