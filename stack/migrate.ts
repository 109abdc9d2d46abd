/**
 * Applies `supabase/migrations/*.sql` in order, each exactly once, each in its
 * own transaction. Applied versions are recorded in the same table the
 * Supabase CLI uses (`supabase_migrations.schema_migrations`), so this runner
 * and `supabase db push` agree on what a database already has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const FILE_NAME = /^(\d{14})_([a-z0-9_]+)\.sql$/;
/** Serialises concurrent runners on the same database. */
const LOCK_KEY = 727_100_2022;

export type TMigrationFile = { version: string; name: string; file: string; path: string };

export class MigrationError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`Migration ${file} failed: ${message}`);
    this.file = file;
  }
}

/** The migration files of a folder, sorted by version; a misnamed .sql file is an error. */
export function listMigrations(directory: string): TMigrationFile[] {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.sql'))
    .sort();
  return files.map((file) => {
    const match = FILE_NAME.exec(file);
    if (!match?.[1] || !match[2]) {
      throw new MigrationError(file, 'the name must be YYYYMMDDHHmmss_description.sql (lowercase)');
    }
    return { version: match[1], name: match[2], file, path: join(directory, file) };
  });
}

function describe(error: unknown, sql: string): string {
  const pgError = error as { message?: string; position?: string; detail?: string; hint?: string };
  const parts = [pgError.message ?? String(error)];
  if (pgError.position) {
    const line = sql.slice(0, Number(pgError.position)).split('\n').length;
    parts.push(`(line ${line})`);
  }
  if (pgError.detail) parts.push(`detail: ${pgError.detail}`);
  if (pgError.hint) parts.push(`hint: ${pgError.hint}`);
  return parts.join(' ');
}

/**
 * Applies what is pending and returns the files it applied. A failing file is
 * rolled back whole, nothing after it runs, and MigrationError names it.
 */
export async function applyMigrations(
  connectionString: string,
  directory: string,
): Promise<string[]> {
  const migrations = listMigrations(directory);
  const client = new pg.Client({ connectionString });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('set client_min_messages = warning');
    await client.query('select pg_catalog.pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`
      create schema if not exists supabase_migrations;
      create table if not exists supabase_migrations.schema_migrations (
        version text primary key, statements text[], name text
      );`);
    const { rows } = await client.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations',
    );
    const applied = new Set(rows.map((row) => row.version));
    const done: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      const sql = readFileSync(migration.path, 'utf8');
      try {
        await client.query('begin');
        await client.query(sql);
        await client.query(
          'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
          [migration.version, migration.name, [sql]],
        );
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw new MigrationError(migration.file, describe(error, sql));
      }
      done.push(migration.file);
    }
    return done;
  } finally {
    await client.end().catch(() => undefined);
  }
}
