-- Share links: the owner of a report (holder of its report token) creates
-- read-only links to it, optionally expiring, lists them and revokes them.
-- Only a hash of each link's token is stored. A revoked or expired link
-- answers 410 (SQLSTATE PT410, mapped by PostgREST), an unknown one 404.

-- tables
create table private.share_links (
  id uuid primary key default gen_random_uuid(),
  response_id uuid not null references private.responses (id) on delete cascade,
  token_hash bytea not null unique,
  label text check (pg_catalog.char_length(label) <= 100),
  expires_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
comment on table private.share_links is 'Read-only links to a report, created, listed and revoked by its owner.';
create index share_links_response_idx on private.share_links (response_id, created_at desc);

alter table private.share_links enable row level security;

-- functions
create function private.share_link_json(link private.share_links)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select pg_catalog.jsonb_build_object(
    'id', link.id,
    'label', link.label,
    'createdAt', link.created_at,
    'expiresAt', link.expires_at,
    'revokedAt', link.revoked_at,
    'status', case
      when link.revoked_at is not null then 'revoked'
      when link.expires_at is not null and link.expires_at <= now() then 'expired'
      else 'active'
    end
  );
$$;

create function api.create_share_link(
  report_token text, share_token text, label text default null, expires_at timestamptz default null
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  response private.responses := private.owned_response(report_token);
  link private.share_links;
begin
  if expires_at is not null and (expires_at <= now() or expires_at > now() + interval '1 year') then
    raise exception using errcode = '22023', message = 'A share link must expire in the future and within a year.';
  end if;
  if pg_catalog.char_length(label) > 100 then
    raise exception using errcode = '22023', message = 'A share link label has at most 100 characters.';
  end if;
  insert into private.share_links (response_id, token_hash, label, expires_at)
  values (response.id, private.token_hash(share_token), nullif(pg_catalog.btrim(label), ''), expires_at)
  returning * into link;
  return private.share_link_json(link);
end;
$$;
comment on function api.create_share_link(text, text, text, timestamptz) is
  'Creates a read-only link (token chosen by the client, stored hashed) to the report of report_token.';

create function api.list_share_links(report_token text)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(pg_catalog.jsonb_agg(private.share_link_json(l) order by l.created_at desc), '[]')
  from private.share_links l
  where l.response_id = (private.owned_response(report_token)).id;
$$;
comment on function api.list_share_links(text) is 'The share links of a report, newest first, with their status.';

create function api.revoke_share_link(report_token text, link_id uuid)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  link private.share_links;
begin
  update private.share_links l set revoked_at = coalesce(l.revoked_at, now())
  where l.id = link_id and l.response_id = (private.owned_response(report_token)).id
  returning * into link;
  if not found then
    raise exception using errcode = 'PT404', message = 'This report has no such share link.';
  end if;
  return private.share_link_json(link);
end;
$$;
comment on function api.revoke_share_link(text, uuid) is 'Revokes one share link of the report; idempotent.';

create function api.shared_report(share_token text, segment jsonb default '{}')
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  link private.share_links;
  response private.responses;
begin
  select * into link from private.share_links l where l.token_hash = private.token_hash(share_token);
  if not found then
    raise exception using errcode = 'PT404', message = 'This link does not exist.';
  end if;
  if link.revoked_at is not null or (link.expires_at is not null and link.expires_at <= now()) then
    raise exception using errcode = 'PT410', message = 'This link is no longer available.';
  end if;
  select * into response from private.responses r where r.id = link.response_id;
  return private.response_benchmark_report(response, segment) || pg_catalog.jsonb_build_object('shared', true);
end;
$$;
comment on function api.shared_report(text, jsonb) is
  'The read-only report behind a share link; 404 when unknown, 410 when revoked or expired.';

-- grants
grant execute on function api.create_share_link(text, text, text, timestamptz) to anon, authenticated;
grant execute on function api.list_share_links(text) to anon, authenticated;
grant execute on function api.revoke_share_link(text, uuid) to anon, authenticated;
grant execute on function api.shared_report(text, jsonb) to anon, authenticated;
