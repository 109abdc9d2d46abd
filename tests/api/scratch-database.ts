/**
 * An empty database of its own for a test file that runs migrations itself
 * (not cloned from the migrated template): created before the file's tests,
 * dropped after them.
 */
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { clusterUrl } from './test-cluster.ts';

export type TScratchDatabase = { url: string; sql: pg.Client };

/** Runs one statement as the superuser on the cluster's `postgres` database. */
export async function withAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: clusterUrl(inject('cluster'), 'postgres') });
  await admin.connect();
  await admin.query(statement);
  await admin.end();
}

/** Registers beforeAll/afterAll hooks; read the fields inside tests. */
export function useScratchDatabase(prefix: string): TScratchDatabase {
  const database = `${prefix}_${process.pid}`;
  const scratch = { url: clusterUrl(inject('cluster'), database) } as TScratchDatabase;
  beforeAll(async () => {
    await withAdmin(`create database ${database}`);
    scratch.sql = new pg.Client({ connectionString: scratch.url });
    await scratch.sql.connect();
  });
  afterAll(async () => {
    await scratch.sql?.end();
    await withAdmin(`drop database if exists ${database} with (force)`);
  });
  return scratch;
}
