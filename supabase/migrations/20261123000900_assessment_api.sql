-- The assessment's RPC surface: save and load a draft, submit a response
-- (validated, scored, idempotent), and read one's own report by token.

-- functions
create function api.save_draft(
  draft_token text, survey_version text, language text, page_number integer, answers jsonb
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  token bytea := private.token_hash(draft_token);
  version private.survey_versions := private.survey_version(survey_version);
  saved_at timestamptz := now();
begin
  perform private.check_language(language);
  if page_number is null or page_number not between 0 and 100 then
    raise exception using errcode = '22023', message = 'Page number must be between 0 and 100.';
  end if;
  perform private.validate_answers(version.answer_spec, answers, false);
  insert into private.drafts (token_hash, survey_version, language, page_number, answers, updated_at)
  values (token, version.version, language, page_number, answers, saved_at)
  on conflict on constraint drafts_pkey do update
    set survey_version = excluded.survey_version, language = excluded.language,
        page_number = excluded.page_number, answers = excluded.answers, updated_at = excluded.updated_at;
  return pg_catalog.jsonb_build_object('savedAt', saved_at);
end;
$$;
comment on function api.save_draft(text, text, text, integer, jsonb) is
  'Saves (or replaces) the draft reachable with draft_token; partial answers are checked for type and range.';

create function api.load_draft(draft_token text)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  draft private.drafts;
begin
  select * into draft from private.drafts d where d.token_hash = private.token_hash(draft_token);
  if not found then
    raise exception using errcode = 'PT404', message = 'No saved assessment for this link (it may have been submitted).';
  end if;
  return pg_catalog.jsonb_build_object(
    'surveyVersion', draft.survey_version,
    'language', draft.language,
    'pageNumber', draft.page_number,
    'answers', draft.answers,
    'savedAt', draft.updated_at
  );
end;
$$;
comment on function api.load_draft(text) is 'The draft behind a resume token; PT404 when there is none.';

create function api.submit_response(
  response_id uuid,
  survey_version text,
  language text,
  answers jsonb,
  report_token text,
  draft_token text default null
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  token bytea := private.token_hash(report_token);
  version private.survey_versions;
  existing bytea;
  organisation text;
begin
  if response_id is null then
    raise exception using errcode = '22023', message = 'A response id (UUID) is required.';
  end if;
  select r.report_token_hash into existing from private.responses r where r.id = response_id;
  if found then
    if existing = token then
      return pg_catalog.jsonb_build_object('responseId', response_id, 'status', 'already_stored');
    end if;
    raise exception using errcode = '23505', message = 'This response id is already used by another response.';
  end if;

  version := private.survey_version(survey_version);
  perform private.check_language(language);
  perform private.validate_answers(version.answer_spec, answers, true);

  insert into private.responses (
    id, organisation_id, survey_version, language, answers, industry, company_size, region, business_model,
    respondent_function, respondent_seniority, report_token_hash
  )
  values (
    response_id, response_id, version.version, language, answers - 'organisation_name',
    answers ->> 'industry', answers ->> 'company_size', answers ->> 'region', answers ->> 'business_model',
    answers ->> 'respondent_function', answers ->> 'respondent_seniority', token
  )
  on conflict (id) do nothing;
  if not found then
    -- a concurrent submission of the same response won the race
    return api.submit_response(response_id, survey_version, language, answers, report_token, draft_token);
  end if;

  organisation := nullif(pg_catalog.btrim(answers ->> 'organisation_name'), '');
  if organisation is not null then
    insert into private.organisation_names (response_id, name) values (response_id, organisation);
  end if;
  insert into private.response_scores (response_id, dimension, score, stage)
  select response_id, s.dimension, s.score, s.stage
  from private.score_answers(version.scoring_model, answers) as s;
  perform private.count_in_benchmarks(response_id);

  if draft_token is not null then
    delete from private.drafts d where d.token_hash = private.token_hash(draft_token);
  end if;
  return pg_catalog.jsonb_build_object('responseId', response_id, 'status', 'stored');
end;
$$;
comment on function api.submit_response(uuid, text, text, jsonb, text, text) is
  'Validates, stores and scores a complete response; the same response_id and report_token again is a no-op.';

create function private.response_summary(response private.responses)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select pg_catalog.jsonb_build_object(
    'responseId', response.id,
    'surveyVersion', response.survey_version,
    'language', response.language,
    'submittedAt', response.submitted_at,
    'isSynthetic', response.pool <> 'live',
    'profile', pg_catalog.jsonb_build_object(
      'industry', response.industry,
      'companySize', response.company_size,
      'region', response.region,
      'businessModel', response.business_model,
      'respondentFunction', response.respondent_function,
      'respondentSeniority', response.respondent_seniority
    ),
    'scores', (
      select pg_catalog.jsonb_agg(
        pg_catalog.jsonb_build_object('dimension', s.dimension, 'score', s.score, 'stage', s.stage)
        order by s.dimension = 'overall', s.dimension
      )
      from private.response_scores s
      where s.response_id = response.id
    )
  );
$$;
comment on function private.response_summary(private.responses) is
  'A response as its owner sees it: version, language, profile and scores (never the organisation name).';

create function api.response_report(report_token text)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select private.response_summary(private.owned_response(report_token));
$$;
comment on function api.response_report(text) is 'A respondent''s own scores and stages, by report token; PT404 when unknown.';

-- grants
grant execute on function api.save_draft(text, text, text, integer, jsonb) to anon, authenticated;
grant execute on function api.load_draft(text) to anon, authenticated;
grant execute on function api.submit_response(uuid, text, text, jsonb, text, text) to anon, authenticated;
grant execute on function api.response_report(text) to anon, authenticated;
