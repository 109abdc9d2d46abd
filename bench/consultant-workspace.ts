/**
 * A consultant's workspace of 200 client organisations × 5 executives in each
 * of two rounds, in the bench pool beside the synthetic organisations (issues
 * 14 and 15): times the workspace's list (`api.workspace_overview`), one
 * organisation's report (`api.organisation_report`) and the portfolio
 * (`api.workspace_portfolio`), in the database and over HTTP, and checks that
 * the pool counts each organisation once.
 */
import pg from 'pg';
import { newToken } from '../src/lib/assessment/tokens.ts';
import { assessmentV1Spec } from '../surveys/assessment/index.ts';
import { completeAnswers, seededPick } from '../tests/fixtures/answer-sets.ts';
import type { TApiDoor } from './api-door.ts';
import { BENCH_POOL, type TProfileOptions } from './synthetic-pool.ts';
import { latency, timed, type TLatency } from './timing.ts';

export const WORKSPACE_ORGANISATIONS = 200;
export const RESPONDENTS_EACH = 5;
export const ROUNDS = 2;
const WARMUP = 20;
const CALLS = 200;

export type TWorkspaceBench = {
  list: TLatency;
  listHttp: TLatency;
  report: TLatency;
  reportHttp: TLatency;
  portfolio: TLatency;
  portfolioHttp: TLatency;
  /** Pool entries of the workspace's organisations: must equal the number of organisations. */
  poolEntries: number;
};

/** Creates the workspace, its organisations and their respondents; returns its key and organisations. */
async function createBenchWorkspace(
  client: pg.Client,
  options: TProfileOptions,
  surveyVersion: string,
): Promise<{ key: string; organisations: string[] }> {
  const key = newToken();
  const { rows: workspace } = await client.query<{ id: string }>(
    'insert into private.workspaces (key_hash) values (private.token_hash($1)) returning id',
    [key],
  );
  const pick = (values: string[], i: number) => values[i % values.length]!;
  const organisations = Array.from({ length: WORKSPACE_ORGANISATIONS }, (_, i) => ({
    name: `Client ${i + 1}`,
    industry: pick(options.industry, i),
    company_size: pick(options.company_size, i * 3),
    region: pick(options.region, i * 7),
    business_model: pick(options.business_model, i * 11),
  }));
  const { rows } = await client.query<{ id: string }>(
    `insert into private.client_organisations
       (workspace_id, name, survey_version, industry, company_size, region, business_model)
     select $1, o.name, $2, o.industry, o.company_size, o.region, o.business_model
     from jsonb_to_recordset($3::jsonb)
       as o(name text, industry text, company_size text, region text, business_model text)
     returning id`,
    [workspace[0]!.id, surveyVersion, JSON.stringify(organisations)],
  );
  const ids = rows.map((row) => row.id);
  for (let round = 1; round <= ROUNDS; round++) {
    // a new round: answers inserted now join it (the insert trigger reads the current round)
    if (round > 1) {
      await client.query(
        'update private.client_organisations set current_round = $2 where id = any ($1::uuid[])',
        [ids, round],
      );
    }
    await insertRespondents(
      client,
      ids,
      surveyVersion,
      (round - 1) * ids.length * RESPONDENTS_EACH,
    );
  }
  for (const id of ids) await client.query('select private.refresh_combined_result($1)', [id]);
  await client.query('select private.apply_queued_rollups()');
  return { key, organisations: ids };
}

/** RESPONDENTS_EACH executives' answers and scores for each organisation, seeded from `seed`. */
async function insertRespondents(
  client: pg.Client,
  ids: string[],
  surveyVersion: string,
  seed: number,
): Promise<void> {
  const answers = ids.flatMap((_, o) =>
    Array.from({ length: RESPONDENTS_EACH }, (_, r) =>
      completeAnswers(assessmentV1Spec, seededPick(seed + o * RESPONDENTS_EACH + r + 1)),
    ),
  );
  await client.query(
    `with given as (
       select a.answers, (a.i - 1) / $4 as organisation_index
       from jsonb_array_elements($3::jsonb) with ordinality as a(answers, i)
     ),
     organisations as (
       select id, row_number() over (order by created_at, id) - 1 as organisation_index
       from private.client_organisations where id = any ($1::uuid[])
     ),
     inserted as (
       insert into private.responses (id, organisation_id, survey_version, language, answers, industry,
         company_size, region, business_model, respondent_function, respondent_seniority, report_token_hash, pool)
       select gen_random_uuid(), c.id, $2, 'en', g.answers, c.industry, c.company_size, c.region,
              c.business_model, g.answers ->> 'respondent_function', g.answers ->> 'respondent_seniority',
              sha256(convert_to(gen_random_uuid()::text, 'UTF8')), $5
       from given g
       join organisations o on o.organisation_index = g.organisation_index
       join private.client_organisations c on c.id = o.id
       returning id, answers
     )
     insert into private.response_scores (response_id, dimension, score, stage)
     select i.id, s.dimension, s.score, s.stage
     from inserted i
     cross join lateral private.score_answers(
       (select v.scoring_model from private.survey_versions v where v.version = $2), i.answers
     ) as s`,
    [ids, surveyVersion, JSON.stringify(answers), RESPONDENTS_EACH, BENCH_POOL],
  );
}

async function overHttp(door: TApiDoor, fn: string, args: object): Promise<unknown> {
  const response = await fetch(`${door.url}/rest/v1/rpc/${fn}`, {
    method: 'POST',
    headers: { apikey: door.key, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  if (!response.ok) throw new Error(`${fn} over HTTP: ${response.status}`);
  return response.json();
}

async function timedCalls(call: (i: number) => Promise<unknown>): Promise<TLatency> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + CALLS; i++) {
    const { ms } = await timed(() => call(i));
    if (i >= WARMUP) samples.push(ms);
  }
  return latency(samples);
}

export async function benchConsultantWorkspace(
  client: pg.Client,
  door: TApiDoor,
  options: TProfileOptions,
  surveyVersion: string,
): Promise<TWorkspaceBench> {
  const { key, organisations } = await createBenchWorkspace(client, options, surveyVersion);
  const listed = await client.query<{ overview: { organisations: unknown[] } }>(
    'select api.workspace_overview($1) as overview',
    [key],
  );
  if (listed.rows[0]!.overview.organisations.length !== WORKSPACE_ORGANISATIONS) {
    throw new Error('the workspace does not list its organisations');
  }
  const { rows: portfolio } = await client.query<{
    p: { organisations: { round: number | null; previous: { number: number } | null }[] };
  }>('select api.workspace_portfolio($1) as p', [key]);
  const shown = portfolio[0]!.p.organisations;
  if (!shown.every((o) => o.round === ROUNDS && o.previous?.number === ROUNDS - 1)) {
    throw new Error('the portfolio does not show every organisation in its two rounds');
  }
  const { rows: entries } = await client.query<{ n: number }>(
    `select count(*)::integer as n from private.organisation_results
     where organisation_id = any ($1::uuid[])`,
    [organisations],
  );
  const organisationAt = (i: number) => organisations[(i * 37) % organisations.length]!;
  return {
    list: await timedCalls(() => client.query('select api.workspace_overview($1)', [key])),
    listHttp: await timedCalls(() => overHttp(door, 'workspace_overview', { workspace_key: key })),
    report: await timedCalls((i) =>
      client.query(`select api.organisation_report($1, $2, '{}')`, [key, organisationAt(i)]),
    ),
    reportHttp: await timedCalls((i) =>
      overHttp(door, 'organisation_report', {
        workspace_key: key,
        organisation_id: organisationAt(i),
      }),
    ),
    portfolio: await timedCalls(() => client.query('select api.workspace_portfolio($1)', [key])),
    portfolioHttp: await timedCalls(() =>
      overHttp(door, 'workspace_portfolio', { workspace_key: key }),
    ),
    poolEntries: entries[0]!.n,
  };
}
