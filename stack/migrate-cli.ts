/**
 * `npm run db:migrate`: applies pending migrations to the database named by
 * DATABASE_URL (e.g. a hosted Supabase project's direct connection string).
 * Records them where `supabase db push` does, so the two can be mixed.
 */
import { readStackEnv } from '../src/lib/env.ts';
import { applyMigrations } from './migrate.ts';
import { MIGRATIONS_DIR } from './stack.ts';

const env = readStackEnv();
if (!env.DATABASE_URL) {
  console.error('Set DATABASE_URL to the connection string of the database to migrate.');
  process.exit(2);
}

try {
  const applied = await applyMigrations(env.DATABASE_URL, MIGRATIONS_DIR);
  console.log(
    applied.length ? applied.map((file) => `Applied ${file}`).join('\n') : 'Nothing to apply.',
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
