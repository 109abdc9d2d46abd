import { describe, expect, it } from 'vitest';
import { baselineEdition2022 } from '../../surveys/baseline/index.ts';
import { fetchResearchBaseline } from '../../src/lib/api/research-baseline.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

describe('api.research_baseline through supabase-js', () => {
  it('returns the 2022 edition with its year and n', async () => {
    const baseline = await fetchResearchBaseline({}, api.anon);
    expect(baseline.edition).toMatchObject({ id: 'digital-cx-2022', year: 2022, sampleSize: 106 });
  });

  it('returns every distribution of the data file, in questionnaire order, with exact counts', async () => {
    const baseline = await fetchResearchBaseline({ editionId: 'digital-cx-2022' }, api.anon);
    const expected = baselineEdition2022.questions.flatMap((question) =>
      question.distributions.map((distribution) => ({
        questionId: question.id,
        rowId: distribution.rowId,
        dimension: question.dimension,
        kind: question.kind,
        n: distribution.n,
        options: question.options.map((option) => ({
          optionId: option.id,
          count: distribution.counts[option.id],
        })),
      })),
    );
    const actual = baseline.distributions.map(({ publishedMean: _mean, options, ...rest }) => ({
      ...rest,
      options: options.map(({ optionId, count }) => ({ optionId, count })),
    }));
    expect(actual).toEqual(expected);
    expect(actual).toHaveLength(1 + 1 + 5 + 1 + 1 + 1 + 8 + 1 + 10 + 1);
  });

  it('keeps the published means of the effort tasks', async () => {
    const baseline = await fetchResearchBaseline({}, api.anon);
    const escalation = baseline.distributions.find((d) => d.rowId === 'escalate_to_phone');
    expect(escalation?.publishedMean).toBe(2.71);
  });

  it('answers an unknown edition with a clear not-found error', async () => {
    const { data, error } = await api.anon.rpc('research_baseline', {
      edition_id: 'no-such-study',
    });
    expect(data).toBeNull();
    expect(error?.code).toBe('PT404');
    expect(error?.message).toBe('There is no such benchmark edition.');
    expect(error?.hint).toBe('unknown_edition');
  });

  it('refuses a call without the apikey, with a forged key, or with a forged bearer token', async () => {
    const forgedKey =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJlLWlzLXdyb25n';
    const forged = await api.clientFor(forgedKey).rpc('research_baseline');
    expect(forged.error?.hint).toBe('invalid_api_key');

    const bare = await fetch(`${api.url}/rest/v1/rpc/research_baseline`);
    expect(bare.status).toBe(401);
    expect((await bare.json()).hint).toBe('invalid_api_key');

    const bearer = await fetch(`${api.url}/rest/v1/rpc/research_baseline`, {
      headers: { apikey: api.cluster.secrets.anonKey, authorization: `Bearer ${forgedKey}` },
    });
    expect(bearer.status).toBe(401);
    const body = await bearer.json();
    expect(body).toMatchObject({ code: 'PGRST301', hint: 'invalid_api_key' });
    expect(JSON.stringify(body)).not.toMatch(/JWSError|signature/i);
  });
});
