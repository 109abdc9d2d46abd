-- Research baseline: tables for published benchmark editions (the 2022
-- study first) and the loader that fills them from the validated data file
-- `surveys/baseline/*.json`. Counts and n, never rounded percentages.

-- tables
create table private.baseline_editions (
  id text primary key check (id ~ '^[a-z0-9-]+$'),
  title text not null,
  publisher text not null,
  year integer not null check (year between 2000 and 2100),
  fielded text not null,
  sample_size integer not null check (sample_size > 0),
  citation text not null,
  source jsonb not null,
  loaded_at timestamptz not null default now()
);
comment on table private.baseline_editions is
  'Published benchmark editions (a study, its year and sample size); source holds the data file as loaded.';

create table private.baseline_distributions (
  edition_id text not null references private.baseline_editions (id) on delete cascade,
  question_id text not null,
  row_id text not null default '',
  dimension text not null
    check (dimension in ('alignment', 'staffing', 'personalization', 'effort', 'brand', 'automation')),
  kind text not null check (kind in ('single', 'multiple', 'matrix')),
  respondents integer not null check (respondents > 0),
  published_mean numeric(4, 2),
  position integer not null check (position >= 0),
  primary key (edition_id, question_id, row_id),
  unique (edition_id, position)
);
comment on table private.baseline_distributions is
  'One answered question (or matrix row) of an edition, with its respondent count n, in questionnaire order; row_id is empty for non-matrix questions.';

create table private.baseline_answer_counts (
  edition_id text not null,
  question_id text not null,
  row_id text not null,
  option_id text not null,
  position integer not null check (position >= 0),
  answer_count integer not null check (answer_count >= 0),
  published_percent numeric(5, 2) not null check (published_percent between 0 and 100),
  primary key (edition_id, question_id, row_id, option_id),
  unique (edition_id, question_id, row_id, position),
  foreign key (edition_id, question_id, row_id)
    references private.baseline_distributions (edition_id, question_id, row_id) on delete cascade
);
comment on table private.baseline_answer_counts is
  'How many of a distribution''s n respondents chose each option; position keeps the published order.';

-- row level security: no API role reads these tables directly
alter table private.baseline_editions enable row level security;
alter table private.baseline_distributions enable row level security;
alter table private.baseline_answer_counts enable row level security;

-- functions
create function private.load_baseline_edition(edition jsonb)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  question jsonb;
  distribution jsonb;
  answer_option jsonb;
  option_position integer;
  row_key text;
  distribution_position integer := 0;
begin
  delete from private.baseline_editions where id = edition ->> 'id';
  insert into private.baseline_editions (id, title, publisher, year, fielded, sample_size, citation, source)
  values (
    edition ->> 'id', edition ->> 'title', edition ->> 'publisher', (edition ->> 'year')::integer,
    edition ->> 'fielded', (edition ->> 'sampleSize')::integer, edition ->> 'citation', edition
  );
  for question in select value from pg_catalog.jsonb_array_elements(edition -> 'questions') loop
    for distribution in select value from pg_catalog.jsonb_array_elements(question -> 'distributions') loop
      row_key := coalesce(distribution ->> 'rowId', '');
      insert into private.baseline_distributions
        (edition_id, question_id, row_id, dimension, kind, respondents, published_mean, position)
      values (
        edition ->> 'id', question ->> 'id', row_key, question ->> 'dimension', question ->> 'kind',
        (distribution ->> 'n')::integer, (distribution ->> 'publishedMean')::numeric, distribution_position
      );
      distribution_position := distribution_position + 1;
      option_position := 0;
      for answer_option in select value from pg_catalog.jsonb_array_elements(question -> 'options') loop
        insert into private.baseline_answer_counts
          (edition_id, question_id, row_id, option_id, position, answer_count, published_percent)
        values (
          edition ->> 'id', question ->> 'id', row_key, answer_option ->> 'id', option_position,
          (distribution -> 'counts' ->> (answer_option ->> 'id'))::integer,
          (distribution -> 'publishedPercents' ->> (answer_option ->> 'id'))::numeric
        );
        option_position := option_position + 1;
      end loop;
    end loop;
  end loop;
end;
$$;
comment on function private.load_baseline_edition(jsonb) is
  'Replaces one edition with the contents of its validated data file (used by seed migrations).';
