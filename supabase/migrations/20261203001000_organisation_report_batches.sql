-- An organisation's report changes only in batches of at least three answers
-- (issue 14, differencing).
--
-- Until now each new answer changed the organisation's report at once, so a
-- consultant (or a respondent allowed the combined view) who looked before
-- and after one more executive answered could subtract the two and read that
-- executive's scores and answers. Now an answer joins the report's figures
-- (scores, agreement, answer counts) only with at least two others that
-- arrived after the last batch:
--   - the first batch when three have answered, or earlier when the consultant
--     closes the invitation (an organisation of one or two executives, shown
--     by the rules for one and two);
--   - after that, each time three more have answered. Fewer wait, also after
--     the invitation closes: adding one or two would reveal them.
-- Once in the report, an answer stays in it, even if a quality check rejects
-- it later (taking it out would reveal it by the same subtraction). The pool
-- is unchanged: it counts the organisation's combined result of its counted
-- respondents, under the release rules of 20261202002050.
--
-- What this cannot stop: a consultant who answers through their own
-- invitation link twice, to complete a batch around one real answer. The
-- submitted count shows every answer, so the client can check it against the
-- executives who answered; the methodology says so.

-- tables
alter table private.responses add column reported_at timestamptz;
comment on column private.responses.reported_at is
  'For a client organisation''s respondent: when the answer joined the organisation''s report (in a batch); '
  'null while it waits.';

-- the answers already shown stay shown
update private.responses r set reported_at = r.submitted_at
where r.pool_status <> 'rejected'
  and exists (select from private.client_organisations o where o.id = r.organisation_id);

-- functions
create function private.report_new_answers(organisation_id uuid, closing boolean)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
  waiting integer;
  reported integer;
  released integer := 0;
begin
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('report:' || organisation_id::text, 0));
  select count(*) filter (where r.reported_at is null and r.pool_status <> 'rejected'),
         count(*) filter (where r.reported_at is not null)
  into waiting, reported
  from private.responses r where r.organisation_id = report_new_answers.organisation_id;
  if waiting >= 3 or (closing and reported = 0 and waiting > 0) then
    update private.responses r set reported_at = now()
    where r.organisation_id = report_new_answers.organisation_id and r.reported_at is null
      and r.pool_status <> 'rejected';
    get diagnostics released = row_count;
  end if;
  return released;
end;
$$;
comment on function private.report_new_answers(uuid, boolean) is
  'Adds an organisation''s waiting answers to its report when at least three wait, or (closing) when none is '
  'reported yet; returns how many joined.';

create function private.report_answers_after_insert()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform private.report_new_answers(o.id, false)
  from private.client_organisations o
  where o.id in (select distinct n.organisation_id from new_responses n);
  return null;
end;
$$;

create function private.report_answers_after_status()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- an admitted answer (held or rejected before) may complete a batch
  if exists (select from private.client_organisations o where o.id = new.organisation_id) then
    perform private.report_new_answers(new.organisation_id, false);
  end if;
  return null;
end;
$$;

create function private.report_answers_after_close()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform private.report_new_answers(c.organisation_id, true)
  from (
    select distinct n.organisation_id from new_invitations n
    join old_invitations o on o.id = n.id
    where n.closed_at is not null and o.closed_at is null
  ) c;
  return null;
end;
$$;

create trigger responses_join_organisation_report
  after insert on private.responses
  referencing new table as new_responses
  for each statement execute function private.report_answers_after_insert();

-- (a row trigger: transition tables cannot go with a column list, and this one must not see reported_at change)
create trigger responses_status_joins_organisation_report
  after update of pool_status on private.responses
  for each row when (old.pool_status = 'rejected' and new.pool_status <> 'rejected' and new.reported_at is null)
  execute function private.report_answers_after_status();

create trigger invitations_close_reports_first_answers
  after update on private.invitations
  referencing new table as new_invitations old table as old_invitations
  for each statement execute function private.report_answers_after_close();

-- the report reads the reported answers only
create or replace function private.answer_counts(organisation_id uuid, spec jsonb)
returns jsonb
language sql
stable
set search_path = ''
as $$
  with answers as (
    select r.answers from private.responses r
    where r.organisation_id = answer_counts.organisation_id and r.reported_at is not null
  ),
  questions as (
    select q.key as question, q.value as question_spec
    from pg_catalog.jsonb_each(spec -> 'questions') as q
    where q.value ->> 'type' in ('single', 'multiple', 'matrix')
      and q.key not in ('industry', 'company_size', 'region', 'business_model', 'respondent_function',
                        'respondent_seniority')
  ),
  chosen as (
    select q.question, null::text as row_id, a.answers ->> q.question as option
    from questions q cross join answers a
    where q.question_spec ->> 'type' = 'single' and a.answers ? q.question
    union all
    select q.question, null, o.value
    from questions q cross join answers a
    cross join lateral pg_catalog.jsonb_array_elements_text(a.answers -> q.question) as o
    where q.question_spec ->> 'type' = 'multiple' and pg_catalog.jsonb_typeof(a.answers -> q.question) = 'array'
    union all
    select q.question, m.key, m.value
    from questions q cross join answers a
    cross join lateral pg_catalog.jsonb_each_text(a.answers -> q.question) as m
    where q.question_spec ->> 'type' = 'matrix' and pg_catalog.jsonb_typeof(a.answers -> q.question) = 'object'
  ),
  counted as (
    select c.question, c.row_id, pg_catalog.jsonb_object_agg(c.option, c.n) as counts
    from (select question, row_id, option, count(*)::integer as n from chosen group by 1, 2, 3) c
    group by c.question, c.row_id
  )
  select coalesce(pg_catalog.jsonb_object_agg(x.question, x.counts), '{}')
  from (
    select c.question,
           case when bool_or(c.row_id is null) then (array_agg(c.counts))[1]
                else pg_catalog.jsonb_object_agg(c.row_id, c.counts) filter (where c.row_id is not null) end as counts
    from counted c
    group by c.question
  ) x;
$$;
comment on function private.answer_counts(uuid, jsonb) is
  'How many of an organisation''s reported respondents chose each option (per row of a grid), profile questions '
  'and free text left out: {question: {option: n}} or {question: {row: {option: n}}}.';

create or replace function private.reported_respondents(organisation_id uuid)
returns integer
language sql
stable
set search_path = ''
as $$
  select count(*)::integer from private.responses r
  where r.organisation_id = reported_respondents.organisation_id and r.reported_at is not null;
$$;
comment on function private.reported_respondents(uuid) is
  'How many executives an organisation''s report combines: those whose answers joined it in a batch.';

create function private.reported_scores(organisation_id uuid)
returns table (dimension text, score numeric, stage integer, scores numeric[])
language sql
stable
set search_path = ''
as $$
  with model as (
    select v.scoring_model from private.client_organisations o
    join private.survey_versions v on v.version = o.survey_version
    where o.id = reported_scores.organisation_id
  )
  select s.dimension,
         pg_catalog.round(avg(s.score), 1),
         private.stage_for((select m.scoring_model from model m), pg_catalog.round(avg(s.score), 1)),
         array_agg(s.score)
  from private.responses r
  join private.response_scores s on s.response_id = r.id
  where r.organisation_id = reported_scores.organisation_id and r.reported_at is not null
  group by s.dimension;
$$;
comment on function private.reported_scores(uuid) is
  'Per dimension and overall, over the reported respondents: the mean score (one decimal), its stage, and the '
  'scores themselves (for the agreement only, never returned to a caller).';

create or replace function private.organisation_benchmark_report(
  organisation private.client_organisations, segment jsonb, with_name boolean
)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  spec jsonb := (select v.answer_spec from private.survey_versions v where v.version = organisation.survey_version);
  chosen jsonb := private.checked_segment(segment, spec);
  k integer := (select s.anonymity_k from private.settings s);
  respondents integer;
  waiting integer;
  last_reported timestamptz;
  entry_pool text;
  own_scores jsonb;
  scores jsonb;
  agreement jsonb;
begin
  select count(*) filter (where r.reported_at is not null)::integer,
         count(*) filter (where r.reported_at is null and r.pool_status <> 'rejected')::integer,
         max(r.reported_at), coalesce(min(r.pool), 'live')
  into respondents, waiting, last_reported, entry_pool
  from private.responses r where r.organisation_id = organisation.id;
  select pg_catalog.jsonb_object_agg(c.dimension, c.score),
         pg_catalog.jsonb_agg(
           pg_catalog.jsonb_build_object('dimension', c.dimension, 'score', c.score, 'stage', c.stage)
           order by c.dimension = 'overall', c.dimension),
         pg_catalog.jsonb_agg(
           private.score_agreement(c.scores) || pg_catalog.jsonb_build_object('dimension', c.dimension)
           order by c.dimension = 'overall', c.dimension)
  into own_scores, scores, agreement
  from private.reported_scores(organisation.id) c;
  return pg_catalog.jsonb_build_object(
    'organisation', pg_catalog.jsonb_build_object(
      'id', organisation.id,
      'name', case when with_name then organisation.name end,
      'surveyVersion', organisation.survey_version,
      'segment', pg_catalog.jsonb_build_object(
        'industry', organisation.industry, 'companySize', organisation.company_size,
        'region', organisation.region, 'businessModel', organisation.business_model
      ),
      'respondents', respondents,
      -- answers not yet in the figures: they join with at least two more
      'waiting', waiting,
      -- the day the last batch joined: exact times would tell when each executive answered
      'lastSubmittedAt', pg_catalog.date_trunc('day', last_reported)
    ),
    'scores', coalesce(scores, '[]'),
    'agreement', coalesce(agreement, '[]'),
    -- from three respondents only: with two, each would know the other's answers
    'answerCounts', case when respondents >= 3 then private.answer_counts(organisation.id, spec) end,
    'anonymityK', k,
    'pool', entry_pool,
    'ownResultReleased', exists (
      select from private.organisation_results o
      where o.organisation_id = organisation.id
        and not exists (select from private.rollup_queue q where q.combined_result_id = o.combined_result_id)
    ),
    'wholePool', private.group_benchmark(entry_pool, '{}', coalesce(own_scores, '{}'), spec, k),
    'segment', case when chosen = '{}' then null
                    else private.group_benchmark(entry_pool, chosen, coalesce(own_scores, '{}'), spec, k) end
  );
end;
$$;
comment on function private.organisation_benchmark_report(private.client_organisations, jsonb, boolean) is
  'A client organisation''s report over its reported respondents (batches of three): combined scores, agreement, '
  'answer counts from three respondents, released peer figures, how many answers wait; its name only when '
  'with_name.';

create or replace function private.client_organisations_json(workspace_id uuid, only_organisation uuid default null)
returns jsonb
language plpgsql
stable
set search_path = ''
set plan_cache_mode = 'force_custom_plan'
as $$
declare
  listed jsonb;
begin
  with organisations as (
    select o.* from private.client_organisations o
    where o.workspace_id = client_organisations_json.workspace_id
      and (only_organisation is null or o.id = only_organisation)
  ),
  -- each version's stage thresholds only (the scoring model is large; stage_for needs its stages)
  models as (
    select v.version, pg_catalog.jsonb_build_object('stages', (
      select pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('stage', e -> 'stage', 'minScore', e -> 'minScore'))
      from pg_catalog.jsonb_array_elements(v.scoring_model -> 'stages') as e
    )) as stages
    from private.survey_versions v
    where v.version in (select o.survey_version from organisations o)
  ),
  answered as (
    select r.organisation_id, count(*)::integer as submitted, max(r.submitted_at) as last_submitted,
           count(*) filter (where r.reported_at is not null)::integer as reported
    from private.responses r join organisations o on o.id = r.organisation_id
    where r.pool_status <> 'rejected' or r.reported_at is not null
    group by r.organisation_id
  ),
  overall as (
    select r.organisation_id, pg_catalog.round(avg(s.score), 1) as score, array_agg(s.score) as scores
    from private.responses r
    join organisations o on o.id = r.organisation_id
    join private.response_scores s on s.response_id = r.id and s.dimension = 'overall'
    where r.reported_at is not null
    group by r.organisation_id
  ),
  started as (
    select i.organisation_id, count(*)::integer as started, max(t.started_at) as last_started
    from private.invitations i
    join organisations o on o.id = i.organisation_id
    join private.invitation_starts t on t.invitation_id = i.id
    group by i.organisation_id
  )
  select coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
    'id', o.id,
    'name', o.name,
    'surveyVersion', o.survey_version,
    'segment', pg_catalog.jsonb_build_object(
      'industry', o.industry, 'companySize', o.company_size, 'region', o.region, 'businessModel', o.business_model
    ),
    'combinedVisible', o.combined_visible,
    'createdAt', o.created_at,
    'archivedAt', o.archived_at,
    -- an archived organisation's invitation takes no answers (private.open_invitation): it shows closed
    'invitation', case when i.id is null then null
                       when o.archived_at is null then private.invitation_json(i)
                       else private.invitation_json(i) || '{"status": "closed"}' end,
    'counts', pg_catalog.jsonb_build_object(
      'invited', i.invited,
      -- a respondent who answered on another device started there too
      'started', greatest(coalesce(st.started, 0), coalesce(a.submitted, 0)),
      'submitted', coalesce(a.submitted, 0),
      -- in the figures (batches of three); the others wait
      'reported', coalesce(a.reported, 0)
    ),
    -- the day only: exact times would tell when each executive answered
    'lastActivity', pg_catalog.date_trunc('day', greatest(o.created_at, a.last_submitted, st.last_started)),
    'overall', case when ov.organisation_id is null then null else pg_catalog.jsonb_build_object(
      'score', ov.score, 'stage', private.stage_for(m.stages, ov.score)) end,
    'overallAgreement', case when ov.organisation_id is null then null else private.score_agreement(ov.scores) end
  ) order by o.created_at, o.id), '[]')
  into listed
  from organisations o
  left join private.invitations i on i.organisation_id = o.id
  left join answered a on a.organisation_id = o.id
  left join overall ov on ov.organisation_id = o.id
  left join started st on st.organisation_id = o.id
  left join models m on m.version = o.survey_version;
  return listed;
end;
$$;
comment on function private.client_organisations_json(uuid, uuid) is
  'A workspace''s client organisations (or only one) as its consultant lists them: segment, invitation, counts '
  '(never who), combined overall score and its agreement over the reported respondents (batches of three).';
