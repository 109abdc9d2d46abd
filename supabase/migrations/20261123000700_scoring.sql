-- Scoring in the database, from the survey version's scoring model (data,
-- the same file the TypeScript explainer reads: surveys/scoring/). Rules:
--   single            points[answer] / maxPoints; excluded answers drop the item
--   matrix            mean over rows of points / maxPoints; excluded answers drop the row
--   multiple_depth    min(1, sum of chosen points / maxPoints); an exclusive option scores 0
--   multiple_targeting  automation aimed where the company is weak: chosen options' need
--                     (1 - dimension score / 100) over the best possible with as many
--                     picks, diluted beyond focusLimit picks
-- Dimension score = 100 * weighted mean of present items, rounded to 0.1; stage
-- = highest stage whose minScore <= score; overall = mean of dimension scores.

-- functions
create function private.score_item(item jsonb, answer jsonb)
returns numeric
language plpgsql
immutable
set search_path = ''
as $$
declare
  max_points numeric := (item ->> 'maxPoints')::numeric;
  total numeric := 0;
  counted integer := 0;
  cell record;
begin
  if answer is null then
    return null;
  end if;
  case item ->> 'kind'
    when 'single' then
      if coalesce(item -> 'excluded', '[]') ? (answer #>> '{}') then
        return null;
      end if;
      return (item -> 'points' ->> (answer #>> '{}'))::numeric / max_points;
    when 'matrix' then
      for cell in select key as row_id, value #>> '{}' as column_id from pg_catalog.jsonb_each(answer) loop
        continue when coalesce(item -> 'excluded', '[]') ? cell.column_id;
        continue when item ? 'rows' and not (item -> 'rows') ? cell.row_id;
        total := total + (item -> 'points' ->> cell.column_id)::numeric / max_points;
        counted := counted + 1;
      end loop;
      return case when counted = 0 then null else total / counted end;
    when 'multiple_depth' then
      if pg_catalog.jsonb_array_length(answer) = 0 then
        return null;
      end if;
      if exists (
        select from pg_catalog.jsonb_array_elements_text(answer) as chosen
        where coalesce(item -> 'exclusive', '[]') ? chosen
      ) then
        return 0;
      end if;
      select coalesce(sum((item -> 'points' ->> chosen)::numeric), 0) into total
      from pg_catalog.jsonb_array_elements_text(answer) as chosen;
      return least(1, total / max_points);
    else
      raise exception 'Unknown scoring item kind %', item ->> 'kind';
  end case;
end;
$$;

create function private.score_targeting(item jsonb, answer jsonb, dimension_scores jsonb)
returns numeric
language plpgsql
immutable
set search_path = ''
as $$
declare
  picks integer;
  achieved numeric;
  best numeric;
begin
  if answer is null or pg_catalog.jsonb_array_length(answer) = 0 then
    return null;
  end if;
  -- need of each targeted option: 1 - score / 100 of the dimension it targets (0 if unscored)
  with needs as (
    select target.key as option_id,
           1 - coalesce((dimension_scores ->> (target.value #>> '{}'))::numeric, 100) / 100 as need
    from pg_catalog.jsonb_each(item -> 'targets') as target
    where pg_catalog.jsonb_typeof(target.value) = 'string'
  ),
  chosen as (
    select needs.need from needs
    where needs.option_id in (select pg_catalog.jsonb_array_elements_text(answer))
  )
  select count(*), coalesce(sum(need), 0) into picks, achieved from chosen;
  if picks = 0 then
    return 0;
  end if;
  select coalesce(sum(need), 0) into best from (
    select 1 - coalesce((dimension_scores ->> (target.value #>> '{}'))::numeric, 100) / 100 as need
    from pg_catalog.jsonb_each(item -> 'targets') as target
    where pg_catalog.jsonb_typeof(target.value) = 'string'
    order by need desc
    limit picks
  ) as top;
  return case when best = 0 then 1 else achieved / best end
    * least(1, (item ->> 'focusLimit')::numeric / picks);
end;
$$;

create function private.stage_for(model jsonb, score numeric)
returns integer
language sql
immutable
set search_path = ''
as $$
  select max((stage ->> 'stage')::integer)
  from pg_catalog.jsonb_array_elements(model -> 'stages') as stage
  where score is not null and (stage ->> 'minScore')::numeric <= score;
$$;

create function private.score_answers(model jsonb, answers jsonb)
returns table (dimension text, score numeric, stage integer)
language plpgsql
immutable
set search_path = ''
as $$
declare
  dimension_entry jsonb;
  item jsonb;
  item_score numeric;
  weight numeric;
  weighted numeric;
  weights numeric;
  final_scores jsonb := '{}';
  pending jsonb := '{}';
  overall numeric;
begin
  -- pass 1: every item that does not depend on other dimensions
  for dimension_entry in select value from pg_catalog.jsonb_array_elements(model -> 'dimensions') loop
    weighted := 0;
    weights := 0;
    for item in select value from pg_catalog.jsonb_array_elements(dimension_entry -> 'items') loop
      continue when item ->> 'kind' = 'multiple_targeting';
      item_score := private.score_item(item, answers -> (item ->> 'questionId'));
      if item_score is not null then
        weight := (item ->> 'weight')::numeric;
        weighted := weighted + weight * item_score;
        weights := weights + weight;
      end if;
    end loop;
    if exists (
      select from pg_catalog.jsonb_array_elements(dimension_entry -> 'items') as targeting
      where targeting ->> 'kind' = 'multiple_targeting'
    ) then
      pending := pending || pg_catalog.jsonb_build_object(dimension_entry ->> 'id', pg_catalog.jsonb_build_array(weighted, weights));
    else
      final_scores := final_scores || pg_catalog.jsonb_build_object(
        dimension_entry ->> 'id',
        case when weights = 0 then null else round(100 * weighted / weights, 1) end
      );
    end if;
  end loop;

  -- pass 2: targeting items, against the needs of the dimensions scored in pass 1
  for dimension_entry in select value from pg_catalog.jsonb_array_elements(model -> 'dimensions') loop
    continue when not pending ? (dimension_entry ->> 'id');
    weighted := (pending -> (dimension_entry ->> 'id') ->> 0)::numeric;
    weights := (pending -> (dimension_entry ->> 'id') ->> 1)::numeric;
    for item in select value from pg_catalog.jsonb_array_elements(dimension_entry -> 'items') loop
      continue when item ->> 'kind' <> 'multiple_targeting';
      item_score := private.score_targeting(item, answers -> (item ->> 'questionId'), final_scores);
      if item_score is not null then
        weight := (item ->> 'weight')::numeric;
        weighted := weighted + weight * item_score;
        weights := weights + weight;
      end if;
    end loop;
    final_scores := final_scores || pg_catalog.jsonb_build_object(
      dimension_entry ->> 'id',
      case when weights = 0 then null else round(100 * weighted / weights, 1) end
    );
  end loop;

  for dimension_entry in select value from pg_catalog.jsonb_array_elements(model -> 'dimensions') loop
    dimension := dimension_entry ->> 'id';
    score := (final_scores ->> dimension)::numeric;
    stage := private.stage_for(model, score);
    return next;
  end loop;

  select round(avg((final_scores ->> (d ->> 'id'))::numeric), 1) into overall
  from pg_catalog.jsonb_array_elements(model -> 'dimensions') as d;
  dimension := 'overall';
  score := overall;
  stage := private.stage_for(model, overall);
  return next;
end;
$$;
comment on function private.score_answers(jsonb, jsonb) is
  'Scores complete answers with a scoring model: one row per dimension (0-100, stage 1-5) and one for overall.';
