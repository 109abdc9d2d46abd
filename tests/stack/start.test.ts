import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../stack/ports.ts';
import { descendants, isAlive, runStart, stopAll } from './stack-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'cx-start-'));
afterAll(async () => {
  await stopAll();
  rmSync(dataDir, { recursive: true, force: true });
});

async function stackEnv() {
  return {
    DATA_DIR: dataDir,
    PORT: String(await findFreePort()),
    DB_PORT: String(await findFreePort()),
  };
}

function secrets() {
  return JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'));
}

async function callBaseline(url: string) {
  const response = await fetch(`${url}/rest/v1/rpc/research_baseline`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      apikey: secrets().anonKey,
      authorization: `Bearer ${secrets().anonKey}`,
    },
    body: '{}',
  });
  return { status: response.status, body: await response.json() };
}

async function occupy(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

describe('npm start', () => {
  it('serves the API, keeps data across a restart, refuses a second start, and stops cleanly', async () => {
    const env = await stackEnv();
    const first = runStart(env);
    const url = await first.ready;
    expect(url).toBe(`http://127.0.0.1:${env.PORT}`);
    expect(first.output()).toContain('Applied migration 20261123000100_schemas_and_privileges.sql');
    expect((await callBaseline(url)).body.edition.sampleSize).toBe(106);
    expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);

    const db = new pg.Client({
      connectionString: `postgres://postgres:${encodeURIComponent(secrets().postgresPassword)}@127.0.0.1:${env.DB_PORT}/postgres`,
    });
    await db.connect();
    await db.query('create table public.restart_marker (note text)');
    await db.query('insert into public.restart_marker values ($1)', ['kept']);
    await db.end();

    const second = runStart(await stackEnv());
    expect(await second.exit).not.toBe(0);
    expect(second.output()).toMatch(/Another stack \(pid \d+\) is already running on .*cx-start-/);

    const children = descendants(first.child.pid!);
    expect(children.length).toBeGreaterThanOrEqual(2);
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    for (const pid of children) expect(isAlive(pid), `pid ${pid} outlived the stack`).toBe(false);

    const again = runStart(env);
    const urlAgain = await again.ready;
    expect(again.output()).not.toContain('Applied migration');
    expect((await callBaseline(urlAgain)).status).toBe(200);
    const check = new pg.Client({
      connectionString: `postgres://postgres:${encodeURIComponent(secrets().postgresPassword)}@127.0.0.1:${env.DB_PORT}/postgres`,
    });
    await check.connect();
    expect((await check.query('select note from public.restart_marker')).rows).toEqual([
      { note: 'kept' },
    ]);
    await check.end();
    again.child.kill('SIGINT');
    expect(await again.exit).toBe(0);
  });

  it('exits non-zero with a clear message when PORT is taken', async () => {
    const env = await stackEnv();
    const blocker = await occupy(Number(env.PORT));
    const run = runStart({ ...env, DATA_DIR: join(dataDir, 'port-test') });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain(
      `Port ${env.PORT} on 127.0.0.1 is already in use. Free it or set PORT`,
    );
    blocker.close();
  });

  it('exits non-zero with a clear message when DB_PORT is taken', async () => {
    const env = await stackEnv();
    const blocker = await occupy(Number(env.DB_PORT));
    const run = runStart({ ...env, DATA_DIR: join(dataDir, 'db-port-test') });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain(
      `Port ${env.DB_PORT} on 127.0.0.1 is already in use. Free it or set DB_PORT`,
    );
    blocker.close();
  });

  it('names the variable when the environment is invalid', async () => {
    const run = runStart({ PORT: 'eighty', DATA_DIR: join(dataDir, 'env-test') });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('Invalid stack environment: PORT:');
  });
});
