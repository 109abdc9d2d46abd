-- Benchmark editions (issue 16): frozen, labelled, citable figures of the live
-- pool, and the rows of each edition's research data package.
--
-- An edition is frozen once (private.freeze_edition, service role / operator
-- only) and never changes: a trigger refuses every update, delete and
-- truncate of an edition or of its member list, for every role, and no API
-- role holds any privilege on them. A correction is a new edition.
--
-- What an edition holds:
--   - the live pool only (never the demo or bench pools), in its released
--     state: each organisation's result as the peer figures had it at
--     freezing (queued, unreleased changes left out), a client organisation
--     by its combined result;
--   - of those, the organisations entered within the fieldwork dates (UTC).
--     Leaving organisations out is held to the release rule of
--     20261202002050: in every peer group (the pool and each value of the four
--     attributes) the organisations left out number 0 or at least k, so the
--     edition and the release at freezing never differ by fewer than k
--     organisations in any group. Organisations outside the dates that would
--     break this are kept, and the inclusion rule says how many;
--   - statistics: for the pool and each one-attribute group, the number of
--     organisations and the stage counts per dimension ({dimension: [not
--     scored, stage 1, ..., stage 5]}, as private.released_cells holds them),
--     under the rules in force: a group of fewer than k is hidden, and so are
--     the other groups of its attribute;
--   - k, the survey versions and scoring models of its results, and the
--     SHA-256 of its content (private.edition_content: the hex SHA-256 of the
--     UTF-8 text of that jsonb), which anyone can recompute from
--     api.benchmark_edition.
-- Whether an edition's data package is public lives in private.edition_access
-- (default: private), so the edition's own row is never updated.
--
-- The data package (stack/edition-package.ts) reads its members through
-- private.edition_package_combinations (counts per quasi-identifier
-- combination, for the suppression) and private.edition_package_rows (the
-- rows, in random order). Both include only:
--   - a standalone organisation whose response consented to research use;
--   - a client organisation whose every respondent, in any round and of any
--     status, consented; its row has its combined scores and stages only,
--     never item answers (they would be one executive's answers, which the
--     product never shows a consultant, or a mix no respondent gave).
-- No token, id, name, timestamp or free text leaves these functions: the
-- fieldwork half-year stands for the date.

-- tables
create table private.benchmark_editions (
  id bigint generated always as identity primary key,
  label text not null unique check (label ~ '^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$'),
  fieldwork_from date not null,
  fieldwork_to date not null,
  frozen_at timestamptz not null,
  n integer not null check (n > 0),
  inclusion_rule text not null,
  survey_versions text[] not null,
  scoring_models text[] not null,
  k integer not null check (k >= 5),
  statistics jsonb not null check (pg_catalog.jsonb_typeof(statistics -> 'groups') = 'array'),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  check (fieldwork_to >= fieldwork_from)
);
comment on table private.benchmark_editions is
  'Frozen benchmark editions: label, fieldwork dates, n, inclusion rule, versions, k, the statistics reports need '
  '(stage counts per released group) and the SHA-256 of that content. Never updated or deleted.';

create table private.edition_entries (
  edition_id bigint not null references private.benchmark_editions (id),
  entry_id uuid not null,
  primary key (edition_id, entry_id)
);
comment on table private.edition_entries is
  'The pool entries (responses or combined results) of each edition, for its data package. Never changed.';

create table private.edition_access (
  edition_id bigint primary key references private.benchmark_editions (id),
  access text not null check (access in ('private', 'public')),
  changed_at timestamptz not null default now()
);
comment on table private.edition_access is
  'Whether an edition''s data package is public (a download on /research/) or private (exported by the operator '
  'only); no row: private. Kept apart so that an edition''s own row never changes.';

alter table private.benchmark_editions enable row level security;
alter table private.edition_entries enable row level security;
alter table private.edition_access enable row level security;

-- unknown_edition (404) is in the catalogue since 20261202000100 (the study's editions)

-- functions
create function private.refuse_edition_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception using
    errcode = '55000',
    message = 'Benchmark editions never change: freeze a correction as a new edition.';
end;
$$;
comment on function private.refuse_edition_change() is 'Trigger: refuses any change to a frozen edition.';

create trigger benchmark_editions_immutable
  before update or delete on private.benchmark_editions
  for each row execute function private.refuse_edition_change();
create trigger benchmark_editions_no_truncate
  before truncate on private.benchmark_editions
  for each statement execute function private.refuse_edition_change();
create trigger edition_entries_immutable
  before update or delete on private.edition_entries
  for each row execute function private.refuse_edition_change();
create trigger edition_entries_no_truncate
  before truncate on private.edition_entries
  for each statement execute function private.refuse_edition_change();

create function private.edition_content(
  label text, fieldwork_from date, fieldwork_to date, frozen_at timestamptz, n integer, inclusion_rule text,
  survey_versions text[], scoring_models text[], k integer, statistics jsonb
)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select pg_catalog.jsonb_build_object(
    'label', label,
    'fieldworkFrom', fieldwork_from,
    'fieldworkTo', fieldwork_to,
    -- UTC with microseconds, whatever the session's time zone, so the hash is reproducible
    'frozenAt', pg_catalog.to_char(frozen_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'n', n,
    'inclusionRule', inclusion_rule,
    'surveyVersions', pg_catalog.to_jsonb(survey_versions),
    'scoringModels', pg_catalog.to_jsonb(scoring_models),
    'k', k,
    'statistics', statistics
  );
$$;
comment on function private.edition_content(text, date, date, timestamptz, integer, text, text[], text[], integer, jsonb) is
  'An edition''s canonical content; its sha256 is the hex SHA-256 of the UTF-8 of this jsonb''s text.';

create function private.edition_by_label(label text)
returns private.benchmark_editions
language plpgsql
stable
set search_path = ''
as $$
declare
  edition private.benchmark_editions;
begin
  select * into edition from private.benchmark_editions e where e.label = edition_by_label.label;
  if not found then
    perform private.raise_api_error('unknown_edition');
  end if;
  return edition;
end;
$$;
comment on function private.edition_by_label(text) is 'The edition with this label; unknown_edition (404) otherwise.';

create function private.released_live_entries()
returns table (
  entry_id uuid, organisation_id uuid, industry text, company_size text, region text, business_model text,
  entered_at timestamptz, survey_version text
)
language sql
stable
set search_path = ''
as $$
  -- applied = counted now, less what the queue still has to add, plus what it still has to remove
  with applied as (
    select x.entry_id
    from (
      select coalesce(o.response_id, o.combined_result_id) as entry_id, 1 as n from private.organisation_results o
      union all
      select coalesce(q.response_id, q.combined_result_id), -q.delta from private.rollup_queue q
    ) x
    group by x.entry_id
    having sum(x.n) > 0
  )
  select a.entry_id,
         coalesce(r.organisation_id, c.organisation_id),
         coalesce(r.industry, c.industry),
         coalesce(r.company_size, c.company_size),
         coalesce(r.region, c.region),
         coalesce(r.business_model, c.business_model),
         coalesce(r.submitted_at, c.computed_at),
         coalesce(r.survey_version, o.survey_version)
  from applied a
  left join private.responses r on r.id = a.entry_id
  left join private.combined_results c on c.id = a.entry_id
  left join private.client_organisations o on o.id = c.organisation_id
  where coalesce(r.pool, c.pool) = 'live';
$$;
comment on function private.released_live_entries() is
  'The live pool''s entries as released: one per organisation, in the state the peer figures show.';

create function private.edition_statistics(k integer)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  result jsonb;
begin
  -- pg_temp.edition_candidates (included rows) -> groups with stage counts, too-small ones hidden
  with members as (
    select c.entry_id, c.industry, c.company_size, c.region, c.business_model
    from pg_temp.edition_candidates c where c.included
  ),
  -- counted per full combination first (few rows), then rolled up to one-attribute groups
  fine_sizes as (
    select m.industry, m.company_size, m.region, m.business_model, count(*)::integer as organisations
    from members m group by 1, 2, 3, 4
  ),
  fine_bands as (
    select m.industry, m.company_size, m.region, m.business_model, s.dimension,
           private.stage_band(s.score) as band, count(*)::integer as organisations
    from members m join private.pool_entry_scores s on s.entry_id = m.entry_id
    where s.score is not null
    group by 1, 2, 3, 4, 5, 6
  ),
  group_sizes as (
    select g.attribute, g.value, sum(f.organisations)::integer as organisations
    from fine_sizes f
    cross join lateral (
      values ('all', '*'), ('industry', f.industry), ('company_size', f.company_size),
             ('region', f.region), ('business_model', f.business_model)
    ) as g(attribute, value)
    group by 1, 2
  ),
  group_bands as (
    select g.attribute, g.value, f.dimension, f.band, sum(f.organisations)::integer as organisations
    from fine_bands f
    cross join lateral (
      values ('all', '*'), ('industry', f.industry), ('company_size', f.company_size),
             ('region', f.region), ('business_model', f.business_model)
    ) as g(attribute, value)
    group by 1, 2, 3, 4
  ),
  dimensions as (
    select pg_catalog.unnest(
      array['alignment', 'staffing', 'personalization', 'effort', 'brand', 'automation', 'overall']
    ) as dimension
  ),
  -- materialized: used in a correlated subquery, it would otherwise be recomputed for every group
  counts as materialized (
    select z.attribute, z.value, d.dimension,
           array[
             z.organisations - coalesce(sum(b.organisations), 0)::integer,
             coalesce(sum(b.organisations) filter (where b.band = 1), 0)::integer,
             coalesce(sum(b.organisations) filter (where b.band = 2), 0)::integer,
             coalesce(sum(b.organisations) filter (where b.band = 3), 0)::integer,
             coalesce(sum(b.organisations) filter (where b.band = 4), 0)::integer,
             coalesce(sum(b.organisations) filter (where b.band = 5), 0)::integer
           ] as stage_counts
    from group_sizes z
    cross join dimensions d
    left join group_bands b on b.attribute = z.attribute and b.value = z.value and b.dimension = d.dimension
    group by z.attribute, z.value, z.organisations, d.dimension
  ),
  cells as (
    select z.attribute, z.value, z.organisations,
           (select pg_catalog.jsonb_object_agg(c.dimension, pg_catalog.to_jsonb(c.stage_counts))
            from counts c where c.attribute = z.attribute and c.value = z.value) as stage_counts,
           case when z.organisations < k then 'too_few'
                when exists (select from group_sizes o where o.attribute = z.attribute and o.organisations < k)
                then 'protects_smaller_group' end as hidden_reason
    from group_sizes z
  )
  select pg_catalog.jsonb_build_object('groups', coalesce(pg_catalog.jsonb_agg(
    case when c.hidden_reason is null
      then pg_catalog.jsonb_build_object(
        'attribute', c.attribute, 'value', c.value, 'organisations', c.organisations,
        'stageCounts', c.stage_counts)
      else pg_catalog.jsonb_build_object('attribute', c.attribute, 'value', c.value, 'hiddenReason', c.hidden_reason)
    end
    order by c.attribute = 'all' desc, c.attribute, c.value
  ), '[]'))
  into result
  from cells c;
  return result;
end;
$$;
comment on function private.edition_statistics(integer) is
  'Statistics of the included rows of pg_temp.edition_candidates: organisations and stage counts per group (the '
  'pool and each one-attribute group), groups under k and the rest of their attribute hidden.';

create function private.freeze_edition(label text, fieldwork_from date default null, fieldwork_to date default null)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
  k integer := (select s.anonymity_k from private.settings s);
  half text[] := pg_catalog.regexp_match(label, '^([0-9]{4})-H([12])$');
  window_from date := fieldwork_from;
  window_to date := fieldwork_to;
  frozen timestamptz := pg_catalog.clock_timestamp();
  changed integer;
  total integer;
  kept integer;
  versions text[];
  models text[];
  rule text;
  clash text;
  stats jsonb;
  content jsonb;
  digest text;
  edition bigint;
begin
  if label is null or label !~ '^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$' then
    raise exception using errcode = '22023',
      message = 'An edition label is 1 to 40 letters, digits, dots, hyphens or underscores, such as 2026-H2.';
  end if;
  if exists (select from private.benchmark_editions e where e.label = freeze_edition.label) then
    raise exception using errcode = '23505',
      message = pg_catalog.format('Edition %s exists and never changes: freeze a correction under a new label.', label);
  end if;
  if half is not null then
    window_from := coalesce(window_from, pg_catalog.make_date(half[1]::integer, case half[2] when '1' then 1 else 7 end, 1));
    window_to := coalesce(window_to, pg_catalog.make_date(half[1]::integer, case half[2] when '1' then 6 else 12 end,
                                                          case half[2] when '1' then 30 else 31 end));
  end if;
  if window_from is null or window_to is null or window_to < window_from then
    raise exception using errcode = '22023',
      message = 'Give the fieldwork dates, from no later than to (a half-year label such as 2026-H2 implies them).';
  end if;

  -- the released state, with no release running meanwhile
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('private.apply_queued_rollups')::bigint);
  drop table if exists pg_temp.edition_candidates;
  create temp table edition_candidates on commit drop as
  select e.*, (e.entered_at at time zone 'UTC')::date between window_from and window_to as included
  from private.released_live_entries() e;

  -- leave out only groups of at least k: keep whoever would be left out of a smaller group
  loop
    with small as (
      select g.attribute, g.value
      from pg_temp.edition_candidates c
      cross join lateral (
        values ('all', '*'), ('industry', c.industry), ('company_size', c.company_size),
               ('region', c.region), ('business_model', c.business_model)
      ) as g(attribute, value)
      where not c.included
      group by g.attribute, g.value
      having count(distinct c.organisation_id) < k
    )
    update pg_temp.edition_candidates c set included = true
    where not c.included and exists (
      select from small s
      where s.attribute = 'all' or (s.attribute = 'industry' and s.value = c.industry)
         or (s.attribute = 'company_size' and s.value = c.company_size)
         or (s.attribute = 'region' and s.value = c.region)
         or (s.attribute = 'business_model' and s.value = c.business_model)
    );
    get diagnostics changed = row_count;
    exit when changed = 0;
  end loop;

  select count(*) filter (where c.included)::integer,
         count(*) filter (where c.included and (c.entered_at at time zone 'UTC')::date not between window_from and window_to)::integer,
         coalesce(array_agg(distinct c.survey_version order by c.survey_version) filter (where c.included), '{}'),
         coalesce(array_agg(distinct v.scoring_model_id order by v.scoring_model_id) filter (where c.included), '{}')
  into total, kept, versions, models
  from pg_temp.edition_candidates c
  join private.survey_versions v on v.version = c.survey_version;
  if total < k then
    raise exception using errcode = '22023',
      message = pg_catalog.format('An edition needs at least k = %s organisations; the released live pool has %s '
                                  'within these dates.', k, total);
  end if;

  rule := pg_catalog.format(
    'Live pool only (never demo or generated data): each organisation once, as the released peer figures counted it '
    'at freezing (a client organisation by its combined result), entered between %s and %s (UTC). Organisations '
    'outside these dates are left out only where at least k = %s of them are left out of every peer group they '
    'belong to; %s were kept for that reason. A peer group of fewer than k organisations is hidden, and so are the '
    'other groups of its attribute.',
    window_from, window_to, k, kept
  );
  stats := private.edition_statistics(k);
  -- against every earlier edition: in every peer group both publish, the same organisations or at least k
  -- different ones (two editions' figures could otherwise be subtracted to single one out)
  with mine as materialized (
    select c.entry_id, c.industry, c.company_size, c.region, c.business_model
    from pg_temp.edition_candidates c where c.included
  ),
  differing as (
    select e.id as edition_id, x.industry, x.company_size, x.region, x.business_model
    from private.benchmark_editions e cross join mine x
    where not exists (select from private.edition_entries m where m.edition_id = e.id and m.entry_id = x.entry_id)
    union all
    select m.edition_id, p.industry, p.company_size, p.region, p.business_model
    from private.edition_entries m join private.pool_entries p on p.id = m.entry_id
    where not exists (select from mine x where x.entry_id = m.entry_id)
  ),
  per_group as (
    select d.edition_id, g.attribute, g.value, count(*) as n
    from differing d
    cross join lateral (
      values ('all', '*'), ('industry', d.industry), ('company_size', d.company_size),
             ('region', d.region), ('business_model', d.business_model)
    ) as g(attribute, value)
    group by 1, 2, 3
  )
  select pg_catalog.string_agg(pg_catalog.format('%s %s = %s (%s)', e.label, g.attribute, g.value, g.n), '; ')
  into clash
  from (
    select p.* from per_group p
    join private.benchmark_editions e on e.id = p.edition_id
    where p.n < (select s.anonymity_k from private.settings s)
      and exists (select from pg_catalog.jsonb_array_elements(e.statistics -> 'groups') as x
                  where x ->> 'attribute' = p.attribute and x ->> 'value' = p.value and x ? 'organisations')
      and exists (select from pg_catalog.jsonb_array_elements(stats -> 'groups') as x
                  where x ->> 'attribute' = p.attribute and x ->> 'value' = p.value and x ? 'organisations')
    limit 5
  ) g
  join private.benchmark_editions e on e.id = g.edition_id;
  if clash is not null then
    raise exception using errcode = '22023',
      message = pg_catalog.format('Edition %s would differ from an earlier edition by fewer than k = %s organisations '
                                  'in a peer group (%s): two editions must hold the same organisations there or '
                                  'differ by at least k = %s. Choose other dates, or freeze later.', label, k, clash, k);
  end if;

  content := private.edition_content(label, window_from, window_to, frozen, total, rule, versions, models, k, stats);
  digest := pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(content::text, 'UTF8')), 'hex');

  insert into private.benchmark_editions (
    label, fieldwork_from, fieldwork_to, frozen_at, n, inclusion_rule, survey_versions, scoring_models, k,
    statistics, sha256
  )
  values (label, window_from, window_to, frozen, total, rule, versions, models, k, stats, digest)
  returning id into edition;
  insert into private.edition_entries (edition_id, entry_id)
  select edition, c.entry_id from pg_temp.edition_candidates c where c.included;
  drop table pg_temp.edition_candidates;
  return content || pg_catalog.jsonb_build_object('sha256', digest, 'access', 'private');
end;
$$;
comment on function private.freeze_edition(text, date, date) is
  'Operator: freezes the released live pool as a new edition (label, fieldwork dates; a half-year label such as '
  '2026-H2 implies its dates) and returns its content with sha256. Editions never change.';

create function private.set_edition_access(label text, access text)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
  edition private.benchmark_editions := private.edition_by_label(label);
begin
  if access is null or access not in ('private', 'public') then
    raise exception using errcode = '22023', message = 'An edition''s package is private or public.';
  end if;
  insert into private.edition_access as a (edition_id, access)
  values (edition.id, set_edition_access.access)
  on conflict on constraint edition_access_pkey do update set access = excluded.access, changed_at = now();
  return pg_catalog.jsonb_build_object('label', edition.label, 'access', access);
end;
$$;
comment on function private.set_edition_access(text, text) is
  'Operator: makes an edition''s data package public (downloadable on /research/) or private again.';

create function private.edition_access_of(edition_id bigint)
returns text
language sql
stable
set search_path = ''
as $$
  select coalesce((select a.access from private.edition_access a where a.edition_id = edition_access_of.edition_id),
                  'private');
$$;
comment on function private.edition_access_of(bigint) is 'Whether an edition''s package is public or private.';

create function private.edition_summary(edition private.benchmark_editions)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select pg_catalog.jsonb_build_object(
    'label', edition.label,
    'fieldworkFrom', edition.fieldwork_from,
    'fieldworkTo', edition.fieldwork_to,
    'frozenAt', pg_catalog.to_char(edition.frozen_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'n', edition.n,
    'k', edition.k,
    'surveyVersions', pg_catalog.to_jsonb(edition.survey_versions),
    'scoringModels', pg_catalog.to_jsonb(edition.scoring_models),
    'sha256', edition.sha256,
    'access', private.edition_access_of(edition.id)
  );
$$;
comment on function private.edition_summary(private.benchmark_editions) is
  'An edition as listed: label, dates, n, k, versions, sha256 and package access.';

-- the members of an edition that may enter its data package (consent, live pool, still stored)
create function private.edition_package_entries(edition_id bigint)
returns table (
  entry_id uuid, response_id uuid, industry text, company_size text, region text, business_model text,
  fieldwork_half text
)
language sql
stable
set search_path = ''
as $$
  -- one half-year for every row, the edition's own: a row's own date would single out a result kept from
  -- outside the fieldwork dates
  select m.entry_id, r.id,
         coalesce(r.industry, c.industry), coalesce(r.company_size, c.company_size),
         coalesce(r.region, c.region), coalesce(r.business_model, c.business_model),
         pg_catalog.to_char(e.fieldwork_to, 'YYYY')
           || case when pg_catalog.date_part('month', e.fieldwork_to) <= 6 then '-H1' else '-H2' end
  from private.edition_entries m
  join private.benchmark_editions e on e.id = m.edition_id
  left join private.responses r on r.id = m.entry_id
  left join private.combined_results c on c.id = m.entry_id
  where m.edition_id = edition_package_entries.edition_id
    and coalesce(r.pool, c.pool) = 'live'
    and case
      when r.id is not null then r.research_consent
      -- a client organisation of three or more (with two, one executive's scores and the mean give the
      -- other's), every respondent it ever had having consented
      else c.respondents >= 3
           and exists (select from private.responses x where x.organisation_id = c.organisation_id)
           and not exists (
             select from private.responses x where x.organisation_id = c.organisation_id and not x.research_consent
           )
    end;
$$;
comment on function private.edition_package_entries(bigint) is
  'An edition''s members that may be exported: consenting standalone respondents, and client organisations whose '
  'every respondent consented; with their quasi-identifiers and fieldwork half-year.';

create function private.edition_package_combinations(label text)
returns table (industry text, company_size text, region text, business_model text, rows bigint)
language sql
stable
set search_path = ''
as $$
  select e.industry, e.company_size, e.region, e.business_model, count(*)
  from private.edition_package_entries((private.edition_by_label(label)).id) e
  group by 1, 2, 3, 4;
$$;
comment on function private.edition_package_combinations(text) is
  'Operator: how many package rows hold each combination of the four quasi-identifiers (for the suppression).';

create function private.edition_package_rows(label text)
returns table (
  fieldwork_half text, industry text, company_size text, region text, business_model text, answers jsonb,
  scores jsonb
)
language sql
stable
set search_path = ''
as $$
  select e.fieldwork_half, e.industry, e.company_size, e.region, e.business_model,
         -- a standalone respondent's answers, free text and any name left out; none for a client organisation
         case when e.response_id is not null then (
           select r.answers - 'organisation_name' - 'respondent_function' - 'respondent_seniority' - array(
             select q.key from pg_catalog.jsonb_each(v.answer_spec -> 'questions') as q where q.value ->> 'type' = 'text'
           )
           from private.responses r join private.survey_versions v on v.version = r.survey_version
           where r.id = e.response_id
         ) end,
         coalesce(
           (select pg_catalog.jsonb_object_agg(s.dimension, pg_catalog.jsonb_build_array(s.score, s.stage))
            from private.response_scores s where s.response_id = e.response_id),
           (select pg_catalog.jsonb_object_agg(s.dimension, pg_catalog.jsonb_build_array(s.score, s.stage))
            from private.combined_result_scores s where s.result_id = e.entry_id),
           '{}'
         )
  from private.edition_package_entries((private.edition_by_label(label)).id) e
  order by pg_catalog.random();
$$;
comment on function private.edition_package_rows(text) is
  'Operator: the rows of an edition''s data package, in random order: fieldwork half-year, quasi-identifiers, a '
  'standalone respondent''s answers (no free text), scores and stages ({dimension: [score, stage]}). No id, '
  'token, name or timestamp.';

create function api.freeze_edition(label text, fieldwork_from date default null, fieldwork_to date default null)
returns jsonb
language sql
volatile
security definer
set search_path = ''
as $$
  select private.freeze_edition(label, fieldwork_from, fieldwork_to);
$$;
comment on function api.freeze_edition(text, date, date) is
  'Service role only: freezes a new benchmark edition (see private.freeze_edition).';

create function api.set_edition_access(label text, access text)
returns jsonb
language sql
volatile
security definer
set search_path = ''
as $$
  select private.set_edition_access(label, access);
$$;
comment on function api.set_edition_access(text, text) is
  'Service role only: makes an edition''s data package public or private.';

-- the API's set-returning functions return jsonb rows: PostgREST and the API tests read input
-- arguments only, and output columns would list as arguments
create function api.edition_package_combinations(label text)
returns setof jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select pg_catalog.to_jsonb(c) from private.edition_package_combinations(label) c;
$$;
comment on function api.edition_package_combinations(text) is
  'Service role only: quasi-identifier combination counts of an edition''s data package, one object per '
  'combination {industry, company_size, region, business_model, rows}.';

create function api.edition_package_rows(label text)
returns setof jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select pg_catalog.to_jsonb(r) from private.edition_package_rows(label) r;
$$;
comment on function api.edition_package_rows(text) is
  'Service role only: the rows of an edition''s data package, before disclosure control of the quasi-identifiers.';

create function api.benchmark_editions()
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(pg_catalog.jsonb_agg(private.edition_summary(e) order by e.frozen_at desc, e.id desc), '[]')
  from private.benchmark_editions e;
$$;
comment on function api.benchmark_editions() is
  'Every benchmark edition, newest first: label, fieldwork dates, frozen at, n, k, versions, sha256, package access.';

create function api.benchmark_edition(label text)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select private.edition_content(
           e.label, e.fieldwork_from, e.fieldwork_to, e.frozen_at, e.n, e.inclusion_rule, e.survey_versions,
           e.scoring_models, e.k, e.statistics)
         || pg_catalog.jsonb_build_object('sha256', e.sha256, 'access', private.edition_access_of(e.id))
  from private.edition_by_label(label) e;
$$;
comment on function api.benchmark_edition(text) is
  'One edition''s frozen content (the statistics reports need) with its sha256 and package access; 404 if unknown.';

-- grants
revoke all on table private.benchmark_editions, private.edition_entries, private.edition_access
  from public, anon, authenticated, service_role;
revoke execute on function api.freeze_edition(text, date, date) from public, anon, authenticated;
revoke execute on function api.set_edition_access(text, text) from public, anon, authenticated;
revoke execute on function api.edition_package_combinations(text) from public, anon, authenticated;
revoke execute on function api.edition_package_rows(text) from public, anon, authenticated;
grant execute on function private.freeze_edition(text, date, date) to service_role;
grant execute on function private.set_edition_access(text, text) to service_role;
grant execute on function private.edition_package_combinations(text) to service_role;
grant execute on function private.edition_package_rows(text) to service_role;
grant execute on function api.freeze_edition(text, date, date) to service_role;
grant execute on function api.set_edition_access(text, text) to service_role;
grant execute on function api.edition_package_combinations(text) to service_role;
grant execute on function api.edition_package_rows(text) to service_role;
grant execute on function api.benchmark_editions() to anon, authenticated, service_role;
grant execute on function api.benchmark_edition(text) to anon, authenticated, service_role;
