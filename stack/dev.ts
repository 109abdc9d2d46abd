/**
 * `npm run dev`: the same local backend as `npm start`, with Astro's dev
 * server (hot reload) in front; Vite proxies `/rest/v1` to it, so the
 * browser code is identical in both.
 */
import { resolve } from 'node:path';
import { dev } from 'astro';
import { allowedOrigins, readStackEnv } from '../src/lib/env.ts';
import { startHttpServer } from './http-server.ts';
import { PROJECT_ROOT, startStack } from './stack.ts';

const env = readStackEnv();

async function main(): Promise<void> {
  const stack = await startStack({
    dataDir: resolve(PROJECT_ROOT, env.DATA_DIR),
    dbPort: env.DB_PORT,
    postgrestBin: env.POSTGREST_BIN,
    log: (line) => console.log(line.trimEnd()),
    onFailure: (message) => {
      console.error(`\n${message}`);
      process.exit(1);
    },
  });
  // A loopback-only proxy for Vite to forward to (it serves no site files).
  const api = await startHttpServer({
    siteRoot: resolve(stack.postgrestSocket, '..', 'no-site'),
    postgrestSocket: stack.postgrestSocket,
    port: 0,
    host: '127.0.0.1',
    apiKeys: [stack.secrets.anonKey, stack.secrets.serviceRoleKey],
    allowedOrigins: allowedOrigins(env),
  });
  process.env.PUBLIC_SUPABASE_URL = '';
  process.env.PUBLIC_SUPABASE_ANON_KEY = stack.secrets.anonKey;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const server = await dev({
    root: PROJECT_ROOT,
    server: { port: env.PORT, host: env.HOST },
    vite: { server: { proxy: { '/rest/v1': { target: api.url, changeOrigin: false } } } },
  });

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    Promise.all([server.stop(), api.stop()])
      .then(() => stack.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`\nCould not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
