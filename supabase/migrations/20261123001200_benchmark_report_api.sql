-- api.benchmark_report: one call gives the report page everything about a
-- response and its benchmarks: own answers and scores, and for the whole
-- pool and the segment the reader picked, per dimension: n, quartiles,
-- median interval and the organisation's percentile rank. Groups below the
-- anonymity threshold, or hidden to stop differencing, return no statistic.

-- functions
create function private.checked_segment(segment jsonb, spec jsonb)
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
    raise exception using errcode = '22023', message = 'A segment is an object such as {"industry": "insurance"}.';
  end if;
  for attribute, value in select key, v from pg_catalog.jsonb_each(segment) as e(key, v) loop
    if attribute not in ('industry', 'company_size', 'region', 'business_model') then
      raise exception using errcode = '22023',
        message = pg_catalog.format('Unknown segment attribute "%s" (use industry, company_size, region, business_model).', attribute);
    end if;
    if pg_catalog.jsonb_typeof(value) <> 'string' or not (spec -> 'questions' -> attribute -> 'options') ? (value #>> '{}') then
      raise exception using errcode = '22023',
        message = pg_catalog.format('Segment %s: %s is not one of its values.', attribute, value::text);
    end if;
  end loop;
  return segment;
end;
$$;

create function private.group_benchmark(pool text, segment jsonb, own_scores jsonb, spec jsonb, k integer)
returns jsonb
language plpgsql
stable
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
  ) into dimensions
  from (
    select c.dimension,
           private.histogram_statistics(
             pg_catalog.array_agg(c.score_tenths order by c.score_tenths),
             pg_catalog.array_agg(c.cumulative order by c.score_tenths),
             (own_scores ->> c.dimension)::numeric
           ) as stats
    from (
      select b.dimension, b.score_tenths,
             sum(b.organisations) over (partition by b.dimension order by b.score_tenths) as cumulative
      from private.segment_score_bins b
      where b.pool = group_benchmark.pool
        and b.industry = coalesce(segment ->> 'industry', '*')
        and b.company_size = coalesce(segment ->> 'company_size', '*')
        and b.region = coalesce(segment ->> 'region', '*')
        and b.business_model = coalesce(segment ->> 'business_model', '*')
        and b.organisations > 0
    ) as c
    group by c.dimension
  ) as h;
  return pg_catalog.jsonb_build_object(
    'segment', segment, 'visible', true, 'n', size, 'sizeBand', private.size_band(size, k),
    'dimensions', coalesce(dimensions, '[]')
  );
end;
$$;

create function private.response_benchmark_report(response private.responses, segment jsonb)
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
    'wholePool', private.group_benchmark(response.pool, '{}', own_scores, spec, k),
    'segment', case when chosen = '{}' then null
                    else private.group_benchmark(response.pool, chosen, own_scores, spec, k) end
  );
end;
$$;

create function api.benchmark_report(report_token text, segment jsonb default '{}')
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select private.response_benchmark_report(private.owned_response(report_token), segment);
$$;
comment on function api.benchmark_report(text, jsonb) is
  'The owner''s report: answers, scores, and benchmarks for the whole pool and an optional segment.';

-- grants
grant execute on function api.benchmark_report(text, jsonb) to anon, authenticated;
