import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { assessmentV1Spec } from '../../surveys/assessment/index.ts';
import { scoreResponse, scoringModelV1 } from '../../surveys/scoring/index.ts';
import { fetchResponseReport } from '../../src/lib/api/assessment.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { completeAnswers, lastOption, seededPick } from '../fixtures/answer-sets.ts';
import { proofFor, relaxPoolIntegrity, submitWithProof } from '../fixtures/live-submission.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();
const VERSION = assessmentV1Spec.version;

const count = async (table: string) =>
  Number((await api.sql.query(`select count(*) as n from private.${table}`)).rows[0].n);

beforeEach(async () => {
  await api.sql.query('truncate private.responses cascade; truncate private.drafts');
  await relaxPoolIntegrity(api.sql);
});

/** The RPC as the browser sends it: with a solved challenge, unless the input brings one. */
async function submitRpc(input: object) {
  return api.anon.rpc('submit_response', { proof: await proofFor(api.anon), ...input });
}

function submission(answers = completeAnswers(assessmentV1Spec)) {
  return {
    response_id: randomUUID(),
    survey_version: VERSION,
    language: 'en',
    answers,
    report_token: newToken(),
  };
}

describe('api.submit_response', () => {
  it('stores and scores a valid submission exactly as the TypeScript model explains it', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const answers = completeAnswers(assessmentV1Spec, seededPick(seed));
      const reportToken = newToken();
      const stored = await submitWithProof(
        { responseId: randomUUID(), surveyVersion: VERSION, language: 'ko', answers, reportToken },
        api.anon,
      );
      expect(stored.status).toBe('stored');
      const report = await fetchResponseReport(reportToken, api.anon);
      const expected = scoreResponse(scoringModelV1, answers);
      for (const dimension of expected.dimensions) {
        const fromDb = report.scores.find((s) => s.dimension === dimension.id);
        expect(fromDb, `${dimension.id} (seed ${seed})`).toEqual({
          dimension: dimension.id,
          score: dimension.score,
          stage: dimension.stage,
        });
      }
      expect(report.scores.find((s) => s.dimension === 'overall')).toEqual({
        dimension: 'overall',
        score: expected.overall.score,
        stage: expected.overall.stage,
      });
      expect(report.language).toBe('ko');
    }
  });

  it('keeps the organisation name apart from the answers', async () => {
    const input = submission({
      ...completeAnswers(assessmentV1Spec, lastOption),
      organisation_name: ' Acme Korea ',
    });
    const { error } = await submitRpc(input);
    expect(error).toBeNull();
    const { rows } = await api.sql.query(
      'select r.answers, o.name from private.responses r join private.organisation_names o on o.response_id = r.id',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toBe('Acme Korea');
    expect(rows[0].answers).not.toHaveProperty('organisation_name');
  });

  it('stores ten identical submissions once, sequentially and concurrently', async () => {
    const input = submission();
    const statuses: string[] = [];
    for (let i = 0; i < 10; i++) {
      const { data, error } = await submitRpc(input);
      expect(error).toBeNull();
      statuses.push(data.status);
    }
    expect(statuses).toEqual(['stored', ...Array(9).fill('already_stored')]);

    const concurrent = { ...submission(), proof: await proofFor(api.anon) };
    const results = await Promise.all(Array.from({ length: 10 }, () => submitRpc(concurrent)));
    expect(results.map((r) => r.error)).toEqual(Array(10).fill(null));
    expect(results.filter((r) => r.data.status === 'stored')).toHaveLength(1);
    expect(await count('responses')).toBe(2);
    expect(await count('response_scores')).toBe(14);
  });

  it('refuses a reused response id with another report token', async () => {
    const input = submission();
    await submitRpc(input);
    const { error } = await submitRpc({ ...input, report_token: newToken() });
    expect(error?.message).toBe('This response id is already used by another response.');
    expect(error?.hint).toBe('response_id_in_use');
    expect(await count('responses')).toBe(1);
  });

  const valid = completeAnswers(assessmentV1Spec);
  const without = (key: string) =>
    Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));
  // [what, change, stable code (hint), details naming the fault (null: none)]
  const refusals: [string, Record<string, unknown>, string, string | null][] = [
    [
      'an unknown question',
      { answers: { ...valid, nps: '9' } },
      'invalid_answers',
      'Unknown question "nps" in survey version digital-cx-v1.',
    ],
    [
      'an unknown option',
      { answers: { ...valid, industry: 'space_mining' } },
      'invalid_answers',
      'Question "industry": "space_mining" is not one of its options.',
    ],
    [
      'a wrong type',
      { answers: { ...valid, staffing_strategies: 'hiring' } },
      'invalid_answers',
      'Question "staffing_strategies" takes a list of option ids.',
    ],
    [
      'an exclusive answer combined with others',
      { answers: { ...valid, personalization_factors: ['none', 'account_data'] } },
      'invalid_answers',
      'Question "personalization_factors": an exclusive answer cannot be combined with others.',
    ],
    [
      'a missing required answer',
      { answers: without('region') },
      'invalid_answers',
      'Question "region" is required.',
    ],
    [
      'a missing matrix row',
      { answers: { ...valid, brand_channels: { website: 'yes' } } },
      'invalid_answers',
      'Question "brand_channels", row "mobile_app" is required.',
    ],
    [
      'an unknown matrix row',
      {
        answers: {
          ...valid,
          effort_tasks: { ...(valid.effort_tasks as object), teleport: 'very_easy' },
        },
      },
      'invalid_answers',
      'Question "effort_tasks": "teleport" is not one of its rows.',
    ],
    [
      'oversized text',
      { answers: { ...valid, organisation_name: 'x'.repeat(201) } },
      'invalid_answers',
      'Question "organisation_name": the text is longer than 200 characters.',
    ],
    [
      'oversized answers',
      { answers: { ...valid, automation_priorities_other: 'x'.repeat(70_000) } },
      'invalid_answers',
      'Answers are too large (at most 64 KB).',
    ],
    [
      'answers that are not an object',
      { answers: [1, 2] },
      'invalid_answers',
      'Answers must be a JSON object keyed by question id.',
    ],
    [
      'a survey version that does not exist',
      { survey_version: 'digital-cx-v0' },
      'unknown_survey_version',
      'digital-cx-v0',
    ],
    ['an unsupported language', { language: 'fr' }, 'invalid_language', null],
    ['a short report token', { report_token: 'abc' }, 'invalid_token', null],
  ];

  for (const [what, change, code, details] of refusals) {
    it(`refuses ${what} with a clear message and stores nothing`, async () => {
      const { data, error } = await submitRpc({ ...submission(), ...change });
      expect(data).toBeNull();
      expect(error?.hint).toBe(code);
      expect(error?.message).toBe(await api.errorMessage(code));
      expect(error?.details ?? null).toBe(details);
      expect(error?.code).toBe('22023');
      expect(await count('responses')).toBe(0);
      expect(await count('response_scores')).toBe(0);
      expect(await count('organisation_names')).toBe(0);
    });
  }
});
