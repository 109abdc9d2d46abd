/**
 * `npm run pool -- held | admit <id> | reject <id>`: the operator's review
 * of responses held outside the pool by the quality checks. Connects to
 * DATABASE_URL when set (e.g. hosted Supabase's direct connection string),
 * else to the local stack's database (`npm start` running, DATA_DIR, DB_PORT).
 */
import { existsSync } from 'node:fs';
import pg from 'pg';
import { readStackEnv } from '../src/lib/env.ts';
import { dataDirLayout } from './data-dir.ts';
import { runPoolCommand } from './pool-review.ts';
import { ensureSecrets } from './secrets.ts';

const env = readStackEnv();

async function databaseUrl(): Promise<string> {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const layout = dataDirLayout(env.DATA_DIR);
  if (!existsSync(layout.secrets)) {
    console.error(
      `No local stack in ${layout.root}: run \`npm start\` first, or set DATABASE_URL.`,
    );
    process.exit(2);
  }
  const { postgresPassword } = await ensureSecrets(layout.secrets);
  return `postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${env.DB_PORT}/postgres`;
}

const client = new pg.Client({ connectionString: await databaseUrl() });
try {
  await client.connect();
} catch (error) {
  console.error(
    `Cannot reach the database (${(error as Error).message}): is \`npm start\` running? Or set DATABASE_URL.`,
  );
  process.exit(1);
}
try {
  const result = await runPoolCommand(client, process.argv.slice(2));
  (result.exitCode === 0 ? console.log : console.error)(result.output);
  process.exitCode = result.exitCode;
} finally {
  await client.end();
}
