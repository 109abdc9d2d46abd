/**
 * The roles hosted Supabase already has, created here for the local stack
 * only: migrations grant to them and PostgREST switches into them.
 */
import pg from 'pg';

const createRoles = `
do $$
begin
  if not exists (select from pg_catalog.pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit;
  end if;
end
$$;
grant anon, authenticated, service_role to authenticator;
create schema if not exists extensions;
`;

/** Idempotent: safe on every start. */
export async function ensureLocalRoles(
  superuserUrl: string,
  authenticatorPassword: string,
): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query(createRoles);
    await client.query(
      `alter role authenticator with password ${client.escapeLiteral(authenticatorPassword)}`,
    );
  } finally {
    await client.end();
  }
}
