import { describe, expect, it } from 'vitest';
import { assessmentV1 } from '../../surveys/assessment/index.ts';
import { baselineEdition2022 } from '../../surveys/baseline/index.ts';
import { percentOf, questionLabels } from './baseline-labels.ts';

describe('questionLabels', () => {
  it("gives the study's own wording in English", () => {
    const [first] = questionLabels(baselineEdition2022, 'en', assessmentV1);
    expect(first?.prompt).toBe(baselineEdition2022.questions[0]?.prompt);
  });
  it('gives every question, row and option of the study in Korean', () => {
    const english = questionLabels(baselineEdition2022, 'en', assessmentV1);
    const korean = questionLabels(baselineEdition2022, 'ko', assessmentV1);
    expect(korean.map((q) => q.id)).toEqual(english.map((q) => q.id));
    korean.forEach((question, index) => {
      expect(Object.keys(question.rows)).toEqual(Object.keys(english[index]!.rows));
      expect(Object.keys(question.options)).toEqual(Object.keys(english[index]!.options));
      expect(question.prompt).toMatch(/[가-힣]/);
    });
    const effort = korean.find((q) => q.id === 'effort_tasks');
    expect(effort?.options['neither']).toBe('쉽지도 어렵지도 않음');
  });
  it('fails when a Korean text is missing', () => {
    const survey = structuredClone(assessmentV1);
    survey.definition.pages = [];
    expect(() => questionLabels(baselineEdition2022, 'ko', survey)).toThrow(/No ko text/);
  });
});

describe('percentOf', () => {
  it('gives one decimal', () => expect(percentOf(39, 106)).toBe('36.8'));
});
