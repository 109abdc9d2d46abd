-- Peer figures that hold against a motivated attacker (issue 12).
--
-- Before: every report read the current rollups, for any combination of
-- attributes, and published exact quartiles, an order-statistic interval of
-- the median and the caller's exact percentile rank. A group of 5 published
-- its members' values; one fake submission made a group of 4 visible and
-- subtractable; two attributes' suppressions could be undone by arithmetic.
--
-- Now three rules, each enforced here:
--   1. Stages, not scores. A peer figure is computed from how many members of
--      a group are at each stage of each dimension (stage = a 20-point band:
--      0-19.9, 20-39.9, 40-59.9, 60-79.9, 80-100) and nothing else. Whatever
--      an attacker combines, a member's score is never known more precisely
--      than its stage. The owner's own score stays exact.
--   2. One attribute at a time. Peer groups are the whole pool and the groups
--      of one attribute value (all retail companies, all companies of 1-49
--      staff); no group combines two attributes. Sums of one-attribute groups
--      cannot isolate any combination of attributes. An attribute is released
--      whole (every group 0 or at least k) or keeps its previous release whole.
--   3. Releases in batches. A new result joins the released figures only in a
--      batch where every group it touches (the pool and its four attribute
--      values) changes by at least k organisations; the others wait. Between
--      two releases every published group therefore changes by 0 or at least k
--      organisations: comparing releases shows a batch of at least k, never one
--      organisation alone (unless the attacker made up the rest of the batch,
--      and then only its stages).
--      The owner's own report is immediate; its peer figures are the released
--      ones.
-- Reports read the released cells only (one small row per group), so they no
-- longer apply the queue or rebuild histograms on the read path.
-- src/lib/benchmark/{stage-statistics,release-batch,anonymity}.ts define the
-- same rules in TypeScript; API tests compare the two.

-- tables
create table private.benchmark_releases (
  id bigint generated always as identity primary key,
  released_at timestamptz not null default now(),
  organisations integer not null check (organisations >= 0)
);
comment on table private.benchmark_releases is
  'Each release of the peer figures: when, and how many organisations'' results it added, replaced or removed.';

create table private.released_cells (
  pool text not null,
  attribute text not null check (attribute in ('all', 'industry', 'company_size', 'region', 'business_model')),
  value text not null,
  organisations integer check (organisations > 0),
  stage_counts jsonb,
  shown_release bigint references private.benchmark_releases (id),
  hidden_reason text check (hidden_reason in ('too_few', 'protects_smaller_group')),
  primary key (pool, attribute, value),
  check ((organisations is null) = (stage_counts is null) and (organisations is null) = (shown_release is null))
);
comment on table private.released_cells is
  'Released peer figures per group (the whole pool: attribute ''all'', value ''*''). organisations and '
  'stage_counts ({dimension: [not scored, stage 1, …, stage 5]}) as last shown, at shown_release; '
  'hidden_reason: why the latest release did not show the group (null: it did).';

create table private.group_stage_counts (
  pool text not null,
  attribute text not null check (attribute in ('all', 'industry', 'company_size', 'region', 'business_model')),
  value text not null,
  dimension text not null,
  band smallint not null check (band between 0 and 5),
  -- no check (>= 0): a removal is an upsert of a negative count (see segment_sizes)
  organisations integer not null,
  primary key (pool, attribute, value, dimension, band)
);
comment on table private.group_stage_counts is
  'Applied results per one-attribute group (and the whole pool), dimension and stage band (0: not scored); '
  'what a release publishes from. Kept up to date by apply_queued_rollups.';

alter table private.benchmark_releases enable row level security;
alter table private.released_cells enable row level security;
alter table private.group_stage_counts enable row level security;

-- functions
create function private.stage_band(score numeric)
returns smallint
language sql
immutable
set search_path = ''
as $$
  select case when score is null then 0 else least(5, pg_catalog.floor(score / 20)::integer + 1) end::smallint;
$$;
comment on function private.stage_band(numeric) is
  'The 20-point stage band of a score: 1 (0-19.9) to 5 (80-100); 0 when not scored.';

create function private.stage_statistics(counts integer[], own_score numeric)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
declare
  -- counts: [not scored, stage 1, …, stage 5]; statistics are over the scored members
  scored integer := counts[2] + counts[3] + counts[4] + counts[5] + counts[6];
  quantiles numeric[] := '{}';
  p numeric;
  target numeric;
  below integer;
  band integer;
  own_band integer;
begin
  -- grouped-data quantiles: members spread evenly within their 20-point band
  foreach p in array array[0.25, 0.5, 0.75] loop
    target := p * scored;
    below := 0;
    band := 1;
    while below + counts[band + 1] < target loop
      below := below + counts[band + 1];
      band := band + 1;
    end loop;
    quantiles := quantiles || round(20 * (band - 1) + 20 * (target - below) / counts[band + 1]);
  end loop;
  own_band := private.stage_band(own_score);
  below := 0;
  for band in 1 .. own_band - 1 loop
    below := below + counts[band + 1];
  end loop;
  return pg_catalog.jsonb_build_object(
    'n', scored,
    'stageCounts', pg_catalog.to_jsonb(counts[2:6]),
    'q1', quantiles[1],
    'median', quantiles[2],
    'q3', quantiles[3],
    'percentileRank', case when own_band = 0 then null else round(
      100 * (below + counts[own_band + 1] * least(1, (own_score - 20 * (own_band - 1)) / 20)) / scored
    ) end
  );
end;
$$;
comment on function private.stage_statistics(integer[], numeric) is
  'Peer statistics from stage counts only (needs at least one scored member): grouped quartiles and the '
  'percentile of own_score, whole points, members spread evenly within their stage.';

create function private.refresh_released_cells(pool text, release bigint)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
  k integer := (select s.anonymity_k from private.settings s);
  attribute_name text;
  small_total integer;
  cell record;
begin
  drop table if exists pg_temp.release_state;
  -- the whole pool and every one-attribute group of the pool, from the rollups
  create temp table release_state on commit drop as
  with per_dimension as (
    select g.attribute, g.value, g.dimension,
           array[
             coalesce(sum(g.organisations) filter (where g.band = 0), 0)::integer,
             coalesce(sum(g.organisations) filter (where g.band = 1), 0)::integer,
             coalesce(sum(g.organisations) filter (where g.band = 2), 0)::integer,
             coalesce(sum(g.organisations) filter (where g.band = 3), 0)::integer,
             coalesce(sum(g.organisations) filter (where g.band = 4), 0)::integer,
             coalesce(sum(g.organisations) filter (where g.band = 5), 0)::integer
           ] as counts,
           sum(g.organisations)::integer as organisations
    from private.group_stage_counts g
    where g.pool = refresh_released_cells.pool
    group by g.attribute, g.value, g.dimension
  )
  select p.attribute, p.value, max(p.organisations) filter (where p.dimension = 'overall') as organisations,
         pg_catalog.jsonb_object_agg(p.dimension, pg_catalog.to_jsonb(p.counts)) as stage_counts,
         case when max(p.organisations) filter (where p.dimension = 'overall') < k then 'too_few' end as hidden_reason
  from per_dimension p
  group by p.attribute, p.value
  having max(p.organisations) filter (where p.dimension = 'overall') > 0;

  -- An attribute is released whole or not at all. When any of its groups holds more than 0 but
  -- fewer than k organisations, none of its groups takes the new state: all keep the figures of one
  -- earlier release (or none), so no sum of shown groups differs from another by a small group, and
  -- a group hidden now is never solved from figures it showed before (review of issue 12).
  foreach attribute_name in array array['industry', 'company_size', 'region', 'business_model'] loop
    if exists (
      select from pg_temp.release_state s where s.attribute = attribute_name and s.hidden_reason is not null
    ) then
      update pg_temp.release_state s set hidden_reason = 'protects_smaller_group'
      where s.attribute = attribute_name and s.hidden_reason is null;
    end if;
  end loop;

  -- shown groups take the new state; a held-back attribute keeps what it last showed, with the reason
  insert into private.released_cells as r
    (pool, attribute, value, organisations, stage_counts, shown_release, hidden_reason)
  select refresh_released_cells.pool, s.attribute, s.value,
         case when s.hidden_reason is null then s.organisations end,
         case when s.hidden_reason is null then s.stage_counts end,
         case when s.hidden_reason is null then release end,
         s.hidden_reason
  from pg_temp.release_state s
  on conflict on constraint released_cells_pkey do update set
    organisations = case when excluded.hidden_reason is null then excluded.organisations else r.organisations end,
    stage_counts = case when excluded.hidden_reason is null then excluded.stage_counts else r.stage_counts end,
    shown_release = case when excluded.hidden_reason is null then excluded.shown_release else r.shown_release end,
    hidden_reason = excluded.hidden_reason;
  -- groups that emptied: nothing to show where their attribute (or the pool) took the new state
  update private.released_cells r
  set organisations = null, stage_counts = null, shown_release = null, hidden_reason = 'too_few'
  where r.pool = refresh_released_cells.pool
    and not exists (select from pg_temp.release_state s where s.attribute = r.attribute and s.value = r.value)
    and not exists (
      select from pg_temp.release_state s
      where s.attribute = r.attribute and s.hidden_reason is not null
    );
  drop table pg_temp.release_state;
end;
$$;
comment on function private.refresh_released_cells(text, bigint) is
  'Publishes a pool''s current rollups as release `release`: the whole pool and each one-attribute group, '
  'by stage counts, with too-small groups and their complements hidden.';

-- Applying the queue now admits a batch: the queued changes of every organisation, except those that
-- touch a group (the pool, or one of its four attribute values) that fewer than k organisations of the
-- batch touch; holding some back can make others' groups small, so it repeats until stable.
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
  join private.responses r on r.id = q.response_id
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
  -- as in 20261123001600, for the admitted changes only
  with taken as (
    delete from private.rollup_queue q where q.id = any (admitted) returning q.id, q.response_id, q.delta
  ),
  taken_responses as materialized (
    select t.id, t.response_id, t.delta, r.*
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
  ,
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
      from private.response_scores s where s.response_id = t.response_id
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
comment on function private.apply_queued_rollups() is
  'Admits the queued changes that form a safe batch (every group they touch changes by at least k '
  'organisations), applies them to the rollups and releases the peer figures; returns the changes applied.';

create function private.release_pool(pool text)
returns bigint
language plpgsql
volatile
set search_path = ''
as $$
declare
  release bigint;
begin
  insert into private.benchmark_releases (organisations)
  select coalesce((
    select s.organisations from private.segment_sizes s
    where s.pool = release_pool.pool and s.industry = '*' and s.company_size = '*' and s.region = '*'
      and s.business_model = '*'
  ), 0)
  returning id into release;
  -- the stage counts of the one-attribute groups, from the segment rollups
  delete from private.group_stage_counts g where g.pool = release_pool.pool;
  insert into private.group_stage_counts (pool, attribute, value, dimension, band, organisations)
  with cells as (
    select case when s.industry <> '*' then 'industry'
                when s.company_size <> '*' then 'company_size'
                when s.region <> '*' then 'region'
                when s.business_model <> '*' then 'business_model'
                else 'all' end as attribute,
           case when s.industry <> '*' then s.industry
                when s.company_size <> '*' then s.company_size
                when s.region <> '*' then s.region
                when s.business_model <> '*' then s.business_model
                else '*' end as value,
           s.organisations, s.industry, s.company_size, s.region, s.business_model
    from private.segment_sizes s
    where s.pool = release_pool.pool and s.organisations > 0
      and (s.industry <> '*')::integer + (s.company_size <> '*')::integer
        + (s.region <> '*')::integer + (s.business_model <> '*')::integer <= 1
  ),
  banded as (
    select c.attribute, c.value, b.dimension, least(5, b.score_tenths / 200 + 1)::smallint as band,
           sum(b.organisations)::integer as organisations
    from cells c
    join private.segment_score_bins b
      on b.pool = release_pool.pool and b.industry = c.industry and b.company_size = c.company_size
     and b.region = c.region and b.business_model = c.business_model
    where b.organisations <> 0
    group by c.attribute, c.value, b.dimension, 4
  ),
  dimensions as (
    select pg_catalog.unnest(
      array['alignment', 'staffing', 'personalization', 'effort', 'brand', 'automation', 'overall']
    ) as dimension
  )
  select release_pool.pool, x.attribute, x.value, x.dimension, x.band, x.organisations from banded x
  union all
  -- not scored: the group's organisations without a score in the dimension
  select release_pool.pool, c.attribute, c.value, d.dimension, 0::smallint,
         c.organisations - coalesce((
           select sum(x.organisations) from banded x
           where x.attribute = c.attribute and x.value = c.value and x.dimension = d.dimension
         ), 0)::integer
  from cells c cross join dimensions d;
  perform private.refresh_released_cells(pool, release);
  return release;
end;
$$;
comment on function private.release_pool(text) is
  'Releases a pool whose rollups were written in bulk (bench; and every pool once, at this migration): '
  'recounts its groups'' stage counts from the rollups, then publishes them whole.';

-- Two results of one organisation counted at once (two retakes, or a retake and an admitted held
-- response) must not both find no previous result: one organisation at a time.
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
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(organisation::text, 0));
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

-- one attribute at a time
create or replace function private.checked_segment(segment jsonb, spec jsonb)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
declare
  attribute text;
  value jsonb;
begin
  if segment is null then
    return '{}';
  end if;
  if pg_catalog.jsonb_typeof(segment) <> 'object' then
    perform private.raise_api_error('invalid_segment', 'A segment is an object such as {"industry": "insurance"}.');
  end if;
  if (select count(*) from pg_catalog.jsonb_object_keys(segment)) > 1 then
    perform private.raise_api_error('invalid_segment', 'Peer groups take one attribute at a time.');
  end if;
  for attribute, value in select key, v from pg_catalog.jsonb_each(segment) as e(key, v) loop
    if attribute not in ('industry', 'company_size', 'region', 'business_model') then
      perform private.raise_api_error('invalid_segment', 'Attributes: industry, company_size, region, business_model.');
    end if;
    if pg_catalog.jsonb_typeof(value) <> 'string' or not (spec -> 'questions' -> attribute -> 'options') ? (value #>> '{}') then
      perform private.raise_api_error('invalid_segment', pg_catalog.format('%s: not one of its values.', attribute));
    end if;
  end loop;
  return segment;
end;
$$;

create or replace function private.group_benchmark(pool text, segment jsonb, own_scores jsonb, spec jsonb, k integer)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  attribute_name text := coalesce((select key from pg_catalog.jsonb_object_keys(segment) as key limit 1), 'all');
  cell private.released_cells;
  released timestamptz;
  dimensions jsonb;
begin
  select * into cell from private.released_cells c
  where c.pool = group_benchmark.pool and c.attribute = attribute_name
    and c.value = coalesce(segment ->> attribute_name, '*');
  if not found or cell.organisations is null then
    return pg_catalog.jsonb_build_object(
      'segment', segment, 'visible', false, 'reason', coalesce(cell.hidden_reason, 'too_few'),
      'sizeBand', case when coalesce(cell.hidden_reason, 'too_few') = 'too_few' then 'fewer_than_k' end
    );
  end if;
  select r.released_at into released from private.benchmark_releases r where r.id = cell.shown_release;
  select pg_catalog.jsonb_agg(
    -- a dimension nobody scored has no statistics; otherwise its counts are those of the whole group,
    -- 'not scored' being one more category (hiding a dimension alone could be undone by subtraction)
    case when counts[2] + counts[3] + counts[4] + counts[5] + counts[6] = 0
      then pg_catalog.jsonb_build_object('dimension', d.dimension, 'visible', false)
      else private.stage_statistics(counts, (own_scores ->> d.dimension)::numeric)
        || pg_catalog.jsonb_build_object('dimension', d.dimension, 'visible', true)
    end
    order by d.dimension
  ) into dimensions
  from (
    select e.key as dimension,
           array(select pg_catalog.jsonb_array_elements_text(e.value)::integer) as counts
    from pg_catalog.jsonb_each(cell.stage_counts) as e
  ) as d;
  return pg_catalog.jsonb_build_object(
    'segment', segment, 'visible', true, 'n', cell.organisations,
    'sizeBand', private.size_band(cell.organisations, k),
    'releasedAt', released, 'current', cell.hidden_reason is null,
    'dimensions', coalesce(dimensions, '[]')
  );
end;
$$;
comment on function private.group_benchmark(text, jsonb, jsonb, jsonb, integer) is
  'A group''s released peer figures (by stage) with the owner''s position, or why it is hidden.';

create or replace function private.response_benchmark_report(response private.responses, segment jsonb)
returns jsonb
language plpgsql
stable
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
  return pg_catalog.jsonb_build_object(
    'response', private.response_summary(response)
      || pg_catalog.jsonb_build_object('answers', response.answers),
    'anonymityK', k,
    'pool', response.pool,
    -- counted, held for review or rejected by a quality check (20261202002000); never the flags themselves
    'poolStatus', response.pool_status,
    -- whether this result is in the released peer figures yet (it waits for a safe batch)
    'ownResultReleased', exists (
      select from private.organisation_results o
      where o.response_id = response.id
        and not exists (select from private.rollup_queue q where q.response_id = response.id)
    ),
    'wholePool', private.group_benchmark(response.pool, '{}', own_scores, spec, k),
    'segment', case when chosen = '{}' then null
                    else private.group_benchmark(response.pool, chosen, own_scores, spec, k) end
  );
end;
$$;

-- reports read the released cells only: nothing is written on the read path any more
alter function api.benchmark_report(text, jsonb) stable;
alter function api.shared_report(text, jsonb) stable;

-- release what the rollups hold today, as one first release per pool
do $$
declare
  existing_pool text;
begin
  for existing_pool in select distinct s.pool from private.segment_sizes s loop
    perform private.release_pool(existing_pool);
  end loop;
end;
$$;

-- the read path no longer computes order statistics or rebuilds histograms
drop function private.segment_cumulative_histograms(text, jsonb);
drop table private.segment_histograms;
drop function private.histogram_statistics(smallint[], bigint[], numeric);
drop function private.order_statistic(smallint[], bigint[], bigint);
drop function private.group_visibility(text, jsonb, jsonb, integer);
