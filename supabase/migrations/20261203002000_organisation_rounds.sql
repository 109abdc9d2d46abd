-- Rounds (issue 15): a consultant re-assesses a client, say yearly, with a
-- fresh invitation, and follows its progress.
--
-- Each client organisation has a current round (1 at first). An answer
-- belongs to the round current when it arrives. Starting a new round closes
-- the current invitation (which releases that round's first one or two
-- answers, as a close always does) and opens a new link.
--   - The report shows the latest round with figures, and the one before it
--     for the change. Batches of three (20261203001000) count per round.
--   - The pool counts the organisation's latest complete round, over the
--     answers in its figures (batches, as the report): the current round once
--     its invitation is closed, the one before while it is open (the first
--     round counts while open). A round with no counted answer in its figures
--     leaves the previous one in place; an equal result changes nothing.
--   - The executives' view and share links (with_name false) show the round
--     before only when it had three respondents or more (with one or two, an
--     executive's own score and the mean would give the others'), and never
--     how many answers wait (that would time an answer around a colleague's).

-- tables
alter table private.client_organisations
  add column current_round smallint not null default 1 check (current_round between 1 and 100),
  add column round_started_at timestamptz;
comment on column private.client_organisations.current_round is
  'The round new answers join (a new round comes with a new invitation link).';
comment on column private.client_organisations.round_started_at is
  'When the current round started (null: the first round, started with the organisation).';

alter table private.responses add column round smallint check (round between 1 and 100);
comment on column private.responses.round is
  'For a client organisation''s respondent: the round the answer belongs to; null for a standalone organisation.';
update private.responses r set round = 1
where exists (select from private.client_organisations o where o.id = r.organisation_id);

-- a round's figures as its last batch left them: they change only when a batch joins (20261203001000)
create table private.round_results (
  organisation_id uuid not null references private.client_organisations (id) on delete cascade,
  round smallint not null check (round between 1 and 100),
  respondents integer not null check (respondents > 0),
  last_reported_at timestamptz not null,
  scores jsonb not null,
  agreement jsonb not null,
  answer_counts jsonb,
  primary key (organisation_id, round)
);
comment on table private.round_results is
  'Each round''s combined figures over its reported respondents, stored when a batch joins: scores and stages, '
  'agreement per dimension, and answer counts from three respondents (never a respondent''s own).';
alter table private.round_results enable row level security;

-- the same answer counts, one row per option, so a portfolio sums many clients' counts in one query
create table private.round_answer_options (
  organisation_id uuid not null references private.client_organisations (id) on delete cascade,
  round smallint not null,
  question text not null,
  row_id text not null default '',
  option text not null,
  n integer not null check (n > 0),
  primary key (organisation_id, round, question, row_id, option)
);
comment on table private.round_answer_options is
  'A round''s stored answer counts (private.round_results.answer_counts) as rows: question, grid row ('''' for '
  'none), option, how many chose it.';
alter table private.round_answer_options enable row level security;

insert into private.api_errors (code, sqlstate, message) values
  ('round_empty', '22023', 'This round has no answers yet: send its invitation before starting another.'),
  ('too_many_rounds', '22023', 'An organisation has at most 100 rounds.');

-- functions
-- An answer joins its organisation's current round when it is stored (replaces 20261203001000's trigger
-- function), and perhaps the report once its scores are stored: a batch's figures are computed then.
create or replace function private.report_answers_after_insert()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  update private.responses r set round = o.current_round
  from new_responses n join private.client_organisations o on o.id = n.organisation_id
  where r.id = n.id;
  return null;
end;
$$;

create function private.report_answers_after_scores()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- (the responses' own trigger may not have run yet when both were inserted by one statement)
  update private.responses r set round = o.current_round
  from private.client_organisations o
  where o.id = r.organisation_id and r.round is null
    and r.id in (select distinct n.response_id from new_scores n);
  perform private.report_new_answers(o.id, false)
  from private.client_organisations o
  where o.id in (
    select distinct r.organisation_id from private.responses r
    where r.id in (select distinct n.response_id from new_scores n)
  );
  return null;
end;
$$;

create trigger response_scores_join_organisation_report
  after insert on private.response_scores
  referencing new table as new_scores
  for each statement execute function private.report_answers_after_scores();

create or replace function private.report_new_answers(organisation_id uuid, closing boolean)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
  current_round smallint;
  waiting integer;
  reported integer;
  released integer := 0;
begin
  -- one lock per organisation for its report and its pool entry (refresh_combined_result takes the same),
  -- and the round read under it, so a new round cannot start between the two
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(organisation_id::text, 0));
  select o.current_round into current_round
  from private.client_organisations o where o.id = report_new_answers.organisation_id;
  select count(*) filter (where r.reported_at is null and r.pool_status <> 'rejected'),
         count(*) filter (where r.reported_at is not null)
  into waiting, reported
  from private.responses r
  where r.organisation_id = report_new_answers.organisation_id and r.round = current_round;
  if waiting >= 3 or (closing and reported = 0 and waiting > 0) then
    update private.responses r set reported_at = now()
    where r.organisation_id = report_new_answers.organisation_id and r.round = current_round
      and r.reported_at is null and r.pool_status <> 'rejected';
    get diagnostics released = row_count;
    perform private.store_round_results(report_new_answers.organisation_id, current_round);
    -- the pool counts the answers in the figures only
    perform private.refresh_combined_result(report_new_answers.organisation_id);
  end if;
  return released;
end;
$$;
comment on function private.report_new_answers(uuid, boolean) is
  'Adds the current round''s waiting answers to the organisation''s report when at least three wait, or '
  '(closing) when none of the round is reported yet; returns how many joined.';

create function private.pool_round(organisation private.client_organisations)
returns smallint
language sql
stable
set search_path = ''
as $$
  -- the latest complete round: the current one once closed, else the one before (the first counts while open)
  select case
    when organisation.current_round = 1 or organisation.archived_at is not null
      or exists (select from private.invitations i where i.organisation_id = organisation.id and i.closed_at is not null)
    then organisation.current_round
    else organisation.current_round - 1
  end::smallint;
$$;
comment on function private.pool_round(private.client_organisations) is
  'The round whose combined result the pool counts: the latest complete one.';

create or replace function private.refresh_combined_result(organisation_id uuid)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
  organisation private.client_organisations;
  previous uuid;
  previous_response uuid;
  result uuid;
  counted_round smallint;
  counted integer;
  entry_pool text;
  scores jsonb;
begin
  select * into organisation from private.client_organisations o where o.id = refresh_combined_result.organisation_id;
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(organisation.id::text, 0));
  select o.combined_result_id, o.response_id into previous, previous_response from private.organisation_results o
  where o.organisation_id = organisation.id for update;
  -- the latest complete round with a counted answer in its figures (answers join in batches, as the report's)
  select max(r.round) into counted_round from private.responses r
  where r.organisation_id = organisation.id and r.pool_status = 'counted' and r.reported_at is not null
    and r.round <= private.pool_round(organisation);
  select count(*), min(r.pool) into counted, entry_pool from private.responses r
  where r.organisation_id = organisation.id and r.pool_status = 'counted' and r.reported_at is not null
    and r.round = counted_round;
  select pg_catalog.jsonb_object_agg(x.dimension, x.score) into scores
  from (
    select s.dimension, pg_catalog.round(avg(s.score), 1) as score
    from private.responses r join private.response_scores s on s.response_id = r.id
    where r.organisation_id = organisation.id and r.pool_status = 'counted' and r.reported_at is not null
      and r.round = counted_round
    group by s.dimension
  ) x;
  -- the same result again changes nothing: a swap for an equal one would still count as a change at a release
  if counted > 0 and previous is not null and exists (
    select from private.combined_results c
    where c.id = previous and c.respondents = counted and c.pool = entry_pool
      and (select pg_catalog.jsonb_object_agg(x.dimension, x.score) from private.combined_result_scores x
           where x.result_id = c.id) = scores
  ) then
    return;
  end if;
  if counted = 0 and previous is null and previous_response is null then
    return;
  end if;
  if counted = 0 then
    delete from private.organisation_results o where o.organisation_id = organisation.id;
  else
    insert into private.combined_results (organisation_id, pool, industry, company_size, region, business_model, respondents)
    values (organisation.id, entry_pool, organisation.industry, organisation.company_size, organisation.region,
            organisation.business_model, counted)
    returning id into result;
    insert into private.combined_result_scores (result_id, dimension, score, stage)
    select result, e.key, (e.value #>> '{}')::numeric,
           private.stage_for(v.scoring_model, (e.value #>> '{}')::numeric)
    from pg_catalog.jsonb_each(scores) as e
    join private.survey_versions v on v.version = organisation.survey_version;
    insert into private.organisation_results (organisation_id, combined_result_id)
    values (organisation.id, result)
    on conflict on constraint organisation_results_pkey do update set combined_result_id = excluded.combined_result_id, response_id = null;
  end if;
  insert into private.rollup_queue (combined_result_id, delta)
  select previous, -1 where previous is not null
  union all
  select result, 1 where result is not null;
  insert into private.rollup_queue (response_id, delta)
  select previous_response, -1 where previous_response is not null;
end;
$$;
comment on function private.refresh_combined_result(uuid) is
  'Recomputes a client organisation''s pooled result from the counted respondents in the figures of its latest '
  'complete round and queues the swap (the organisation still counts once); an equal result changes nothing.';

create function private.pool_round_after_invitation_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- closing completes the current round; reopening makes it incomplete again (a first round counts either way)
  perform private.refresh_combined_result(c.organisation_id)
  from (
    select distinct n.organisation_id from new_invitations n
    join old_invitations o on o.id = n.id
    join private.client_organisations g on g.id = n.organisation_id
    where (n.closed_at is null) <> (o.closed_at is null) and g.current_round > 1
  ) c;
  return null;
end;
$$;

create trigger invitations_change_pool_round
  after update on private.invitations
  referencing new table as new_invitations old table as old_invitations
  for each statement execute function private.pool_round_after_invitation_change();

create function private.pool_round_after_archive()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- an archived organisation's current round is complete
  perform private.refresh_combined_result(new.id);
  return null;
end;
$$;

create trigger client_organisations_archive_pool_round
  after update of archived_at on private.client_organisations
  for each row when ((old.archived_at is null) <> (new.archived_at is null) and new.current_round > 1)
  execute function private.pool_round_after_archive();

-- the report reads one round: the latest with figures, and the one before it for the change
create function private.report_round(organisation_id uuid, before smallint default null)
returns smallint
language sql
stable
set search_path = ''
as $$
  select max(f.round) from private.round_results f
  where f.organisation_id = report_round.organisation_id and (before is null or f.round < before);
$$;
comment on function private.report_round(uuid, smallint) is
  'The latest round of an organisation with reported answers (before a given round, if one is given).';

create function private.round_scores(organisation_id uuid, round smallint)
returns table (dimension text, score numeric, stage integer, scores numeric[])
language sql
stable
set search_path = ''
as $$
  with model as (
    select v.scoring_model from private.client_organisations o
    join private.survey_versions v on v.version = o.survey_version
    where o.id = round_scores.organisation_id
  )
  select s.dimension,
         pg_catalog.round(avg(s.score), 1),
         private.stage_for((select m.scoring_model from model m), pg_catalog.round(avg(s.score), 1)),
         array_agg(s.score)
  from private.responses r
  join private.response_scores s on s.response_id = r.id
  where r.organisation_id = round_scores.organisation_id and r.round = round_scores.round
    and r.reported_at is not null
  group by s.dimension;
$$;
comment on function private.round_scores(uuid, smallint) is
  'Per dimension and overall, over a round''s reported respondents: the mean score (one decimal), its stage, and '
  'the scores themselves (for the agreement only, never returned to a caller).';

create function private.count_answers(response_ids uuid[], spec jsonb)
returns jsonb
language sql
stable
set search_path = ''
as $$
  with answers as (
    select r.answers from private.responses r where r.id = any (response_ids)
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
comment on function private.count_answers(uuid[], jsonb) is
  'How many of these responses chose each option (per row of a grid), profile questions and free text left '
  'out: {question: {option: n}} or {question: {row: {option: n}}}.';

create function private.round_answer_counts(organisation_id uuid, round smallint, spec jsonb)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select private.count_answers(array(
    select r.id from private.responses r
    where r.organisation_id = round_answer_counts.organisation_id and r.round = round_answer_counts.round
      and r.reported_at is not null
  ), spec);
$$;
comment on function private.round_answer_counts(uuid, smallint, jsonb) is
  'How many of a round''s reported respondents chose each option: private.count_answers of them.';

create or replace function private.reported_respondents(organisation_id uuid)
returns integer
language sql
stable
set search_path = ''
as $$
  select coalesce((
    select f.respondents from private.round_results f
    where f.organisation_id = reported_respondents.organisation_id
    order by f.round desc limit 1
  ), 0);
$$;
comment on function private.reported_respondents(uuid) is
  'How many executives an organisation''s report combines: the reported answers of its latest round with figures.';

-- one round's figures, computed from its reported respondents and stored when a batch joins
create function private.store_round_results(organisation_id uuid, round smallint)
returns void
language sql
volatile
set search_path = ''
as $$
  with counted as (
    select count(*)::integer as respondents, max(r.reported_at) as last_reported_at
    from private.responses r
    where r.organisation_id = store_round_results.organisation_id and r.round = store_round_results.round
      and r.reported_at is not null
  )
  insert into private.round_results as f
    (organisation_id, round, respondents, last_reported_at, scores, agreement, answer_counts)
  select store_round_results.organisation_id, store_round_results.round, c.respondents, c.last_reported_at,
    coalesce((
      select pg_catalog.jsonb_agg(
               pg_catalog.jsonb_build_object('dimension', x.dimension, 'score', x.score, 'stage', x.stage)
               order by x.dimension = 'overall', x.dimension)
      from private.round_scores(store_round_results.organisation_id, store_round_results.round) x
    ), '[]'),
    coalesce((
      select pg_catalog.jsonb_agg(
               private.score_agreement(x.scores) || pg_catalog.jsonb_build_object('dimension', x.dimension)
               order by x.dimension = 'overall', x.dimension)
      from private.round_scores(store_round_results.organisation_id, store_round_results.round) x
    ), '[]'),
    -- from three respondents only: with two, each would know the other's answers
    case when c.respondents >= 3 then private.round_answer_counts(
      store_round_results.organisation_id, store_round_results.round,
      (select v.answer_spec from private.client_organisations o
       join private.survey_versions v on v.version = o.survey_version
       where o.id = store_round_results.organisation_id)) end
  from counted c
  where c.respondents > 0
  on conflict on constraint round_results_pkey do update set
    respondents = excluded.respondents, last_reported_at = excluded.last_reported_at, scores = excluded.scores,
    agreement = excluded.agreement, answer_counts = excluded.answer_counts;
  delete from private.round_answer_options o
  where o.organisation_id = store_round_results.organisation_id and o.round = store_round_results.round;
  insert into private.round_answer_options (organisation_id, round, question, row_id, option, n)
  select f.organisation_id, f.round, q.key, '', o.key, (o.value #>> '{}')::integer
  from private.round_results f
  cross join lateral pg_catalog.jsonb_each(f.answer_counts) as q
  cross join lateral pg_catalog.jsonb_each(q.value) as o
  where f.organisation_id = store_round_results.organisation_id and f.round = store_round_results.round
    and f.answer_counts is not null and pg_catalog.jsonb_typeof(o.value) = 'number'
  union all
  select f.organisation_id, f.round, q.key, w.key, o.key, (o.value #>> '{}')::integer
  from private.round_results f
  cross join lateral pg_catalog.jsonb_each(f.answer_counts) as q
  cross join lateral pg_catalog.jsonb_each(q.value) as w
  cross join lateral pg_catalog.jsonb_each(w.value) as o
  where f.organisation_id = store_round_results.organisation_id and f.round = store_round_results.round
    and f.answer_counts is not null and pg_catalog.jsonb_typeof(w.value) = 'object';
$$;
comment on function private.store_round_results(uuid, smallint) is
  'Computes a round''s figures over its reported respondents and stores them (called when a batch joins).';

create function private.round_figures(organisation_id uuid, round smallint)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select pg_catalog.jsonb_build_object(
    'number', f.round,
    'respondents', f.respondents,
    -- the day the last batch joined: exact times would tell when each executive answered
    'lastSubmittedAt', pg_catalog.date_trunc('day', f.last_reported_at),
    'scores', f.scores,
    'agreement', f.agreement
  )
  from private.round_results f
  where f.organisation_id = round_figures.organisation_id and f.round = round_figures.round;
$$;
comment on function private.round_figures(uuid, smallint) is
  'A round''s stored figures: number, respondents, day of the last batch, scores and agreement per dimension; '
  'null for no such round.';

-- the rounds already reported
select private.store_round_results(x.organisation_id, x.round)
from (select distinct r.organisation_id, r.round from private.responses r where r.reported_at is not null) x;

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
  shown smallint := private.report_round(organisation.id);
  figures jsonb := private.round_figures(organisation.id, shown);
  respondents integer := coalesce((figures ->> 'respondents')::integer, 0);
  waiting integer;
  entry_pool text;
  own_scores jsonb;
begin
  select count(*) filter (where r.round = organisation.current_round and r.reported_at is null
                            and r.pool_status <> 'rejected')::integer,
         coalesce(min(r.pool), 'live')
  into waiting, entry_pool
  from private.responses r where r.organisation_id = organisation.id;
  select pg_catalog.jsonb_object_agg(s ->> 'dimension', (s ->> 'score')::numeric) into own_scores
  from pg_catalog.jsonb_array_elements(figures -> 'scores') as s;
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
      -- answers of the current round not yet in the figures: they join with at least two more
      'waiting', case when with_name then waiting end,
      -- the day the last batch joined: exact times would tell when each executive answered
      'lastSubmittedAt', figures -> 'lastSubmittedAt',
      'round', shown,
      'currentRound', case when with_name then organisation.current_round end
    ),
    'scores', coalesce(figures -> 'scores', '[]'),
    'agreement', coalesce(figures -> 'agreement', '[]'),
    'previousRound', (
      select f from private.round_figures(organisation.id, private.report_round(organisation.id, shown)) as f
      where shown is not null and (with_name or (f ->> 'respondents')::integer >= 3)
    ),
    -- from three respondents only: with two, each would know the other's answers
    'answerCounts', (
      select f.answer_counts from private.round_results f where f.organisation_id = organisation.id and f.round = shown
    ),
    'anonymityK', k,
    -- the consultant's brand, on every copy of the report (theirs, shared, the executives')
    'brand', private.brand_json(organisation.workspace_id),
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
  'A client organisation''s report of its latest round with figures (reported respondents, batches of three): '
  'combined scores, agreement, the previous round''s for the change, answer counts from three respondents, '
  'released peer figures, how many answers of the current round wait; its name only when with_name.';

drop function private.reported_scores(uuid);
drop function private.answer_counts(uuid, jsonb);

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
  answered as (
    select r.organisation_id, count(*)::integer as submitted, max(r.submitted_at) as last_submitted,
           count(*) filter (where r.reported_at is not null)::integer as reported
    from private.responses r join organisations o on o.id = r.organisation_id and r.round = o.current_round
    where r.pool_status <> 'rejected' or r.reported_at is not null
    group by r.organisation_id
  ),
  -- the latest round with figures, as stored
  shown as (
    select distinct on (f.organisation_id) f.organisation_id, f.round, f.scores, f.agreement
    from private.round_results f join organisations o on o.id = f.organisation_id
    order by f.organisation_id, f.round desc
  ),
  overall as (
    select sh.organisation_id,
           (select x from pg_catalog.jsonb_array_elements(sh.scores) as x where x ->> 'dimension' = 'overall')
             as score,
           (select x - 'dimension' from pg_catalog.jsonb_array_elements(sh.agreement) as x
            where x ->> 'dimension' = 'overall') as agreement
    from shown sh
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
    'currentRound', o.current_round,
    -- the round the combined figures are of
    'reportRound', sh.round,
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
    'overall', case when ov.score is null then null else pg_catalog.jsonb_build_object(
      'score', ov.score -> 'score', 'stage', ov.score -> 'stage') end,
    'overallAgreement', ov.agreement
  ) order by o.created_at, o.id), '[]')
  into listed
  from organisations o
  left join private.invitations i on i.organisation_id = o.id
  left join answered a on a.organisation_id = o.id
  left join shown sh on sh.organisation_id = o.id
  left join overall ov on ov.organisation_id = o.id
  left join started st on st.organisation_id = o.id;
  return listed;
end;
$$;
comment on function private.client_organisations_json(uuid, uuid) is
  'A workspace''s client organisations (or only one) as its consultant lists them: segment, round, invitation, '
  'counts of the current round (never who), combined overall score and its agreement in the latest round with '
  'figures (reported respondents, batches of three).';

drop function private.combined_scores(uuid, text[]);

create function api.start_round(
  workspace_key text, organisation_id uuid, invitation_token text, expires_at timestamptz default null,
  invited integer default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  organisation private.client_organisations := private.workspace_organisation(workspace_key, organisation_id);
begin
  if organisation.archived_at is not null then
    perform private.raise_api_error('organisation_archived');
  end if;
  select * into organisation from private.client_organisations o where o.id = organisation.id for update;
  if not exists (
    select from private.responses r where r.organisation_id = organisation.id and r.round = organisation.current_round
  ) then
    perform private.raise_api_error('round_empty');
  end if;
  if organisation.current_round >= 100 then
    perform private.raise_api_error('too_many_rounds');
  end if;
  -- the round ends: its invitation closes (a close shows its first one or two answers, as always)
  update private.invitations i set closed_at = now()
  where i.organisation_id = organisation.id and i.closed_at is null;
  update private.client_organisations o
  set current_round = o.current_round + 1, round_started_at = now()
  where o.id = organisation.id;
  -- the new round's invitation: a new link, its own started count
  delete from private.invitation_starts t
  using private.invitations i where i.id = t.invitation_id and i.organisation_id = organisation.id;
  perform api.issue_invitation(workspace_key, organisation.id, invitation_token, expires_at, invited);
  return private.client_organisations_json(organisation.workspace_id, organisation.id) -> 0;
end;
$$;
comment on function api.start_round(text, uuid, text, timestamptz, integer) is
  'Ends the organisation''s current round (its invitation closes) and starts the next with a new invitation link; '
  'refused while the current round has no answer.';

-- grants
grant execute on function api.start_round(text, uuid, text, timestamptz, integer) to anon, authenticated;
