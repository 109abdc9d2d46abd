import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { applyMigrations, MigrationError } from '../../stack/migrate.ts';
import { MIGRATIONS_DIR, PROJECT_ROOT } from '../../stack/stack.ts';
import { clusterUrl } from './test-cluster.ts';
import { useScratchDatabase, withAdmin } from './scratch-database.ts';

const cluster = inject('cluster');
const db = useScratchDatabase('migrations');

const tableExists = async (name: string) =>
  (await db.sql.query('select pg_catalog.to_regclass($1) is not null as present', [name])).rows[0]
    .present;
const recorded = async () =>
  (
    await db.sql.query('select version from supabase_migrations.schema_migrations order by version')
  ).rows.map((row) => row.version);

describe('the migration runner', () => {
  it('applies in order, once each, and stops at a failing file leaving it unapplied', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'migrations-'));
    writeFileSync(
      join(folder, '20260101000000_first.sql'),
      'create table public.first_table (id int);',
    );
    writeFileSync(
      join(folder, '20260102000000_broken.sql'),
      'create table public.half_done (id int);\nselect * from public.does_not_exist;',
    );
    writeFileSync(
      join(folder, '20260103000000_after.sql'),
      'create table public.after_table (id int);',
    );

    const failure = await applyMigrations(db.url, folder).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).file).toBe('20260102000000_broken.sql');
    expect((failure as Error).message).toContain('20260102000000_broken.sql');
    expect((failure as Error).message).toContain('relation "public.does_not_exist" does not exist');
    expect((failure as Error).message).toContain('(line 2)');

    expect(await tableExists('public.first_table')).toBe(true);
    expect(await tableExists('public.half_done')).toBe(false);
    expect(await tableExists('public.after_table')).toBe(false);
    expect(await recorded()).toEqual(['20260101000000']);

    writeFileSync(
      join(folder, '20260102000000_broken.sql'),
      'create table public.half_done (id int);',
    );
    expect(await applyMigrations(db.url, folder)).toEqual([
      '20260102000000_broken.sql',
      '20260103000000_after.sql',
    ]);
    expect(await applyMigrations(db.url, folder)).toEqual([]);
    expect(await recorded()).toEqual(['20260101000000', '20260102000000', '20260103000000']);
  });

  it('refuses a misnamed migration file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'migrations-'));
    writeFileSync(join(folder, 'add_things.sql'), 'select 1;');
    await expect(applyMigrations(db.url, folder)).rejects.toThrow(
      /add_things\.sql.*YYYYMMDDHHmmss/,
    );
  });

  it("records the project's migrations where the Supabase CLI looks for them", async () => {
    const template = new pg.Client({ connectionString: clusterUrl(cluster, 'app_template') });
    await template.connect();
    const { rows } = await template.query(
      'select version, name from supabase_migrations.schema_migrations',
    );
    await template.end();
    expect(rows.map((row) => row.name)).toContain('schemas_and_privileges');
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(MIGRATIONS_DIR.endsWith(join('supabase', 'migrations'))).toBe(true);
  });
});

describe('npm run db:migrate', () => {
  it('migrates the database DATABASE_URL names, then finds nothing to apply', async () => {
    const target = `migrate_cli_${process.pid}`;
    await withAdmin(`create database ${target}`);
    const run = () =>
      promisify(execFile)(process.execPath, [join(PROJECT_ROOT, 'stack', 'migrate-cli.ts')], {
        env: { ...process.env, DATABASE_URL: clusterUrl(cluster, target) },
      });
    try {
      expect((await run()).stdout).toContain(
        'Applied 20261123000400_seed_baseline_digital_cx_2022.sql',
      );
      expect((await run()).stdout.trim()).toBe('Nothing to apply.');
    } finally {
      await withAdmin(`drop database if exists ${target} with (force)`);
    }
  });
});
