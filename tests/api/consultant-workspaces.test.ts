/**
 * Consultant workspaces through the real API (supabase-js, PostgREST, the
 * proxy): the combined result against a recomputation from the raw answers,
 * the organisation counted once in the pool, and the privacy rules inside a
 * client.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { currentAssessmentSpec, type TAnswers } from '../../surveys/assessment/index.ts';
import { currentScoringModel, scoreResponse, stageFor } from '../../surveys/scoring/index.ts';
import { agreement, combinedScore } from '../../src/lib/agreement/agreement.ts';
import { saveDraft } from '../../src/lib/api/assessment.ts';
import {
  fetchOrganisationReport,
  fetchWorkspaceOverview,
  startInvitation,
  updateClientOrganisation,
} from '../../src/lib/api/consultant.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { ORGANISATION_QUESTIONS } from '../../src/lib/consultant/organisation-questions.ts';
import { rollupDifferences } from '../fixtures/naive-rollups.ts';
import { releaseQueued, seedOrganisations } from '../fixtures/seed-pool.ts';
import {
  CLIENT_SEGMENT,
  answerInvitation,
  consultantWithClient,
  executiveAnswers,
  PROFILE_QUESTIONS,
  resetConsultantState,
} from '../fixtures/consultant-client.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(() => resetConsultantState(api.sql));

async function closeInvitation(workspaceKey: string, organisationId: string): Promise<void> {
  const { error } = await api.anon.rpc('update_invitation', {
    workspace_key: workspaceKey,
    organisation_id: organisationId,
    open: false,
  });
  expect(error).toBeNull();
}

async function storedAnswers(organisationId: string): Promise<TAnswers[]> {
  const { rows } = await api.sql.query<{ answers: TAnswers }>(
    'select answers from private.responses where organisation_id = $1 order by submitted_at',
    [organisationId],
  );
  return rows.map((row) => row.answers);
}

/** The answer counts recomputed from raw answers, as the report must give them. */
function recountAnswers(all: TAnswers[]) {
  const counts: Record<string, Record<string, unknown>> = {};
  const add = (target: Record<string, unknown>, option: string) => {
    target[option] = ((target[option] as number | undefined) ?? 0) + 1;
  };
  for (const [name, question] of Object.entries(currentAssessmentSpec.questions)) {
    if (PROFILE_QUESTIONS.has(name) || question.type === 'text') continue;
    for (const answers of all) {
      const answer = answers[name];
      if (answer === undefined) continue;
      const target = (counts[name] ??= {});
      if (typeof answer === 'string') add(target, answer);
      else if (Array.isArray(answer)) answer.forEach((option) => add(target, option));
      else
        for (const [row, option] of Object.entries(answer))
          add((target[row] ??= {}) as Record<string, unknown>, option);
    }
  }
  return counts;
}

describe('an organisation of several executives', () => {
  it('combines its respondents in the database exactly as a recomputation from their raw answers', async () => {
    const { workspaceKey, organisationId, invitationToken } = await consultantWithClient(api.anon);
    // two batches of three: every answer is in the figures
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      await answerInvitation(api.anon, invitationToken, executiveAnswers(seed));
    }
    const report = await fetchOrganisationReport({ workspaceKey, organisationId }, api.anon);
    const raw = await storedAnswers(organisationId);
    expect(raw).toHaveLength(6);
    // the segment is the organisation's, whatever the executives' browsers sent; no name is kept
    for (const answers of raw) {
      expect(answers).toMatchObject(CLIENT_SEGMENT);
      expect(answers).not.toHaveProperty('organisation_name');
    }
    const each = raw.map((answers) => scoreResponse(currentScoringModel, answers));
    const scoresOf = (dimension: string) =>
      each.map((result) =>
        dimension === 'overall'
          ? result.overall.score
          : result.dimensions.find((d) => d.id === dimension)!.score,
      );
    expect(report.scores).toHaveLength(7);
    for (const { dimension, score, stage } of report.scores) {
      const expected = combinedScore(scoresOf(dimension));
      expect(score, dimension).toBe(expected);
      expect(stage, dimension).toBe(stageFor(currentScoringModel, expected));
      const fromDb = report.agreement.find((a) => a.dimension === dimension);
      expect(fromDb, dimension).toEqual({ dimension, ...agreement(scoresOf(dimension)) });
    }
    expect(report.organisation).toMatchObject({ name: 'Client A', respondents: 6, waiting: 0 });
    expect(report.answerCounts).toEqual(recountAnswers(raw));
  });

  it('replaces exactly the questions the invitation page leaves out, and keeps every other answer', async () => {
    const { organisationId, invitationToken } = await consultantWithClient(api.anon);
    // an executive's browser that answers the organisation's questions anyway, differently
    const sent: TAnswers = { ...executiveAnswers(41), organisation_name: 'Someone else Ltd' };
    for (const name of ORGANISATION_QUESTIONS) {
      const question = currentAssessmentSpec.questions[name];
      if (question?.type === 'single') {
        const other = question.options.find((option) => option !== CLIENT_SEGMENT[name as never]);
        sent[name] = other!;
      }
    }
    await answerInvitation(api.anon, invitationToken, sent);
    const [stored] = await storedAnswers(organisationId);
    const hidden = new Set<string>(ORGANISATION_QUESTIONS);
    // what the page hides, the database sets from the organisation (or drops: the name)
    for (const name of ORGANISATION_QUESTIONS) {
      expect(stored![name], name).toBe(CLIENT_SEGMENT[name as never]);
    }
    // what the page asks, the database keeps as answered
    const asked = Object.keys(sent).filter((name) => !hidden.has(name));
    expect(asked.length).toBeGreaterThan(10);
    for (const name of asked) expect(stored![name], name).toEqual(sent[name]);
    expect(Object.keys(stored!).sort()).toEqual(
      Object.keys(sent)
        .filter((name) => name !== 'organisation_name')
        .sort(),
    );
  });

  it('counts the organisation once in the pool, however many of its executives answer', async () => {
    const { invitationToken, organisationId } = await consultantWithClient(api.anon);
    const others = (n: number) =>
      seedOrganisations(
        api.sql,
        Array.from({ length: n }, () => ({ score: 50, ...CLIENT_SEGMENT })),
      );
    const wholePool = async () =>
      (
        await api.sql.query(
          `select organisations from private.segment_sizes where pool = 'live' and industry = '*'
             and company_size = '*' and region = '*' and business_model = '*'`,
        )
      ).rows[0]?.organisations;

    await others(4);
    // (the pool counts the answers in the organisation's figures: a first batch of three)
    for (const seed of [1, 2, 3])
      await answerInvitation(api.anon, invitationToken, executiveAnswers(seed));
    await releaseQueued(api.sql);
    expect(await wholePool()).toBe(5);

    // three more executives of the same client, and four more organisations: a batch of five changes
    for (const seed of [4, 5, 6])
      await answerInvitation(api.anon, invitationToken, executiveAnswers(seed));
    await others(4);
    await releaseQueued(api.sql);
    expect(await wholePool()).toBe(9);
    const { rows } = await api.sql.query(
      `select c.respondents from private.organisation_results o
       join private.combined_results c on c.id = o.combined_result_id where o.organisation_id = $1`,
      [organisationId],
    );
    expect(rows).toEqual([{ respondents: 6 }]);
    expect(await rollupDifferences(api.sql)).toEqual([]);
  });

  it('shows the consultant invited, started and submitted counts, never who answered what', async () => {
    const { workspaceKey, organisationId, invitationToken } = await consultantWithClient(api.anon);
    await api.anon.rpc('update_invitation', {
      workspace_key: workspaceKey,
      organisation_id: organisationId,
      open: true,
      invited: 6,
    });
    const drafts = [newToken(), newToken(), newToken()];
    for (const draftToken of drafts) {
      await saveDraft(
        {
          draftToken,
          surveyVersion: currentAssessmentSpec.version,
          language: 'en',
          pageNumber: 0,
          answers: {},
        },
        api.anon,
      );
      await startInvitation(invitationToken, draftToken, api.anon);
    }
    await startInvitation(invitationToken, drafts[0]!, api.anon); // the same browser again
    // a start is a saved draft, not any token: made-up ones cannot inflate the count
    const madeUp = await api.anon.rpc('start_invitation', {
      invitation_token: invitationToken,
      draft_token: newToken(),
    });
    expect(madeUp.error?.hint).toBe('unknown_draft');
    const answered = [];
    for (const seed of [21, 22])
      answered.push(await answerInvitation(api.anon, invitationToken, executiveAnswers(seed)));

    const overview = await fetchWorkspaceOverview(workspaceKey, api.anon);
    expect(overview.organisations).toHaveLength(1);
    expect(overview.organisations[0]!.counts).toEqual({
      invited: 6,
      started: 3,
      submitted: 2,
      reported: 0,
    });
    const everything = JSON.stringify([
      overview,
      await fetchOrganisationReport({ workspaceKey, organisationId }, api.anon),
    ]);
    for (const { responseId } of answered) expect(everything).not.toContain(responseId);
    expect(everything).not.toMatch(/respondent_?[Ff]unction|[Ss]eniority/);
  });

  it('with two executives says only whether they agree, and gives no answer counts', async () => {
    const { workspaceKey, organisationId, invitationToken } = await consultantWithClient(api.anon);
    for (const seed of [31, 32])
      await answerInvitation(api.anon, invitationToken, executiveAnswers(seed));
    // two answers show only once the consultant closes the invitation
    await closeInvitation(workspaceKey, organisationId);
    const report = await fetchOrganisationReport({ workspaceKey, organisationId }, api.anon);
    for (const entry of report.agreement) {
      expect(entry).toEqual({
        dimension: entry.dimension,
        kind: 'pair',
        respondents: 2,
        aligned: expect.any(Boolean),
      });
    }
    expect(report.answerCounts).toBeNull();
    const overview = await fetchWorkspaceOverview(workspaceKey, api.anon);
    expect(overview.organisations[0]!.overallAgreement).toMatchObject({ kind: 'pair' });
  });

  it('keeps the segment fixed once an executive has answered; renames and archives', async () => {
    const { workspaceKey, organisationId, invitationToken } = await consultantWithClient(api.anon);
    const change = { workspaceKey, organisationId };
    const moved = await updateClientOrganisation(
      { ...change, segment: { ...CLIENT_SEGMENT, industry: 'insurance' } },
      api.anon,
    );
    expect(moved.segment.industry).toBe('insurance');
    await answerInvitation(api.anon, invitationToken, executiveAnswers(41));
    const refused = await api.anon.rpc('update_client_organisation', {
      workspace_key: workspaceKey,
      organisation_id: organisationId,
      segment: CLIENT_SEGMENT,
    });
    expect(refused.error?.hint).toBe('segment_fixed');
    const renamed = await updateClientOrganisation(
      { ...change, name: '  Client A (2027)  ' },
      api.anon,
    );
    expect(renamed.name).toBe('Client A (2027)');
    const archived = await updateClientOrganisation({ ...change, archived: true }, api.anon);
    expect(archived.archivedAt).not.toBeNull();
    // an archived organisation's invitation takes no more answers
    const late = await answerInvitation(api.anon, invitationToken, executiveAnswers(42)).catch(
      (e) => e,
    );
    expect(late.errorCode).toBe('invitation_closed');
    const restored = await updateClientOrganisation({ ...change, archived: false }, api.anon);
    expect(restored.archivedAt).toBeNull();
  });

  it('refuses bad input in the database with a clear error, storing nothing', async () => {
    const { workspaceKey, organisationId } = await consultantWithClient(api.anon);
    const create = (name: unknown, segment: unknown) =>
      api.anon.rpc('create_client_organisation', {
        workspace_key: workspaceKey,
        name,
        survey_version: currentAssessmentSpec.version,
        segment,
      });
    expect((await create('', CLIENT_SEGMENT)).error?.hint).toBe('invalid_organisation_name');
    expect((await create('x'.repeat(201), CLIENT_SEGMENT)).error?.hint).toBe(
      'invalid_organisation_name',
    );
    expect((await create('A\r\nSet-Cookie: x', CLIENT_SEGMENT)).error?.hint).toBe(
      'invalid_organisation_name',
    );
    expect((await create('B', { ...CLIENT_SEGMENT, industry: 'mining' })).error?.hint).toBe(
      'invalid_organisation_segment',
    );
    expect((await create('B', { ...CLIENT_SEGMENT, extra: 'x' })).error?.hint).toBe(
      'invalid_organisation_segment',
    );
    const past = await api.anon.rpc('update_invitation', {
      workspace_key: workspaceKey,
      organisation_id: organisationId,
      open: true,
      expires_at: '2020-01-01T00:00:00Z',
    });
    expect(past.error?.hint).toBe('invalid_invitation');
    const overview = await fetchWorkspaceOverview(workspaceKey, api.anon);
    expect(overview.organisations.map((o) => o.name)).toEqual(['Client A']);
    expect(overview.organisations[0]!.invitation?.status).toBe('open');
  });
});

describe('agreement: the database and the TypeScript definition', () => {
  it('agree on 300 random score vectors, and on the cut-offs exactly', async () => {
    const vectors: (number | null)[][] = [
      [0, 25, 50],
      [0, 25.2, 50.1],
      [0, 37.5, 75],
      [0, 37.5, 75.1],
      [10, 43.3],
      [10, 43.4],
      [],
      [null, 12.5],
    ];
    let state = 7;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 300; i++) {
      const n = Math.floor(random() * 8);
      vectors.push(
        Array.from({ length: n }, () => (random() < 0.1 ? null : Math.round(random() * 1000) / 10)),
      );
    }
    const { rows } = await api.sql.query<{ result: unknown }>(
      'select private.score_agreement(v::numeric[]) as result from unnest($1::text[]) with ordinality as t(v, i) order by i',
      [vectors.map((v) => `{${v.map((x) => (x === null ? 'NULL' : String(x))).join(',')}}`)],
    );
    const kinds = new Set<string>();
    rows.forEach(({ result }, i) => {
      expect(result, JSON.stringify(vectors[i])).toEqual(agreement(vectors[i]!));
      kinds.add(
        (result as { kind: string; label?: string }).label ?? (result as { kind: string }).kind,
      );
    });
    expect([...kinds].sort()).toEqual(['aligned', 'divided', 'none', 'pair', 'partlyAligned']);
  });
});

describe('releases', () => {
  it('leaves the rollups as a recount of the released results after client respondents change them', async () => {
    const { invitationToken } = await consultantWithClient(api.anon);
    await seedOrganisations(
      api.sql,
      Array.from({ length: 6 }, (_, i) => ({ score: 20 + i * 10, ...CLIENT_SEGMENT })),
    );
    for (const seed of [51, 52, 53])
      await answerInvitation(api.anon, invitationToken, executiveAnswers(seed));
    expect(await rollupDifferences(api.sql)).toEqual([]);
    await releaseQueued(api.sql);
    expect(await rollupDifferences(api.sql)).toEqual([]);
  });
});
