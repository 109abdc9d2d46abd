/**
 * Differencing inside a client organisation, played as the attacker would:
 * a consultant (or an executive allowed the combined view) who reads the
 * report before and after one more executive answered, to subtract the two.
 * The report's figures change only in batches of at least three answers.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  fetchOrganisationReport,
  fetchWorkspaceOverview,
  updateClientOrganisation,
  type TOrganisationReport,
} from '../../src/lib/api/consultant.ts';
import {
  answerInvitation,
  consultantWithClient,
  executiveAnswers,
  resetConsultantState,
} from '../fixtures/consultant-client.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(() => resetConsultantState(api.sql));

/** Everything the report says about the organisation's answers, less the count of those waiting. */
function figures(report: TOrganisationReport) {
  return {
    organisation: { ...report.organisation, waiting: undefined },
    scores: report.scores,
    agreement: report.agreement,
    answerCounts: report.answerCounts,
  };
}

async function setInvitation(workspaceKey: string, organisationId: string, open: boolean) {
  const { error } = await api.anon.rpc('update_invitation', {
    workspace_key: workspaceKey,
    organisation_id: organisationId,
    open,
  });
  expect(error).toBeNull();
}

describe("an organisation's report changes only in batches of three answers", () => {
  it('shows nothing new after a fourth or fifth answer, and all six after the sixth', async () => {
    const { workspaceKey, organisationId, invitationToken } = await consultantWithClient(api.anon);
    const mine = { workspaceKey, organisationId };
    const answered: Awaited<ReturnType<typeof answerInvitation>>[] = [];
    for (const seed of [71, 72, 73])
      answered.push(await answerInvitation(api.anon, invitationToken, executiveAnswers(seed)));
    const three = await fetchOrganisationReport(mine, api.anon);
    expect(three.organisation).toMatchObject({ respondents: 3, waiting: 0 });

    // the consultant, and an executive allowed the combined view, read it after each new answer
    await updateClientOrganisation({ ...mine, combinedVisible: true }, api.anon);
    const viewOf = async () =>
      (await api.anon.rpc('combined_report', { report_token: answered[0]!.reportToken }))
        .data as TOrganisationReport;
    const seenByExecutive = figures(await viewOf());
    for (const [seed, waiting] of [
      [74, 1],
      [75, 2],
    ] as const) {
      await answerInvitation(api.anon, invitationToken, executiveAnswers(seed));
      const later = await fetchOrganisationReport(mine, api.anon);
      expect(later.organisation.waiting).toBe(waiting);
      expect(figures(later)).toEqual(figures(three));
      expect(figures(await viewOf())).toEqual(seenByExecutive);
      const [listed] = (await fetchWorkspaceOverview(workspaceKey, api.anon)).organisations;
      expect(listed!.counts).toMatchObject({ submitted: 3 + waiting, reported: 3 });
      expect(listed!.overall?.score).toBe(
        three.scores.find((s) => s.dimension === 'overall')!.score,
      );
    }
    // closing the invitation does not add one or two answers to a report that has figures
    await setInvitation(workspaceKey, organisationId, false);
    expect(figures(await fetchOrganisationReport(mine, api.anon))).toEqual(figures(three));

    await setInvitation(workspaceKey, organisationId, true);
    await answerInvitation(api.anon, invitationToken, executiveAnswers(76));
    const six = await fetchOrganisationReport(mine, api.anon);
    expect(six.organisation).toMatchObject({ respondents: 6, waiting: 0 });
    expect(six.scores).not.toEqual(three.scores);
    expect(figures(await viewOf()).organisation.respondents).toBe(6);
  });

  it('shows one or two answers only once the invitation is closed, and never adds single answers after', async () => {
    const { workspaceKey, organisationId, invitationToken } = await consultantWithClient(api.anon);
    const mine = { workspaceKey, organisationId };
    for (const seed of [81, 82])
      await answerInvitation(api.anon, invitationToken, executiveAnswers(seed));
    const open = await fetchOrganisationReport(mine, api.anon);
    expect(open.organisation).toMatchObject({ respondents: 0, waiting: 2 });
    expect(open.scores).toEqual([]);
    expect(open.agreement).toEqual([]);
    expect(open.answerCounts).toBeNull();
    const [listed] = (await fetchWorkspaceOverview(workspaceKey, api.anon)).organisations;
    expect(listed!.overall).toBeNull();

    await setInvitation(workspaceKey, organisationId, false);
    const pair = await fetchOrganisationReport(mine, api.anon);
    expect(pair.organisation).toMatchObject({ respondents: 2, waiting: 0 });
    expect(pair.agreement.every((entry) => entry.kind === 'pair')).toBe(true);

    // reopened: a third answer waits, closing again adds nothing
    await setInvitation(workspaceKey, organisationId, true);
    await answerInvitation(api.anon, invitationToken, executiveAnswers(83));
    await setInvitation(workspaceKey, organisationId, false);
    const after = await fetchOrganisationReport(mine, api.anon);
    expect(after.organisation).toMatchObject({ respondents: 2, waiting: 1 });
    expect(figures(after)).toEqual(figures(pair));
  });

  it('keeps an answer in the report when a quality check rejects it later', async () => {
    const { workspaceKey, organisationId, invitationToken } = await consultantWithClient(api.anon);
    const mine = { workspaceKey, organisationId };
    const answered: Awaited<ReturnType<typeof answerInvitation>>[] = [];
    for (const seed of [91, 92, 93])
      answered.push(await answerInvitation(api.anon, invitationToken, executiveAnswers(seed)));
    const before = await fetchOrganisationReport(mine, api.anon);
    // taking it out would show it by the same subtraction
    await api.sql.query(`update private.responses set pool_status = 'rejected' where id = $1`, [
      answered[1]!.responseId,
    ]);
    expect(figures(await fetchOrganisationReport(mine, api.anon))).toEqual(figures(before));
  });

  it('leaves a rejected answer out of a batch, and lets it in once admitted', async () => {
    const { workspaceKey, organisationId, invitationToken } = await consultantWithClient(api.anon);
    const mine = { workspaceKey, organisationId };
    const first = await answerInvitation(api.anon, invitationToken, executiveAnswers(101));
    await api.sql.query(`update private.responses set pool_status = 'rejected' where id = $1`, [
      first.responseId,
    ]);
    for (const seed of [102, 103])
      await answerInvitation(api.anon, invitationToken, executiveAnswers(seed));
    expect((await fetchOrganisationReport(mine, api.anon)).organisation).toMatchObject({
      respondents: 0,
      waiting: 2,
    });
    await api.sql.query('select private.admit_response($1)', [first.responseId]);
    expect((await fetchOrganisationReport(mine, api.anon)).organisation).toMatchObject({
      respondents: 3,
      waiting: 0,
    });
  });
});
