-- Survey versions: what each published version of the instrument accepts
-- (its answer spec, derived from the SurveyJS definition in surveys/) and how
-- it is scored (the scoring model, the one source of truth in surveys/).
-- Responses name their version; the database validates and scores by it.

-- tables
create table private.survey_versions (
  version text primary key check (version ~ '^[a-z0-9-]+$'),
  answer_spec jsonb not null check (pg_catalog.jsonb_typeof(answer_spec -> 'questions') = 'object'),
  scoring_model jsonb not null check (pg_catalog.jsonb_typeof(scoring_model -> 'dimensions') = 'array'),
  loaded_at timestamptz not null default now()
);
comment on table private.survey_versions is
  'Published versions of the assessment: the answers each accepts and the scoring model it is scored with.';

alter table private.survey_versions enable row level security;

-- functions
create function private.load_survey_version(version text, answer_spec jsonb, scoring_model jsonb)
returns void
language sql
security invoker
set search_path = ''
as $$
  insert into private.survey_versions (version, answer_spec, scoring_model)
  values (load_survey_version.version, load_survey_version.answer_spec, load_survey_version.scoring_model)
  on conflict on constraint survey_versions_pkey do update
    set answer_spec = excluded.answer_spec, scoring_model = excluded.scoring_model, loaded_at = now();
$$;
comment on function private.load_survey_version(text, jsonb, jsonb) is
  'Adds or replaces a survey version (used by generated seed migrations).';
