import { describe, expect, it } from 'vitest';
import { assessmentV1Spec, assessmentV2Spec } from '../assessment/index.ts';
import { scoringModelV1, scoringModelV2 } from './index.ts';
import { checkAgainstSurvey } from './survey-fit.ts';

const fitError = (check: () => unknown): string => {
  try {
    check();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a mismatch');
};

describe('checkAgainstSurvey', () => {
  it('accepts each model with its own survey version', () => {
    expect(checkAgainstSurvey(scoringModelV1, assessmentV1Spec)).toBe(scoringModelV1);
    expect(checkAgainstSurvey(scoringModelV2, assessmentV2Spec)).toBe(scoringModelV2);
  });

  it('refuses v1 on version 2: "None" would be neither scored nor excluded', () => {
    expect(fitError(() => checkAgainstSurvey(scoringModelV1, assessmentV2Spec))).toMatch(
      /option "none" is not scored, excluded or targeted/,
    );
  });

  it('refuses v2 on version 1, which has no "None" to leave automation unscored', () => {
    expect(fitError(() => checkAgainstSurvey(scoringModelV2, assessmentV1Spec))).toMatch(
      /"none" must be an exclusive option of the survey/,
    );
  });

  it('refuses a "None" that does not exclude the other choices', () => {
    const spec = structuredClone(assessmentV2Spec);
    const question = spec.questions['automation_priorities'];
    if (question?.type !== 'multiple') throw new Error('expected multiple choice');
    question.exclusive = [];
    expect(fitError(() => checkAgainstSurvey(scoringModelV2, spec))).toMatch(
      /must be an exclusive/,
    );
  });

  it('refuses a question the survey does not ask, or asks as another type', () => {
    const spec = structuredClone(assessmentV2Spec);
    delete spec.questions['brand_channels'];
    spec.questions['effort_ux_metrics'] = { type: 'text', maxLength: 10, required: false };
    const message = fitError(() => checkAgainstSurvey(scoringModelV2, spec));
    expect(message).toMatch(/brand_channels: not asked in digital-cx-v2/);
    expect(message).toMatch(/effort_ux_metrics: a single item cannot score a text question/);
  });
});
