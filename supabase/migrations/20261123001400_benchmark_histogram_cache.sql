-- Cumulative histograms cached per segment and dimension. A report needs,
-- for each group it shows, each dimension's bins in order with their running
-- totals; rebuilding those from the score bins (up to 1,001 bins per
-- dimension) on every read was most of a report's time at 1M organisations.
-- Every change to a segment's rollups now stamps the segment with a new
-- version from one sequence; a report reads the cached arrays whose version
-- is the segment's current one, and rebuilds (and stores) them when there
-- are none. Reports therefore write, so they become VOLATILE.

-- tables
create sequence private.rollup_versions as bigint;
comment on sequence private.rollup_versions is
  'Versions of segment rollups; never reset, so a cache built before a truncate can never match.';

alter table private.segment_sizes
  add column version bigint not null default 0;
comment on column private.segment_sizes.version is
  'Changes (from private.rollup_versions) whenever the segment''s size or score bins change.';

create table private.segment_histograms (
  pool text not null,
  industry text not null,
  company_size text not null,
  region text not null,
  business_model text not null,
  dimension text not null,
  version bigint not null,
  score_tenths smallint[] not null,
  cumulative bigint[] not null,
  primary key (pool, industry, company_size, region, business_model, dimension),
  foreign key (pool, industry, company_size, region, business_model)
    references private.segment_sizes (pool, industry, company_size, region, business_model) on delete cascade
);
comment on table private.segment_histograms is
  'Cache: a segment''s bins for one dimension (ascending, non-empty only) and their running totals, valid while version equals the segment''s.';

-- stored out of line without compression: a read decompresses nothing, a rebuild compresses nothing
alter table private.segment_histograms
  alter column score_tenths set storage external,
  alter column cumulative set storage external;

alter table private.segment_histograms enable row level security;

-- functions
create or replace function private.adjust_rollups(response_id uuid, delta integer)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  stamp bigint := pg_catalog.nextval('private.rollup_versions');
begin
  -- one statement: the segments' sizes and versions, then their score bins, by primary key
  with segments as materialized (
    select * from private.response_segments(adjust_rollups.response_id)
  ),
  sizes as (
    insert into private.segment_sizes as s (pool, industry, company_size, region, business_model, organisations, version)
    select g.pool, g.industry, g.company_size, g.region, g.business_model, delta, stamp
    from segments g
    on conflict (pool, industry, company_size, region, business_model)
      do update set organisations = s.organisations + excluded.organisations, version = excluded.version
  )
  insert into private.segment_score_bins as b
    (pool, industry, company_size, region, business_model, dimension, score_tenths, organisations)
  select g.pool, g.industry, g.company_size, g.region, g.business_model,
         scores.dimension, (scores.score * 10)::smallint, delta
  from segments g
  cross join private.response_scores scores
  where scores.response_id = adjust_rollups.response_id and scores.score is not null
  on conflict (pool, industry, company_size, region, business_model, dimension, score_tenths)
    do update set organisations = b.organisations + excluded.organisations;
end;
$$;

create function private.segment_cumulative_histograms(pool text, segment jsonb)
returns table (dimension text, score_tenths smallint[], cumulative bigint[])
language plpgsql
volatile
set search_path = ''
as $$
declare
  key_industry text := coalesce(segment ->> 'industry', '*');
  key_company_size text := coalesce(segment ->> 'company_size', '*');
  key_region text := coalesce(segment ->> 'region', '*');
  key_business_model text := coalesce(segment ->> 'business_model', '*');
  found_cached boolean := false;
begin
  -- the cached arrays of the segment's current version, read in one snapshot with that version
  for dimension, score_tenths, cumulative in
    select h.dimension, h.score_tenths, h.cumulative
    from private.segment_sizes s
    join private.segment_histograms h
      on h.pool = s.pool and h.industry = s.industry and h.company_size = s.company_size
     and h.region = s.region and h.business_model = s.business_model and h.version = s.version
    where s.pool = segment_cumulative_histograms.pool and s.industry = key_industry
      and s.company_size = key_company_size and s.region = key_region and s.business_model = key_business_model
  loop
    found_cached := true;
    return next;
  end loop;
  if found_cached then
    return;
  end if;

  -- none: rebuild from the bins and the version in one snapshot, store unless a newer one is there
  return query
  with state as (
    select s.version from private.segment_sizes s
    where s.pool = segment_cumulative_histograms.pool and s.industry = key_industry
      and s.company_size = key_company_size and s.region = key_region and s.business_model = key_business_model
  ),
  running as (
    select b.dimension, b.score_tenths,
           sum(b.organisations) over (partition by b.dimension order by b.score_tenths) as total
    from private.segment_score_bins b
    where b.pool = segment_cumulative_histograms.pool and b.industry = key_industry
      and b.company_size = key_company_size and b.region = key_region and b.business_model = key_business_model
      and b.organisations > 0
  ),
  fresh as (
    select r.dimension,
           pg_catalog.array_agg(r.score_tenths order by r.score_tenths) as score_tenths,
           pg_catalog.array_agg(r.total::bigint order by r.score_tenths) as cumulative
    from running r
    group by r.dimension
  ),
  stored as (
    insert into private.segment_histograms as h
      (pool, industry, company_size, region, business_model, dimension, version, score_tenths, cumulative)
    select segment_cumulative_histograms.pool, key_industry, key_company_size, key_region, key_business_model,
           f.dimension, state.version, f.score_tenths, f.cumulative
    from fresh f cross join state
    order by f.dimension
    on conflict on constraint segment_histograms_pkey
      do update set version = excluded.version, score_tenths = excluded.score_tenths, cumulative = excluded.cumulative
      where h.version < excluded.version
  )
  select f.dimension, f.score_tenths, f.cumulative from fresh f;
end;
$$;
comment on function private.segment_cumulative_histograms(text, jsonb) is
  'Each dimension''s ascending non-empty bins and running totals in a segment, from the cache or rebuilt into it.';

create or replace function private.group_benchmark(pool text, segment jsonb, own_scores jsonb, spec jsonb, k integer)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
  attribute_values jsonb := pg_catalog.jsonb_build_object(
    'industry', spec -> 'questions' -> 'industry' -> 'options',
    'company_size', spec -> 'questions' -> 'company_size' -> 'options',
    'region', spec -> 'questions' -> 'region' -> 'options',
    'business_model', spec -> 'questions' -> 'business_model' -> 'options'
  );
  size integer := private.segment_size(pool, segment);
  visibility text := private.group_visibility(pool, segment, attribute_values, k);
  dimensions jsonb;
begin
  if visibility <> 'visible' then
    return pg_catalog.jsonb_build_object(
      'segment', segment, 'visible', false, 'reason', visibility,
      'sizeBand', case when visibility = 'too_few' then private.size_band(size, k) end
    );
  end if;
  select pg_catalog.jsonb_agg(
    case when stats ->> 'n' is null or (stats ->> 'n')::integer < k
      then pg_catalog.jsonb_build_object('dimension', h.dimension, 'visible', false)
      else stats || pg_catalog.jsonb_build_object('dimension', h.dimension, 'visible', true)
    end
    order by h.dimension
  ) into dimensions
  from (
    select c.dimension,
           private.histogram_statistics(c.score_tenths, c.cumulative, (own_scores ->> c.dimension)::numeric) as stats
    from private.segment_cumulative_histograms(group_benchmark.pool, segment) as c
    offset 0 -- keeps the subquery, so the statistics are computed once per dimension, not per use
  ) as h;
  return pg_catalog.jsonb_build_object(
    'segment', segment, 'visible', true, 'n', size, 'sizeBand', private.size_band(size, k),
    'dimensions', coalesce(dimensions, '[]')
  );
end;
$$;

-- a report may now write the cache
alter function private.response_benchmark_report(private.responses, jsonb) volatile;
alter function api.benchmark_report(text, jsonb) volatile;
alter function api.shared_report(text, jsonb) volatile;
