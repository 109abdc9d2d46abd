-- Frozen research data packages (issue 16): an edition's package is as frozen
-- as the edition, so a researcher who cites it and another who downloads it a
-- year later hold the same data.
--
-- Until now the package read its members, their consent and their results at
-- export time: a client organisation that ran another round, or a response
-- marked otherwise, changed a package already cited, and the rows came in a
-- new random order with new row ids on every build. Now:
--   - private.edition_package_members holds, from the moment an edition is
--     frozen (a statement trigger on its member list, in the same
--     transaction), the rows its package may hold: consent as it stood at
--     freezing, the fieldwork half-year, the four quasi-identifiers, a
--     standalone respondent's answers (no free text, no name, no role), the
--     scores and stages, a random row id and a random position. It never
--     changes, like the edition;
--   - the package reads only those rows, in that order, so the disclosure
--     control (stack/edition-package.ts, deterministic on its input) writes the
--     same data.csv on every build;
--   - private.edition_package_digests records the SHA-256, bytes and rows of an
--     edition's data.csv when it is first built (private.record_edition_package);
--     a later build that came out different is refused, and the digest is
--     listed with the edition (api.benchmark_editions, dataSha256) and written
--     into datapackage.json;
--   - an organisation enters one package only, the first edition's that holds
--     it with consent (a unique index): two packages never hold the same
--     organisation, so its row, suppressed differently in each, cannot be
--     joined across them to undo the suppression, and packages can be pooled
--     without duplicates;
--   - private.edition_group_sizes holds, per edition, how many of its
--     organisations (all of them, consenting or not) each group has: the pool
--     and every value of the four quasi-identifiers, published or hidden. The
--     export checks its file against these: in every group, the organisations
--     not written with the group's value (left out, or recoded or blanked) are
--     0 or at least k, whatever figures (an edition's, a release's) may be
--     subtracted from it;
--   - an edition's member list, package rows and group sizes are written once,
--     by the statement that freezes it: a later insert is refused too;
--   - the unsuppressed rows and their combination counts leave the API: only
--     the operator's direct database connection (the command-line export, the
--     server's package route) reads them. PostgREST exposed them to the
--     service role, whose key a hosted deployment hands to more tools than the
--     operator's.
-- Editions frozen before this migration get their members from the data as it
-- stands now.

-- tables
create table private.edition_package_members (
  edition_id bigint not null references private.benchmark_editions (id),
  -- never exported: one package per organisation
  organisation_id uuid not null,
  position integer not null check (position > 0),
  row_id text not null check (row_id ~ '^[0-9a-f]{20}$'),
  fieldwork_half text not null check (fieldwork_half ~ '^[0-9]{4}-H[12]$'),
  industry text,
  company_size text,
  region text,
  business_model text,
  answers jsonb,
  scores jsonb not null,
  primary key (edition_id, position)
);
comment on table private.edition_package_members is
  'The rows an edition''s data package may hold, frozen with the edition, in a random order drawn then: random row '
  'id, fieldwork half-year, quasi-identifiers, a standalone respondent''s answers (no free text, name or role), '
  'scores and stages ({dimension: [score, stage]}); each organisation in one edition''s package only. Never changed.';
create unique index edition_package_members_one_package_each
  on private.edition_package_members (organisation_id);

create table private.edition_group_sizes (
  edition_id bigint not null references private.benchmark_editions (id),
  attribute text not null check (attribute in ('all', 'industry', 'company_size', 'region', 'business_model')),
  value text not null,
  organisations integer not null check (organisations > 0),
  primary key (edition_id, attribute, value)
);
comment on table private.edition_group_sizes is
  'How many of an edition''s organisations (consenting or not) each group holds: the pool (all, *) and each value '
  'of the four quasi-identifiers, published or hidden. Written when the edition is frozen; never changed.';

create table private.edition_package_digests (
  edition_id bigint primary key references private.benchmark_editions (id),
  data_sha256 text not null check (data_sha256 ~ '^[0-9a-f]{64}$'),
  data_bytes bigint not null check (data_bytes > 0),
  data_rows integer not null check (data_rows >= 0),
  recorded_at timestamptz not null default now()
);
comment on table private.edition_package_digests is
  'The SHA-256, size and row count of an edition''s data.csv as first built; every later build must match. '
  'Never changed.';

alter table private.edition_package_members enable row level security;
alter table private.edition_package_digests enable row level security;
alter table private.edition_group_sizes enable row level security;

-- functions
create function private.edition_package_source(edition_id bigint)
returns table (
  organisation_id uuid, fieldwork_half text, industry text, company_size text, region text, business_model text,
  answers jsonb, scores jsonb
)
language sql
stable
set search_path = ''
as $$
  select coalesce((select r.organisation_id from private.responses r where r.id = e.response_id),
                  (select c.organisation_id from private.combined_results c where c.id = e.entry_id)),
         e.fieldwork_half, e.industry, e.company_size, e.region, e.business_model,
         -- a standalone respondent's answers, free text, any name and the respondent's role left out; none for
         -- a client organisation (they would be one executive's answers, or a mix no respondent gave)
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
  from private.edition_package_entries(edition_package_source.edition_id) e;
$$;
comment on function private.edition_package_source(bigint) is
  'At freezing: the package rows of an edition''s members that may be exported now (private.edition_package_entries).';

create function private.store_edition_package_members(edition_id bigint)
returns void
language sql
volatile
set search_path = ''
as $$
  insert into private.edition_package_members (
    edition_id, organisation_id, position, row_id, fieldwork_half, industry, company_size, region, business_model,
    answers, scores
  )
  select store_edition_package_members.edition_id, s.organisation_id,
         pg_catalog.row_number() over (order by pg_catalog.random())::integer,
         pg_catalog.left(pg_catalog.md5(pg_catalog.gen_random_uuid()::text), 20),
         s.fieldwork_half, s.industry, s.company_size, s.region, s.business_model, s.answers, s.scores
  from private.edition_package_source(store_edition_package_members.edition_id) s
  -- an organisation already in an earlier edition's package stays there only
  where not exists (
    select from private.edition_package_members m where m.organisation_id = s.organisation_id
  );
$$;
comment on function private.store_edition_package_members(bigint) is
  'Freezes an edition''s package rows (private.edition_package_members), in a random order with random row ids, '
  'leaving out organisations already in an earlier edition''s package.';

create function private.store_edition_group_sizes(edition_id bigint)
returns void
language sql
volatile
set search_path = ''
as $$
  insert into private.edition_group_sizes (edition_id, attribute, value, organisations)
  select store_edition_group_sizes.edition_id, g.attribute, g.value, count(*)::integer
  from private.edition_entries m
  left join private.responses r on r.id = m.entry_id
  left join private.combined_results c on c.id = m.entry_id
  cross join lateral (
    values ('all', '*'), ('industry', coalesce(r.industry, c.industry)),
           ('company_size', coalesce(r.company_size, c.company_size)), ('region', coalesce(r.region, c.region)),
           ('business_model', coalesce(r.business_model, c.business_model))
  ) as g(attribute, value)
  where m.edition_id = store_edition_group_sizes.edition_id and g.value is not null
  group by g.attribute, g.value;
$$;
comment on function private.store_edition_group_sizes(bigint) is
  'Freezes how many of an edition''s organisations each group holds (private.edition_group_sizes).';

-- the editions frozen so far, from the data as it stands
select private.store_edition_package_members(e.id), private.store_edition_group_sizes(e.id)
from private.benchmark_editions e order by e.id;

create function private.freeze_edition_package()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform private.store_edition_package_members(x.edition_id), private.store_edition_group_sizes(x.edition_id)
  from (select distinct a.edition_id from added a) x;
  return null;
end;
$$;
comment on function private.freeze_edition_package() is
  'Trigger: when an edition''s member list is written (private.freeze_edition), its package rows and group sizes '
  'are frozen too.';

-- an edition's rows are written by one statement: a later insert for the same edition is refused
create function private.refuse_edition_additions()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  before_count bigint;
  added_count bigint;
begin
  execute pg_catalog.format(
    'select (select count(*) from private.%I t where t.edition_id in (select a.edition_id from added a)), '
    '(select count(*) from added)', tg_table_name)
  into before_count, added_count;
  if before_count <> added_count then
    raise exception using
      errcode = '55000',
      message = 'Benchmark editions never change: an edition''s members are written once, when it is frozen.';
  end if;
  return null;
end;
$$;
comment on function private.refuse_edition_additions() is
  'Trigger: refuses rows added to an edition that already had some (its rows are written once, at freezing).';

create trigger edition_entries_added_once
  after insert on private.edition_entries
  referencing new table as added
  for each statement execute function private.refuse_edition_additions();
create trigger edition_entries_freeze_package
  after insert on private.edition_entries
  referencing new table as added
  for each statement execute function private.freeze_edition_package();
create trigger edition_package_members_added_once
  after insert on private.edition_package_members
  referencing new table as added
  for each statement execute function private.refuse_edition_additions();
create trigger edition_group_sizes_added_once
  after insert on private.edition_group_sizes
  referencing new table as added
  for each statement execute function private.refuse_edition_additions();

create trigger edition_package_members_immutable
  before update or delete on private.edition_package_members
  for each row execute function private.refuse_edition_change();
create trigger edition_package_members_no_truncate
  before truncate on private.edition_package_members
  for each statement execute function private.refuse_edition_change();
create trigger edition_group_sizes_immutable
  before update or delete on private.edition_group_sizes
  for each row execute function private.refuse_edition_change();
create trigger edition_group_sizes_no_truncate
  before truncate on private.edition_group_sizes
  for each statement execute function private.refuse_edition_change();
create trigger edition_package_digests_immutable
  before update or delete on private.edition_package_digests
  for each row execute function private.refuse_edition_change();
create trigger edition_package_digests_no_truncate
  before truncate on private.edition_package_digests
  for each statement execute function private.refuse_edition_change();

-- the package reads the frozen rows only
drop function api.edition_package_rows(text);
drop function api.edition_package_combinations(text);
drop function private.edition_package_rows(text);
drop function private.edition_package_combinations(text);

create function private.edition_package_combinations(label text)
returns table (industry text, company_size text, region text, business_model text, rows integer)
language sql
stable
set search_path = ''
as $$
  -- in a fixed order: the disclosure control decides the same on every build
  select m.industry, m.company_size, m.region, m.business_model, count(*)::integer
  from private.edition_package_members m
  where m.edition_id = (private.edition_by_label(label)).id
  group by 1, 2, 3, 4
  order by 1, 2, 3, 4;
$$;
comment on function private.edition_package_combinations(text) is
  'Operator: how many of an edition''s package rows hold each combination of the four quasi-identifiers, in a fixed '
  'order (for the suppression).';

create function private.edition_package_rows(label text)
returns table (
  row_id text, fieldwork_half text, industry text, company_size text, region text, business_model text,
  answers jsonb, scores jsonb
)
language sql
stable
set search_path = ''
as $$
  select m.row_id, m.fieldwork_half, m.industry, m.company_size, m.region, m.business_model, m.answers, m.scores
  from private.edition_package_members m
  where m.edition_id = (private.edition_by_label(label)).id
  order by m.position;
$$;
comment on function private.edition_package_rows(text) is
  'Operator: an edition''s frozen package rows in their frozen random order, before the disclosure control of the '
  'quasi-identifiers. No id, token, name or timestamp.';

create function private.edition_member_groups(label text)
returns table (attribute text, value text, organisations integer)
language sql
stable
set search_path = ''
as $$
  select g.attribute, g.value, g.organisations
  from private.edition_group_sizes g
  where g.edition_id = (private.edition_by_label(label)).id
  order by 1, 2;
$$;
comment on function private.edition_member_groups(text) is
  'Operator: how many of an edition''s organisations (consenting or not) each group holds, published or hidden.';

create function private.record_edition_package(label text, data_sha256 text, data_bytes bigint, data_rows integer)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
  edition private.benchmark_editions := private.edition_by_label(label);
  recorded private.edition_package_digests;
begin
  insert into private.edition_package_digests as d (edition_id, data_sha256, data_bytes, data_rows)
  values (edition.id, record_edition_package.data_sha256, record_edition_package.data_bytes,
          record_edition_package.data_rows)
  on conflict on constraint edition_package_digests_pkey do nothing;
  select * into recorded from private.edition_package_digests d where d.edition_id = edition.id;
  if recorded.data_sha256 <> record_edition_package.data_sha256 then
    raise exception using errcode = '55000',
      message = pg_catalog.format(
        'The data of edition %s''s package came out different from its first build (data.csv sha256 %s, %s rows); '
        'an edition''s data never changes, so this build is refused.',
        edition.label, recorded.data_sha256, recorded.data_rows);
  end if;
  return pg_catalog.jsonb_build_object(
    'label', edition.label, 'dataSha256', recorded.data_sha256, 'dataBytes', recorded.data_bytes,
    'dataRows', recorded.data_rows);
end;
$$;
comment on function private.record_edition_package(text, text, bigint, integer) is
  'Operator: records the SHA-256, bytes and rows of an edition''s data.csv at its first build; refuses a build '
  'that differs.';

create or replace function private.edition_summary(edition private.benchmark_editions)
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
    'access', private.edition_access_of(edition.id),
    'dataSha256', (select d.data_sha256 from private.edition_package_digests d where d.edition_id = edition.id)
  );
$$;
comment on function private.edition_summary(private.benchmark_editions) is
  'An edition as listed: label, dates, n, k, versions, sha256, package access, and its data.csv''s SHA-256 once '
  'built (else null).';

-- grants
revoke all on table private.edition_package_members, private.edition_package_digests, private.edition_group_sizes
  from public, anon, authenticated, service_role;
revoke execute on function private.edition_member_groups(text) from public, anon, authenticated;
revoke execute on function private.store_edition_group_sizes(bigint) from public, anon, authenticated;
revoke execute on function private.edition_package_combinations(text) from public, anon, authenticated;
revoke execute on function private.edition_package_rows(text) from public, anon, authenticated;
revoke execute on function private.record_edition_package(text, text, bigint, integer)
  from public, anon, authenticated;
revoke execute on function private.edition_package_source(bigint) from public, anon, authenticated;
revoke execute on function private.store_edition_package_members(bigint) from public, anon, authenticated;
grant execute on function private.edition_package_combinations(text) to service_role;
grant execute on function private.edition_package_rows(text) to service_role;
grant execute on function private.edition_member_groups(text) to service_role;
grant execute on function private.record_edition_package(text, text, bigint, integer) to service_role;
