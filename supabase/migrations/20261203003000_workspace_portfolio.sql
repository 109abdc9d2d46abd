-- The portfolio (issue 15): a consultant's clients side by side, each in its
-- latest round with figures and the round before, with the live pool's
-- released figures and the clients' pooled answers for the study comparison.
--
-- Everything here is what the consultant's reports already show, per client,
-- read from the figures stored when a batch joined (private.round_results, and its answer counts as rows in
-- private.round_answer_options):
-- reported respondents only (batches of three), agreement by the same rules,
-- and answer counts only of clients with at least three reported respondents,
-- pooled across clients of one survey version.

-- functions
create function private.portfolio_json(workspace_id uuid)
returns jsonb
language plpgsql
stable
set search_path = ''
set plan_cache_mode = 'force_custom_plan'
as $$
declare
  k integer := (select s.anonymity_k from private.settings s);
  result jsonb;
begin
  with organisations as materialized (
    select o.* from private.client_organisations o where o.workspace_id = portfolio_json.workspace_id
  ),
  -- the stored figures of each organisation's latest round with figures, and of the round before
  ranked as materialized (
    select f.*, o.survey_version, o.archived_at,
           pg_catalog.row_number() over (partition by f.organisation_id order by f.round desc) as recency
    from private.round_results f join organisations o on o.id = f.organisation_id
  ),
  activity as (
    select r.organisation_id, max(r.submitted_at) as last_submitted, min(r.pool) as pool
    from private.responses r join organisations o on o.id = r.organisation_id
    group by r.organisation_id
  ),
  -- the clients' answers, pooled per survey version, from clients of three or more reported respondents
  counted as (
    select f.survey_version, o.question, nullif(o.row_id, '') as row_id, o.option, o.n
    from ranked f
    join private.round_answer_options o on o.organisation_id = f.organisation_id and o.round = f.round
    where f.recency = 1 and f.archived_at is null and f.answer_counts is not null
  ),
  options as (
    select c.survey_version, c.question, c.row_id, pg_catalog.jsonb_object_agg(c.option, c.n) as counts
    from (
      select survey_version, question, row_id, option, sum(n)::integer as n from counted group by 1, 2, 3, 4
    ) c
    group by c.survey_version, c.question, c.row_id
  ),
  questions as (
    select o.survey_version, o.question,
           case when bool_or(o.row_id is null) then (array_agg(o.counts))[1]
                else pg_catalog.jsonb_object_agg(o.row_id, o.counts) filter (where o.row_id is not null) end
             as counts
    from options o
    group by o.survey_version, o.question
  ),
  pooled as (
    select f.survey_version, count(*)::integer as organisations, sum(f.respondents)::integer as respondents,
           (select pg_catalog.jsonb_object_agg(q.question, q.counts) from questions q
            where q.survey_version = f.survey_version) as counts
    from ranked f
    where f.recency = 1 and f.archived_at is null and f.answer_counts is not null
    group by f.survey_version
  )
  select pg_catalog.jsonb_build_object(
    'organisations', (
      select coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
        'id', o.id,
        'name', o.name,
        'surveyVersion', o.survey_version,
        'segment', pg_catalog.jsonb_build_object(
          'industry', o.industry, 'companySize', o.company_size, 'region', o.region,
          'businessModel', o.business_model
        ),
        'archivedAt', o.archived_at,
        'currentRound', o.current_round,
        'round', latest.round,
        'respondents', coalesce(latest.respondents, 0),
        -- the day only, as everywhere
        'lastActivity', pg_catalog.date_trunc('day', greatest(o.created_at, a.last_submitted)),
        'scores', coalesce(latest.scores, '[]'),
        'agreement', coalesce(latest.agreement, '[]'),
        'previous', case when before.round is null then null else pg_catalog.jsonb_build_object(
          'number', before.round, 'respondents', before.respondents, 'scores', before.scores) end
      ) order by o.created_at, o.id), '[]')
      from organisations o
      left join ranked latest on latest.organisation_id = o.id and latest.recency = 1
      left join ranked before on before.organisation_id = o.id and before.recency = 2
      left join activity a on a.organisation_id = o.id
    ),
    'answerCounts', (
      select coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
               'surveyVersion', p.survey_version, 'organisations', p.organisations,
               'respondents', p.respondents, 'counts', coalesce(p.counts, '{}')
             ) order by p.survey_version), '[]')
      from pooled p
    ),
    'pool', coalesce((select min(a.pool) from activity a), 'live')
  )
  into result;
  return result || pg_catalog.jsonb_build_object(
    'anonymityK', k,
    'wholePool', private.group_benchmark(result ->> 'pool', '{}', '{}', null, k)
  );
end;
$$;
comment on function private.portfolio_json(uuid) is
  'A workspace''s portfolio: per client its latest round with figures (scores, stages, agreement per dimension) '
  'and the round before; the clients'' answers pooled per survey version (clients of three or more); the live '
  'pool''s released figures.';

create function api.workspace_portfolio(workspace_key text)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select private.portfolio_json(private.calling_workspace(workspace_key));
$$;
comment on function api.workspace_portfolio(text) is
  'The portfolio of the calling workspace''s clients, with the live pool''s released figures.';

-- grants
grant execute on function api.workspace_portfolio(text) to anon, authenticated;
