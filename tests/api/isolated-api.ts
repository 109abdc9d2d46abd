/**
 * The test fixture for database and API tests: a private database cloned from
 * the migrated template, its own PostgREST and same-origin proxy, and
 * supabase-js clients that go through the same door as the browser.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { startHttpServer, type TRunningHttpServer } from '../../stack/http-server.ts';
import { startPostgrest, type TRunningPostgrest } from '../../stack/postgrest.ts';
import { postgrestBinary } from '../../stack/postgrest-binary.ts';
import { clusterUrl, TEMPLATE_DATABASE, type TTestCluster } from './test-cluster.ts';

export type TIsolatedApi = {
  cluster: TTestCluster;
  database: string;
  /** Origin of the proxy: supabase-js appends /rest/v1 itself. */
  url: string;
  /** PostgREST's socket, for tests that put another proxy in front of it. */
  postgrestSocket: string;
  /** What the browser is: the anon key. */
  anon: SupabaseClient<any, 'api'>;
  /** A superuser connection to this file's database, for set-up and checks. */
  sql: pg.Client;
  /** A supabase-js client on any schema with the given key (for probing what is exposed). */
  clientFor: (key: string, schema?: string) => SupabaseClient<any, any>;
  /** The fixed message of a catalogued API error (private.api_errors). */
  errorMessage: (code: string) => Promise<string>;
};

export function clientFor(url: string, key: string, schema = 'api'): SupabaseClient<any, any> {
  return createClient(url, key, {
    db: { schema },
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
}

/** Registers beforeAll/afterAll hooks; read the fields inside tests. */
export function useIsolatedApi(): TIsolatedApi {
  const api = {} as TIsolatedApi;
  let postgrest: TRunningPostgrest | undefined;
  let http: TRunningHttpServer | undefined;

  beforeAll(async () => {
    const cluster = inject('cluster');
    const database = `test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: clusterUrl(cluster, 'postgres') });
    await admin.connect();
    await admin.query(`create database ${database} template ${TEMPLATE_DATABASE}`);
    await admin.end();

    const socketPath = join(cluster.root, `${database}.sock`);
    postgrest = await startPostgrest({
      dbUri: clusterUrl(cluster, database, 'authenticator'),
      jwtSecret: cluster.secrets.jwtSecret,
      socketPath,
      logFile: join(cluster.root, `${database}.postgrest.log`),
      binary: postgrestBinary(undefined),
    });
    http = await startHttpServer({
      siteRoot: cluster.root,
      postgrestSocket: socketPath,
      port: 0,
      host: '127.0.0.1',
      apiKeys: [cluster.secrets.anonKey, cluster.secrets.serviceRoleKey],
    });
    const sql = new pg.Client({ connectionString: clusterUrl(cluster, database) });
    await sql.connect();
    Object.assign(api, {
      cluster,
      database,
      url: http.url,
      postgrestSocket: socketPath,
      sql,
      anon: clientFor(http.url, cluster.secrets.anonKey),
      clientFor: (key: string, schema?: string) => clientFor(http!.url, key, schema),
      errorMessage: async (code: string) => {
        const { rows } = await sql.query('select message from private.api_errors where code = $1', [
          code,
        ]);
        if (!rows[0]) throw new Error(`No API error ${code} in the catalogue`);
        return rows[0].message as string;
      },
    });
  });

  afterAll(async () => {
    await api.sql?.end();
    await http?.stop();
    await postgrest?.stop();
    if (api.database) {
      const admin = new pg.Client({ connectionString: clusterUrl(api.cluster, 'postgres') });
      await admin.connect();
      await admin.query(`drop database if exists ${api.database} with (force)`);
      await admin.end();
    }
  });

  return api;
}
