-- Rollup upkeep leaves the submission. Adding one organisation to the rollups
-- is 16 segment sizes and 112 score bins, one index probe and one row
-- version each: at 1M organisations about 4 ms and 45 KB of WAL, half of a
-- submission. A submission now queues its change (a row per result added or
-- removed), and the queue is applied in one statement, summing the deltas
-- per segment and per bin:
--   - by every report before it reads the rollups, so a report always counts
--     every result committed before it (the submitter's own included);
--   - by a job a few seconds after a submission at the latest: the local
--     stack's timer, or pg_cron where it is installed (hosted Supabase).
-- Applying takes a transaction-level advisory lock, so a report that waits
-- for another one's apply sees its result once it commits.

-- tables
create table private.rollup_queue (
  id bigint generated always as identity primary key,
  -- on delete cascade: tests truncate responses; no product path deletes a counted response
  response_id uuid not null references private.responses (id) on delete cascade,
  delta smallint not null check (delta in (-1, 1)),
  queued_at timestamptz not null default now()
);
comment on table private.rollup_queue is
  'Results added to (delta 1) or removed from (delta -1) the benchmarks whose rollups are not yet updated.';

alter table private.rollup_queue enable row level security;

-- functions
create function private.apply_queued_rollups()
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
  stamp bigint;
  applied integer;
begin
  -- the common case: nothing queued, no lock
  if not exists (select from private.rollup_queue) then
    return 0;
  end if;
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('private.apply_queued_rollups')::bigint);
  stamp := pg_catalog.nextval('private.rollup_versions');
  -- one statement: take the queue, sum its deltas per segment and per bin, upsert each once.
  -- Each queued change looks up its response and scores by key (`offset 0` keeps the lookups
  -- per change: estimating the queue as large, the planner would otherwise scan all responses).
  with taken as (
    delete from private.rollup_queue q returning q.id, q.response_id, q.delta
  ),
  taken_responses as materialized (
    select t.id, t.delta, r.*
    from taken t
    cross join lateral (
      select r.pool, r.industry, r.company_size, r.region, r.business_model
      from private.responses r where r.id = t.response_id
      offset 0
    ) r
  ),
  taken_scores as materialized (
    select t.id, s.dimension, s.score_tenths
    from taken t
    cross join lateral (
      select s.dimension, (s.score * 10)::smallint as score_tenths
      from private.response_scores s where s.response_id = t.response_id and s.score is not null
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
    -- a segment whose size nets to zero may still have changed bins (a replaced result): stamp it too
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
  )
  select count(*)::integer into applied from taken;
  return applied;
end;
$$;
comment on function private.apply_queued_rollups() is
  'Applies and empties the rollup queue; returns the number of queued changes applied. Reports call it first.';

create or replace function private.count_in_benchmarks(response_id uuid)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  organisation uuid;
  previous uuid;
begin
  select r.organisation_id into organisation from private.responses r where r.id = count_in_benchmarks.response_id;
  select o.response_id into previous from private.organisation_results o where o.organisation_id = organisation
  for update;
  insert into private.organisation_results (organisation_id, response_id)
  values (organisation, count_in_benchmarks.response_id)
  on conflict (organisation_id) do update set response_id = excluded.response_id;
  insert into private.rollup_queue (response_id, delta)
  select previous, -1 where previous is not null
  union all
  select count_in_benchmarks.response_id, 1;
end;
$$;
comment on function private.count_in_benchmarks(uuid) is
  'Makes a scored response its organisation''s current result, replacing the previous one; queues the rollup change.';

create or replace function private.response_benchmark_report(response private.responses, segment jsonb)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
  spec jsonb := (select v.answer_spec from private.survey_versions v where v.version = response.survey_version);
  chosen jsonb := private.checked_segment(segment, spec);
  k integer := (select s.anonymity_k from private.settings s);
  own_scores jsonb := (
    select pg_catalog.jsonb_object_agg(s.dimension, s.score)
    from private.response_scores s
    where s.response_id = response.id
  );
begin
  perform private.apply_queued_rollups();
  return pg_catalog.jsonb_build_object(
    'response', private.response_summary(response)
      || pg_catalog.jsonb_build_object('answers', response.answers),
    'anonymityK', k,
    'pool', response.pool,
    'wholePool', private.group_benchmark(response.pool, '{}', own_scores, spec, k),
    'segment', case when chosen = '{}' then null
                    else private.group_benchmark(response.pool, chosen, own_scores, spec, k) end
  );
end;
$$;

-- adjust_rollups (one result at a time) and its response_segments have no caller left
drop function private.adjust_rollups(uuid, integer);
drop function private.response_segments(uuid);

-- jobs: where pg_cron is installed (hosted Supabase), apply the queue every 5 seconds;
-- the local stack runs its own timer (stack/rollup-applier.ts)
do $$
begin
  if exists (select from pg_catalog.pg_namespace where nspname = 'cron') then
    execute $job$select cron.schedule('apply-queued-rollups', '5 seconds', 'select private.apply_queued_rollups()')$job$;
  end if;
end;
$$;
