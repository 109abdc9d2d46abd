import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { assessmentV1Spec } from '../../surveys/assessment/index.ts';
import { loadDraft, saveDraft } from '../../src/lib/api/assessment.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { completeAnswers } from '../fixtures/answer-sets.ts';
import { proofFor, relaxPoolIntegrity } from '../fixtures/live-submission.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();
const VERSION = assessmentV1Spec.version;

beforeEach(async () => {
  await api.sql.query('truncate private.drafts; truncate private.responses cascade');
  await relaxPoolIntegrity(api.sql);
});

describe('drafts and resume links', () => {
  it('saves partial answers and loads them with the same token only', async () => {
    const token = newToken();
    const partial = { industry: 'insurance', effort_tasks: { find_information: 'fairly_easy' } };
    await saveDraft(
      {
        draftToken: token,
        surveyVersion: VERSION,
        language: 'ko',
        pageNumber: 4,
        answers: partial,
      },
      api.anon,
    );
    const loaded = await loadDraft(token, api.anon);
    expect(loaded).toMatchObject({
      surveyVersion: VERSION,
      language: 'ko',
      pageNumber: 4,
      answers: partial,
    });

    await expect(loadDraft(newToken(), api.anon)).rejects.toThrow(
      /No saved assessment for this link/,
    );
    const { rows } = await api.sql.query('select token_hash from private.drafts');
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0].token_hash).toString('utf8')).not.toContain(token);
  });

  it('replaces a draft on each save', async () => {
    const token = newToken();
    await saveDraft(
      {
        draftToken: token,
        surveyVersion: VERSION,
        language: 'en',
        pageNumber: 1,
        answers: { region: 'europe' },
      },
      api.anon,
    );
    await saveDraft(
      {
        draftToken: token,
        surveyVersion: VERSION,
        language: 'en',
        pageNumber: 2,
        answers: { region: 'korea' },
      },
      api.anon,
    );
    expect(await loadDraft(token, api.anon)).toMatchObject({
      pageNumber: 2,
      answers: { region: 'korea' },
    });
  });

  it('refuses bad partial answers and an out-of-range page, naming the fault', async () => {
    const base = {
      draft_token: newToken(),
      survey_version: VERSION,
      language: 'en',
      page_number: 1,
    };
    const wrongOption = await api.anon.rpc('save_draft', { ...base, answers: { region: 'mars' } });
    expect(wrongOption.error?.hint).toBe('invalid_answers');
    expect(wrongOption.error?.details).toBe('Question "region": "mars" is not one of its options.');
    const badPage = await api.anon.rpc('save_draft', { ...base, page_number: 500, answers: {} });
    expect(badPage.error?.message).toBe('Page number must be between 0 and 100.');
    expect(badPage.error?.hint).toBe('invalid_page');
    const count = await api.sql.query('select count(*)::int as n from private.drafts');
    expect(count.rows[0].n).toBe(0);
  });

  it('removes the draft when its response is submitted', async () => {
    const draftToken = newToken();
    const answers = completeAnswers(assessmentV1Spec);
    await saveDraft(
      { draftToken, surveyVersion: VERSION, language: 'en', pageNumber: 6, answers },
      api.anon,
    );
    const { error } = await api.anon.rpc('submit_response', {
      response_id: randomUUID(),
      survey_version: VERSION,
      language: 'en',
      answers,
      report_token: newToken(),
      draft_token: draftToken,
      proof: await proofFor(api.anon),
    });
    expect(error).toBeNull();
    await expect(loadDraft(draftToken, api.anon)).rejects.toThrow(/No saved assessment/);
  });

  it("cannot read another respondent's report or draft without its token", async () => {
    const report = await api.anon.rpc('response_report', { report_token: newToken() });
    expect(report.error?.code).toBe('PT404');
    expect(report.error?.message).toBe('No report for this link.');
    const direct = await api.anon
      .schema('private' as 'api')
      .from('drafts')
      .select('*');
    expect(direct.error).not.toBeNull();
  });
});
