-- Pool integrity: a peer pool that scripts cannot flood.
--
-- 1. Proof of work (ALTCHA-style, checked here, so it works the same on
--    hosted Supabase): api.submission_challenge() issues {salt, challenge =
--    hex sha256(salt || number)} for a secret number drawn at random in
--    [0, maxnumber]; api.submit_response needs {salt, number}, unexpired and
--    used once (consumed with one guarded update).
-- 2. Rate limits on submissions, draft saves and challenges: per client (a
--    hash of the forwarded address, resolved in private.client_key() alone)
--    and a global ceiling, each an atomic fixed-window counter (one upsert
--    that returns the new count). Refusals: rate_limited, HTTP 429, details
--    = seconds until the window ends.
-- 3. Quality checks before a response joins the live pool: speeding
--    (from the server's own record of when the draft started), straight-lining
--    across the matrices (long-string index), duplicate answer sets from one
--    client within a day. A flagged response is stored and scored and has its
--    report, but is held outside the benchmarks with its reasons until an
--    operator admits or rejects it (private.admit_response / reject_response).
--    A retake that names an earlier report of this browser counts as the same
--    organisation and replaces its earlier result.
-- 4. Drafts expire 30 days after their last save (load_draft refuses them;
--    upkeep deletes them with the spent challenges, windows and duplicate
--    memory).
-- Every threshold lives in private.pool_integrity_settings (one row).

-- tables
create table private.pool_integrity_settings (
  id boolean primary key default true check (id),
  -- Chromium's Web Crypto hashed 40,000 to 100,000 a second on the 2-core bench machine, busy or idle
  -- (bench/flooding.ts measures it); a solve tries half of the range on average: 30,000 costs 0.15 to
  -- 0.4 s there, and a phone a few times slower still stays near a second
  proof_max_number integer not null default 30000 check (proof_max_number between 0 and 100000000),
  proof_lifetime interval not null default '15 minutes' check (proof_lifetime > interval '0'),
  rate_window interval not null default '1 hour' check (rate_window >= interval '1 second'),
  client_submissions integer not null default 20 check (client_submissions >= 0),
  global_submissions integer not null default 2000 check (global_submissions >= 0),
  client_draft_saves integer not null default 300 check (client_draft_saves >= 0),
  global_draft_saves integer not null default 30000 check (global_draft_saves >= 0),
  client_challenges integer not null default 100 check (client_challenges >= 0),
  global_challenges integer not null default 10000 check (global_challenges >= 0),
  seconds_per_item numeric not null default 1.5 check (seconds_per_item >= 0),
  median_fraction numeric not null default 0.3333 check (median_fraction between 0 and 1),
  median_min_responses integer not null default 30 check (median_min_responses >= 1),
  longstring_min_matrix integer not null default 5 check (longstring_min_matrix >= 2),
  duplicate_window interval not null default '24 hours' check (duplicate_window >= interval '0'),
  draft_lifetime interval not null default '30 days' check (draft_lifetime > interval '0')
);
comment on table private.pool_integrity_settings is
  'Pool integrity thresholds (one row): proof-of-work difficulty and lifetime, rate limits per window, '
  'quality-check thresholds, draft lifetime. See the methodology page for the reasons of each value.';
insert into private.pool_integrity_settings default values;

create table private.work_challenges (
  salt text primary key check (salt ~ '^[0-9a-f]{32}$'),
  challenge text not null check (challenge ~ '^[0-9a-f]{64}$'),
  max_number integer not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
comment on table private.work_challenges is
  'Issued proof-of-work challenges: challenge = hex sha256(salt || secret number); single use, expiring.';
create index work_challenges_expires_idx on private.work_challenges (expires_at);

create table private.rate_counters (
  bucket text not null check (bucket in ('submission', 'draft_save', 'challenge')),
  -- sha256 of the client address; the global counter of a bucket has the empty key
  client_key bytea not null,
  window_start timestamptz not null,
  calls integer not null,
  primary key (bucket, client_key, window_start)
);
comment on table private.rate_counters is
  'Fixed-window call counters per bucket and client key (empty key: all clients); old windows removed by upkeep.';
create index rate_counters_window_idx on private.rate_counters (window_start);

create table private.recent_submissions (
  response_id uuid primary key references private.responses (id) on delete cascade,
  client_key bytea not null,
  answers_hash bytea not null,
  organisation_id uuid not null,
  submitted_at timestamptz not null default now()
);
comment on table private.recent_submissions is
  'The duplicate check''s short memory: which client sent which answer set, kept for the duplicate window only, '
  'so no address hash stays with a response.';
create index recent_submissions_lookup_idx on private.recent_submissions (client_key, answers_hash);
create index recent_submissions_time_idx on private.recent_submissions (submitted_at);

alter table private.responses
  add column pool_status text not null default 'counted' check (pool_status in ('counted', 'held', 'rejected')),
  add column quality_flags text[] not null default '{}',
  add column duration_seconds numeric;
comment on column private.responses.pool_status is
  'counted: in the benchmarks; held: flagged, waiting for an operator; rejected: kept out for good.';
comment on column private.responses.quality_flags is
  'Why a response was held: speeding, no_timing, straight_lining, duplicate.';
comment on column private.responses.duration_seconds is
  'Seconds from the server''s first save of the draft to the submission (null without a draft).';
create index responses_counted_durations_idx on private.responses (submitted_at desc)
  where pool = 'live' and pool_status = 'counted' and duration_seconds is not null;
create index responses_held_idx on private.responses (submitted_at) where pool_status = 'held';

alter table private.drafts add column started_at timestamptz;
update private.drafts set started_at = updated_at;
alter table private.drafts alter column started_at set not null, alter column started_at set default now();
comment on column private.drafts.started_at is 'When the draft was first saved; never updated (the speeding check''s start).';
create index drafts_updated_idx on private.drafts (updated_at);

alter table private.pool_integrity_settings enable row level security;
alter table private.work_challenges enable row level security;
alter table private.rate_counters enable row level security;
alter table private.recent_submissions enable row level security;

insert into private.api_errors (code, sqlstate, message) values
  ('invalid_proof', '22023', 'This submission needs a solved challenge: request a new one and solve it.'),
  ('expired_proof', 'PT410', 'This challenge has expired or was already used: request a new one.'),
  ('rate_limited', 'PT429', 'Too many requests from this connection: details say in how many seconds to try again.'),
  ('expired_draft', 'PT410', 'This saved assessment has expired: drafts are kept 30 days after their last save.');

-- functions
create function private.pool_integrity_settings()
returns private.pool_integrity_settings
language sql
stable
set search_path = ''
as $$
  select s from private.pool_integrity_settings s;
$$;
comment on function private.pool_integrity_settings() is 'The one row of pool integrity settings.';

-- The one place that names the caller. PostgREST exposes the request headers; the local proxy
-- (stack/rest-proxy.ts) overwrites X-Forwarded-For with the socket's address, so its first
-- entry is the caller. Behind another gateway, rebind this function to the header that gateway
-- sets and a client cannot forge.
create function private.client_key()
returns bytea
language plpgsql
stable
set search_path = ''
as $$
declare
  headers json := nullif(pg_catalog.current_setting('request.headers', true), '')::json;
  address text := pg_catalog.btrim(pg_catalog.split_part(coalesce(headers ->> 'x-forwarded-for', ''), ',', 1));
  network text;
begin
  -- an IPv6 host usually holds a whole /64 and can use any address in it: key it by that network
  begin
    network := case when pg_catalog.family(address::inet) = 6
                    then pg_catalog.network(pg_catalog.set_masklen(address::inet, 64))::text
                    else pg_catalog.host(address::inet) end;
  exception when invalid_text_representation then
    network := nullif(address, '');
  end;
  return pg_catalog.sha256(pg_catalog.convert_to(coalesce(network, 'unknown'), 'UTF8'));
end;
$$;
comment on function private.client_key() is
  'SHA-256 of the caller''s address (first X-Forwarded-For entry; an IPv6 address by its /64; ''unknown'' '
  'without one). Rebind per deployment.';

-- Counts one call of `bucket` for this client and for all clients in the current fixed window;
-- raises rate_limited (details: seconds until the window ends) past either limit. The counter is
-- one upsert returning the new count, so concurrent calls can never both see room for one more.
-- A refused call rolls back, so it does not use up the window.
create function private.count_call(bucket text, client_limit integer, global_limit integer)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
  window_length interval := (private.pool_integrity_settings()).rate_window;
  seconds double precision := pg_catalog.date_part('epoch', window_length);
  started timestamptz := pg_catalog.to_timestamp(
    pg_catalog.floor(pg_catalog.date_part('epoch', pg_catalog.statement_timestamp()) / seconds) * seconds
  );
  retry_after integer := pg_catalog.ceil(
    pg_catalog.date_part('epoch', started + window_length - pg_catalog.statement_timestamp())
  )::integer;
  used integer;
begin
  if client_limit is not null then
    insert into private.rate_counters as c (bucket, client_key, window_start, calls)
    values (count_call.bucket, private.client_key(), started, 1)
    on conflict on constraint rate_counters_pkey do update set calls = c.calls + 1
    returning c.calls into used;
    if used > client_limit then
      perform private.raise_api_error('rate_limited', greatest(retry_after, 1)::text);
    end if;
  end if;
  if global_limit is null then
    return;
  end if;
  insert into private.rate_counters as c (bucket, client_key, window_start, calls)
  values (count_call.bucket, ''::bytea, started, 1)
  on conflict on constraint rate_counters_pkey do update set calls = c.calls + 1
  returning c.calls into used;
  if used > global_limit then
    perform private.raise_api_error('rate_limited', greatest(retry_after, 1)::text);
  end if;
end;
$$;
comment on function private.count_call(text, integer, integer) is
  'Atomic fixed-window rate limit per client and overall (a null limit skips that counter); raises '
  'rate_limited with the seconds left as details. The overall counter is one row, locked until commit: '
  'count it last in a transaction, so concurrent calls wait for each other as briefly as possible.';

create function api.submission_challenge()
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  settings private.pool_integrity_settings := private.pool_integrity_settings();
  random_hex text := pg_catalog.replace(pg_catalog.gen_random_uuid()::text, '-', '')
    || pg_catalog.replace(pg_catalog.gen_random_uuid()::text, '-', '');
  new_salt text := pg_catalog.left(random_hex, 32);
  -- 32 random bits of another uuid, reduced to [0, max]
  secret bigint := ('x' || pg_catalog.substr(random_hex, 33, 8))::bit(32)::bigint
    % (settings.proof_max_number::bigint + 1);
  issued private.work_challenges;
begin
  perform private.count_call('challenge', settings.client_challenges, settings.global_challenges);
  insert into private.work_challenges (salt, challenge, max_number, expires_at)
  values (
    new_salt,
    pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(new_salt || secret::text, 'UTF8')), 'hex'),
    settings.proof_max_number,
    now() + settings.proof_lifetime
  )
  returning * into issued;
  return pg_catalog.jsonb_build_object(
    'algorithm', 'SHA-256',
    'challenge', issued.challenge,
    'salt', issued.salt,
    'maxnumber', issued.max_number,
    'expiresAt', issued.expires_at
  );
end;
$$;
comment on function api.submission_challenge() is
  'A proof-of-work challenge for one submission: find number in [0, maxnumber] with hex sha256(salt || number) = challenge.';

-- Spends a solved challenge, once: the guarded update lets exactly one caller take it. Returns
-- null when spent, or the catalogue code of the refusal: expired_proof when a new challenge helps
-- (expired, used or forgotten), invalid_proof when the answer is malformed or wrong.
create function private.spend_proof(proof jsonb)
returns text
language plpgsql
volatile
set search_path = ''
as $$
declare
  given_salt text := proof ->> 'salt';
  given_number text := proof ->> 'number';
begin
  if proof is null or pg_catalog.jsonb_typeof(proof) <> 'object'
     or given_salt is null or given_salt !~ '^[0-9a-f]{32}$'
     or pg_catalog.jsonb_typeof(proof -> 'number') <> 'number'
     or given_number !~ '^(0|[1-9][0-9]{0,8})$' then
    return 'invalid_proof';
  end if;
  update private.work_challenges c set used_at = now()
  where c.salt = given_salt and c.used_at is null and c.expires_at > now()
    and given_number::bigint <= c.max_number
    and c.challenge = pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(c.salt || given_number, 'UTF8')), 'hex');
  if found then
    return null;
  end if;
  if exists (
    select from private.work_challenges c
    where c.salt = given_salt and c.used_at is null and c.expires_at > now()
  ) then
    return 'invalid_proof';
  end if;
  return 'expired_proof';
end;
$$;
comment on function private.spend_proof(jsonb) is
  'Marks a correctly solved, unexpired, unused challenge as used (null); else invalid_proof or expired_proof.';

-- Quality rules (the same rules in TypeScript: src/lib/pool-integrity/quality-checks.ts).
create function private.answered_items(answers jsonb)
returns integer
language sql
immutable
set search_path = ''
as $$
  select coalesce(pg_catalog.sum(
    case pg_catalog.jsonb_typeof(a.value)
      when 'object' then (select pg_catalog.count(*) from pg_catalog.jsonb_object_keys(a.value))
      when 'array' then case when pg_catalog.jsonb_array_length(a.value) > 0 then 1 else 0 end
      when 'string' then case when pg_catalog.btrim(a.value #>> '{}') <> '' then 1 else 0 end
      else 0
    end
  ), 0)::integer
  from pg_catalog.jsonb_each(answers) as a;
$$;
comment on function private.answered_items(jsonb) is
  'Answered items: each matrix row, each non-empty choice list, each non-empty text or single answer.';

-- The matrix items as column positions, matrices in the order of their question names, rows in
-- display order; unanswered rows are left out.
create function private.matrix_positions(spec jsonb, answers jsonb)
returns table (matrix text, matrix_rows integer, item integer, col integer)
language sql
immutable
set search_path = ''
as $$
  select q.key, pg_catalog.jsonb_array_length(q.value -> 'rows'),
         (pg_catalog.row_number() over (order by q.key collate "C", r.ordinality))::integer,
         c.ordinality::integer
  from pg_catalog.jsonb_each(spec -> 'questions') as q
  cross join lateral pg_catalog.jsonb_array_elements_text(q.value -> 'rows') with ordinality as r(row_id, ordinality)
  join lateral pg_catalog.jsonb_array_elements_text(q.value -> 'columns') with ordinality as c(column_id, ordinality)
    on c.column_id = answers -> q.key ->> r.row_id
  where q.value ->> 'type' = 'matrix';
$$;

-- The careless package's long-string index (longest run of identical consecutive answers) over the
-- matrix items, and whether it flags straight-lining: the run covers every matrix item, and some
-- matrix has at least `min_matrix` rows.
create function private.longstring(spec jsonb, answers jsonb, min_matrix integer)
returns table (longest integer, items integer, flagged boolean)
language sql
immutable
set search_path = ''
as $$
  with positions as (
    select p.col, p.item - pg_catalog.row_number() over (partition by p.col order by p.item) as run
    from private.matrix_positions(spec, answers) as p
  ),
  runs as (
    select pg_catalog.count(*)::integer as length from positions p group by p.col, p.run
  ),
  totals as (
    select pg_catalog.count(*)::integer as items, coalesce(pg_catalog.max(p.matrix_rows), 0) as widest
    from private.matrix_positions(spec, answers) as p
  )
  select coalesce((select pg_catalog.max(length) from runs), 0), t.items,
         t.items > 0 and (select pg_catalog.max(length) from runs) = t.items and t.widest >= min_matrix
  from totals t;
$$;
comment on function private.longstring(jsonb, jsonb, integer) is
  'Long-string index over the matrix items (column positions) and the straight-lining flag.';

-- Adjacent items in the same column that are not consecutive items would break a run: the run
-- key item - row_number within a column is constant exactly along consecutive items.

create function private.speeding_flags(seconds numeric, answered integer)
returns text[]
language plpgsql
stable
set search_path = ''
as $$
declare
  settings private.pool_integrity_settings := private.pool_integrity_settings();
  recent integer;
  median numeric;
begin
  if seconds is null then
    -- nothing to time from: a speeding concern only while speeding is checked
    return case when settings.seconds_per_item > 0 or settings.median_fraction > 0 then array['no_timing']
                else '{}'::text[] end;
  end if;
  if seconds < settings.seconds_per_item * answered then
    return array['speeding'];
  end if;
  select pg_catalog.count(*), pg_catalog.percentile_cont(0.5) within group (order by d.duration_seconds::float8)
  into recent, median
  from (
    select r.duration_seconds from private.responses r
    where r.pool = 'live' and r.pool_status = 'counted' and r.duration_seconds is not null
    order by r.submitted_at desc
    limit 1000
  ) d;
  if recent >= settings.median_min_responses and seconds < settings.median_fraction * median then
    return array['speeding'];
  end if;
  return '{}';
end;
$$;
comment on function private.speeding_flags(numeric, integer) is
  'speeding: faster than the per-item floor, or (with enough counted durations) than a fraction of the median '
  'of the latest 1,000; no_timing: no draft record to time from.';

create function private.expire_drafts()
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
  removed integer;
begin
  delete from private.drafts d where d.updated_at < now() - (private.pool_integrity_settings()).draft_lifetime;
  get diagnostics removed = row_count;
  return removed;
end;
$$;
comment on function private.expire_drafts() is 'Deletes drafts not saved within the draft lifetime; returns how many.';

create function private.pool_integrity_upkeep()
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
  settings private.pool_integrity_settings := private.pool_integrity_settings();
  removed integer;
  total integer := private.expire_drafts();
begin
  delete from private.work_challenges c where c.expires_at < now() - interval '1 hour';
  get diagnostics removed = row_count;
  total := total + removed;
  delete from private.rate_counters c where c.window_start < now() - settings.rate_window;
  get diagnostics removed = row_count;
  total := total + removed;
  delete from private.recent_submissions s where s.submitted_at < now() - settings.duplicate_window;
  get diagnostics removed = row_count;
  return total + removed;
end;
$$;
comment on function private.pool_integrity_upkeep() is
  'Expires drafts and forgets spent challenges, past rate windows and the duplicate memory past its window.';

create function private.admit_response(response_id uuid)
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
comment on function private.admit_response(uuid) is
  'Operator: counts a held (or rejected) response in the benchmarks, replacing its organisation''s older result.';

create function private.reject_response(response_id uuid)
returns void
language plpgsql
volatile
set search_path = ''
as $$
begin
  update private.responses r set pool_status = 'rejected'
  where r.id = reject_response.response_id and r.pool_status = 'held';
  if not found then
    raise exception 'Response % is not held.', reject_response.response_id;
  end if;
end;
$$;
comment on function private.reject_response(uuid) is 'Operator: keeps a held response out of the benchmarks for good.';

create function private.held_responses()
returns table (id uuid, submitted_at timestamptz, quality_flags text[], duration_seconds numeric)
language sql
stable
set search_path = ''
as $$
  select r.id, r.submitted_at, r.quality_flags, r.duration_seconds
  from private.responses r where r.pool_status = 'held' order by r.submitted_at;
$$;
comment on function private.held_responses() is
  'Operator: the held responses, oldest first (never names or tokens).';

create or replace function api.save_draft(
  draft_token text, survey_version text, language text, page_number integer, answers jsonb
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  token bytea := private.token_hash(draft_token);
  version private.survey_versions := private.survey_version(survey_version);
  settings private.pool_integrity_settings := private.pool_integrity_settings();
  saved_at timestamptz := now();
begin
  perform private.check_language(language);
  if page_number is null or page_number not between 0 and 100 then
    perform private.raise_api_error('invalid_page');
  end if;
  perform private.validate_answers(version.answer_spec, answers, false);
  if exists (select from private.responses r where r.report_token_hash = token)
     or exists (select from private.share_links l where l.token_hash = token) then
    perform private.raise_api_error('token_in_use');
  end if;
  perform private.count_call('draft_save', settings.client_draft_saves, settings.global_draft_saves);
  insert into private.drafts as d (token_hash, survey_version, language, page_number, answers, updated_at, started_at)
  values (token, version.version, language, page_number, answers, saved_at, saved_at)
  on conflict on constraint drafts_pkey do update
    set survey_version = excluded.survey_version, language = excluded.language,
        page_number = excluded.page_number, answers = excluded.answers, updated_at = excluded.updated_at,
        -- an expired draft saved again starts afresh
        started_at = case when d.updated_at < saved_at - settings.draft_lifetime then excluded.started_at
                          else d.started_at end;
  return pg_catalog.jsonb_build_object('savedAt', saved_at);
end;
$$;

create or replace function api.load_draft(draft_token text)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  draft private.drafts;
begin
  select * into draft from private.drafts d where d.token_hash = private.token_hash(draft_token);
  if not found then
    perform private.raise_api_error('unknown_draft');
  end if;
  if draft.updated_at < now() - (private.pool_integrity_settings()).draft_lifetime then
    perform private.raise_api_error('expired_draft');
  end if;
  return pg_catalog.jsonb_build_object(
    'surveyVersion', draft.survey_version,
    'language', draft.language,
    'pageNumber', draft.page_number,
    'answers', draft.answers,
    'savedAt', draft.updated_at
  );
end;
$$;

-- PostgREST must see one submit_response only
drop function api.submit_response(uuid, text, text, jsonb, text, text);

create function api.submit_response(
  response_id uuid,
  survey_version text,
  language text,
  answers jsonb,
  report_token text,
  draft_token text default null,
  proof jsonb default null,
  previous_report_token text default null
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  settings private.pool_integrity_settings := private.pool_integrity_settings();
  token bytea := private.token_hash(report_token);
  draft bytea := case when draft_token is null then null else private.token_hash(draft_token) end;
  previous bytea := case when previous_report_token is null then null else private.token_hash(previous_report_token) end;
  version private.survey_versions;
  existing private.responses;
  organisation text;
  org_id uuid := response_id;
  started timestamptz;
  duration numeric;
  client bytea := private.client_key();
  digest bytea;
  refusal text;
  flags text[];
  status text;
begin
  if response_id is null then
    perform private.raise_api_error('missing_response_id');
  end if;
  -- a retry of a stored submission needs no new proof and uses no quota
  select * into existing from private.responses r where r.id = response_id;
  if found then
    if existing.report_token_hash = token then
      return pg_catalog.jsonb_build_object(
        'responseId', response_id, 'status', 'already_stored', 'poolStatus', existing.pool_status
      );
    end if;
    perform private.raise_api_error('response_id_in_use');
  end if;

  version := private.survey_version(survey_version);
  perform private.check_language(language);
  perform private.validate_answers(version.answer_spec, answers, true);
  -- The report token is a new capability: not the draft's, nor any other report's, share's or draft's.
  if token = draft
     or exists (select from private.responses r where r.report_token_hash = token)
     or exists (select from private.share_links l where l.token_hash = token)
     or exists (select from private.drafts d where d.token_hash = token) then
    perform private.raise_api_error('token_in_use');
  end if;
  refusal := private.spend_proof(proof);
  if refusal is not null then
    -- a concurrent copy of this submission may have spent the proof and stored it meanwhile
    select * into existing from private.responses r where r.id = response_id;
    if found and existing.report_token_hash = token then
      return pg_catalog.jsonb_build_object(
        'responseId', response_id, 'status', 'already_stored', 'poolStatus', existing.pool_status
      );
    end if;
    perform private.raise_api_error(refusal);
  end if;
  -- the client's counter now (a flood is refused before any work); the overall one last (see count_call)
  perform private.count_call('submission', settings.client_submissions, null);

  -- a retake from a browser that holds an earlier report: the same organisation
  if previous is not null then
    org_id := coalesce(
      (select r.organisation_id from private.responses r where r.report_token_hash = previous and r.pool = 'live'),
      response_id
    );
  end if;
  if draft is not null then
    select d.started_at into started from private.drafts d where d.token_hash = draft;
    duration := pg_catalog.round(pg_catalog.date_part('epoch', now() - started)::numeric, 1);
  end if;
  digest := pg_catalog.sha256(pg_catalog.convert_to((answers - 'organisation_name')::text, 'UTF8'));
  flags := private.speeding_flags(duration, private.answered_items(answers));
  if (select l.flagged from private.longstring(version.answer_spec, answers, settings.longstring_min_matrix) as l) then
    flags := flags || 'straight_lining'::text;
  end if;
  if exists (
    select from private.recent_submissions s
    where s.client_key = client and s.answers_hash = digest and s.organisation_id <> org_id
      and s.submitted_at > now() - settings.duplicate_window
  ) then
    flags := flags || 'duplicate'::text;
  end if;
  status := case when pg_catalog.cardinality(flags) = 0 then 'counted' else 'held' end;

  begin
    insert into private.responses (
      id, organisation_id, survey_version, language, answers, industry, company_size, region, business_model,
      respondent_function, respondent_seniority, report_token_hash, pool_status, quality_flags, duration_seconds
    )
    values (
      response_id, org_id, version.version, language, answers - 'organisation_name',
      answers ->> 'industry', answers ->> 'company_size', answers ->> 'region', answers ->> 'business_model',
      answers ->> 'respondent_function', answers ->> 'respondent_seniority', token, status, flags, duration
    )
    on conflict (id) do nothing;
  exception when unique_violation then
    -- another response took this report token between the check and the insert
    perform private.raise_api_error('token_in_use');
  end;
  if not found then
    -- a concurrent submission of the same response won the race
    return api.submit_response(
      response_id, survey_version, language, answers, report_token, draft_token, proof, previous_report_token
    );
  end if;

  organisation := nullif(pg_catalog.btrim(answers ->> 'organisation_name'), '');
  if organisation is not null then
    insert into private.organisation_names (response_id, name) values (response_id, organisation);
  end if;
  insert into private.response_scores (response_id, dimension, score, stage)
  select response_id, s.dimension, s.score, s.stage
  from private.score_answers(version.scoring_model, answers) as s;
  insert into private.recent_submissions (response_id, client_key, answers_hash, organisation_id)
  values (response_id, client, digest, org_id);
  if status = 'counted' then
    perform private.count_in_benchmarks(response_id);
  end if;

  if draft is not null then
    delete from private.drafts d where d.token_hash = draft;
  end if;
  perform private.count_call('submission', null, settings.global_submissions);
  return pg_catalog.jsonb_build_object('responseId', response_id, 'status', 'stored', 'poolStatus', status);
end;
$$;
comment on function api.submit_response(uuid, text, text, jsonb, text, text, jsonb, text) is
  'Validates, stores and scores a complete response, given a solved challenge (proof {salt, number}) and within '
  'the rate limits; flagged responses are held outside the benchmarks. The same response_id and report_token '
  'again is a no-op. previous_report_token: an earlier report of this browser (a retake of the same organisation).';

-- grants
grant execute on function api.submission_challenge() to anon, authenticated;
grant execute on function api.submit_response(uuid, text, text, jsonb, text, text, jsonb, text) to anon, authenticated;

-- jobs: where pg_cron is installed (hosted Supabase), upkeep every 10 minutes; the local stack
-- runs it from its timer (stack/rollup-applier.ts)
do $$
begin
  if exists (select from pg_catalog.pg_namespace where nspname = 'cron') then
    execute $job$select cron.schedule('pool-integrity-upkeep', '*/10 * * * *', 'select private.pool_integrity_upkeep()')$job$;
  end if;
end;
$$;
