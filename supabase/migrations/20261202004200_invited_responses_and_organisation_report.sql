-- Executives answering through an invitation (issue 14), and their
-- organisation's report.
--
-- submit_response takes an invitation token. With one, the response belongs
-- to the invitation's organisation: its segment is the organisation's (the
-- executive is asked only their own function and seniority), it never takes a
-- name, and the pool counts the organisation's recomputed combined result in
-- place of its previous one. A retake from an earlier report no longer joins
-- a client organisation.
--
-- The organisation report gives the consultant (and, if allowed, the
-- respondents) the combined scores, the agreement per dimension and, from
-- three respondents, the answer counts per question, never a respondent's own
-- answers or scores, and never who gave which.

-- functions
create function private.answer_counts(organisation_id uuid, spec jsonb)
returns jsonb
language sql
stable
set search_path = ''
as $$
  with answers as (
    select r.answers from private.responses r
    where r.organisation_id = answer_counts.organisation_id and r.pool_status <> 'rejected'
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
           -- (both aggregates are computed whatever the case; the filter keeps null rows out of the object)
           case when bool_or(c.row_id is null) then (array_agg(c.counts))[1]
                else pg_catalog.jsonb_object_agg(c.row_id, c.counts) filter (where c.row_id is not null) end as counts
    from counted c
    group by c.question
  ) x;
$$;
comment on function private.answer_counts(uuid, jsonb) is
  'How many of an organisation''s respondents chose each option (per row of a grid), profile questions and '
  'free text left out: {question: {option: n}} or {question: {row: {option: n}}}.';

create function private.reported_respondents(organisation_id uuid)
returns integer
language sql
stable
set search_path = ''
as $$
  select count(*)::integer from private.responses r
  where r.organisation_id = reported_respondents.organisation_id and r.pool_status <> 'rejected';
$$;
comment on function private.reported_respondents(uuid) is
  'How many executives an organisation''s report combines: every respondent not rejected by a quality check.';

create function private.organisation_benchmark_report(
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
  last_submitted timestamptz;
  entry_pool text;
  own_scores jsonb;
  scores jsonb;
  agreement jsonb;
begin
  select count(*)::integer, max(r.submitted_at), coalesce(min(r.pool), 'live')
  into respondents, last_submitted, entry_pool
  from private.responses r where r.organisation_id = organisation.id and r.pool_status <> 'rejected';
  select pg_catalog.jsonb_object_agg(c.dimension, c.score),
         pg_catalog.jsonb_agg(
           pg_catalog.jsonb_build_object('dimension', c.dimension, 'score', c.score, 'stage', c.stage)
           order by c.dimension = 'overall', c.dimension),
         pg_catalog.jsonb_agg(
           private.score_agreement(c.scores) || pg_catalog.jsonb_build_object('dimension', c.dimension)
           order by c.dimension = 'overall', c.dimension)
  into own_scores, scores, agreement
  from private.combined_scores(organisation.id, array['counted', 'held']) c;
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
      -- the day only: exact times would tell when each executive answered
      'lastSubmittedAt', pg_catalog.date_trunc('day', last_submitted)
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
  'A client organisation''s report: combined scores (respondents not rejected), agreement, answer counts from '
  'three respondents, released peer figures; its name only when with_name.';

create function api.organisation_report(workspace_key text, organisation_id uuid, segment jsonb default '{}')
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select private.organisation_benchmark_report(
    private.workspace_organisation(workspace_key, organisation_id), segment, true
  );
$$;
comment on function api.organisation_report(text, uuid, jsonb) is
  'The consultant''s report of one client organisation, with its name.';

create function api.combined_report(report_token text, segment jsonb default '{}')
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  response private.responses := private.owned_response(report_token);
  organisation private.client_organisations;
begin
  select * into organisation from private.client_organisations o
  where o.id = response.organisation_id and o.combined_visible
    and private.reported_respondents(o.id) >= 3;
  if not found then
    -- not a respondent of a client organisation, one whose consultant has not shared the combined result,
    -- or fewer than three respondents: with two, one executive's own score and the mean give the other's
    perform private.raise_api_error('unknown_report');
  end if;
  -- the organisation's name is the consultant's label, private to the workspace
  return private.organisation_benchmark_report(organisation, segment, false);
end;
$$;
comment on function api.combined_report(text, jsonb) is
  'A respondent''s view of their organisation''s combined report, when the consultant allows it and at least '
  'three executives answered; 404 otherwise. Never the organisation''s name.';

-- PostgREST must see one submit_response only
drop function api.submit_response(uuid, text, text, jsonb, text, text, jsonb, text);

create function api.submit_response(
  response_id uuid,
  survey_version text,
  language text,
  answers jsonb,
  report_token text,
  draft_token text default null,
  proof jsonb default null,
  previous_report_token text default null,
  invitation_token text default null
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  settings private.pool_integrity_settings := private.pool_integrity_settings();
  token bytea := private.token_hash(report_token);
  draft bytea := case when draft_token is null then null else private.token_hash(draft_token) end;
  previous bytea := case when previous_report_token is null then null else private.token_hash(previous_report_token) end;
  invitation private.invitations;
  client_organisation private.client_organisations;
  version private.survey_versions;
  existing private.responses;
  organisation text;
  org_id uuid := response_id;
  started timestamptz;
  duration numeric;
  client bytea := private.client_key();
  digest bytea;
  refusal text;
  flags text[];
  status text;
begin
  if response_id is null then
    perform private.raise_api_error('missing_response_id');
  end if;
  -- a retry of a stored submission needs no new proof and uses no quota
  select * into existing from private.responses r where r.id = response_id;
  if found then
    if existing.report_token_hash = token then
      return pg_catalog.jsonb_build_object(
        'responseId', response_id, 'status', 'already_stored', 'poolStatus', existing.pool_status
      );
    end if;
    perform private.raise_api_error('response_id_in_use');
  end if;

  -- a client organisation's id is never a response's: that would add an answer to it without an invitation
  if exists (select from private.client_organisations o where o.id = response_id) then
    perform private.raise_api_error('response_id_in_use');
  end if;

  version := private.survey_version(survey_version);
  perform private.check_language(language);
  if invitation_token is not null then
    invitation := private.open_invitation(invitation_token);
    if answers is null or pg_catalog.jsonb_typeof(answers) <> 'object' then
      perform private.invalid_answer('Answers are an object of question name to answer.');
    end if;
    select * into client_organisation from private.client_organisations o where o.id = invitation.organisation_id;
    if client_organisation.survey_version <> version.version then
      perform private.raise_api_error('invitation_survey_version');
    end if;
    -- the organisation's segment, set by its consultant; no name from a respondent
    answers := answers - array['industry', 'company_size', 'region', 'business_model', 'organisation_name']
      || pg_catalog.jsonb_build_object(
           'industry', client_organisation.industry, 'company_size', client_organisation.company_size,
           'region', client_organisation.region, 'business_model', client_organisation.business_model
         );
    org_id := client_organisation.id;
  end if;
  perform private.validate_answers(version.answer_spec, answers, true);
  -- The report token is a new capability: not the draft's, nor any other report's, share's or draft's.
  if token = draft or private.token_in_use(token) then
    perform private.raise_api_error('token_in_use');
  end if;
  refusal := private.spend_proof(proof);
  if refusal is not null then
    -- a concurrent copy of this submission may have spent the proof and stored it meanwhile
    select * into existing from private.responses r where r.id = response_id;
    if found and existing.report_token_hash = token then
      return pg_catalog.jsonb_build_object(
        'responseId', response_id, 'status', 'already_stored', 'poolStatus', existing.pool_status
      );
    end if;
    perform private.raise_api_error(refusal);
  end if;
  -- the client's counter now (a flood is refused before any work); the overall one last (see count_call)
  perform private.count_call('submission', settings.client_submissions, null);

  -- a retake from a browser that holds an earlier report: the same organisation, unless that was a client's
  if previous is not null and invitation.id is null then
    org_id := coalesce(
      (select r.organisation_id from private.responses r
       where r.report_token_hash = previous and r.pool = 'live'
         and not exists (select from private.client_organisations o where o.id = r.organisation_id)),
      response_id
    );
  end if;
  if draft is not null then
    select d.started_at into started from private.drafts d where d.token_hash = draft;
    duration := pg_catalog.round(pg_catalog.date_part('epoch', now() - started)::numeric, 1);
  end if;
  digest := pg_catalog.sha256(pg_catalog.convert_to((answers - 'organisation_name')::text, 'UTF8'));
  flags := private.speeding_flags(duration, private.answered_items(answers));
  if (select l.flagged from private.longstring(version.answer_spec, answers, settings.longstring_min_matrix) as l) then
    flags := flags || 'straight_lining'::text;
  end if;
  if exists (
    select from private.recent_submissions s
    where s.client_key = client and s.answers_hash = digest and s.organisation_id <> org_id
      and s.submitted_at > now() - settings.duplicate_window
  ) then
    flags := flags || 'duplicate'::text;
  end if;
  status := case when pg_catalog.cardinality(flags) = 0 then 'counted' else 'held' end;

  begin
    insert into private.responses (
      id, organisation_id, survey_version, language, answers, industry, company_size, region, business_model,
      respondent_function, respondent_seniority, report_token_hash, pool_status, quality_flags, duration_seconds
    )
    values (
      response_id, org_id, version.version, language, answers - 'organisation_name',
      answers ->> 'industry', answers ->> 'company_size', answers ->> 'region', answers ->> 'business_model',
      answers ->> 'respondent_function', answers ->> 'respondent_seniority', token, status, flags, duration
    )
    on conflict (id) do nothing;
  exception when unique_violation then
    -- another response took this report token between the check and the insert
    perform private.raise_api_error('token_in_use');
  end;
  if not found then
    -- a concurrent submission of the same response won the race
    return api.submit_response(
      response_id, survey_version, language, answers, report_token, draft_token, proof, previous_report_token,
      invitation_token
    );
  end if;

  organisation := nullif(pg_catalog.btrim(answers ->> 'organisation_name'), '');
  if organisation is not null then
    insert into private.organisation_names (response_id, name) values (response_id, organisation);
  end if;
  insert into private.response_scores (response_id, dimension, score, stage)
  select response_id, s.dimension, s.score, s.stage
  from private.score_answers(version.scoring_model, answers) as s;
  insert into private.recent_submissions (response_id, client_key, answers_hash, organisation_id)
  values (response_id, client, digest, org_id);
  if status = 'counted' and invitation.id is not null then
    perform private.refresh_combined_result(org_id);
  elsif status = 'counted' then
    perform private.count_in_benchmarks(response_id);
  end if;

  if draft is not null then
    delete from private.drafts d where d.token_hash = draft;
  end if;
  perform private.count_call('submission', null, settings.global_submissions);
  return pg_catalog.jsonb_build_object('responseId', response_id, 'status', 'stored', 'poolStatus', status);
end;
$$;
comment on function api.submit_response(uuid, text, text, jsonb, text, text, jsonb, text, text) is
  'Validates, stores and scores a complete response, given a solved challenge (proof {salt, number}) and within '
  'the rate limits; flagged responses are held outside the benchmarks. The same response_id and report_token '
  'again is a no-op. previous_report_token: an earlier report of this browser (a retake of the same organisation). '
  'invitation_token: the response is a respondent''s of that invitation''s client organisation.';

-- grants
grant execute on function api.submit_response(uuid, text, text, jsonb, text, text, jsonb, text, text) to anon, authenticated;
grant execute on function api.organisation_report(text, uuid, jsonb) to anon, authenticated;
grant execute on function api.combined_report(text, jsonb) to anon, authenticated;
