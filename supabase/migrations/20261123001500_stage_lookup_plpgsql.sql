-- A submission looks up the stage of seven scores. As a SQL function with a
-- SET clause, stage_for could not be inlined and planned its query afresh on
-- every call (about 0.1 ms each); in PL/pgSQL the plan is cached. Same rule:
-- the highest stage whose minScore is at most the score, null for no score.

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
