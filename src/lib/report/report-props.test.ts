import { describe, expect, it } from 'vitest';
import { assessmentV1, currentAssessment } from '../../../surveys/assessment/index.ts';
import { baselineEdition2022 } from '../../../surveys/baseline/index.ts';
import { recommendationsV1 } from '../../../surveys/recommendations/index.ts';
import { scoringModels, scoringModelV1 } from '../../../surveys/scoring/index.ts';
import { STUDY_WEAKNESS_WEIGHTS } from '../benchmark/study-weights.ts';
import {
  labelsFor,
  questionTexts,
  reportData,
  reportLabels,
  SEGMENT_QUESTIONS,
  segmentOptions,
} from './report-props.ts';

const HANGUL = /[\uac00-\ud7a3]/;

describe('questionTexts', () => {
  it('gives the named questions only, in the language asked for', () => {
    const en = questionTexts(assessmentV1, 'en', ['industry', 'effort_tasks']);
    const ko = questionTexts(assessmentV1, 'ko', ['industry', 'effort_tasks']);
    expect(Object.keys(en)).toEqual(['industry', 'effort_tasks']);
    expect(Object.keys(ko)).toEqual(['industry', 'effort_tasks']);
    expect(en['effort_tasks']?.title).not.toMatch(HANGUL);
    expect(ko['effort_tasks']?.title).toMatch(HANGUL);
    expect(Object.keys(ko['effort_tasks']?.rows ?? {})).toEqual(
      Object.keys(en['effort_tasks']?.rows ?? {}),
    );
    expect(Object.values(ko['effort_tasks']?.options ?? {}).every((t) => HANGUL.test(t))).toBe(
      true,
    );
    expect(en['industry']?.rows).toEqual({});
  });

  it('leaves out names that are not questions of the file', () => {
    expect(questionTexts(assessmentV1, 'en', ['no_such_question'])).toEqual({});
  });
});

describe('segmentOptions', () => {
  it("lists each attribute's choices with their texts", () => {
    const texts = questionTexts(assessmentV1, 'en', SEGMENT_QUESTIONS);
    const options = segmentOptions(texts);
    expect(Object.keys(options)).toEqual([...SEGMENT_QUESTIONS]);
    for (const attribute of SEGMENT_QUESTIONS) {
      expect(options[attribute].length).toBeGreaterThan(1);
      expect(options[attribute]).toEqual(
        Object.entries(texts[attribute]?.options ?? {}).map(([value, label]) => ({ value, label })),
      );
    }
  });
});

describe('reportLabels', () => {
  it('names the dimensions and stages in one language', () => {
    const ko = reportLabels(scoringModelV1, 'ko');
    expect(ko.tableCaption).toMatch(HANGUL);
    expect(ko.stages.map((s) => s.stage)).toEqual([1, 2, 3, 4, 5]);
    expect(ko.stages.every((s) => HANGUL.test(s.name))).toBe(true);
    expect(ko.stages.every((s) => HANGUL.test(s.description))).toBe(true);
    expect(ko.stages.map((s) => s.minScore)).toEqual([0, 20, 40, 60, 80]);
    expect(ko.dimensions.map((d) => d.id)).toEqual(scoringModelV1.dimensions.map((d) => d.id));
    const alignment = scoringModelV1.dimensions[0];
    expect(ko.dimensions[0]?.label).toBe(alignment?.label.ko);
    expect(ko.dimensions[0]?.stageDescriptions['3']).toBe(alignment?.stageDescriptions['3']?.ko);
    expect(reportLabels(scoringModelV1, 'en').dimensions[0]?.label).toBe(alignment?.label.en);
  });
});

describe('reportData', () => {
  const sources = {
    survey: currentAssessment,
    models: scoringModels,
    edition: baselineEdition2022,
    recommendations: recommendationsV1.recommendations,
    weights: STUDY_WEAKNESS_WEIGHTS,
  };

  it('names the segment attributes and every question of the study', () => {
    const data = reportData('en', sources);
    expect(Object.keys(data.questions).sort()).toEqual(
      [...SEGMENT_QUESTIONS, ...baselineEdition2022.questions.map((q) => q.id)].sort(),
    );
    expect(data.recommendations).toHaveLength(recommendationsV1.recommendations.length);
    expect(data.weights).toEqual(STUDY_WEAKNESS_WEIGHTS);
    expect(data.study.questions).toHaveLength(baselineEdition2022.questions.length);
  });

  it('carries one language: no Korean on the English page, English only in names on the Korean one', () => {
    expect(JSON.stringify(reportData('en', sources))).not.toMatch(HANGUL);
    const ko = reportData('ko', sources);
    expect(ko.recommendations.every((r) => HANGUL.test(r.title))).toBe(true);
    for (const labels of Object.values(ko.labels)) {
      expect(labels.dimensions.every((d) => HANGUL.test(d.label))).toBe(true);
    }
  });

  it('labels each survey version with the model that scored it; the current one for others', () => {
    const data = reportData('en', sources);
    expect(data.currentVersion).toBe('digital-cx-v2');
    expect(labelsFor(data, 'digital-cx-v1').model).toBe('digital-cx-scoring-v1');
    expect(labelsFor(data, 'digital-cx-v2').model).toBe('digital-cx-scoring-v2');
    expect(labelsFor(data, 'digital-cx-v9').model).toBe('digital-cx-scoring-v2');
    const automation = (version: string) =>
      labelsFor(data, version).dimensions.find((d) => d.id === 'automation')!;
    expect(automation('digital-cx-v1').stageDescriptions['5']).toMatch(/five or fewer/);
    expect(automation('digital-cx-v2').stageDescriptions['5']).toMatch(/average at least 60/);
    expect(automation('digital-cx-v1').notScored).toBeUndefined();
    expect(automation('digital-cx-v2').notScored).toMatch(/^Not scored/);
    expect(data.questions['automation_priorities']?.options['none']).toMatch(/^None/);
  });
});
