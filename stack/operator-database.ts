/**
 * The operator's database connection for command-line tools: DATABASE_URL
 * when set (e.g. hosted Supabase's direct connection string), else the local
 * stack's database (`npm start` running, DATA_DIR, DB_PORT), as
 * stack/pool-cli.ts connects.
 */
import { existsSync } from 'node:fs';
import pg from 'pg';
import type { TStackEnv } from '../src/lib/env.ts';
import { dataDirLayout } from './data-dir.ts';
import { ensureSecrets } from './secrets.ts';

/** A connected client, or an exit with a message saying what to start or set. */
export async function connectOperatorDatabase(env: TStackEnv): Promise<pg.Client> {
  let url = env.DATABASE_URL;
  if (!url) {
    const layout = dataDirLayout(env.DATA_DIR);
    if (!existsSync(layout.secrets)) {
      console.error(
        `No local stack in ${layout.root}: run \`npm start\` first, or set DATABASE_URL.`,
      );
      process.exit(2);
    }
    const { postgresPassword } = await ensureSecrets(layout.secrets);
    url = `postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${env.DB_PORT}/postgres`;
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    console.error(
      `Cannot reach the database (${(error as Error).message}): is \`npm start\` running? Or set DATABASE_URL.`,
    );
    process.exit(1);
  }
  return client;
}
