-- The owner's report says whether its result waits for an operator's review
-- (held by a quality check, 20261202002000) rather than for a safe batch
-- (20261202001500): poolStatus beside ownResultReleased.

-- functions
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
    -- counted, held (for review) or rejected; never the quality flags themselves
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
