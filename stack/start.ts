/**
 * `npm start`: the product on one origin, with a real local backend.
 * Flags: --skip-build serves the existing SITE_DIR (dist/) as it is, if it was built for this stack; --demo adds the synthetic demo pool.
 */
import { join, resolve } from 'node:path';
import { allowedOrigins, readStackEnv } from '../src/lib/env.ts';
import { ensureDemoPool } from './demo-pool.ts';
import { PROJECT_ROOT, startStack } from './stack.ts';

const env = readStackEnv();
const skipBuild = process.argv.includes('--skip-build');
const demo = process.argv.includes('--demo');

let stopping = false;
async function main(): Promise<void> {
  const stack = await startStack({
    dataDir: resolve(PROJECT_ROOT, env.DATA_DIR),
    dbPort: env.DB_PORT,
    postgrestBin: env.POSTGREST_BIN,
    http: {
      port: env.PORT,
      host: env.HOST,
      siteRoot: resolve(PROJECT_ROOT, env.SITE_DIR),
      build: !skipBuild,
      allowedOrigins: allowedOrigins(env),
    },
    log: (line) => console.log(line.trimEnd()),
    onFailure: (message) => {
      console.error(`\n${message}`);
      process.exit(1);
    },
  });
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  if (demo) {
    const state = join(resolve(PROJECT_ROOT, env.DATA_DIR), 'demo.json');
    const token = await ensureDemoPool(stack.superuserUrl(), state);
    console.log(
      '\nSynthetic demo pool loaded (labelled wherever shown, never in live benchmarks).',
    );
    console.log(`  Demo report: ${stack.url}/report/#token=${token}`);
  }
  console.log(
    `\nReady: ${stack.url}\n  API: ${stack.url}/rest/v1 (anon key in ${env.DATA_DIR}/secrets.json)`,
  );
}

main().catch((error: unknown) => {
  console.error(`\nCould not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
