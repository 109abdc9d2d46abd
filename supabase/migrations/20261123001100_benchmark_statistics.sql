-- Statistics read from the rollups: order statistics, quantiles (type 7,
-- linear interpolation, as percentile_cont), mid-rank percentile, the
-- order-statistic 95% interval of the median, and the anonymity rule with
-- complementary suppression. src/lib/benchmark/ defines the same maths in
-- TypeScript; API tests compare the two.

-- functions
create function private.order_statistic(tenths smallint[], cumulative bigint[], i bigint)
returns numeric
language plpgsql
immutable
set search_path = ''
as $$
declare
  low integer := 1;
  high integer := pg_catalog.array_length(cumulative, 1);
  middle integer;
begin
  -- the first bin whose cumulative count reaches i
  while low < high loop
    middle := (low + high) / 2;
    if cumulative[middle] >= i then
      high := middle;
    else
      low := middle + 1;
    end if;
  end loop;
  return tenths[low]::numeric / 10;
end;
$$;

create function private.histogram_statistics(tenths smallint[], cumulative bigint[], own_score numeric)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
declare
  n bigint := coalesce(cumulative[pg_catalog.array_length(cumulative, 1)], 0);
  quantiles numeric[] := '{}';
  q numeric;
  r numeric;
  lo numeric;
  hi numeric;
  own smallint := (own_score * 10)::smallint;
  below bigint := 0;
  equal bigint := 0;
  position integer;
  lower_bound integer;
  upper_bound integer;
  z constant numeric := 1.959964;
  rank_low bigint;
  rank_high bigint;
begin
  if n = 0 then
    return pg_catalog.jsonb_build_object('n', 0);
  end if;
  foreach q in array array[0.25, 0.5, 0.75] loop
    r := q * (n - 1);
    lo := private.order_statistic(tenths, cumulative, pg_catalog.floor(r)::bigint + 1);
    hi := private.order_statistic(tenths, cumulative, pg_catalog.ceil(r)::bigint + 1);
    quantiles := quantiles || round(lo + (r - pg_catalog.floor(r)) * (hi - lo), 2);
  end loop;
  if own is not null then
    -- bins are ascending: find the first bin at or above `own` (binary search)
    lower_bound := 1;
    upper_bound := pg_catalog.array_length(tenths, 1) + 1;
    while lower_bound < upper_bound loop
      position := (lower_bound + upper_bound) / 2;
      if tenths[position] < own then
        lower_bound := position + 1;
      else
        upper_bound := position;
      end if;
    end loop;
    below := coalesce(cumulative[lower_bound - 1], 0);
    if tenths[lower_bound] = own then
      equal := cumulative[lower_bound] - below;
    end if;
  end if;
  rank_low := greatest(1, pg_catalog.floor(n / 2.0 - z * pg_catalog.sqrt(n) / 2)::bigint);
  rank_high := least(n, pg_catalog.ceil(1 + n / 2.0 + z * pg_catalog.sqrt(n) / 2)::bigint);
  return pg_catalog.jsonb_build_object(
    'n', n,
    'q1', quantiles[1],
    'median', quantiles[2],
    'q3', quantiles[3],
    'medianLow', private.order_statistic(tenths, cumulative, rank_low),
    'medianHigh', private.order_statistic(tenths, cumulative, rank_high),
    'percentileRank', case when own is null then null else round(100 * (below + 0.5 * equal) / n, 1) end
  );
end;
$$;
comment on function private.histogram_statistics(smallint[], bigint[], numeric) is
  'n, quartiles, median 95% interval and the mid-rank percentile of own_score, from an ascending histogram.';

create function private.segment_size(pool text, segment jsonb)
returns integer
language sql
stable
-- no SET clause, so the planner can inline it (every name in it is schema-qualified)
as $$
  select coalesce((
    select s.organisations from private.segment_sizes s
    where s.pool = segment_size.pool
      and s.industry = coalesce(segment ->> 'industry', '*')
      and s.company_size = coalesce(segment ->> 'company_size', '*')
      and s.region = coalesce(segment ->> 'region', '*')
      and s.business_model = coalesce(segment ->> 'business_model', '*')
  ), 0);
$$;

create function private.group_visibility(pool text, segment jsonb, attribute_values jsonb, k integer)
returns text
language plpgsql
stable
set search_path = ''
as $$
declare
  attribute text;
  parent jsonb;
  sibling_values text[];
  sibling_sizes integer[];
  small_total integer;
  i integer;
begin
  if private.segment_size(pool, segment) < k then
    return 'too_few';
  end if;
  for attribute in select pg_catalog.jsonb_object_keys(segment) loop
    parent := segment - attribute;
    -- every sibling along this attribute with its size, smallest first (ties in the survey's order)
    select pg_catalog.array_agg(v.value order by coalesce(s.organisations, 0), v.position),
           pg_catalog.array_agg(coalesce(s.organisations, 0) order by coalesce(s.organisations, 0), v.position)
    into sibling_values, sibling_sizes
    from pg_catalog.jsonb_array_elements_text(attribute_values -> attribute) with ordinality as v(value, position)
    left join private.segment_sizes s
      on s.pool = group_visibility.pool
     and s.industry = case when attribute = 'industry' then v.value else coalesce(parent ->> 'industry', '*') end
     and s.company_size = case when attribute = 'company_size' then v.value else coalesce(parent ->> 'company_size', '*') end
     and s.region = case when attribute = 'region' then v.value else coalesce(parent ->> 'region', '*') end
     and s.business_model = case when attribute = 'business_model' then v.value else coalesce(parent ->> 'business_model', '*') end;
    -- siblings too small to show
    small_total := 0;
    for i in 1 .. coalesce(pg_catalog.array_length(sibling_sizes, 1), 0) loop
      if sibling_sizes[i] > 0 and sibling_sizes[i] < k then
        small_total := small_total + sibling_sizes[i];
      end if;
    end loop;
    continue when small_total = 0 or small_total >= k;
    -- hide the smallest visible siblings too, until the hidden ones together reach k
    for i in 1 .. pg_catalog.array_length(sibling_sizes, 1) loop
      continue when sibling_sizes[i] < k;
      if sibling_values[i] = segment ->> attribute then
        return 'protects_smaller_group';
      end if;
      small_total := small_total + sibling_sizes[i];
      exit when small_total >= k;
    end loop;
  end loop;
  return 'visible';
end;
$$;
comment on function private.group_visibility(text, jsonb, jsonb, integer) is
  'visible, too_few (< k organisations) or protects_smaller_group (complementary suppression against differencing).';

create function private.size_band(n integer, k integer)
returns text
language sql
immutable
set search_path = ''
as $$
  select case
    when n < k then 'fewer_than_k'
    when n < 10 then '5-9'
    when n < 20 then '10-19'
    when n < 50 then '20-49'
    when n < 100 then '50-99'
    when n < 500 then '100-499'
    else '500+'
  end;
$$;
