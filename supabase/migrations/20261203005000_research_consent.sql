-- Research consent (issue 16): a respondent may agree that their anonymised
-- answers are shared with researchers. Declining changes nothing else: the
-- report is theirs and the result joins the benchmark as before.
--
-- private.responses.research_consent is false unless the respondent said yes
-- (every response stored before this migration: false). api.submit_response
-- takes a trailing research_consent (null: not asked, stored as false); its
-- body is 20261202004200's, storing the choice as well. Research exports
-- (20261203005100) read the column; nothing else does.

-- tables
alter table private.responses add column research_consent boolean not null default false;
comment on column private.responses.research_consent is
  'Whether the respondent agreed that their anonymised answers may be shared with researchers (false: declined '
  'or not asked). Research data packages include only consenting respondents.';

-- functions
-- PostgREST must see one submit_response only
drop function api.submit_response(uuid, text, text, jsonb, text, text, jsonb, text, text);

create function api.submit_response(
  response_id uuid,
  survey_version text,
  language text,
  answers jsonb,
  report_token text,
  draft_token text default null,
  proof jsonb default null,
  previous_report_token text default null,
  invitation_token text default null,
  research_consent boolean default null
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
      respondent_function, respondent_seniority, report_token_hash, pool_status, quality_flags, duration_seconds,
      research_consent
    )
    values (
      response_id, org_id, version.version, language, answers - 'organisation_name',
      answers ->> 'industry', answers ->> 'company_size', answers ->> 'region', answers ->> 'business_model',
      answers ->> 'respondent_function', answers ->> 'respondent_seniority', token, status, flags, duration,
      coalesce(submit_response.research_consent, false)
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
      invitation_token, research_consent
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
comment on function api.submit_response(uuid, text, text, jsonb, text, text, jsonb, text, text, boolean) is
  'Validates, stores and scores a complete response, given a solved challenge (proof {salt, number}) and within '
  'the rate limits; flagged responses are held outside the benchmarks. The same response_id and report_token '
  'again is a no-op. previous_report_token: an earlier report of this browser (a retake of the same organisation). '
  'invitation_token: the response is a respondent''s of that invitation''s client organisation. research_consent: '
  'whether anonymised answers may be shared with researchers (null or false: no).';

-- grants
grant execute on function api.submit_response(uuid, text, text, jsonb, text, text, jsonb, text, text, boolean) to anon, authenticated;
