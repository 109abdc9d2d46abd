-- The consultant's API (issue 14): workspace, client organisations,
-- invitations. Every function resolves its caller through
-- private.calling_workspace (via private.workspace_organisation), so another
-- workspace's organisation answers exactly like one that does not exist.

-- functions
-- No `set search_path` (as private.score_agreement): qualified names only, called once per organisation.
create function private.invitation_json(invitation private.invitations)
returns jsonb
language sql
stable
as $$
  select case when invitation.id is null then null else pg_catalog.jsonb_build_object(
    'status', case
      when invitation.closed_at is not null then 'closed'
      when invitation.expires_at is not null and invitation.expires_at <= now() then 'expired'
      else 'open'
    end,
    'createdAt', invitation.created_at,
    'expiresAt', invitation.expires_at,
    'closedAt', invitation.closed_at,
    'invited', invitation.invited
  ) end;
$$;

-- One query for a whole workspace (the list a consultant opens), so 200 organisations cost one plan,
-- not 200: per organisation its invitation, counts and combined overall score with its agreement.
-- Planned for each call (force_custom_plan): a cached generic plan cannot see that one workspace holds
-- a few hundred organisations out of all, and may scan every response of the pool to join them.
create function private.client_organisations_json(workspace_id uuid, only_organisation uuid default null)
returns jsonb
language plpgsql
stable
set search_path = ''
set plan_cache_mode = 'force_custom_plan'
as $$
declare
  listed jsonb;
begin
  with organisations as (
    select o.* from private.client_organisations o
    where o.workspace_id = client_organisations_json.workspace_id
      and (only_organisation is null or o.id = only_organisation)
  ),
  -- each version's stage thresholds only (the scoring model is large; stage_for needs its stages)
  models as (
    select v.version, pg_catalog.jsonb_build_object('stages', (
      select pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('stage', e -> 'stage', 'minScore', e -> 'minScore'))
      from pg_catalog.jsonb_array_elements(v.scoring_model -> 'stages') as e
    )) as stages
    from private.survey_versions v
    where v.version in (select o.survey_version from organisations o)
  ),
  answered as (
    select r.organisation_id, count(*)::integer as submitted, max(r.submitted_at) as last_submitted
    from private.responses r join organisations o on o.id = r.organisation_id
    where r.pool_status <> 'rejected'
    group by r.organisation_id
  ),
  overall as (
    select r.organisation_id, pg_catalog.round(avg(s.score), 1) as score, array_agg(s.score) as scores
    from private.responses r
    join organisations o on o.id = r.organisation_id
    join private.response_scores s on s.response_id = r.id and s.dimension = 'overall'
    where r.pool_status <> 'rejected'
    group by r.organisation_id
  ),
  started as (
    select i.organisation_id, count(*)::integer as started, max(t.started_at) as last_started
    from private.invitations i
    join organisations o on o.id = i.organisation_id
    join private.invitation_starts t on t.invitation_id = i.id
    group by i.organisation_id
  )
  select coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
    'id', o.id,
    'name', o.name,
    'surveyVersion', o.survey_version,
    'segment', pg_catalog.jsonb_build_object(
      'industry', o.industry, 'companySize', o.company_size, 'region', o.region, 'businessModel', o.business_model
    ),
    'combinedVisible', o.combined_visible,
    'createdAt', o.created_at,
    'archivedAt', o.archived_at,
    -- an archived organisation's invitation takes no answers (private.open_invitation): it shows closed
    'invitation', case when i.id is null then null
                       when o.archived_at is null then private.invitation_json(i)
                       else private.invitation_json(i) || '{"status": "closed"}' end,
    'counts', pg_catalog.jsonb_build_object(
      'invited', i.invited,
      -- a respondent who answered on another device started there too
      'started', greatest(coalesce(st.started, 0), coalesce(a.submitted, 0)),
      'submitted', coalesce(a.submitted, 0)
    ),
    -- the day only: exact times would tell when each executive answered
    'lastActivity', pg_catalog.date_trunc('day', greatest(o.created_at, a.last_submitted, st.last_started)),
    'overall', case when ov.organisation_id is null then null else pg_catalog.jsonb_build_object(
      'score', ov.score, 'stage', private.stage_for(m.stages, ov.score)) end,
    'overallAgreement', case when ov.organisation_id is null then null else private.score_agreement(ov.scores) end
  ) order by o.created_at, o.id), '[]')
  into listed
  from organisations o
  left join private.invitations i on i.organisation_id = o.id
  left join answered a on a.organisation_id = o.id
  left join overall ov on ov.organisation_id = o.id
  left join started st on st.organisation_id = o.id
  left join models m on m.version = o.survey_version;
  return listed;
end;
$$;
comment on function private.client_organisations_json(uuid, uuid) is
  'A workspace''s client organisations (or only one) as its consultant lists them: segment, invitation, counts '
  '(never who), combined overall score and its agreement (respondents not rejected).';

create function private.client_organisation_json(organisation private.client_organisations)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select private.client_organisations_json(organisation.workspace_id, organisation.id) -> 0;
$$;

create function api.create_workspace(workspace_key text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  hash bytea := private.token_hash(workspace_key);
  settings private.pool_integrity_settings := private.pool_integrity_settings();
  created timestamptz;
begin
  if private.token_in_use(hash) then
    perform private.raise_api_error('token_in_use');
  end if;
  perform private.count_call('workspace_create', settings.client_challenges, settings.global_challenges);
  insert into private.workspaces (key_hash) values (hash) returning created_at into created;
  return pg_catalog.jsonb_build_object('createdAt', created);
end;
$$;
comment on function api.create_workspace(text) is
  'Creates a consultant workspace reached by this key (43 random base64url characters; only its hash is kept).';

create function api.rotate_workspace_key(workspace_key text, new_workspace_key text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  workspace uuid := private.calling_workspace(workspace_key);
  hash bytea := private.token_hash(new_workspace_key);
  rotated timestamptz := now();
begin
  if private.token_in_use(hash) then
    perform private.raise_api_error('token_in_use');
  end if;
  update private.workspaces w set key_hash = hash, key_rotated_at = rotated where w.id = workspace;
  return pg_catalog.jsonb_build_object('rotatedAt', rotated);
end;
$$;
comment on function api.rotate_workspace_key(text, text) is
  'Replaces the workspace''s key: the old link stops working at once.';

create function api.workspace_overview(workspace_key text)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  workspace private.workspaces;
begin
  select * into workspace from private.workspaces w where w.id = private.calling_workspace(workspace_key);
  return pg_catalog.jsonb_build_object(
    'createdAt', workspace.created_at,
    'keyRotatedAt', workspace.key_rotated_at,
    'organisations', private.client_organisations_json(workspace.id)
  );
end;
$$;
comment on function api.workspace_overview(text) is
  'The workspace''s client organisations with their invitation, counts and combined overall result.';

create function api.create_client_organisation(
  workspace_key text, name text, survey_version text, segment jsonb
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  workspace uuid := private.calling_workspace(workspace_key);
  version private.survey_versions := private.survey_version(survey_version);
  organisation private.client_organisations;
begin
  perform private.check_organisation_segment(segment, version.answer_spec);
  insert into private.client_organisations (workspace_id, name, survey_version, industry, company_size, region, business_model)
  values (workspace, private.checked_organisation_name(name), version.version, segment ->> 'industry',
          segment ->> 'company_size', segment ->> 'region', segment ->> 'business_model')
  returning * into organisation;
  return private.client_organisation_json(organisation);
end;
$$;
comment on function api.create_client_organisation(text, text, text, jsonb) is
  'Adds a client organisation: its name (private to the workspace), survey version and segment '
  '{industry, company_size, region, business_model}.';

create function api.update_client_organisation(
  workspace_key text,
  organisation_id uuid,
  name text default null,
  segment jsonb default null,
  archived boolean default null,
  combined_visible boolean default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  organisation private.client_organisations := private.workspace_organisation(workspace_key, organisation_id);
begin
  if name is not null then
    organisation.name := private.checked_organisation_name(name);
  end if;
  if segment is not null then
    perform private.check_organisation_segment(
      segment, (select v.answer_spec from private.survey_versions v where v.version = organisation.survey_version)
    );
    if exists (select from private.responses r where r.organisation_id = organisation.id) then
      perform private.raise_api_error('segment_fixed');
    end if;
    organisation.industry := segment ->> 'industry';
    organisation.company_size := segment ->> 'company_size';
    organisation.region := segment ->> 'region';
    organisation.business_model := segment ->> 'business_model';
  end if;
  if archived is not null then
    organisation.archived_at := case when archived then coalesce(organisation.archived_at, now()) end;
  end if;
  if combined_visible is not null then
    organisation.combined_visible := combined_visible;
  end if;
  update private.client_organisations o
  set name = organisation.name, industry = organisation.industry, company_size = organisation.company_size,
      region = organisation.region, business_model = organisation.business_model,
      archived_at = organisation.archived_at, combined_visible = organisation.combined_visible
  where o.id = organisation.id;
  return private.client_organisation_json(organisation);
end;
$$;
comment on function api.update_client_organisation(text, uuid, text, jsonb, boolean, boolean) is
  'Renames, archives or restores a client organisation, lets its respondents see the combined result or not, '
  'and sets its segment until the first executive answers (null: unchanged).';

create function api.issue_invitation(
  workspace_key text, organisation_id uuid, invitation_token text, expires_at timestamptz default null,
  invited integer default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  organisation private.client_organisations := private.workspace_organisation(workspace_key, organisation_id);
  hash bytea := private.token_hash(invitation_token);
  invitation private.invitations;
begin
  if organisation.archived_at is not null then
    perform private.raise_api_error('organisation_archived');
  end if;
  perform private.check_invitation(expires_at, invited);
  if private.token_in_use(hash) then
    perform private.raise_api_error('token_in_use');
  end if;
  insert into private.invitations as i (organisation_id, token_hash, expires_at, invited)
  values (organisation.id, hash, expires_at, invited)
  on conflict on constraint invitations_organisation_id_key do update
    set token_hash = excluded.token_hash, expires_at = excluded.expires_at, invited = excluded.invited,
        closed_at = null, created_at = now()
  returning * into invitation;
  return private.invitation_json(invitation);
end;
$$;
comment on function api.issue_invitation(text, uuid, text, timestamptz, integer) is
  'Opens the organisation''s invitation with this token; a new token replaces the old link (which stops working).';

create function api.update_invitation(
  workspace_key text, organisation_id uuid, open boolean, expires_at timestamptz default null,
  invited integer default null
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  organisation private.client_organisations := private.workspace_organisation(workspace_key, organisation_id);
  invitation private.invitations;
begin
  if open is null then
    perform private.raise_api_error('invalid_invitation');
  end if;
  if open and organisation.archived_at is not null then
    perform private.raise_api_error('organisation_archived');
  end if;
  perform private.check_invitation(case when open then expires_at end, invited);
  update private.invitations i
  set closed_at = case when open then null else coalesce(i.closed_at, now()) end,
      expires_at = case when open then update_invitation.expires_at else i.expires_at end,
      invited = update_invitation.invited
  where i.organisation_id = organisation.id
  returning * into invitation;
  if not found then
    perform private.raise_api_error('unknown_invitation');
  end if;
  return private.invitation_json(invitation);
end;
$$;
comment on function api.update_invitation(text, uuid, boolean, timestamptz, integer) is
  'Closes or reopens the organisation''s invitation (reopening sets its expiry, null for none) and records how '
  'many executives were invited.';

create function api.invitation(invitation_token text)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  invitation private.invitations := private.open_invitation(invitation_token);
begin
  return pg_catalog.jsonb_build_object(
    'status', 'open',
    'expiresAt', invitation.expires_at,
    'surveyVersion', (
      select o.survey_version from private.client_organisations o where o.id = invitation.organisation_id
    )
  );
end;
$$;
comment on function api.invitation(text) is
  'Whether an invitation can be answered, and on which survey version; never the organisation or its answers.';

create function api.start_invitation(invitation_token text, draft_token text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  invitation private.invitations := private.open_invitation(invitation_token);
  draft bytea := private.token_hash(draft_token);
  settings private.pool_integrity_settings := private.pool_integrity_settings();
begin
  -- a start is a draft saved on the server, not any token a caller makes up
  if not exists (select from private.drafts d where d.token_hash = draft) then
    perform private.raise_api_error('unknown_draft');
  end if;
  perform private.count_call('invitation_start', settings.client_challenges, settings.global_challenges);
  insert into private.invitation_starts (invitation_id, draft_token_hash)
  values (invitation.id, draft)
  on conflict do nothing;
  return pg_catalog.jsonb_build_object('status', 'open');
end;
$$;
comment on function api.start_invitation(text, text) is
  'Counts an assessment started from an invitation (once per draft token); answers as api.invitation.';

-- grants
grant execute on function api.create_workspace(text) to anon, authenticated;
grant execute on function api.rotate_workspace_key(text, text) to anon, authenticated;
grant execute on function api.workspace_overview(text) to anon, authenticated;
grant execute on function api.create_client_organisation(text, text, text, jsonb) to anon, authenticated;
grant execute on function api.update_client_organisation(text, uuid, text, jsonb, boolean, boolean) to anon, authenticated;
grant execute on function api.issue_invitation(text, uuid, text, timestamptz, integer) to anon, authenticated;
grant execute on function api.update_invitation(text, uuid, boolean, timestamptz, integer) to anon, authenticated;
grant execute on function api.invitation(text) to anon, authenticated;
grant execute on function api.start_invitation(text, text) to anon, authenticated;
