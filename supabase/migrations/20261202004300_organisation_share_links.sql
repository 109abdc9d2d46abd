-- A consultant shares an organisation's combined report with the existing
-- share links (issue 14): a link now points at a response or at a client
-- organisation. The workspace creates, lists and revokes its organisations'
-- links; api.shared_report opens either kind, never with the organisation's
-- name.

-- tables
alter table private.share_links
  alter column response_id drop not null,
  add column organisation_id uuid references private.client_organisations (id) on delete cascade,
  add constraint share_links_one_target check (pg_catalog.num_nonnulls(response_id, organisation_id) = 1);
create index share_links_organisation_idx on private.share_links (organisation_id, created_at desc)
  where organisation_id is not null;
comment on table private.share_links is
  'Read-only links to a report (response_id) or to a client organisation''s combined report (organisation_id), '
  'created, listed and revoked by their owner.';

-- functions
create function private.check_share_link(label text, expires_at timestamptz, hash bytea)
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if expires_at is not null and (expires_at <= now() or expires_at > now() + interval '1 year') then
    perform private.raise_api_error('invalid_expiry');
  end if;
  if pg_catalog.char_length(label) > 100 or label ~ '[[:cntrl:]]' then
    perform private.raise_api_error('invalid_label');
  end if;
  if private.token_in_use(hash) then
    perform private.raise_api_error('token_in_use');
  end if;
end;
$$;
comment on function private.check_share_link(text, timestamptz, bytea) is
  'Refuses a share link whose expiry, label or token is not acceptable (as api.create_share_link does).';

create function api.create_organisation_share_link(
  workspace_key text, organisation_id uuid, share_token text, label text default null,
  expires_at timestamptz default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  organisation private.client_organisations := private.workspace_organisation(workspace_key, organisation_id);
  hash bytea := private.token_hash(share_token);
  link private.share_links;
begin
  perform private.check_share_link(label, expires_at, hash);
  begin
    insert into private.share_links (organisation_id, token_hash, label, expires_at)
    values (organisation.id, hash, nullif(pg_catalog.btrim(label), ''), expires_at)
    returning * into link;
  exception when unique_violation then
    perform private.raise_api_error('token_in_use');
  end;
  return private.share_link_json(link);
end;
$$;
comment on function api.create_organisation_share_link(text, uuid, text, text, timestamptz) is
  'Creates a read-only link (token chosen by the client, stored hashed) to a client organisation''s combined report.';

create function api.list_organisation_share_links(workspace_key text, organisation_id uuid)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  -- resolved first: a bad key or another workspace's organisation is refused even with no link to list
  organisation private.client_organisations := private.workspace_organisation(workspace_key, organisation_id);
begin
  return coalesce((
    select pg_catalog.jsonb_agg(private.share_link_json(l) order by l.created_at desc)
    from private.share_links l
    where l.organisation_id = organisation.id
  ), '[]');
end;
$$;
comment on function api.list_organisation_share_links(text, uuid) is
  'The share links of a client organisation''s combined report, newest first, with their status.';

create function api.revoke_organisation_share_link(workspace_key text, organisation_id uuid, link_id uuid)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  organisation private.client_organisations := private.workspace_organisation(workspace_key, organisation_id);
  link private.share_links;
begin
  update private.share_links l set revoked_at = coalesce(l.revoked_at, now())
  where l.id = link_id and l.organisation_id = organisation.id
  returning * into link;
  if not found then
    perform private.raise_api_error('unknown_share_link');
  end if;
  return private.share_link_json(link);
end;
$$;
comment on function api.revoke_organisation_share_link(text, uuid, uuid) is
  'Revokes one share link of a client organisation''s combined report; idempotent.';

create or replace function api.shared_report(share_token text, segment jsonb default '{}')
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  link private.share_links;
  response private.responses;
  organisation private.client_organisations;
begin
  select * into link from private.share_links l where l.token_hash = private.token_hash(share_token);
  if not found then
    perform private.raise_api_error('unknown_link');
  end if;
  if link.revoked_at is not null or (link.expires_at is not null and link.expires_at <= now()) then
    perform private.raise_api_error('expired_link');
  end if;
  if link.organisation_id is not null then
    select * into organisation from private.client_organisations o where o.id = link.organisation_id;
    return private.organisation_benchmark_report(organisation, segment, false)
      || pg_catalog.jsonb_build_object('shared', true);
  end if;
  select * into response from private.responses r where r.id = link.response_id;
  return private.response_benchmark_report(response, segment) || pg_catalog.jsonb_build_object('shared', true);
end;
$$;

-- grants
grant execute on function api.create_organisation_share_link(text, uuid, text, text, timestamptz) to anon, authenticated;
grant execute on function api.list_organisation_share_links(text, uuid) to anon, authenticated;
grant execute on function api.revoke_organisation_share_link(text, uuid, uuid) to anon, authenticated;
