-- Consultants (issue 14): a workspace of client organisations, several
-- executives each, one combined result per organisation, and where they
-- disagree.
--
-- Capabilities, as everywhere here: 43 base64url characters (256 random bits)
-- made by the caller's browser, stored as SHA-256 only.
--   - The workspace key reaches its own organisations, nothing else. One
--     helper, private.calling_workspace, resolves it; a hosted deployment can
--     bind workspaces to Supabase Auth by changing that helper alone.
--   - An invitation token adds a response to its own organisation while the
--     invitation is open and not expired; it reads nothing.
--   - A respondent's report token reads that respondent's own response, and
--     the combined result only when the consultant allows it.
--
-- The pool counts an organisation once. A standalone executive is an
-- organisation of one, as before (its response is its result). A client
-- organisation's result is its combined result: the mean of its counted
-- respondents' scores, per dimension and overall, stored as a snapshot
-- (private.combined_results) each time it changes. organisation_results and
-- rollup_queue now point at a response or at a combined result, and the
-- rollups read both through private.pool_entries / pool_entry_scores, so the
-- release rules of 20261202002050 apply unchanged.

-- tables
create table private.workspaces (
  id uuid primary key default gen_random_uuid(),
  key_hash bytea not null unique,
  created_at timestamptz not null default now(),
  key_rotated_at timestamptz
);
comment on table private.workspaces is
  'Consultant workspaces; key_hash: SHA-256 of the private link''s key (a rotation replaces it).';

create table private.client_organisations (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references private.workspaces (id) on delete cascade,
  name text not null check (pg_catalog.char_length(name) between 1 and 200 and name !~ '[[:cntrl:]]'),
  survey_version text not null references private.survey_versions (version),
  industry text not null,
  company_size text not null,
  region text not null,
  business_model text not null,
  combined_visible boolean not null default false,
  created_at timestamptz not null default now(),
  archived_at timestamptz
);
comment on table private.client_organisations is
  'A workspace''s client organisations: name (private to the workspace), survey version and segment, set by '
  'the consultant; combined_visible: whether respondents may read the combined result.';
create index client_organisations_workspace_idx on private.client_organisations (workspace_id, created_at);

create table private.invitations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null unique references private.client_organisations (id) on delete cascade,
  token_hash bytea not null unique,
  closed_at timestamptz,
  expires_at timestamptz,
  invited integer check (invited between 0 and 1000),
  created_at timestamptz not null default now()
);
comment on table private.invitations is
  'Each organisation''s invitation link (a new link replaces the token): open unless closed or expired; '
  'invited: how many executives the consultant says were invited.';

create table private.invitation_starts (
  invitation_id uuid not null references private.invitations (id) on delete cascade,
  draft_token_hash bytea not null,
  started_at timestamptz not null default now(),
  primary key (invitation_id, draft_token_hash)
);
comment on table private.invitation_starts is
  'Assessments started from an invitation, one per browser draft: the "started" count, never who.';

create table private.combined_results (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references private.client_organisations (id) on delete cascade,
  pool text not null check (pool in ('live', 'demo', 'bench')),
  industry text not null,
  company_size text not null,
  region text not null,
  business_model text not null,
  respondents integer not null check (respondents > 0),
  computed_at timestamptz not null default now()
);
comment on table private.combined_results is
  'Snapshots of client organisations'' pooled results (counted respondents only); the one in '
  'organisation_results counts, older ones stay until the queue has removed them.';
create index combined_results_organisation_idx on private.combined_results (organisation_id, computed_at desc);

create table private.combined_result_scores (
  result_id uuid not null references private.combined_results (id) on delete cascade,
  dimension text not null
    check (dimension in ('alignment', 'staffing', 'personalization', 'effort', 'brand', 'automation', 'overall')),
  score numeric(4, 1) check (score between 0 and 100),
  stage smallint check (stage between 1 and 5),
  primary key (result_id, dimension)
);
comment on table private.combined_result_scores is
  'A combined result''s score per dimension and overall: the mean of its respondents'' scores, one decimal.';

-- a pool entry is a response or a combined result
alter table private.organisation_results
  alter column response_id drop not null,
  add column combined_result_id uuid unique references private.combined_results (id) on delete cascade,
  add constraint organisation_results_one_entry check (pg_catalog.num_nonnulls(response_id, combined_result_id) = 1);
alter table private.rollup_queue
  alter column response_id drop not null,
  add column combined_result_id uuid references private.combined_results (id) on delete cascade,
  add constraint rollup_queue_one_entry check (pg_catalog.num_nonnulls(response_id, combined_result_id) = 1);
comment on table private.organisation_results is
  'The result that currently represents each organisation in the benchmarks: its newest complete response, '
  'or for a client organisation its combined result.';

-- creating workspaces and starting invitations are rate-limited like challenges
alter table private.rate_counters
  drop constraint rate_counters_bucket_check,
  add constraint rate_counters_bucket_check
    check (bucket in ('submission', 'draft_save', 'challenge', 'workspace_create', 'invitation_start'));

alter table private.workspaces enable row level security;
alter table private.client_organisations enable row level security;
alter table private.invitations enable row level security;
alter table private.invitation_starts enable row level security;
alter table private.combined_results enable row level security;
alter table private.combined_result_scores enable row level security;

create view private.pool_entries as
  select r.id, r.organisation_id, r.pool, r.industry, r.company_size, r.region, r.business_model
  from private.responses r
  union all
  select c.id, c.organisation_id, c.pool, c.industry, c.company_size, c.region, c.business_model
  from private.combined_results c;
comment on view private.pool_entries is 'What the rollups count: responses and combined results, by id.';

create view private.pool_entry_scores as
  select s.response_id as entry_id, s.dimension, s.score from private.response_scores s
  union all
  select c.result_id, c.dimension, c.score from private.combined_result_scores c;
comment on view private.pool_entry_scores is 'The scores of the pool entries.';

insert into private.api_errors (code, sqlstate, message) values
  ('unknown_workspace', 'PT404', 'No workspace for this link: it may have been replaced by a new one.'),
  ('unknown_organisation', 'PT404', 'This workspace has no such client organisation.'),
  ('invalid_organisation_name', '22023', 'An organisation name is plain text of 1 to 200 characters.'),
  ('invalid_organisation_segment', '22023', 'Industry, size, region and business model must each be one of the survey''s options.'),
  ('segment_fixed', '22023', 'The segment cannot change once an executive has answered.'),
  ('organisation_archived', '22023', 'This organisation is archived: restore it first.'),
  ('unknown_invitation', 'PT404', 'This invitation link does not exist: ask the person who sent it for a new one.'),
  ('invitation_closed', 'PT410', 'This invitation is closed: ask the person who sent it whether it can be reopened.'),
  ('invitation_expired', 'PT410', 'This invitation has expired: ask the person who sent it for a new one.'),
  ('invalid_invitation', '22023', 'An invitation expires in the future and within a year, and invites 0 to 1,000 people.'),
  ('invitation_survey_version', '22023', 'This invitation is for another version of the survey: reload the page.');

-- functions
create or replace function private.token_in_use(hash bytea)
returns boolean
language sql
stable
set search_path = ''
as $$
  select exists (select from private.responses r where r.report_token_hash = hash)
      or exists (select from private.share_links l where l.token_hash = hash)
      or exists (select from private.drafts d where d.token_hash = hash)
      or exists (select from private.workspaces w where w.key_hash = hash)
      or exists (select from private.invitations i where i.token_hash = hash);
$$;
comment on function private.token_in_use(bytea) is
  'Whether any report, share, draft, workspace or invitation token already has this hash.';

-- The one place that says which workspace is calling. Hosted, bound to Supabase Auth, this would be
-- `select w.id from private.workspaces w where w.owner = auth.uid()` (see README).
create function private.calling_workspace(workspace_key text)
returns uuid
language plpgsql
stable
set search_path = ''
as $$
declare
  workspace uuid;
begin
  select w.id into workspace from private.workspaces w where w.key_hash = private.token_hash(workspace_key);
  if not found then
    perform private.raise_api_error('unknown_workspace');
  end if;
  return workspace;
end;
$$;
comment on function private.calling_workspace(text) is
  'The workspace whose key this is; unknown_workspace (404) otherwise. The only resolver of a consultant caller.';

create function private.workspace_organisation(workspace_key text, organisation_id uuid)
returns private.client_organisations
language plpgsql
stable
set search_path = ''
as $$
declare
  organisation private.client_organisations;
begin
  select * into organisation from private.client_organisations o
  where o.id = workspace_organisation.organisation_id and o.workspace_id = private.calling_workspace(workspace_key);
  if not found then
    perform private.raise_api_error('unknown_organisation');
  end if;
  return organisation;
end;
$$;
comment on function private.workspace_organisation(text, uuid) is
  'A client organisation of the calling workspace; unknown_organisation (404) for any other, existing or not.';

-- The one place that says which invitation is calling.
create function private.open_invitation(invitation_token text)
returns private.invitations
language plpgsql
stable
set search_path = ''
as $$
declare
  invitation private.invitations;
begin
  select * into invitation from private.invitations i where i.token_hash = private.token_hash(invitation_token);
  if not found then
    perform private.raise_api_error('unknown_invitation');
  end if;
  if invitation.closed_at is not null
     or exists (
       select from private.client_organisations o
       where o.id = invitation.organisation_id and o.archived_at is not null
     ) then
    perform private.raise_api_error('invitation_closed');
  end if;
  if invitation.expires_at is not null and invitation.expires_at <= now() then
    perform private.raise_api_error('invitation_expired');
  end if;
  return invitation;
end;
$$;
comment on function private.open_invitation(text) is
  'The open invitation of this token; unknown_invitation (404), invitation_closed or invitation_expired (410).';

create function private.checked_organisation_name(name text)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  trimmed text := pg_catalog.btrim(name);
begin
  if trimmed is null or pg_catalog.char_length(trimmed) not between 1 and 200 or trimmed ~ '[[:cntrl:]]' then
    perform private.raise_api_error('invalid_organisation_name');
  end if;
  return trimmed;
end;
$$;

create function private.check_organisation_segment(segment jsonb, spec jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  attribute text;
begin
  if segment is null or pg_catalog.jsonb_typeof(segment) <> 'object'
     or (select count(*) from pg_catalog.jsonb_object_keys(segment)) <> 4 then
    perform private.raise_api_error('invalid_organisation_segment');
  end if;
  foreach attribute in array array['industry', 'company_size', 'region', 'business_model'] loop
    if pg_catalog.jsonb_typeof(segment -> attribute) is distinct from 'string'
       or not (spec -> 'questions' -> attribute -> 'options') ? (segment ->> attribute) then
      perform private.raise_api_error('invalid_organisation_segment', attribute);
    end if;
  end loop;
end;
$$;
comment on function private.check_organisation_segment(jsonb, jsonb) is
  'Refuses a segment that is not exactly industry, company_size, region and business_model, each one of its options.';

create function private.check_invitation(expires_at timestamptz, invited integer)
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if (expires_at is not null and (expires_at <= now() or expires_at > now() + interval '1 year'))
     or (invited is not null and invited not between 0 and 1000) then
    perform private.raise_api_error('invalid_invitation');
  end if;
end;
$$;

-- the agreement of one dimension's scores: src/lib/agreement/agreement.ts, compared by a test. The
-- label compares exactly: AD_M = Σ|n·x − S| / n², so AD_M ≤ 50/3 ⇔ 3·Σ|n·x − S| ≤ 50·n².
-- No `set search_path`: every name is qualified or a built-in, and a SET clause would cost each of the
-- workspace list's calls (one per organisation) a configuration save and restore.
create function private.score_agreement(scores numeric[])
returns jsonb
language sql
immutable
as $$
  with v as (select x from pg_catalog.unnest(scores) as x where x is not null),
  s as (
    select pg_catalog.count(*)::integer as n, coalesce(pg_catalog.sum(x), 0) as total,
           pg_catalog.min(x) as lo, pg_catalog.max(x) as hi
    from v
  ),
  d as (select s.*, (select coalesce(pg_catalog.sum(pg_catalog.abs(s.n * v.x - s.total)), 0) from v) as spread from s)
  select case
    when d.n < 2 then pg_catalog.jsonb_build_object('kind', 'none', 'respondents', d.n)
    when d.n = 2 then pg_catalog.jsonb_build_object(
      'kind', 'pair', 'respondents', 2, 'aligned', 3 * d.spread <= 50 * d.n * d.n)
    else pg_catalog.jsonb_build_object(
      'kind', 'spread', 'respondents', d.n, 'min', d.lo, 'max', d.hi,
      'adM', pg_catalog.round(d.spread / (d.n * d.n), 1),
      'label', case when 3 * d.spread <= 50 * d.n * d.n then 'aligned'
                    when d.spread <= 25 * d.n * d.n then 'partlyAligned'
                    else 'divided' end)
  end
  from d;
$$;
comment on function private.score_agreement(numeric[]) is
  'Agreement of scores (nulls left out): none below 2, only aligned or not for 2, min, max, AD_M and label from 3.';

create function private.combined_scores(organisation_id uuid, statuses text[])
returns table (dimension text, score numeric, stage integer, scores numeric[])
language sql
stable
set search_path = ''
as $$
  -- one row per dimension, staged by the organisation's own model (its respondents answer its version)
  with model as (
    select v.scoring_model from private.client_organisations o
    join private.survey_versions v on v.version = o.survey_version
    where o.id = combined_scores.organisation_id
  )
  select s.dimension,
         pg_catalog.round(avg(s.score), 1),
         private.stage_for((select m.scoring_model from model m), pg_catalog.round(avg(s.score), 1)),
         array_agg(s.score)
  from private.responses r
  join private.response_scores s on s.response_id = r.id
  where r.organisation_id = combined_scores.organisation_id and r.pool_status = any (statuses)
  group by s.dimension;
$$;
comment on function private.combined_scores(uuid, text[]) is
  'Per dimension and overall: the mean of the respondents'' scores (one decimal), its stage, and the scores '
  'themselves (for the agreement only, never returned to a caller).';

create function private.refresh_combined_result(organisation_id uuid)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
  organisation private.client_organisations;
  previous uuid;
  previous_response uuid;
  result uuid;
  counted integer;
  entry_pool text;
begin
  select * into organisation from private.client_organisations o where o.id = refresh_combined_result.organisation_id;
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(organisation.id::text, 0));
  select o.combined_result_id, o.response_id into previous, previous_response from private.organisation_results o
  where o.organisation_id = organisation.id for update;
  select count(*), min(r.pool) into counted, entry_pool from private.responses r
  where r.organisation_id = organisation.id and r.pool_status = 'counted';
  if counted = 0 then
    delete from private.organisation_results o where o.organisation_id = organisation.id;
  else
    insert into private.combined_results (organisation_id, pool, industry, company_size, region, business_model, respondents)
    values (organisation.id, entry_pool, organisation.industry, organisation.company_size, organisation.region,
            organisation.business_model, counted)
    returning id into result;
    insert into private.combined_result_scores (result_id, dimension, score, stage)
    select result, c.dimension, c.score, c.stage from private.combined_scores(organisation.id, array['counted']) c;
    insert into private.organisation_results (organisation_id, combined_result_id)
    values (organisation.id, result)
    on conflict on constraint organisation_results_pkey do update set combined_result_id = excluded.combined_result_id, response_id = null;
  end if;
  insert into private.rollup_queue (combined_result_id, delta)
  select previous, -1 where previous is not null
  union all
  select result, 1 where result is not null;
  -- a response counted under the organisation's id on its own (never by the API: submit_response
  -- refuses a client organisation's id) would otherwise stay in the pool beside the combined result
  insert into private.rollup_queue (response_id, delta)
  select previous_response, -1 where previous_response is not null;
end;
$$;
comment on function private.refresh_combined_result(uuid) is
  'Recomputes a client organisation''s pooled result from its counted respondents and queues the swap '
  '(the organisation still counts once).';

-- as in 20261202002050, reading pool entries (responses or combined results) instead of responses
create or replace function private.apply_queued_rollups()
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
  k integer := (select s.anonymity_k from private.settings s);
  stamp bigint;
  release bigint;
  held integer;
  admitted bigint[];
  applied integer;
  changed_pool text;
begin
  if not exists (select from private.rollup_queue) then
    return 0;
  end if;
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('private.apply_queued_rollups')::bigint);

  drop table if exists pg_temp.queue_touches;
  create temp table queue_touches on commit drop as
  select q.id as queue_id, r.pool, r.organisation_id, g.attribute, g.value, true as admitted
  from private.rollup_queue q
  cross join lateral (
    select e.pool, e.organisation_id, e.industry, e.company_size, e.region, e.business_model
    from private.pool_entries e where e.id = coalesce(q.response_id, q.combined_result_id)
  ) r
  cross join lateral (
    values ('all', '*'), ('industry', r.industry), ('company_size', r.company_size),
           ('region', r.region), ('business_model', r.business_model)
  ) as g(attribute, value);
  loop
    with small as (
      select t.pool, t.attribute, t.value
      from pg_temp.queue_touches t
      where t.admitted
      group by t.pool, t.attribute, t.value
      having count(distinct t.organisation_id) < k
    ),
    waiting as (
      select distinct t.pool, t.organisation_id
      from pg_temp.queue_touches t
      join small s on s.pool = t.pool and s.attribute = t.attribute and s.value = t.value
      where t.admitted
    )
    update pg_temp.queue_touches t set admitted = false
    from waiting w
    where w.pool = t.pool and w.organisation_id = t.organisation_id and t.admitted;
    get diagnostics held = row_count;
    exit when held = 0;
  end loop;
  admitted := array(select distinct t.queue_id from pg_temp.queue_touches t where t.admitted);
  if pg_catalog.cardinality(admitted) = 0 then
    drop table pg_temp.queue_touches;
    return 0;
  end if;

  stamp := pg_catalog.nextval('private.rollup_versions');
  with taken as (
    delete from private.rollup_queue q where q.id = any (admitted)
    returning q.id, coalesce(q.response_id, q.combined_result_id) as entry_id, q.delta
  ),
  taken_responses as materialized (
    select t.id, t.entry_id, t.delta, r.*
    from taken t
    cross join lateral (
      select e.pool, e.industry, e.company_size, e.region, e.business_model
      from private.pool_entries e where e.id = t.entry_id
      offset 0
    ) r
  ),
  taken_scores as materialized (
    select t.id, s.dimension, s.score_tenths
    from taken t
    cross join lateral (
      select s.dimension, (s.score * 10)::smallint as score_tenths
      from private.pool_entry_scores s where s.entry_id = t.entry_id and s.score is not null
      offset 0
    ) s
  ),
  segments as materialized (
    select t.id, t.delta, t.pool,
           case when mask & 1 > 0 then t.industry else '*' end as industry,
           case when mask & 2 > 0 then t.company_size else '*' end as company_size,
           case when mask & 4 > 0 then t.region else '*' end as region,
           case when mask & 8 > 0 then t.business_model else '*' end as business_model
    from taken_responses t, pg_catalog.generate_series(0, 15) as mask
  ),
  sizes as (
    insert into private.segment_sizes as s (pool, industry, company_size, region, business_model, organisations, version)
    select g.pool, g.industry, g.company_size, g.region, g.business_model, sum(g.delta), stamp
    from segments g
    group by g.pool, g.industry, g.company_size, g.region, g.business_model
    on conflict (pool, industry, company_size, region, business_model)
      do update set organisations = s.organisations + excluded.organisations, version = excluded.version
  ),
  bins as (
    insert into private.segment_score_bins as b
      (pool, industry, company_size, region, business_model, dimension, score_tenths, organisations)
    select g.pool, g.industry, g.company_size, g.region, g.business_model, c.dimension, c.score_tenths,
           sum(g.delta)
    from segments g
    join taken_scores c on c.id = g.id
    group by g.pool, g.industry, g.company_size, g.region, g.business_model, c.dimension, c.score_tenths
    having sum(g.delta) <> 0
    on conflict (pool, industry, company_size, region, business_model, dimension, score_tenths)
      do update set organisations = b.organisations + excluded.organisations
  ),
  stage_counts as (
    insert into private.group_stage_counts as c (pool, attribute, value, dimension, band, organisations)
    select t.pool, g.attribute, g.value, d.dimension, d.band, sum(t.delta)
    from taken_responses t
    cross join lateral (
      values ('all', '*'), ('industry', t.industry), ('company_size', t.company_size),
             ('region', t.region), ('business_model', t.business_model)
    ) as g(attribute, value)
    cross join lateral (
      select s.dimension,
             case when s.score is null then 0 else least(5, pg_catalog.floor(s.score / 20)::integer + 1) end as band
      from private.pool_entry_scores s where s.entry_id = t.entry_id
      offset 0
    ) as d
    group by t.pool, g.attribute, g.value, d.dimension, d.band
    having sum(t.delta) <> 0
    on conflict on constraint group_stage_counts_pkey
      do update set organisations = c.organisations + excluded.organisations
  )
  select count(*)::integer into applied from taken;

  insert into private.benchmark_releases (organisations)
  select count(distinct t.organisation_id) from pg_temp.queue_touches t where t.admitted
  returning id into release;
  for changed_pool in select distinct t.pool from pg_temp.queue_touches t where t.admitted loop
    perform private.refresh_released_cells(changed_pool, release);
  end loop;
  drop table pg_temp.queue_touches;
  return applied;
end;
$$;

-- an operator admitting a held respondent of a client organisation recomputes its combined result
create or replace function private.admit_response(response_id uuid)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
  response private.responses;
begin
  select * into response from private.responses r where r.id = admit_response.response_id for update;
  if not found or response.pool_status not in ('held', 'rejected') then
    raise exception 'Response % is not held or rejected.', admit_response.response_id;
  end if;
  if exists (select from private.client_organisations o where o.id = response.organisation_id) then
    update private.responses r set pool_status = 'counted' where r.id = response.id;
    perform private.refresh_combined_result(response.organisation_id);
    return;
  end if;
  if exists (
    select from private.organisation_results o join private.responses r on r.id = o.response_id
    where o.organisation_id = response.organisation_id and r.submitted_at > response.submitted_at
  ) then
    raise exception 'A newer result of the same organisation is already counted; admitting % would replace it.',
      admit_response.response_id;
  end if;
  update private.responses r set pool_status = 'counted' where r.id = response.id;
  perform private.count_in_benchmarks(response.id);
end;
$$;
