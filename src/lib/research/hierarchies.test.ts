import { describe, expect, it } from 'vitest';
import { currentAssessment, surveyQuestions } from '../../../surveys/assessment/index.ts';
import {
  GENERALISED_VALUES,
  QUASI_IDENTIFIER_HIERARCHIES,
  QUASI_IDENTIFIERS,
} from './hierarchies.ts';

describe('quasi-identifier hierarchies', () => {
  it('recode only known values, into values the codebook labels', () => {
    for (const key of QUASI_IDENTIFIERS) {
      const question = surveyQuestions(currentAssessment).find((q) => q.name === key);
      expect(question?.type).toBe('radiogroup');
      const known = new Set(
        question?.type === 'radiogroup' ? question.choices.map((c) => c.value) : [],
      );
      const labelled = new Set((GENERALISED_VALUES[key] ?? []).map((v) => v.value));
      for (const level of QUASI_IDENTIFIER_HIERARCHIES[key] ?? []) {
        for (const [from, to] of Object.entries(level)) {
          expect(known.has(from) || labelled.has(from), `${key}: ${from}`).toBe(true);
          expect(labelled.has(to), `${key}: ${to}`).toBe(true);
          expect(known.has(to), `${key}: ${to} reuses an option id`).toBe(false);
        }
      }
    }
  });
});
