-- One catalogue of the errors a caller can trigger, and no caller text in any
-- error message.
--
-- PostgREST 12 copies the message of a PT-coded error into the HTTP status
-- line without removing CR/LF, so an echoed value could add headers or a body
-- to the response. Every error an `api` function raises now comes from
-- `private.api_errors`: a fixed message written for users, the HTTP status
-- through its SQLSTATE, a stable code in `hint`, and at most a bounded echo of
-- the value at fault, control characters replaced, in `details` (the JSON
-- body only). Text inputs are checked for format before any lookup; tokens
-- that are trivially weak, or already used as another token, are refused.

-- tables
create table private.api_errors (
  code text primary key check (code ~ '^[a-z_]{3,40}$'),
  sqlstate text not null check (sqlstate ~ '^[0-9A-Z]{5}$'),
  message text not null check (message !~ '[[:cntrl:]]' and pg_catalog.char_length(message) <= 200)
);
comment on table private.api_errors is
  'Every error a caller can trigger: stable code (sent as hint), SQLSTATE (gives the HTTP status), fixed message for users.';
alter table private.api_errors enable row level security;

insert into private.api_errors (code, sqlstate, message) values
  ('invalid_token', '22023', 'This link is not valid: its token must be 43 random base64url characters.'),
  ('weak_token', '22023', 'This token is too weak to protect a report: generate a new random one.'),
  ('token_in_use', '23505', 'This token is already in use: generate a new random one.'),
  ('invalid_edition', '22023', 'A benchmark edition id is 1 to 64 lowercase letters, digits and hyphens.'),
  ('unknown_edition', 'PT404', 'There is no such benchmark edition.'),
  ('invalid_survey_version', '22023', 'A survey version is 1 to 64 lowercase letters, digits, dots and hyphens.'),
  ('unknown_survey_version', '22023', 'There is no such survey version.'),
  ('invalid_language', '22023', 'Language must be "en" or "ko".'),
  ('invalid_page', '22023', 'Page number must be between 0 and 100.'),
  ('invalid_answers', '22023', 'These answers do not fit the survey; details name the question.'),
  ('invalid_segment', '22023', 'This peer group is not one the benchmark offers.'),
  ('invalid_label', '22023', 'A share link label is plain text of at most 100 characters.'),
  ('invalid_expiry', '22023', 'A share link must expire in the future and within a year.'),
  ('missing_response_id', '22023', 'A response id (UUID) is required.'),
  ('response_id_in_use', '23505', 'This response id is already used by another response.'),
  ('unknown_report', 'PT404', 'No report for this link.'),
  ('unknown_draft', 'PT404', 'No saved assessment for this link (it may have been submitted).'),
  ('unknown_share_link', 'PT404', 'This report has no such share link.'),
  ('unknown_link', 'PT404', 'This link does not exist.'),
  ('expired_link', 'PT410', 'This link is no longer available.');

-- functions
create function private.echo(value text)
returns text
language sql
immutable
set search_path = ''
as $$
  select pg_catalog.left(pg_catalog.regexp_replace(value, '[[:cntrl:]]', '?', 'g'), 120);
$$;
comment on function private.echo(text) is
  'A caller''s value as it may appear in an error''s details: control characters replaced, at most 120 characters.';

create function private.raise_api_error(code text, detail text default null)
returns void
language plpgsql
stable
set search_path = ''
as $$
declare
  entry private.api_errors;
begin
  select * into entry from private.api_errors e where e.code = raise_api_error.code;
  if not found then
    raise exception using errcode = 'XX000', message = 'Internal error: an unlisted API error code.';
  end if;
  if detail is null then
    raise exception using errcode = entry.sqlstate, message = entry.message, hint = entry.code;
  end if;
  raise exception using
    errcode = entry.sqlstate, message = entry.message, hint = entry.code, detail = private.echo(detail);
end;
$$;
comment on function private.raise_api_error(text, text) is
  'Raises a catalogued error: its fixed message, its SQLSTATE, its code as hint, and a bounded echo as detail.';

create function private.check_identifier(value text, pattern text, error_code text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if value is null or pg_catalog.char_length(value) > 64 or value !~ pattern then
    perform private.raise_api_error(error_code);
  end if;
end;
$$;
comment on function private.check_identifier(text, text, text) is
  'Refuses an identifier that is missing, longer than 64 characters or not of the pattern, before any lookup.';

-- Answers: the message named the question and echoed the caller's keys and values; it now goes,
-- bounded, into details.
create or replace function private.invalid_answer(message text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  perform private.raise_api_error('invalid_answers', message);
end;
$$;

-- Tokens: 43 base64url characters, and not trivially weak. 256 random bits spread over 43
-- characters show about 31 distinct ones; fewer than 16 happens by chance with a probability
-- below 1e-12, so such a token was not drawn at random (one repeated character, a counter).
create or replace function private.token_hash(token text)
returns bytea
language plpgsql
immutable
set search_path = ''
as $$
begin
  if token is null or pg_catalog.char_length(token) <> 43 or token !~ '^[A-Za-z0-9_-]{43}$' then
    perform private.raise_api_error('invalid_token');
  end if;
  if (select pg_catalog.count(distinct c) from pg_catalog.regexp_split_to_table(token, '') as c) < 16 then
    perform private.raise_api_error('weak_token');
  end if;
  return pg_catalog.sha256(pg_catalog.convert_to(token, 'UTF8'));
end;
$$;
comment on function private.token_hash(text) is
  'SHA-256 of a well-formed, not trivially weak capability token; raises invalid_token or weak_token otherwise.';

create function private.token_in_use(hash bytea)
returns boolean
language sql
stable
set search_path = ''
as $$
  select exists (select from private.responses r where r.report_token_hash = hash)
      or exists (select from private.share_links l where l.token_hash = hash)
      or exists (select from private.drafts d where d.token_hash = hash);
$$;
comment on function private.token_in_use(bytea) is 'Whether any report, share or draft token already has this hash.';

create or replace function private.survey_version(version text)
returns private.survey_versions
language plpgsql
stable
set search_path = ''
as $$
declare
  match private.survey_versions;
begin
  perform private.check_identifier(version, '^[a-z0-9][a-z0-9.-]*$', 'invalid_survey_version');
  select * into match from private.survey_versions v where v.version = survey_version.version;
  if not found then
    perform private.raise_api_error('unknown_survey_version', version);
  end if;
  return match;
end;
$$;

create or replace function private.check_language(language text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if language is null or language not in ('en', 'ko') then
    perform private.raise_api_error('invalid_language');
  end if;
end;
$$;

create or replace function private.owned_response(report_token text)
returns private.responses
language plpgsql
stable
set search_path = ''
as $$
declare
  response private.responses;
begin
  select * into response from private.responses r where r.report_token_hash = private.token_hash(report_token);
  if not found then
    perform private.raise_api_error('unknown_report');
  end if;
  return response;
end;
$$;

create or replace function private.checked_segment(segment jsonb, spec jsonb)
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
    perform private.raise_api_error('invalid_segment', 'A segment is an object such as {"industry": "insurance"}.');
  end if;
  for attribute, value in select key, v from pg_catalog.jsonb_each(segment) as e(key, v) loop
    if attribute not in ('industry', 'company_size', 'region', 'business_model') then
      perform private.raise_api_error('invalid_segment', 'Attributes: industry, company_size, region, business_model.');
    end if;
    if pg_catalog.jsonb_typeof(value) <> 'string' or not (spec -> 'questions' -> attribute -> 'options') ? (value #>> '{}') then
      perform private.raise_api_error('invalid_segment', pg_catalog.format('%s: not one of its values.', attribute));
    end if;
  end loop;
  return segment;
end;
$$;

create or replace function api.research_baseline(edition_id text default 'digital-cx-2022')
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  result jsonb;
begin
  perform private.check_identifier(edition_id, '^[a-z0-9][a-z0-9-]*$', 'invalid_edition');
  select pg_catalog.jsonb_build_object(
    'edition', pg_catalog.jsonb_build_object(
      'id', e.id,
      'title', e.title,
      'publisher', e.publisher,
      'year', e.year,
      'fielded', e.fielded,
      'sampleSize', e.sample_size,
      'citation', e.citation
    ),
    'distributions', coalesce((
      select pg_catalog.jsonb_agg(
        pg_catalog.jsonb_build_object(
          'questionId', d.question_id,
          'rowId', nullif(d.row_id, ''),
          'dimension', d.dimension,
          'kind', d.kind,
          'n', d.respondents,
          'publishedMean', d.published_mean,
          'options', (
            select pg_catalog.jsonb_agg(
              pg_catalog.jsonb_build_object(
                'optionId', c.option_id,
                'count', c.answer_count,
                'publishedPercent', c.published_percent
              ) order by c.position
            )
            from private.baseline_answer_counts c
            where c.edition_id = d.edition_id and c.question_id = d.question_id and c.row_id = d.row_id
          )
        ) order by d.position
      )
      from private.baseline_distributions d
      where d.edition_id = e.id
    ), '[]'::jsonb)
  )
  into result
  from private.baseline_editions e
  where e.id = research_baseline.edition_id;

  if result is null then
    perform private.raise_api_error('unknown_edition');
  end if;
  return result;
end;
$$;

create or replace function api.save_draft(
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
    perform private.raise_api_error('invalid_page');
  end if;
  perform private.validate_answers(version.answer_spec, answers, false);
  if exists (select from private.responses r where r.report_token_hash = token)
     or exists (select from private.share_links l where l.token_hash = token) then
    perform private.raise_api_error('token_in_use');
  end if;
  insert into private.drafts (token_hash, survey_version, language, page_number, answers, updated_at)
  values (token, version.version, language, page_number, answers, saved_at)
  on conflict on constraint drafts_pkey do update
    set survey_version = excluded.survey_version, language = excluded.language,
        page_number = excluded.page_number, answers = excluded.answers, updated_at = excluded.updated_at;
  return pg_catalog.jsonb_build_object('savedAt', saved_at);
end;
$$;

create or replace function api.load_draft(draft_token text)
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
    perform private.raise_api_error('unknown_draft');
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

create or replace function api.submit_response(
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
  draft bytea := case when draft_token is null then null else private.token_hash(draft_token) end;
  version private.survey_versions;
  existing bytea;
  organisation text;
begin
  if response_id is null then
    perform private.raise_api_error('missing_response_id');
  end if;
  select r.report_token_hash into existing from private.responses r where r.id = response_id;
  if found then
    if existing = token then
      return pg_catalog.jsonb_build_object('responseId', response_id, 'status', 'already_stored');
    end if;
    perform private.raise_api_error('response_id_in_use');
  end if;

  version := private.survey_version(survey_version);
  perform private.check_language(language);
  perform private.validate_answers(version.answer_spec, answers, true);
  -- The report token is a new capability: not the draft's, nor any other report's, share's or draft's.
  if token = draft
     or exists (select from private.responses r where r.report_token_hash = token)
     or exists (select from private.share_links l where l.token_hash = token)
     or exists (select from private.drafts d where d.token_hash = token) then
    perform private.raise_api_error('token_in_use');
  end if;

  begin
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
  exception when unique_violation then
    -- another response took this report token between the check and the insert
    perform private.raise_api_error('token_in_use');
  end;
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

  if draft is not null then
    delete from private.drafts d where d.token_hash = draft;
  end if;
  return pg_catalog.jsonb_build_object('responseId', response_id, 'status', 'stored');
end;
$$;

create or replace function api.create_share_link(
  report_token text, share_token text, label text default null, expires_at timestamptz default null
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  response private.responses := private.owned_response(report_token);
  hash bytea := private.token_hash(share_token);
  link private.share_links;
begin
  if expires_at is not null and (expires_at <= now() or expires_at > now() + interval '1 year') then
    perform private.raise_api_error('invalid_expiry');
  end if;
  if pg_catalog.char_length(label) > 100 or label ~ '[[:cntrl:]]' then
    perform private.raise_api_error('invalid_label');
  end if;
  if private.token_in_use(hash) then
    perform private.raise_api_error('token_in_use');
  end if;
  begin
    insert into private.share_links (response_id, token_hash, label, expires_at)
    values (response.id, hash, nullif(pg_catalog.btrim(label), ''), expires_at)
    returning * into link;
  exception when unique_violation then
    perform private.raise_api_error('token_in_use');
  end;
  return private.share_link_json(link);
end;
$$;

create or replace function api.revoke_share_link(report_token text, link_id uuid)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  link private.share_links;
begin
  update private.share_links l set revoked_at = coalesce(l.revoked_at, now())
  where l.id = link_id and l.response_id = (private.owned_response(report_token)).id
  returning * into link;
  if not found then
    perform private.raise_api_error('unknown_share_link');
  end if;
  return private.share_link_json(link);
end;
$$;

create or replace function api.shared_report(share_token text, segment jsonb default '{}')
returns jsonb
language plpgsql
volatile -- it applies queued rollup changes before reading (20261123001400)
security definer
set search_path = ''
as $$
declare
  link private.share_links;
  response private.responses;
begin
  select * into link from private.share_links l where l.token_hash = private.token_hash(share_token);
  if not found then
    perform private.raise_api_error('unknown_link');
  end if;
  if link.revoked_at is not null or (link.expires_at is not null and link.expires_at <= now()) then
    perform private.raise_api_error('expired_link');
  end if;
  select * into response from private.responses r where r.id = link.response_id;
  return private.response_benchmark_report(response, segment) || pg_catalog.jsonb_build_object('shared', true);
end;
$$;
