-- Validation of a response's answers against its survey version's answer
-- spec: the trusted layer. Every fault is an error (SQLSTATE 22023) whose
-- message names the question, row or option at fault.

-- functions
create function private.invalid_answer(message text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  raise exception using errcode = '22023', message = message;
end;
$$;

create function private.validate_answer(question_name text, question jsonb, answer jsonb, complete boolean)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  element jsonb;
  chosen text[] := '{}';
  row_name text;
begin
  case question ->> 'type'
    when 'single' then
      if pg_catalog.jsonb_typeof(answer) <> 'string' then
        perform private.invalid_answer(pg_catalog.format('Question "%s" takes one option id (a string).', question_name));
      end if;
      if not (question -> 'options') ? (answer #>> '{}') then
        perform private.invalid_answer(pg_catalog.format('Question "%s": "%s" is not one of its options.', question_name, answer #>> '{}'));
      end if;
    when 'multiple' then
      if pg_catalog.jsonb_typeof(answer) <> 'array' then
        perform private.invalid_answer(pg_catalog.format('Question "%s" takes a list of option ids.', question_name));
      end if;
      for element in select value from pg_catalog.jsonb_array_elements(answer) loop
        if pg_catalog.jsonb_typeof(element) <> 'string' or not (question -> 'options') ? (element #>> '{}') then
          perform private.invalid_answer(pg_catalog.format('Question "%s": %s is not one of its options.', question_name, element::text));
        end if;
        if (element #>> '{}') = any (chosen) then
          perform private.invalid_answer(pg_catalog.format('Question "%s": "%s" is chosen twice.', question_name, element #>> '{}'));
        end if;
        chosen := chosen || (element #>> '{}');
      end loop;
      if pg_catalog.cardinality(chosen) > 1 and exists (
        select from pg_catalog.jsonb_array_elements_text(coalesce(question -> 'exclusive', '[]')) as exclusive_option
        where exclusive_option = any (chosen)
      ) then
        perform private.invalid_answer(pg_catalog.format('Question "%s": an exclusive answer cannot be combined with others.', question_name));
      end if;
      if complete and (question ->> 'required')::boolean and pg_catalog.cardinality(chosen) = 0 then
        perform private.invalid_answer(pg_catalog.format('Question "%s" is required: choose at least one option.', question_name));
      end if;
    when 'matrix' then
      if pg_catalog.jsonb_typeof(answer) <> 'object' then
        perform private.invalid_answer(pg_catalog.format('Question "%s" takes an object of row id to column id.', question_name));
      end if;
      for row_name, element in select key, value from pg_catalog.jsonb_each(answer) loop
        if not (question -> 'rows') ? row_name then
          perform private.invalid_answer(pg_catalog.format('Question "%s": "%s" is not one of its rows.', question_name, row_name));
        end if;
        if pg_catalog.jsonb_typeof(element) <> 'string' or not (question -> 'columns') ? (element #>> '{}') then
          perform private.invalid_answer(pg_catalog.format('Question "%s", row "%s": %s is not one of its columns.', question_name, row_name, element::text));
        end if;
      end loop;
      if complete and (question ->> 'required')::boolean then
        for row_name in select value from pg_catalog.jsonb_array_elements_text(question -> 'rows') loop
          if not answer ? row_name then
            perform private.invalid_answer(pg_catalog.format('Question "%s", row "%s" is required.', question_name, row_name));
          end if;
        end loop;
      end if;
    when 'text' then
      if pg_catalog.jsonb_typeof(answer) <> 'string' then
        perform private.invalid_answer(pg_catalog.format('Question "%s" takes text.', question_name));
      end if;
      if pg_catalog.char_length(answer #>> '{}') > coalesce((question ->> 'maxLength')::integer, 500) then
        perform private.invalid_answer(pg_catalog.format('Question "%s": the text is longer than %s characters.', question_name, coalesce((question ->> 'maxLength')::integer, 500)));
      end if;
    else
      perform private.invalid_answer(pg_catalog.format('Question "%s" has an unknown type in the survey version.', question_name));
  end case;
end;
$$;

create function private.validate_answers(spec jsonb, answers jsonb, complete boolean)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  question_name text;
  question jsonb;
  answer jsonb;
begin
  if answers is null or pg_catalog.jsonb_typeof(answers) <> 'object' then
    perform private.invalid_answer('Answers must be a JSON object keyed by question id.');
  end if;
  if pg_catalog.octet_length(answers::text) > 65536 then
    perform private.invalid_answer('Answers are too large (at most 64 KB).');
  end if;
  for question_name, answer in select key, value from pg_catalog.jsonb_each(answers) loop
    question := spec -> 'questions' -> question_name;
    if question is null then
      perform private.invalid_answer(pg_catalog.format('Unknown question "%s" in survey version %s.', question_name, spec ->> 'version'));
    end if;
    perform private.validate_answer(question_name, question, answer, complete);
  end loop;
  if complete then
    for question_name, question in select key, value from pg_catalog.jsonb_each(spec -> 'questions') loop
      if (question ->> 'required')::boolean and not answers ? question_name then
        perform private.invalid_answer(pg_catalog.format('Question "%s" is required.', question_name));
      end if;
    end loop;
  end if;
end;
$$;
comment on function private.validate_answers(jsonb, jsonb, boolean) is
  'Raises 22023 naming the fault unless answers fit the spec; complete = true also requires every required answer.';
