-- api.research_baseline: the published benchmark of one edition, read-only,
-- as counts with n, for the report and the methodology page.

-- functions
create function api.research_baseline(edition_id text default 'digital-cx-2022')
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  result jsonb;
begin
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
    raise exception using
      errcode = 'PT404',
      message = pg_catalog.format('Unknown benchmark edition "%s".', research_baseline.edition_id),
      hint = (select 'Known editions: ' || coalesce(pg_catalog.string_agg(id, ', ' order by id), 'none')
              from private.baseline_editions);
  end if;
  return result;
end;
$$;
comment on function api.research_baseline(text) is
  'Published benchmark edition (default: the 2022 study) as answer counts with n; error PT404 (HTTP 404) when the edition does not exist.';

-- grants
grant execute on function api.research_baseline(text) to anon, authenticated, service_role;
