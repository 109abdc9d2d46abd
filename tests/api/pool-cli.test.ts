/** The operator's review of held responses (`npm run pool`), against a real database. */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { POOL_USAGE, runPoolCommand } from '../../stack/pool-review.ts';
import { assessmentV1Spec } from '../../surveys/assessment/index.ts';
import { completeAnswers, seededPick } from '../fixtures/answer-sets.ts';
import { proofFor } from '../fixtures/live-submission.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(async () => {
  await api.sql.query(
    `truncate private.responses, private.drafts cascade;
     update private.pool_integrity_settings set proof_max_number = 100`,
  );
});

/** A submission without a draft: held with the flag no_timing. */
async function heldSubmission(seed: number) {
  const input = {
    response_id: randomUUID(),
    survey_version: assessmentV1Spec.version,
    language: 'en',
    answers: {
      ...completeAnswers(assessmentV1Spec, seededPick(seed)),
      organisation_name: 'Acme Secret',
    },
    report_token: newToken(),
    proof: await proofFor(api.anon),
  };
  const { data, error } = await api.anon.rpc('submit_response', input);
  expect(error).toBeNull();
  expect(data.poolStatus).toBe('held');
  return input;
}

const inBenchmarks = async (id: string) =>
  (await api.sql.query('select 1 from private.organisation_results where response_id = $1', [id]))
    .rowCount === 1;

describe('npm run pool', () => {
  it('lists held responses with id, date and flags, never names or tokens', async () => {
    expect(await runPoolCommand(api.sql, ['held'])).toEqual({
      exitCode: 0,
      output: 'No held responses.',
    });
    const first = await heldSubmission(1);
    const second = await heldSubmission(2);
    const { exitCode, output } = await runPoolCommand(api.sql, ['held']);
    expect(exitCode).toBe(0);
    const lines = output.split('\n');
    expect(lines[0]).toBe('2 held (id, submitted, duration, flags):');
    expect(lines[1]).toMatch(
      new RegExp(`^${first.response_id}  \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z  no timing  no_timing$`),
    );
    expect(lines[2]).toContain(second.response_id);
    expect(output).not.toContain('Acme');
    expect(output).not.toContain(first.report_token);
  });

  it('admits one into the benchmarks and rejects another; the list then is empty', async () => {
    const admitted = await heldSubmission(3);
    const rejected = await heldSubmission(4);
    expect(await runPoolCommand(api.sql, ['admit', admitted.response_id])).toMatchObject({
      exitCode: 0,
    });
    expect(await inBenchmarks(admitted.response_id)).toBe(true);
    expect(await runPoolCommand(api.sql, ['reject', rejected.response_id])).toMatchObject({
      exitCode: 0,
    });
    expect(await inBenchmarks(rejected.response_id)).toBe(false);
    const { rows } = await api.sql.query(
      'select pool_status from private.responses where id = $1',
      [rejected.response_id],
    );
    expect(rows[0].pool_status).toBe('rejected');
    expect((await runPoolCommand(api.sql, ['held'])).output).toBe('No held responses.');
  });

  it('says what is wrong with a command, an id or a decision', async () => {
    expect(await runPoolCommand(api.sql, [])).toEqual({ exitCode: 2, output: POOL_USAGE });
    expect(await runPoolCommand(api.sql, ['admit'])).toEqual({ exitCode: 2, output: POOL_USAGE });
    expect((await runPoolCommand(api.sql, ['admit', 'x; drop table'])).exitCode).toBe(2);
    const unknown = await runPoolCommand(api.sql, ['reject', randomUUID()]);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.output).toMatch(/is not held/);
  });
});
