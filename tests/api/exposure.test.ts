import { describe, expect, it } from 'vitest';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

describe('what the API exposes', () => {
  it('does not expose the private schema, whatever the key', async () => {
    for (const key of [api.cluster.secrets.anonKey, api.cluster.secrets.serviceRoleKey]) {
      const { data, error } = await api
        .clientFor(key, 'private')
        .from('baseline_editions')
        .select('*');
      expect(data).toBeNull();
      expect(error?.code).toBe('PGRST106');
    }
  });

  it('has no tables or views in the api schema, only functions', async () => {
    const { rows } = await api.sql.query(
      `select count(*)::int as relations from pg_catalog.pg_class c
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'api' and c.relkind in ('r', 'v', 'm', 'p', 'f')`,
    );
    expect(rows[0].relations).toBe(0);
  });

  it('gives anon no privilege on any private table, and RLS is on for all of them', async () => {
    const { rows } = await api.sql.query(
      `select c.relname, c.relrowsecurity,
              pg_catalog.has_table_privilege('anon', c.oid, 'select, insert, update, delete') as anon_can
       from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'private' and c.relkind = 'r'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ relrowsecurity: true, anon_can: false });
  });

  it('pins search_path on every security definer function and grants no EXECUTE to PUBLIC', async () => {
    const { rows } = await api.sql.query(
      `select p.oid::regprocedure::text as fn, p.prosecdef, p.proconfig,
              pg_catalog.has_function_privilege('public', p.oid, 'execute') as public_can
       from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
       where n.nspname in ('api', 'private')`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      if (row.prosecdef) expect(row.proconfig, row.fn).toContain('search_path=""');
      expect(row.public_can, row.fn).toBe(false);
    }
  });
});
