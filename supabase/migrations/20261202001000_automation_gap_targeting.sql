-- Automation scored by gap targeting (scoring model v2, issue 11 part 2).
-- A second targeting rule, `gap_targeting`, next to v1's `multiple_targeting`
-- (kept unchanged: responses of survey version 1 are still scored by it). The
-- rule, as in surveys/scoring/gap-targeting.ts:
--   weakest  = lowest score among the dimensions some option targets (scored ones)
--   ceiling  = least(100, mean of the other dimensions' scores + leadLimit)
--   aim      = mean over the chosen options placed on a scored dimension of
--              greatest(0, 1 - (its score - weakest) / aimBand)
--   focus    = least(1, focusLimit / chosen options, "other" included)
--   item     = (weakest + (ceiling - weakest) * aim * focus) / 100
-- worked out as one fraction and divided once, as in TypeScript, so that an
-- exact tie such as 15.95 is not cut to 15.9499... by earlier divisions.
-- null (not scored) when nothing known is chosen, a notApplicable option
-- ("none") is chosen, nothing can be placed, no other dimension is scored, or
-- ceiling <= weakest. score_answers now dispatches on both targeting kinds,
-- and clears division noise (below 1e-9) before it rounds a dimension score to
-- a tenth, as TypeScript's roundScore does: numeric division is cut at a
-- fixed number of digits, so an exact 43.75 (a mean over three effort tasks)
-- came out 43.7 here and 43.8 in TypeScript. Both models are scored so now.

-- functions
create function private.score_gap_targeting(item jsonb, answer jsonb, dimension_scores jsonb)
returns numeric
language plpgsql
immutable
set search_path = ''
as $$
declare
  lead_limit numeric := (item ->> 'leadLimit')::numeric;
  aim_band numeric := (item ->> 'aimBand')::numeric;
  focus_limit numeric := (item ->> 'focusLimit')::numeric;
  known text[];
  weakest numeric;
  others integer;
  others_sum numeric;
  ceiling_num numeric;
  ceiling_den numeric;
  placed integer;
  aimed numeric;
begin
  if answer is null or pg_catalog.jsonb_typeof(answer) <> 'array' then
    return null;
  end if;
  select coalesce(array_agg(distinct chosen), '{}') into known
  from pg_catalog.jsonb_array_elements_text(answer) as chosen
  where item -> 'targets' ? chosen or item -> 'notApplicable' ? chosen;
  if pg_catalog.cardinality(known) = 0
     or exists (select from pg_catalog.unnest(known) as k where item -> 'notApplicable' ? k) then
    return null;
  end if;

  -- the floor: the weakest dimension some option targets
  select min((dimension_scores ->> (target.value #>> '{}'))::numeric) into weakest
  from pg_catalog.jsonb_each(item -> 'targets') as target
  where pg_catalog.jsonb_typeof(target.value) = 'string';
  -- the ceiling, ceiling_num / ceiling_den: one stage above the others' mean, at most 100
  select count(*), sum(other.value::text::numeric) into others, others_sum
  from pg_catalog.jsonb_each(dimension_scores) as other
  where pg_catalog.jsonb_typeof(other.value) = 'number';
  if others_sum + lead_limit * others >= 100 * others then
    ceiling_num := 100;
    ceiling_den := 1;
  else
    ceiling_num := others_sum + lead_limit * others;
    ceiling_den := others;
  end if;
  -- aim * aimBand * placed: the chosen options placed on a scored dimension
  select count(*), sum(greatest(0, aim_band
           - ((dimension_scores ->> (item -> 'targets' ->> k))::numeric - weakest)))
  into placed, aimed
  from pg_catalog.unnest(known) as k
  where pg_catalog.jsonb_typeof(item -> 'targets' -> k) = 'string'
    and pg_catalog.jsonb_typeof(dimension_scores -> (item -> 'targets' ->> k)) = 'number';
  if weakest is null or others = 0 or placed = 0 or ceiling_num <= weakest * ceiling_den then
    return null;
  end if;

  return (weakest
          + (ceiling_num - weakest * ceiling_den) * aimed * focus_limit
            / (ceiling_den * aim_band * placed * greatest(focus_limit, pg_catalog.cardinality(known))))
         / 100;
end;
$$;
comment on function private.score_gap_targeting(jsonb, jsonb, jsonb) is
  'Automation (model v2): how much of the gap between the weakest addressable dimension and one stage above '
  'the others'' mean the chosen priorities close, by aim and focus; null when not applicable.';

create or replace function private.score_answers(model jsonb, answers jsonb)
returns table (dimension text, score numeric, stage integer)
language plpgsql
immutable
set search_path = ''
as $$
declare
  targeting_kinds constant text[] := array['multiple_targeting', 'gap_targeting'];
  dimension_entry jsonb;
  item jsonb;
  item_score numeric;
  weight numeric;
  weighted numeric;
  weights numeric;
  final_scores jsonb := '{}';
  pass_one jsonb;
  pending jsonb := '{}';
  overall numeric;
begin
  -- pass 1: every item that does not depend on other dimensions
  for dimension_entry in select value from pg_catalog.jsonb_array_elements(model -> 'dimensions') loop
    weighted := 0;
    weights := 0;
    for item in select value from pg_catalog.jsonb_array_elements(dimension_entry -> 'items') loop
      continue when item ->> 'kind' = any (targeting_kinds);
      item_score := private.score_item(item, answers -> (item ->> 'questionId'));
      if item_score is not null then
        weight := (item ->> 'weight')::numeric;
        weighted := weighted + weight * item_score;
        weights := weights + weight;
      end if;
    end loop;
    if exists (
      select from pg_catalog.jsonb_array_elements(dimension_entry -> 'items') as targeting
      where targeting ->> 'kind' = any (targeting_kinds)
    ) then
      pending := pending || pg_catalog.jsonb_build_object(dimension_entry ->> 'id', pg_catalog.jsonb_build_array(weighted, weights));
    else
      final_scores := final_scores || pg_catalog.jsonb_build_object(
        dimension_entry ->> 'id',
        case when weights = 0 then null else round(round(100 * weighted / weights, 9), 1) end
      );
    end if;
  end loop;

  -- pass 2: targeting items, against the scores of the dimensions scored in pass 1
  pass_one := final_scores;
  for dimension_entry in select value from pg_catalog.jsonb_array_elements(model -> 'dimensions') loop
    continue when not pending ? (dimension_entry ->> 'id');
    weighted := (pending -> (dimension_entry ->> 'id') ->> 0)::numeric;
    weights := (pending -> (dimension_entry ->> 'id') ->> 1)::numeric;
    for item in select value from pg_catalog.jsonb_array_elements(dimension_entry -> 'items') loop
      case item ->> 'kind'
        when 'multiple_targeting' then
          item_score := private.score_targeting(item, answers -> (item ->> 'questionId'), pass_one);
        when 'gap_targeting' then
          item_score := private.score_gap_targeting(item, answers -> (item ->> 'questionId'), pass_one);
        else
          continue;
      end case;
      if item_score is not null then
        weight := (item ->> 'weight')::numeric;
        weighted := weighted + weight * item_score;
        weights := weights + weight;
      end if;
    end loop;
    final_scores := final_scores || pg_catalog.jsonb_build_object(
      dimension_entry ->> 'id',
      case when weights = 0 then null else round(round(100 * weighted / weights, 9), 1) end
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
