-- Benchmark rollups: per segment (every combination of industry, company
-- size, region and business model, '*' meaning any) the number of
-- organisations and a histogram of each dimension's score in tenths. They are
-- kept up to date as responses arrive, so a report reads at most a few
-- thousand small rows instead of scanning every response. An organisation
-- counts once: its current result is the one in the rollups.

-- tables
create table private.settings (
  id boolean primary key default true check (id),
  anonymity_k integer not null default 5 check (anonymity_k >= 5)
);
comment on table private.settings is
  'Product settings (one row). anonymity_k: smallest group shown, configurable upward, never below 5.';
insert into private.settings default values;

create table private.organisation_results (
  organisation_id uuid primary key,
  response_id uuid not null unique references private.responses (id) on delete cascade
);
comment on table private.organisation_results is
  'The result that currently represents each organisation in the benchmarks (its newest complete response).';

create table private.segment_sizes (
  pool text not null,
  industry text not null,
  company_size text not null,
  region text not null,
  business_model text not null,
  -- no check (>= 0): a removal is written as an upsert of -1, whose proposed row would fail it;
  -- counts stay >= 0 because only count_in_benchmarks adjusts them, removing what it added
  organisations integer not null,
  primary key (pool, industry, company_size, region, business_model)
);
comment on table private.segment_sizes is
  'Organisations per segment and pool (''*'' = any value); the basis of the anonymity rules.';

create table private.segment_score_bins (
  pool text not null,
  industry text not null,
  company_size text not null,
  region text not null,
  business_model text not null,
  dimension text not null,
  score_tenths smallint not null check (score_tenths between 0 and 1000),
  organisations integer not null,
  primary key (pool, industry, company_size, region, business_model, dimension, score_tenths)
);
comment on table private.segment_score_bins is
  'Histogram of dimension scores (in tenths of a point) per segment and pool.';

alter table private.settings enable row level security;
alter table private.organisation_results enable row level security;
alter table private.segment_sizes enable row level security;
alter table private.segment_score_bins enable row level security;

-- functions
create function private.response_segments(response_id uuid)
returns table (pool text, industry text, company_size text, region text, business_model text)
language sql
stable
rows 16
-- no SET clause, so the planner can inline it (every name in it is schema-qualified)
as $$
  select r.pool,
         case when mask & 1 > 0 then r.industry else '*' end,
         case when mask & 2 > 0 then r.company_size else '*' end,
         case when mask & 4 > 0 then r.region else '*' end,
         case when mask & 8 > 0 then r.business_model else '*' end
  from private.responses r, pg_catalog.generate_series(0, 15) as mask
  where r.id = response_segments.response_id;
$$;
comment on function private.response_segments(uuid) is
  'The 16 segments a response belongs to: each combination of its four attributes, the others ''*''.';

create function private.adjust_rollups(response_id uuid, delta integer)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
begin
  -- one upsert per row, by primary key, for adding and removing alike (robust to planner statistics)
  insert into private.segment_sizes as s (pool, industry, company_size, region, business_model, organisations)
  select g.pool, g.industry, g.company_size, g.region, g.business_model, delta
  from private.response_segments(adjust_rollups.response_id) g
  on conflict (pool, industry, company_size, region, business_model)
    do update set organisations = s.organisations + excluded.organisations;
  insert into private.segment_score_bins as b
    (pool, industry, company_size, region, business_model, dimension, score_tenths, organisations)
  select g.pool, g.industry, g.company_size, g.region, g.business_model,
         scores.dimension, (scores.score * 10)::smallint, delta
  from private.response_segments(adjust_rollups.response_id) g
  cross join private.response_scores scores
  where scores.response_id = adjust_rollups.response_id and scores.score is not null
  on conflict (pool, industry, company_size, region, business_model, dimension, score_tenths)
    do update set organisations = b.organisations + excluded.organisations;
end;
$$;
comment on function private.adjust_rollups(uuid, integer) is
  'Adds (delta 1) or removes (delta -1) one scored response in the 16 segments it belongs to.';

create function private.count_in_benchmarks(response_id uuid)
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
  if previous is not null then
    perform private.adjust_rollups(previous, -1);
  end if;
  insert into private.organisation_results (organisation_id, response_id)
  values (organisation, count_in_benchmarks.response_id)
  on conflict (organisation_id) do update set response_id = excluded.response_id;
  perform private.adjust_rollups(count_in_benchmarks.response_id, 1);
end;
$$;
comment on function private.count_in_benchmarks(uuid) is
  'Makes a scored response its organisation''s current result in the rollups, replacing the previous one.';
