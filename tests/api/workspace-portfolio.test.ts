/**
 * The portfolio through the real API: each client in its latest round with
 * figures and the round before, the clients' pooled answers only from
 * clients of three or more, and nothing of another workspace.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { currentScoringModel, scoreResponse } from '../../surveys/scoring/index.ts';
import { combinedScore } from '../../src/lib/agreement/agreement.ts';
import { updateClientOrganisation } from '../../src/lib/api/consultant.ts';
import { fetchPortfolio } from '../../src/lib/api/portfolio.ts';
import { startRound } from '../../src/lib/api/rounds.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import {
  answerInvitation,
  consultantWithClient,
  executiveAnswers,
  PROFILE_QUESTIONS,
  resetConsultantState,
} from '../fixtures/consultant-client.ts';
import { createClientOrganisation, issueInvitation } from '../../src/lib/api/consultant.ts';
import { currentAssessmentSpec } from '../../surveys/assessment/index.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(() => resetConsultantState(api.sql));

const overallOf = (seeds: number[]) =>
  combinedScore(
    seeds.map((seed) => scoreResponse(currentScoringModel, executiveAnswers(seed)).overall.score),
  );

/** Another client in the same workspace, with an open invitation. */
async function anotherClient(workspaceKey: string, name: string) {
  const organisation = await createClientOrganisation(
    {
      workspaceKey,
      name,
      surveyVersion: currentAssessmentSpec.version,
      segment: {
        industry: 'insurance',
        company_size: 'size_1_49',
        region: 'europe',
        business_model: 'b2b',
      },
    },
    api.anon,
  );
  const invitationToken = newToken();
  await issueInvitation(
    { workspaceKey, organisationId: organisation.id, invitationToken },
    api.anon,
  );
  return { workspaceKey, organisationId: organisation.id, invitationToken };
}

/** The answers of these seeds, counted as the report counts them: how often each single choice was made. */
function singleChoiceCount(seeds: number[], question: string, option: string): number {
  return seeds.filter((seed) => executiveAnswers(seed)[question] === option).length;
}

describe("a consultant's portfolio", () => {
  it('shows each client in its latest round with the one before, and pools answers of clients of three or more', async () => {
    const a = await consultantWithClient(api.anon, 'Alpha');
    const b = await anotherClient(a.workspaceKey, 'Beta');
    const c = await anotherClient(a.workspaceKey, 'Gamma');
    for (const seed of [1, 2, 3])
      await answerInvitation(api.anon, a.invitationToken, executiveAnswers(seed));
    const second = newToken();
    await startRound({ ...a, invitationToken: second }, api.anon);
    for (const seed of [4, 5, 6]) await answerInvitation(api.anon, second, executiveAnswers(seed));
    for (const seed of [7, 8, 9])
      await answerInvitation(api.anon, b.invitationToken, executiveAnswers(seed));
    for (const seed of [10, 11])
      await answerInvitation(api.anon, c.invitationToken, executiveAnswers(seed));

    const portfolio = await fetchPortfolio(a.workspaceKey, api.anon);
    const [alpha, beta, gamma] = portfolio.organisations;
    expect(portfolio.organisations.map((o) => o.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(alpha).toMatchObject({ round: 2, currentRound: 2, respondents: 3 });
    expect(alpha!.scores.find((s) => s.dimension === 'overall')?.score).toBe(overallOf([4, 5, 6]));
    expect(alpha!.previous).toMatchObject({ number: 1, respondents: 3 });
    expect(alpha!.previous!.scores.find((s) => s.dimension === 'overall')?.score).toBe(
      overallOf([1, 2, 3]),
    );
    expect(alpha!.scores).toHaveLength(7);
    expect(alpha!.agreement).toHaveLength(7);
    expect(beta).toMatchObject({ round: 1, respondents: 3, previous: null });
    // two answers wait for a third: no figures at all
    expect(gamma).toMatchObject({ round: null, respondents: 0, scores: [], agreement: [] });

    // pooled answers: Alpha's latest round and Beta, never Gamma's two, never Alpha's first round
    expect(portfolio.answerCounts).toHaveLength(1);
    const [pooled] = portfolio.answerCounts;
    expect(pooled).toMatchObject({ organisations: 2, respondents: 6 });
    const question = Object.entries(currentAssessmentSpec.questions).find(
      ([name, q]) => q.type === 'single' && !PROFILE_QUESTIONS.has(name),
    )!;
    const [name, spec] = question as [string, { options: string[] }];
    for (const option of spec.options) {
      const expected = singleChoiceCount([4, 5, 6, 7, 8, 9], name, option);
      expect((pooled!.counts[name] as Record<string, number>)[option] ?? 0, option).toBe(expected);
    }

    // an archived client stays listed, its answers leave the pool of answers
    await updateClientOrganisation({ ...b, archived: true }, api.anon);
    const archived = await fetchPortfolio(a.workspaceKey, api.anon);
    expect(archived.organisations).toHaveLength(3);
    expect(archived.answerCounts[0]).toMatchObject({ organisations: 1, respondents: 3 });
  });

  it('holds nothing of another workspace, and opens to no other key', async () => {
    const mine = await consultantWithClient(api.anon, 'Mine');
    const theirs = await consultantWithClient(api.anon, 'Theirs');
    for (const seed of [1, 2, 3])
      await answerInvitation(api.anon, theirs.invitationToken, executiveAnswers(seed));
    const portfolio = await fetchPortfolio(mine.workspaceKey, api.anon);
    expect(portfolio.organisations.map((o) => o.name)).toEqual(['Mine']);
    expect(portfolio.answerCounts).toEqual([]);
    expect(JSON.stringify(portfolio)).not.toContain(theirs.organisationId);
    for (const key of [newToken(), mine.invitationToken]) {
      const { data, error } = await api.anon.rpc('workspace_portfolio', { workspace_key: key });
      expect(data).toBeNull();
      expect(error?.hint).toBe('unknown_workspace');
    }
  });
});
