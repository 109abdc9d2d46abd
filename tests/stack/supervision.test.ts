/**
 * The stack watches its children: if PostgreSQL or PostgREST dies, `npm start`
 * stops the rest and exits non-zero with a message that names it, so a process
 * manager (or the user) starts it again; a submission the API acknowledged
 * survives PostgreSQL being killed outright.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../stack/ports.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { assessmentV1Spec } from '../../surveys/assessment/index.ts';
import { solveChallenge } from '../../src/lib/pool-integrity/proof-of-work.ts';
import { completeAnswers } from '../fixtures/answer-sets.ts';
import { descendants, isAlive, runStart, stopAll } from './stack-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'cx-supervision-'));
chmodSync(dataDir, 0o711); // the cluster runs as the `postgres` OS user when tests run as root
afterAll(async () => {
  await stopAll();
  rmSync(dataDir, { recursive: true, force: true });
});

async function stackEnv(name: string) {
  return {
    DATA_DIR: join(dataDir, name),
    PORT: String(await findFreePort()),
    DB_PORT: String(await findFreePort()),
  };
}

function rpc(url: string, dataFolder: string, fn: string, args: object) {
  const key = JSON.parse(readFileSync(join(dataFolder, 'secrets.json'), 'utf8')).anonKey;
  return fetch(`${url}/rest/v1/rpc/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', apikey: key, authorization: `Bearer ${key}` },
    body: JSON.stringify(args),
  });
}

function commandOf(pid: number): string {
  try {
    return execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // already gone
  }
}

/**
 * Waits until none of `pids` is alive, or 10 s have passed. The backends of a
 * killed PostgreSQL notice their postmaster's death and exit on their own, a
 * moment after it.
 */
async function survivors(pids: number[]): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  let alive = pids.filter(isAlive);
  while (alive.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    alive = alive.filter(isAlive);
  }
  return alive.map((pid) => `${pid} ${commandOf(pid)}`);
}

describe('a child of the stack dies', () => {
  it('PostgreSQL killed: the stack exits non-zero naming it; the acknowledged submission survives', async () => {
    const env = await stackEnv('postgres-killed');
    const run = runStart(env);
    const url = await run.ready;
    const reportToken = newToken();
    const challenge = await rpc(url, env.DATA_DIR, 'submission_challenge', {});
    const submitted = await rpc(url, env.DATA_DIR, 'submit_response', {
      proof: await solveChallenge(await challenge.json()),
      response_id: randomUUID(),
      survey_version: assessmentV1Spec.version,
      language: 'en',
      answers: completeAnswers(assessmentV1Spec),
      report_token: reportToken,
    });
    expect(submitted.status).toBe(200);

    const children = descendants(run.child.pid!);
    const postmaster = Number(
      readFileSync(join(env.DATA_DIR, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    process.kill(postmaster, 'SIGKILL');
    expect(await run.exit).toBe(1);
    expect(run.output()).toMatch(/PostgreSQL stopped unexpectedly \(killed by SIGKILL\)/);
    expect(await survivors(children)).toEqual([]);

    const again = runStart(env);
    const urlAgain = await again.ready;
    const report = await rpc(urlAgain, env.DATA_DIR, 'response_report', {
      report_token: reportToken,
    });
    expect(report.status).toBe(200);
    again.child.kill('SIGTERM');
    expect(await again.exit).toBe(0);
  });

  it('PostgREST killed: the stack exits non-zero naming it and leaves nothing running', async () => {
    const run = runStart(await stackEnv('postgrest-killed'));
    await run.ready;
    const children = descendants(run.child.pid!);
    const postgrest = children.find((pid) => commandOf(pid) === 'postgrest');
    expect(postgrest).toBeDefined();
    process.kill(postgrest!, 'SIGKILL');
    expect(await run.exit).toBe(1);
    expect(run.output()).toMatch(/PostgREST stopped unexpectedly \(killed by SIGKILL\)/);
    expect(await survivors(children)).toEqual([]);
  });
});
