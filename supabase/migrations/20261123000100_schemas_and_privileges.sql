-- Schemas and default privileges.
-- Tables live in `private`, which no API role can reach; the browser sees only
-- the functions of `api`, the one schema PostgREST exposes. Functions are not
-- executable by PUBLIC unless a migration grants it explicitly.

-- schemas
create schema if not exists private;
comment on schema private is 'Tables and internal functions; never exposed through the API.';

create schema if not exists api;
comment on schema api is 'The RPC surface: the only schema PostgREST exposes.';

-- privileges
revoke all on schema private from public;
revoke all on schema api from public;
grant usage on schema api to anon, authenticated, service_role;

alter default privileges in schema api revoke execute on functions from public;
alter default privileges in schema private revoke execute on functions from public;
alter default privileges revoke execute on functions from public;
alter default privileges in schema private revoke all on tables from public;
