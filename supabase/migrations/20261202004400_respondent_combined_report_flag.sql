-- An executive who answered through an invitation sees, on their own report,
-- whether their consultant lets them open the organisation's combined report
-- (issue 14). The flag only: the combined report itself is api.combined_report.

-- functions
create or replace function api.benchmark_report(report_token text, segment jsonb default '{}')
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  response private.responses := private.owned_response(report_token);
  client_organisation boolean := exists (
    select from private.client_organisations o where o.id = response.organisation_id
  );
begin
  return private.response_benchmark_report(response, segment) || pg_catalog.jsonb_build_object(
    'organisationName', (select n.name from private.organisation_names n where n.response_id = response.id),
    'combinedReport', exists (
      select from private.client_organisations o
      where o.id = response.organisation_id and o.combined_visible and private.reported_respondents(o.id) >= 3
    )
  ) || case when client_organisation then pg_catalog.jsonb_build_object(
    -- a client's executive is in the peer figures through the organisation's combined result
    'ownResultReleased', exists (
      select from private.organisation_results o
      where o.organisation_id = response.organisation_id and o.combined_result_id is not null
        and not exists (select from private.rollup_queue q where q.combined_result_id = o.combined_result_id)
    )
  ) else '{}' end;
end;
$$;
comment on function api.benchmark_report(text, jsonb) is
  'The owner''s report: scores, released peer figures, the organisation''s own name (never in a shared report) '
  'and whether the organisation''s combined report is open to its executives (allowed, three or more).';
