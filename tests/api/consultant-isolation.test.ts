/**
 * Every cross-tenant path of the consultant workspaces, played by an attacker
 * who reads this code and scripts the API with supabase-js: another
 * workspace's key, an invitation of another organisation, a closed, expired
 * or replaced invitation, a rotated key, and every token tried where another
 * kind is expected.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { currentAssessmentSpec } from '../../surveys/assessment/index.ts';
import { rotateWorkspaceKey, updateClientOrganisation } from '../../src/lib/api/consultant.ts';
import {
  createShareLinkOf,
  fetchSharedReport,
  listShareLinksOf,
  revokeShareLinkOf,
} from '../../src/lib/api/share-links.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { proofFor, submitWithProof } from '../fixtures/live-submission.ts';
import {
  answerInvitation,
  consultantWithClient,
  executiveAnswers,
  resetConsultantState,
} from '../fixtures/consultant-client.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(() => resetConsultantState(api.sql));

/** Every function a workspace key opens, called on one organisation. */
function workspaceCalls(workspaceKey: string, organisationId: string) {
  const target = { workspace_key: workspaceKey, organisation_id: organisationId };
  return {
    organisation_report: target,
    update_client_organisation: { ...target, name: 'Taken over' },
    issue_invitation: { ...target, invitation_token: newToken() },
    update_invitation: { ...target, open: false },
  };
}

async function hintOf(fn: string, args: object): Promise<string | undefined> {
  const { data, error } = await api.anon.rpc(fn, args);
  expect(data, `${fn} must return nothing`).toBeNull();
  return error?.hint ?? undefined;
}

describe('a workspace key reaches only its own organisations', () => {
  it("refuses another workspace's organisation exactly like one that does not exist", async () => {
    const victim = await consultantWithClient(api.anon, 'Victim Ltd');
    const attacker = await consultantWithClient(api.anon, 'Attacker Ltd');
    for (const [fn, args] of Object.entries(
      workspaceCalls(attacker.workspaceKey, victim.organisationId),
    )) {
      expect(await hintOf(fn, args), fn).toBe('unknown_organisation');
    }
    const overview = await api.anon.rpc('workspace_overview', {
      workspace_key: attacker.workspaceKey,
    });
    expect(JSON.stringify(overview.data)).not.toContain('Victim');
    expect(JSON.stringify(overview.data)).not.toContain(victim.organisationId);
    // nothing changed on the victim's side
    const { rows } = await api.sql.query(
      'select o.name, i.closed_at from private.client_organisations o join private.invitations i on i.organisation_id = o.id where o.id = $1',
      [victim.organisationId],
    );
    expect(rows).toEqual([{ name: 'Victim Ltd', closed_at: null }]);
  });

  it('stops the old key at once when the key is rotated; the new one works', async () => {
    const { workspaceKey, organisationId } = await consultantWithClient(api.anon);
    const newKey = newToken();
    await rotateWorkspaceKey(workspaceKey, newKey, api.anon);
    expect(await hintOf('workspace_overview', { workspace_key: workspaceKey })).toBe(
      'unknown_workspace',
    );
    for (const [fn, args] of Object.entries(workspaceCalls(workspaceKey, organisationId))) {
      expect(await hintOf(fn, args), fn).toBe('unknown_workspace');
    }
    const renamed = await updateClientOrganisation(
      { workspaceKey: newKey, organisationId, name: 'Still mine' },
      api.anon,
    );
    expect(renamed.name).toBe('Still mine');
    const { rows } = await api.sql.query('select key_hash from private.workspaces');
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0].key_hash).toString('latin1')).not.toContain(newKey);
  });

  it('takes no token of another kind as a workspace key, and no workspace key as another token', async () => {
    const { workspaceKey, organisationId, invitationToken } = await consultantWithClient(api.anon);
    const { reportToken } = await answerInvitation(api.anon, invitationToken, executiveAnswers(1));
    for (const stranger of [invitationToken, reportToken, newToken()]) {
      expect(await hintOf('workspace_overview', { workspace_key: stranger })).toBe(
        'unknown_workspace',
      );
      expect(
        await hintOf('organisation_report', {
          workspace_key: stranger,
          organisation_id: organisationId,
        }),
      ).toBe('unknown_workspace');
    }
    expect(await hintOf('benchmark_report', { report_token: workspaceKey })).toBe('unknown_report');
    expect(await hintOf('benchmark_report', { report_token: invitationToken })).toBe(
      'unknown_report',
    );
    expect(await hintOf('invitation', { invitation_token: workspaceKey })).toBe(
      'unknown_invitation',
    );
    // a key already used by another capability is refused, so one secret never opens two doors
    expect(await hintOf('create_workspace', { workspace_key: reportToken })).toBe('token_in_use');
    expect(await hintOf('create_workspace', { workspace_key: invitationToken })).toBe(
      'token_in_use',
    );
    expect(
      await hintOf('issue_invitation', {
        workspace_key: workspaceKey,
        organisation_id: organisationId,
        invitation_token: workspaceKey,
      }),
    ).toBe('token_in_use');
  });
});

describe("an organisation's share links", () => {
  it('open the combined report without its name; only its own workspace creates, lists and revokes them', async () => {
    const owner = await consultantWithClient(api.anon, 'Secret Client Ltd');
    const attacker = await consultantWithClient(api.anon, 'Attacker Ltd');
    for (const seed of [61, 62, 63]) {
      await answerInvitation(api.anon, owner.invitationToken, executiveAnswers(seed));
    }
    const mine = {
      kind: 'organisation',
      workspaceKey: owner.workspaceKey,
      organisationId: owner.organisationId,
    } as const;
    const shareToken = newToken();
    const link = await createShareLinkOf(mine, { shareToken, label: 'Board' }, api.anon);

    const shared = await fetchSharedReport({ shareToken }, api.anon);
    if (!('organisation' in shared))
      throw new Error('an organisation’s link must open its combined report');
    expect(shared.organisation.name).toBeNull();
    expect(shared.organisation.respondents).toBe(3);
    expect(JSON.stringify(shared)).not.toContain('Secret Client');

    const stolen = { workspace_key: attacker.workspaceKey, organisation_id: owner.organisationId };
    expect(await hintOf('list_organisation_share_links', stolen)).toBe('unknown_organisation');
    expect(
      await hintOf('create_organisation_share_link', { ...stolen, share_token: newToken() }),
    ).toBe('unknown_organisation');
    expect(await hintOf('revoke_organisation_share_link', { ...stolen, link_id: link.id })).toBe(
      'unknown_organisation',
    );
    // a link of one organisation cannot be revoked through another of the same attacker
    expect(
      await hintOf('revoke_organisation_share_link', {
        workspace_key: attacker.workspaceKey,
        organisation_id: attacker.organisationId,
        link_id: link.id,
      }),
    ).toBe('unknown_share_link');

    expect(await listShareLinksOf(mine, api.anon)).toEqual([link]);
    await revokeShareLinkOf(mine, link.id, api.anon);
    expect(await hintOf('shared_report', { share_token: shareToken })).toBe('expired_link');
  });
});

describe('an invitation adds a response to its own organisation only, and reads nothing', () => {
  it("lands every answer in the invitation's organisation, whatever the answers claim", async () => {
    const a = await consultantWithClient(api.anon, 'A');
    const b = await consultantWithClient(api.anon, 'B', {
      industry: 'insurance',
      company_size: 'size_1_49',
      region: 'europe',
      business_model: 'b2b',
    });
    const answers = { ...executiveAnswers(2), organisation_name: 'B', industry: 'insurance' };
    const { responseId } = await answerInvitation(api.anon, a.invitationToken, answers);
    const { rows } = await api.sql.query(
      'select organisation_id, industry from private.responses where id = $1',
      [responseId],
    );
    expect(rows).toEqual([{ organisation_id: a.organisationId, industry: 'retail_ecommerce' }]);
    expect(
      (await api.sql.query('select count(*)::int as n from private.organisation_names')).rows,
    ).toEqual([{ n: 0 }]);
    const other = await api.sql.query(
      'select count(*)::int as n from private.responses where organisation_id = $1',
      [b.organisationId],
    );
    expect(other.rows).toEqual([{ n: 0 }]);
    // what an invitation answers: only that it is open, and the survey version
    const opened = await api.anon.rpc('invitation', { invitation_token: a.invitationToken });
    expect(Object.keys(opened.data).sort()).toEqual([
      'brand',
      'expiresAt',
      'status',
      'surveyVersion',
    ]);
    expect(opened.data.brand).toBeNull();
  });

  it('refuses a closed, expired or replaced invitation with a clear message, storing nothing', async () => {
    const { workspaceKey, organisationId, invitationToken } = await consultantWithClient(api.anon);
    const count = async () =>
      (await api.sql.query('select count(*)::int as n from private.responses')).rows[0].n;
    const refusal = (token: string) =>
      answerInvitation(api.anon, token, executiveAnswers(3)).then(
        () => undefined,
        (error) => error as { errorCode: string; message: string },
      );

    await api.anon.rpc('update_invitation', {
      workspace_key: workspaceKey,
      organisation_id: organisationId,
      open: false,
    });
    const closed = await refusal(invitationToken);
    expect(closed?.errorCode).toBe('invitation_closed');
    expect(closed?.message).toBe(await api.errorMessage('invitation_closed'));
    expect(await hintOf('invitation', { invitation_token: invitationToken })).toBe(
      'invitation_closed',
    );
    expect(
      await hintOf('start_invitation', {
        invitation_token: invitationToken,
        draft_token: newToken(),
      }),
    ).toBe('invitation_closed');

    await api.anon.rpc('update_invitation', {
      workspace_key: workspaceKey,
      organisation_id: organisationId,
      open: true,
      expires_at: new Date(Date.now() + 60_000).toISOString(),
    });
    await api.sql.query(`update private.invitations set expires_at = now() - interval '1 second'`);
    expect((await refusal(invitationToken))?.errorCode).toBe('invitation_expired');

    const replacement = newToken();
    await api.anon.rpc('issue_invitation', {
      workspace_key: workspaceKey,
      organisation_id: organisationId,
      invitation_token: replacement,
    });
    expect((await refusal(invitationToken))?.errorCode).toBe('unknown_invitation');
    expect(await count()).toBe(0);
    expect(await refusal(replacement)).toBeUndefined();
    expect(await count()).toBe(1);
  });
});

describe("a respondent's link reads that respondent's own answers only", () => {
  it('opens the own report, and the combined one only once the consultant allows it', async () => {
    const { workspaceKey, organisationId, invitationToken } = await consultantWithClient(api.anon);
    const mine = await answerInvitation(api.anon, invitationToken, executiveAnswers(4));
    const theirs = await answerInvitation(api.anon, invitationToken, executiveAnswers(5));
    // with two, one executive's own score and the mean would give the other's: no combined view yet
    await updateClientOrganisation(
      { workspaceKey, organisationId, combinedVisible: true },
      api.anon,
    );
    const pair = await api.anon.rpc('benchmark_report', { report_token: mine.reportToken });
    expect(pair.data.combinedReport).toBe(false);
    expect(await hintOf('combined_report', { report_token: mine.reportToken })).toBe(
      'unknown_report',
    );
    await updateClientOrganisation(
      { workspaceKey, organisationId, combinedVisible: false },
      api.anon,
    );
    await answerInvitation(api.anon, invitationToken, executiveAnswers(9));
    const own = await api.anon.rpc('benchmark_report', { report_token: mine.reportToken });
    expect(own.data.response.responseId).toBe(mine.responseId);
    expect(JSON.stringify(own.data)).not.toContain(theirs.responseId);
    expect(own.data.organisationName).toBeNull();
    expect(own.data.combinedReport).toBe(false);

    expect(await hintOf('combined_report', { report_token: mine.reportToken })).toBe(
      'unknown_report',
    );
    await updateClientOrganisation(
      { workspaceKey, organisationId, combinedVisible: true },
      api.anon,
    );
    const allowed = await api.anon.rpc('benchmark_report', { report_token: mine.reportToken });
    expect(allowed.data.combinedReport).toBe(true);
    const combined = await api.anon.rpc('combined_report', { report_token: mine.reportToken });
    expect(combined.error).toBeNull();
    expect(combined.data.organisation.respondents).toBe(3);
    expect(combined.data.organisation.name).toBeNull();
    expect(JSON.stringify(combined.data)).not.toContain(theirs.responseId);
    expect(JSON.stringify(combined.data)).not.toContain('Client A');

    // a standalone executive has no combined report
    const alone = newToken();
    await submitWithProof(
      {
        responseId: randomUUID(),
        surveyVersion: currentAssessmentSpec.version,
        language: 'en',
        answers: executiveAnswers(8),
        reportToken: alone,
      },
      api.anon,
    );
    expect(await hintOf('combined_report', { report_token: alone })).toBe('unknown_report');
  });

  it("refuses a response whose id is a client organisation's: no answer joins it without an invitation", async () => {
    const { workspaceKey, organisationId } = await consultantWithClient(api.anon);
    const { data, error } = await api.anon.rpc('submit_response', {
      response_id: organisationId,
      survey_version: currentAssessmentSpec.version,
      language: 'en',
      answers: executiveAnswers(10),
      report_token: newToken(),
      proof: await proofFor(api.anon),
    });
    expect(data).toBeNull();
    expect(error?.hint).toBe('response_id_in_use');
    const report = await api.anon.rpc('organisation_report', {
      workspace_key: workspaceKey,
      organisation_id: organisationId,
    });
    expect(report.data.organisation.respondents).toBe(0);
    expect((await api.sql.query('select count(*)::int as n from private.responses')).rows).toEqual([
      { n: 0 },
    ]);
  });

  it('never lets a retake outside the invitation join the client organisation', async () => {
    const { organisationId, invitationToken } = await consultantWithClient(api.anon);
    const invited = await answerInvitation(api.anon, invitationToken, executiveAnswers(6));
    const reportToken = newToken();
    const { data, error } = await api.anon.rpc('submit_response', {
      response_id: randomUUID(),
      survey_version: currentAssessmentSpec.version,
      language: 'en',
      answers: executiveAnswers(7),
      report_token: reportToken,
      previous_report_token: invited.reportToken,
      proof: await proofFor(api.anon),
    });
    expect(error).toBeNull();
    const { rows } = await api.sql.query(
      'select organisation_id from private.responses where id = $1',
      [data.responseId],
    );
    expect(rows[0].organisation_id).not.toBe(organisationId);
  });
});
