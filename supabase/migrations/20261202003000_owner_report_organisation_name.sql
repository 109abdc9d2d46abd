-- The board report (issue 13) names the company on screen and on every printed
-- page: the owner's report carries the organisation name it was given, if any.
-- Only the owner's: a shared report (api.shared_report) and every peer figure
-- leave it out, as before.

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
begin
  return private.response_benchmark_report(response, segment) || pg_catalog.jsonb_build_object(
    'organisationName', (select n.name from private.organisation_names n where n.response_id = response.id)
  );
end;
$$;
comment on function api.benchmark_report(text, jsonb) is
  'The owner''s report: scores, released peer figures and the organisation''s own name (never in a shared report).';
