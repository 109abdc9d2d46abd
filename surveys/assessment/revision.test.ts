import { describe, expect, it } from 'vitest';
import { completeAnswers } from '../../tests/fixtures/answer-sets.ts';
import { baselineEdition2022 } from '../baseline/index.ts';
import revisionFile from './digital-cx-v2.revision.json' with { type: 'json' };
import { answersSchema } from './answer-spec.ts';
import {
  assessmentV1,
  assessmentV2,
  assessmentV2Spec,
  currentAssessment,
  revisionV2,
} from './index.ts';
import { parseSurveyRevision } from './revision.ts';
import { revisedSurvey } from './revised-survey.ts';
import { surveyQuestions } from './schema.ts';

const choicesOf = (name: string, file = assessmentV2) => {
  const question = surveyQuestions(file).find((q) => q.name === name);
  if (question?.type !== 'checkbox') throw new Error(`${name} is not a checkbox`);
  return question.choices;
};

describe('digital-cx-v2', () => {
  it('is version 1 plus an exclusive "None" for the automation priorities, and is current', () => {
    expect(currentAssessment.version).toBe('digital-cx-v2');
    const v1 = choicesOf('automation_priorities', assessmentV1);
    const v2 = choicesOf('automation_priorities');
    expect(v2.slice(0, -1)).toEqual(v1);
    expect(v2.at(-1)).toMatchObject({ value: 'none', isExclusive: true });
    expect(v2.at(-1)?.text.ko).toMatch(/[가-힣]/);
    const rest = structuredClone(assessmentV2);
    choicesOf('automation_priorities', rest).pop();
    expect({ ...rest, version: assessmentV1.version }).toEqual(assessmentV1);
  });

  it('adds to the study only choices it says the study did not offer', () => {
    for (const { question, choice, inStudy } of revisionV2.addChoices) {
      const options = baselineEdition2022.questions.find((q) => q.id === question)?.options ?? [];
      expect(
        options.some((option) => option.id === choice.value),
        choice.value,
      ).toBe(inStudy);
    }
  });

  it("still asks every study option, in the study's order, before its own", () => {
    const study = baselineEdition2022.questions.find((q) => q.id === 'automation_priorities')!;
    const values = choicesOf('automation_priorities').map((choice) => choice.value);
    expect(values.slice(0, study.options.length)).toEqual(study.options.map((o) => o.id));
  });

  it('accepts "None" alone and refuses it with another priority', () => {
    const schema = answersSchema(assessmentV2Spec);
    const answers = (priorities: string[]) => ({
      ...completeAnswers(assessmentV2Spec),
      automation_priorities: priorities,
    });
    expect(schema.safeParse(answers(['none'])).success).toBe(true);
    expect(schema.safeParse(answers(['none', 'chatbots'])).success).toBe(false);
  });
});

describe('revisedSurvey', () => {
  it('refuses a revision of another version', () => {
    expect(() => revisedSurvey(assessmentV2, revisionV2)).toThrow(
      /based on digital-cx-v1, not digital-cx-v2/,
    );
  });

  it('refuses a choice for a question that is not multiple choice', () => {
    const revision = parseSurveyRevision({
      ...revisionFile,
      addChoices: [{ ...revisionFile.addChoices[0], question: 'alignment_collaboration' }],
    });
    expect(() => revisedSurvey(assessmentV1, revision)).toThrow(
      /no multiple-choice question alignment_collaboration/,
    );
  });

  it('leaves the base version as it was', () => {
    const before = structuredClone(assessmentV1);
    revisedSurvey(assessmentV1, revisionV2);
    expect(assessmentV1).toEqual(before);
  });
});

describe('parseSurveyRevision', () => {
  it('refuses a revision without Korean text or without choices', () => {
    const noKorean = structuredClone(revisionFile) as {
      addChoices: { choice: { text: object } }[];
    };
    noKorean.addChoices[0]!.choice.text = { default: 'None' };
    expect(() => parseSurveyRevision(noKorean)).toThrow(/addChoices\.0\.choice\.text\.ko/);
    expect(() => parseSurveyRevision({ ...revisionFile, addChoices: [] })).toThrow(/addChoices/);
  });
});
