/**
 * Scoring model v2 in the database (private.score_answers with
 * private.score_gap_targeting) against the TypeScript model, and survey
 * versions that keep their scoring model: responses of version 1 are still
 * scored by model v1, those of version 2 by model v2.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { assessmentV1Spec, assessmentV2Spec } from '../../surveys/assessment/index.ts';
import {
  scoreResponse,
  scoringModelV1,
  scoringModelV2,
  type TAnswers,
  type TScoringModel,
} from '../../surveys/scoring/index.ts';
import { fetchResponseReport } from '../../src/lib/api/assessment.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import {
  demoCompany,
  demoCompanyV1,
  middlingCompany,
  strongCompany,
  weakCompany,
} from '../fixtures/companies.ts';
import { generatedAnswers } from '../fixtures/generated-answers.ts';
import { proofFor, relaxPoolIntegrity, submitWithProof } from '../fixtures/live-submission.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(async () => {
  await api.sql.query('truncate private.responses cascade; truncate private.drafts');
  await relaxPoolIntegrity(api.sql);
});

/** Dimension → score from private.score_answers with the model stored for `version`. */
async function databaseScores(version: string, answers: TAnswers) {
  const { rows } = await api.sql.query(
    `select s.dimension, s.score::float8 as score, s.stage
     from private.survey_versions v, private.score_answers(v.scoring_model, $2::jsonb) as s
     where v.version = $1`,
    [version, JSON.stringify(answers)],
  );
  return rows as { dimension: string; score: number | null; stage: number | null }[];
}

function typescriptScores(model: TScoringModel, answers: TAnswers) {
  const result = scoreResponse(model, answers);
  return [
    ...result.dimensions.map((d) => ({ dimension: d.id, score: d.score, stage: d.stage })),
    { dimension: 'overall', ...result.overall },
  ];
}

const COMPANIES: Record<string, TAnswers> = {
  weakCompany,
  middlingCompany,
  strongCompany,
  demoCompany,
  demoCompanyV1,
  translationOnly: { ...strongCompany, automation_priorities: ['translation'] },
  otherOnly: { ...middlingCompany, automation_priorities: ['other'] },
  none: { ...weakCompany, automation_priorities: ['none'] },
};

describe('private.score_answers with scoring model v2', () => {
  it('scores the companies of issue 11 exactly as the TypeScript model does', async () => {
    for (const [name, answers] of Object.entries(COMPANIES)) {
      expect(await databaseScores('digital-cx-v2', answers), name).toEqual(
        typescriptScores(scoringModelV2, answers),
      );
    }
  });

  it('agrees with TypeScript on 600 generated answer sets, weak, mixed and strong', async () => {
    for (const skew of [12, 1, 0.1]) {
      for (let seed = 1; seed <= 200; seed++) {
        const answers = generatedAnswers(seed, skew);
        expect(
          await databaseScores('digital-cx-v2', answers),
          `seed ${seed}, skew ${skew}`,
        ).toEqual(typescriptScores(scoringModelV2, answers));
      }
    }
  });

  it('scores model v1 as TypeScript does too, exact ties such as 43.75 included', async () => {
    for (const skew of [12, 1]) {
      for (let seed = 1; seed <= 200; seed++) {
        const answers = generatedAnswers(seed, skew);
        // version 1 has no "None" (its database rule never met one: the answer is refused)
        if ((answers['automation_priorities'] as string[]).includes('none')) continue;
        expect(
          await databaseScores('digital-cx-v1', answers),
          `seed ${seed}, skew ${skew}`,
        ).toEqual(typescriptScores(scoringModelV1, answers));
      }
    }
  });
});

describe('survey versions keep their scoring model', () => {
  it("names each version's model, and refuses to reload a version with another model", async () => {
    const { rows } = await api.sql.query(
      'select version, scoring_model_id from private.survey_versions order by version',
    );
    expect(rows).toEqual([
      { version: 'digital-cx-v1', scoring_model_id: 'digital-cx-scoring-v1' },
      { version: 'digital-cx-v2', scoring_model_id: 'digital-cx-scoring-v2' },
    ]);
    await expect(
      api.sql.query('select private.load_survey_version($1, $2::jsonb, $3::jsonb)', [
        'digital-cx-v1',
        JSON.stringify(assessmentV1Spec),
        JSON.stringify(scoringModelV2),
      ]),
    ).rejects.toThrow(/digital-cx-v1 is scored by digital-cx-scoring-v1/);
  });

  it('scores a version 1 submission by model v1 and a version 2 one by model v2', async () => {
    const answers = weakCompany;
    for (const [spec, model] of [
      [assessmentV1Spec, scoringModelV1],
      [assessmentV2Spec, scoringModelV2],
    ] as const) {
      const reportToken = newToken();
      const stored = await submitWithProof(
        {
          responseId: randomUUID(),
          surveyVersion: spec.version,
          language: 'en',
          answers,
          reportToken,
        },
        api.anon,
      );
      expect(stored.status).toBe('stored');
      const report = await fetchResponseReport(reportToken, api.anon);
      expect(report.surveyVersion).toBe(spec.version);
      const expected = typescriptScores(model, answers);
      expect(report.scores).toEqual(expect.arrayContaining(expected));
    }
    const { rows } = await api.sql.query(
      `select v.scoring_model_id, s.score::float8 as score
       from private.responses r
       join private.survey_versions v on v.version = r.survey_version
       join private.response_scores s on s.response_id = r.id and s.dimension = 'automation'
       order by v.scoring_model_id`,
    );
    expect(rows).toEqual([
      { scoring_model_id: 'digital-cx-scoring-v1', score: 80.1 },
      { scoring_model_id: 'digital-cx-scoring-v2', score: 13.4 },
    ]);
  });

  it('accepts "None" in version 2 only', async () => {
    const submit = async (version: string) =>
      api.anon.rpc('submit_response', {
        proof: await proofFor(api.anon),
        response_id: randomUUID(),
        survey_version: version,
        language: 'ko',
        answers: COMPANIES['none'],
        report_token: newToken(),
      });
    expect((await submit('digital-cx-v1')).error?.details).toBe(
      'Question "automation_priorities": "none" is not one of its options.',
    );
    const { data, error } = await submit('digital-cx-v2');
    expect(error).toBeNull();
    expect(data.status).toBe('stored');
  });
});
