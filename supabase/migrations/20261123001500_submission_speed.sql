-- Two costs of a submission that did not need to be there.
-- 1. Survey versions were stored compressed, so every use of the answer spec
--    (3 KB) or the scoring model (15 KB) in validation and scoring
--    decompressed it again, some forty times per submission (about 0.5 to
--    1.5 ms in all). They are now stored uncompressed (out of line), and the
--    rows are rewritten so that the existing version is too.
-- 2. stage_for, a SQL function with a SET clause, could not be inlined and
--    planned its query afresh on each of a submission's seven calls; in
--    PL/pgSQL the plan is cached. Same rule: the highest stage whose minScore
--    is at most the score, null for no score.

-- tables
alter table private.survey_versions
  alter column answer_spec set storage external,
  alter column scoring_model set storage external;
-- `|| '{}'` makes new values, which are stored the new way (an unchanged value would keep its old form)
update private.survey_versions
set answer_spec = answer_spec || '{}', scoring_model = scoring_model || '{}';

-- functions
create or replace function private.stage_for(model jsonb, score numeric)
returns integer
language plpgsql
immutable
set search_path = ''
as $$
declare
  entry jsonb;
  best integer;
begin
  if score is null then
    return null;
  end if;
  for entry in select value from pg_catalog.jsonb_array_elements(model -> 'stages') loop
    if (entry ->> 'minScore')::numeric <= score and (best is null or (entry ->> 'stage')::integer > best) then
      best := (entry ->> 'stage')::integer;
    end if;
  end loop;
  return best;
end;
$$;
