/**
 * Rounds through the real API: a client re-assessed with a fresh invitation,
 * its report's change since the previous round, the pool counting its latest
 * complete round only, and no other workspace starting one.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { currentScoringModel, scoreResponse } from '../../surveys/scoring/index.ts';
import { combinedScore } from '../../src/lib/agreement/agreement.ts';
import {
  fetchOrganisationReport,
  fetchWorkspaceOverview,
  updateClientOrganisation,
} from '../../src/lib/api/consultant.ts';
import { startRound } from '../../src/lib/api/rounds.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { rollupDifferences } from '../fixtures/naive-rollups.ts';
import { releaseQueued } from '../fixtures/seed-pool.ts';
import {
  answerInvitation,
  consultantWithClient,
  executiveAnswers,
  resetConsultantState,
} from '../fixtures/consultant-client.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(() => resetConsultantState(api.sql));

function overallOf(seeds: number[]): number {
  return combinedScore(
    seeds.map((seed) => scoreResponse(currentScoringModel, executiveAnswers(seed)).overall.score),
  )!;
}

/** The overall score the pool holds for the organisation (its counted combined result). */
async function pooledOverall(organisationId: string): Promise<number | null> {
  const { rows } = await api.sql.query<{ score: string }>(
    `select s.score from private.organisation_results o
     join private.combined_result_scores s on s.result_id = o.combined_result_id and s.dimension = 'overall'
     where o.organisation_id = $1`,
    [organisationId],
  );
  return rows[0] ? Number(rows[0].score) : null;
}

describe('a second round of one client', () => {
  it('opens a new link, shows the change since the first round, and pools the latest complete round', async () => {
    const client = await consultantWithClient(api.anon);
    const { workspaceKey, organisationId } = client;
    const first = [1, 2, 3];
    for (const seed of first)
      await answerInvitation(api.anon, client.invitationToken, executiveAnswers(seed));
    expect(await pooledOverall(organisationId)).toBe(overallOf(first));

    const invitationToken = newToken();
    const started = await startRound({ workspaceKey, organisationId, invitationToken }, api.anon);
    expect(started).toMatchObject({ currentRound: 2, reportRound: 1 });
    expect(started.invitation?.status).toBe('open');
    expect(started.counts).toMatchObject({ started: 0, submitted: 0, reported: 0 });
    // the first round's link is dead
    const old = await api.anon.rpc('invitation', { invitation_token: client.invitationToken });
    expect(old.error?.hint).toBe('unknown_invitation');

    const second = [4, 5, 6];
    for (const seed of second.slice(0, 2))
      await answerInvitation(api.anon, invitationToken, executiveAnswers(seed));
    // two answers of round 2 wait; the report still shows round 1, the pool still counts it
    const waiting = await fetchOrganisationReport({ workspaceKey, organisationId }, api.anon);
    expect(waiting.organisation).toMatchObject({ round: 1, currentRound: 2, waiting: 2 });
    expect(waiting.previousRound).toBeNull();
    expect(await pooledOverall(organisationId)).toBe(overallOf(first));

    await answerInvitation(api.anon, invitationToken, executiveAnswers(second[2]!));
    const report = await fetchOrganisationReport({ workspaceKey, organisationId }, api.anon);
    expect(report.organisation).toMatchObject({ round: 2, respondents: 3, waiting: 0 });
    expect(report.scores.find((s) => s.dimension === 'overall')?.score).toBe(overallOf(second));
    expect(report.previousRound).toMatchObject({ number: 1, respondents: 3 });
    expect(report.previousRound?.scores.find((s) => s.dimension === 'overall')?.score).toBe(
      overallOf(first),
    );
    expect(report.previousRound?.agreement).toHaveLength(7);
    // round 2 is open, so not complete: the pool keeps round 1 until it closes
    expect(await pooledOverall(organisationId)).toBe(overallOf(first));
    const { error } = await api.anon.rpc('update_invitation', {
      workspace_key: workspaceKey,
      organisation_id: organisationId,
      open: false,
    });
    expect(error).toBeNull();
    expect(await pooledOverall(organisationId)).toBe(overallOf(second));

    // the organisation still counts once, and the rollups match a recount
    await releaseQueued(api.sql);
    const { rows } = await api.sql.query(
      'select count(*)::int as n from private.organisation_results where organisation_id = $1',
      [organisationId],
    );
    expect(rows).toEqual([{ n: 1 }]);
    expect(await rollupDifferences(api.sql)).toEqual([]);
    const [listed] = (await fetchWorkspaceOverview(workspaceKey, api.anon)).organisations;
    expect(listed).toMatchObject({ currentRound: 2, reportRound: 2 });
  });

  it('is refused while the current round has no answer, and to any other workspace', async () => {
    const client = await consultantWithClient(api.anon);
    const intruder = await consultantWithClient(api.anon, 'Intruder');
    const attempt = async (workspaceKey: string) =>
      (
        await api.anon.rpc('start_round', {
          workspace_key: workspaceKey,
          organisation_id: client.organisationId,
          invitation_token: newToken(),
        })
      ).error?.hint;
    expect(await attempt(client.workspaceKey)).toBe('round_empty');
    await answerInvitation(api.anon, client.invitationToken, executiveAnswers(7));
    expect(await attempt(intruder.workspaceKey)).toBe('unknown_organisation');
    expect(await attempt(client.invitationToken)).toBe('unknown_workspace');
    // nothing moved
    const [listed] = (await fetchWorkspaceOverview(client.workspaceKey, api.anon)).organisations;
    expect(listed).toMatchObject({ currentRound: 1 });
    expect(listed!.invitation?.status).toBe('open');
  });

  it("shows a round's first one or two answers when the next round starts", async () => {
    const client = await consultantWithClient(api.anon);
    const { workspaceKey, organisationId } = client;
    for (const seed of [8, 9])
      await answerInvitation(api.anon, client.invitationToken, executiveAnswers(seed));
    await startRound({ workspaceKey, organisationId, invitationToken: newToken() }, api.anon);
    const report = await fetchOrganisationReport({ workspaceKey, organisationId }, api.anon);
    expect(report.organisation).toMatchObject({ round: 1, respondents: 2, currentRound: 2 });
    expect(report.agreement.every((entry) => entry.kind === 'pair')).toBe(true);
  });

  it('never shows executives a round of one or two, nor how many answers wait', async () => {
    const client = await consultantWithClient(api.anon);
    const { workspaceKey, organisationId } = client;
    const firstRound = [];
    for (const seed of [51, 52])
      firstRound.push(
        await answerInvitation(api.anon, client.invitationToken, executiveAnswers(seed)),
      );
    const next = newToken();
    await startRound({ workspaceKey, organisationId, invitationToken: next }, api.anon);
    for (const seed of [53, 54, 55]) await answerInvitation(api.anon, next, executiveAnswers(seed));
    await updateClientOrganisation(
      { workspaceKey, organisationId, combinedVisible: true },
      api.anon,
    );

    // the consultant sees round 1 of two beside round 2
    const consultant = await fetchOrganisationReport({ workspaceKey, organisationId }, api.anon);
    expect(consultant.previousRound).toMatchObject({ number: 1, respondents: 2 });
    // an executive of round 1 would get the other's scores from the mean of two: no round 1 for them
    const { data, error } = await api.anon.rpc('combined_report', {
      report_token: firstRound[0]!.reportToken,
    });
    expect(error).toBeNull();
    expect(data.organisation).toMatchObject({
      round: 2,
      respondents: 3,
      waiting: null,
      currentRound: null,
    });
    expect(data.previousRound).toBeNull();
  });
});

describe("a client's pool entry", () => {
  it('counts only the answers in the figures, and does not change when nothing did', async () => {
    const client = await consultantWithClient(api.anon);
    const { workspaceKey, organisationId } = client;
    const snapshots = async () =>
      (
        await api.sql.query<{ n: number }>(
          'select count(*)::int as n from private.combined_results where organisation_id = $1',
          [organisationId],
        )
      ).rows[0]!.n;
    for (const seed of [61, 62])
      await answerInvitation(api.anon, client.invitationToken, executiveAnswers(seed));
    // two answers wait for a third: not in the report, so not in the pool either
    expect(await pooledOverall(organisationId)).toBeNull();
    await answerInvitation(api.anon, client.invitationToken, executiveAnswers(63));
    expect(await pooledOverall(organisationId)).toBe(overallOf([61, 62, 63]));
    const before = await snapshots();
    // closing and reopening a first round moves nothing: no new snapshot, nothing queued
    for (const open of [false, true, false, true]) {
      const { error } = await api.anon.rpc('update_invitation', {
        workspace_key: workspaceKey,
        organisation_id: organisationId,
        open,
      });
      expect(error).toBeNull();
    }
    await answerInvitation(api.anon, client.invitationToken, executiveAnswers(64));
    expect(await snapshots()).toBe(before);
    expect(await pooledOverall(organisationId)).toBe(overallOf([61, 62, 63]));
  });
});
