-- Stored results say which scoring model scored them. A response names its
-- survey version, and each version is scored by one model; the model's id is
-- now a column of the version, and a version can no longer be reloaded with a
-- model of another id (a corrected text keeps the id; a new rule is a new model
-- and a new survey version). Responses scored by digital-cx-scoring-v1 keep
-- their scores and, through digital-cx-v1, their model id.

-- tables
alter table private.survey_versions
  add column scoring_model_id text generated always as (scoring_model ->> 'id') stored;
comment on column private.survey_versions.scoring_model_id is
  'Id of the scoring model that scores this version''s responses; fixed once the version is loaded.';

-- functions
create or replace function private.load_survey_version(version text, answer_spec jsonb, scoring_model jsonb)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  loaded text := (
    select v.scoring_model_id from private.survey_versions v where v.version = load_survey_version.version
  );
begin
  if loaded is distinct from load_survey_version.scoring_model ->> 'id' and loaded is not null then
    raise exception using
      errcode = '22023',
      message = pg_catalog.format(
        'Survey version %s is scored by %s: a new scoring model needs a new survey version.',
        load_survey_version.version, loaded
      );
  end if;
  insert into private.survey_versions (version, answer_spec, scoring_model)
  values (load_survey_version.version, load_survey_version.answer_spec, load_survey_version.scoring_model)
  on conflict on constraint survey_versions_pkey do update
    set answer_spec = excluded.answer_spec, scoring_model = excluded.scoring_model, loaded_at = now();
end;
$$;
comment on function private.load_survey_version(text, jsonb, jsonb) is
  'Adds a survey version, or replaces its spec and model texts keeping its scoring model id (generated seed migrations).';
