/**
 * One PostgreSQL cluster for the API tests, with the migrations applied to a
 * template database. Each test file clones the template into a database of
 * its own (see isolated-api.ts), so files never see each other's rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { dataDirLayout, ensureDataDir } from '../../stack/data-dir.ts';
import { ensureLocalRoles } from '../../stack/local-roles.ts';
import { applyMigrations } from '../../stack/migrate.ts';
import { findFreePort } from '../../stack/ports.ts';
import { startPostgres } from '../../stack/postgres.ts';
import { generateSecrets } from '../../stack/secrets.ts';
import { MIGRATIONS_DIR } from '../../stack/stack.ts';
import { TEMPLATE_DATABASE, type TTestCluster } from './test-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    cluster: TTestCluster;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), 'cx-api-tests-'));
  const layout = dataDirLayout(root);
  ensureDataDir(layout);
  const secrets = await generateSecrets();
  const port = await findFreePort();
  const postgres = await startPostgres({
    pgdata: layout.pgdata,
    port,
    password: secrets.postgresPassword,
    logFile: layout.postgresLog,
  });
  await ensureLocalRoles(postgres.superuserUrl(), secrets.authenticatorPassword);
  const admin = new pg.Client({ connectionString: postgres.superuserUrl() });
  await admin.connect();
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();
  await applyMigrations(postgres.superuserUrl(TEMPLATE_DATABASE), MIGRATIONS_DIR);

  project.provide('cluster', { root, port, secrets });
  return async () => {
    await postgres.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
