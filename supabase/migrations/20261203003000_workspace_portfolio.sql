-- The portfolio (issue 15): a consultant's clients side by side, each in its
-- latest round with figures and the round before, with the live pool's
-- released figures and the clients' pooled answers for the study comparison.
--
-- Everything here is what the consultant's reports already show, per client:
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
  reported as materialized (
    select r.id, r.organisation_id, r.round, r.pool, o.survey_version, o.archived_at
    from private.responses r join organisations o on o.id = r.organisation_id
    where r.reported_at is not null
  ),
  shown as (select r.organisation_id, max(r.round) as round from reported r group by r.organisation_id),
  previous as (
    select r.organisation_id, max(r.round) as round
    from reported r join shown s on s.organisation_id = r.organisation_id and r.round < s.round
    group by r.organisation_id
  ),
  -- each reported answer of an organisation's latest round with figures ('shown') and of the round before
  members as materialized (
    select r.*, 'shown' as which, s.round as shown_round
    from reported r join shown s on s.organisation_id = r.organisation_id and s.round = r.round
    union all
    select r.*, 'previous', null
    from reported r join previous p on p.organisation_id = r.organisation_id and p.round = r.round
  ),
  models as (
    select v.version, pg_catalog.jsonb_build_object('stages', (
      select pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('stage', e -> 'stage', 'minScore', e -> 'minScore'))
      from pg_catalog.jsonb_array_elements(v.scoring_model -> 'stages') as e
    )) as stages
    from private.survey_versions v
    where v.version in (select o.survey_version from organisations o)
  ),
  dimension_scores as (
    select m.organisation_id, m.which, s.dimension, pg_catalog.round(avg(s.score), 1) as score,
           array_agg(s.score) as scores
    from members m join private.response_scores s on s.response_id = m.id
    group by m.organisation_id, m.which, s.dimension
  ),
  figures as (
    select d.organisation_id,
           pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
             'dimension', d.dimension, 'score', d.score, 'stage', private.stage_for(mo.stages, d.score))
             order by d.dimension = 'overall', d.dimension) filter (where d.which = 'shown') as scores,
           pg_catalog.jsonb_agg(
             private.score_agreement(d.scores) || pg_catalog.jsonb_build_object('dimension', d.dimension)
             order by d.dimension = 'overall', d.dimension) filter (where d.which = 'shown') as agreement,
           pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
             'dimension', d.dimension, 'score', d.score, 'stage', private.stage_for(mo.stages, d.score))
             order by d.dimension = 'overall', d.dimension) filter (where d.which = 'previous') as previous_scores
    from dimension_scores d
    join organisations o on o.id = d.organisation_id
    left join models mo on mo.version = o.survey_version
    group by d.organisation_id
  ),
  counted as (
    select m.organisation_id,
           max(m.shown_round) as shown_round,
           max(m.round) filter (where m.which = 'previous') as previous_round,
           count(*) filter (where m.which = 'shown')::integer as respondents,
           count(*) filter (where m.which = 'previous')::integer as previous_respondents
    from members m group by m.organisation_id
  ),
  activity as (
    select r.organisation_id, max(r.submitted_at) as last_submitted
    from private.responses r join organisations o on o.id = r.organisation_id
    group by r.organisation_id
  ),
  -- the clients' answers, pooled per survey version, from clients of three or more reported respondents
  pooled as (
    select m.survey_version, count(distinct m.organisation_id)::integer as organisations, array_agg(m.id) as ids
    from members m join counted c on c.organisation_id = m.organisation_id and c.respondents >= 3
    where m.which = 'shown' and m.archived_at is null
    group by m.survey_version
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
        'round', c.shown_round,
        'respondents', coalesce(c.respondents, 0),
        -- the day only, as everywhere
        'lastActivity', pg_catalog.date_trunc('day', greatest(o.created_at, a.last_submitted)),
        'scores', coalesce(f.scores, '[]'),
        'agreement', coalesce(f.agreement, '[]'),
        'previous', case when c.previous_round is null then null else pg_catalog.jsonb_build_object(
          'number', c.previous_round, 'respondents', c.previous_respondents,
          'scores', coalesce(f.previous_scores, '[]')) end
      ) order by o.created_at, o.id), '[]')
      from organisations o
      left join figures f on f.organisation_id = o.id
      left join counted c on c.organisation_id = o.id
      left join activity a on a.organisation_id = o.id
    ),
    'answerCounts', (
      select coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
               'surveyVersion', p.survey_version, 'organisations', p.organisations,
               'respondents', pg_catalog.cardinality(p.ids),
               'counts', private.count_answers(p.ids, (
                 select s.answer_spec from private.survey_versions s where s.version = p.survey_version))
             ) order by p.survey_version), '[]')
      from pooled p
    ),
    'pool', coalesce((select min(m.pool) from members m), 'live')
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
