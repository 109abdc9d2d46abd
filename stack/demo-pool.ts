/**
 * The opt-in synthetic demo pool (`npm start -- --demo`): generated
 * organisations in pool 'demo', never mixed with live respondents, plus one
 * demo response whose report link is printed, so a newcomer sees a full
 * report at once. Every page showing demo data says so.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { currentAssessmentSpec } from '../surveys/assessment/index.ts';
import { newToken } from '../src/lib/assessment/tokens.ts';
import { completeAnswers, seededPick } from '../tests/fixtures/answer-sets.ts';
import { demoCompany } from '../tests/fixtures/companies.ts';

export const DEMO_ORGANISATIONS = 400;

/** The demo report's company: a made-up name, so the report shows how a named company reads. */
export const DEMO_COMPANY_NAME = 'Hanbit Insurance (demo)';

async function insertScored(
  client: pg.Client,
  answers: object,
  reportToken: string,
): Promise<string> {
  const id = randomUUID();
  await client.query(
    `with version as (select * from private.survey_versions where version = $2),
     inserted as (
       insert into private.responses (id, organisation_id, survey_version, language, answers, industry,
         company_size, region, business_model, respondent_function, respondent_seniority, report_token_hash, pool)
       select $1, $1, version.version, 'en', $3::jsonb, $3::jsonb ->> 'industry', $3::jsonb ->> 'company_size',
         $3::jsonb ->> 'region', $3::jsonb ->> 'business_model', $3::jsonb ->> 'respondent_function',
         $3::jsonb ->> 'respondent_seniority', private.token_hash($4), 'demo'
       from version
       returning id
     )
     insert into private.response_scores (response_id, dimension, score, stage)
     select inserted.id, s.dimension, s.score, s.stage
     from inserted, version, private.score_answers(version.scoring_model, $3::jsonb) as s`,
    [id, currentAssessmentSpec.version, JSON.stringify(answers), reportToken],
  );
  await client.query('select private.count_in_benchmarks($1)', [id]);
  return id;
}

/** Seeds the demo pool once per data folder; returns the demo report's token. */
export async function ensureDemoPool(superuserUrl: string, stateFile: string): Promise<string> {
  if (existsSync(stateFile))
    return (JSON.parse(readFileSync(stateFile, 'utf8')) as { reportToken: string }).reportToken;
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query('begin');
    for (let i = 1; i <= DEMO_ORGANISATIONS; i++) {
      await insertScored(client, completeAnswers(currentAssessmentSpec, seededPick(i)), newToken());
    }
    const reportToken = newToken();
    const demoId = await insertScored(client, demoCompany, reportToken);
    await client.query(
      'insert into private.organisation_names (response_id, name) values ($1, $2)',
      [demoId, DEMO_COMPANY_NAME],
    );
    // release now (the batches the anonymity rule allows), so the demo report shows peers at once
    await client.query('select private.apply_queued_rollups()');
    await client.query('commit');
    writeFileSync(stateFile, JSON.stringify({ reportToken }), { mode: 0o600 });
    return reportToken;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
