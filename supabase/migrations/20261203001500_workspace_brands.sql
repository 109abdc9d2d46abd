-- White label (issue 15): a consultant's workspace brands its organisations'
-- reports, their prints and share links, and the invitation page executives
-- see.
--
-- Checked here, the trusted layer, whatever the browser says:
--   - the logo by its bytes, never its name or declared type: PNG, JPEG or
--     WebP, at most 200 KB, and no markup anywhere in it (a polyglot); the
--     rule is src/lib/brand/logo-bytes.ts's, cross-checked by a test;
--   - the accent colour against white, WCAG AA for normal text (4.5:1): the
--     report sets it as text on white; src/lib/brand/contrast.ts, cross-checked;
--   - the name and footer as plain text of bounded length.

-- functions the tables check with
create function private.hidden_characters(text text)
returns boolean
language sql
immutable
set search_path = ''
as $$
  -- control characters, and the invisible ones that reorder or hide text around them (bidirectional
  -- overrides and isolates, zero-width characters): a brand shown beside the product's own sentences
  select text ~ '[[:cntrl:]\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]';
$$;
comment on function private.hidden_characters(text) is
  'Whether text holds control characters or invisible formatting ones (bidirectional overrides, zero-width).';

-- tables
create table private.workspace_brands (
  workspace_id uuid primary key references private.workspaces (id) on delete cascade,
  name text not null check (pg_catalog.char_length(name) between 1 and 80 and not private.hidden_characters(name)),
  footer text not null default '' check (pg_catalog.char_length(footer) <= 200 and not private.hidden_characters(footer)),
  accent text not null check (accent ~ '^#[0-9a-f]{6}$'),
  logo bytea check (pg_catalog.octet_length(logo) <= 204800),
  logo_type text check (logo_type in ('png', 'jpeg', 'webp')),
  updated_at timestamptz not null default now(),
  check ((logo is null) = (logo_type is null))
);
comment on table private.workspace_brands is
  'A workspace''s brand: name, footer contact line, accent colour (#rrggbb, AA on white) and logo (checked bytes).';
alter table private.workspace_brands enable row level security;

insert into private.api_errors (code, sqlstate, message) values
  ('invalid_brand_name', '22023', 'The brand name is plain text of 1 to 80 characters, without invisible characters.'),
  ('invalid_brand_footer', '22023', 'The footer line is plain text of at most 200 characters, without invisible characters.'),
  ('invalid_accent', '22023', 'The accent colour is written #rrggbb, for example #0b5cad.'),
  ('accent_low_contrast', '22023',
   'This accent colour is too light to read as text on white (WCAG AA asks for 4.5:1): choose a darker one.'),
  ('invalid_logo', '22023', 'The logo could not be read: send the image file itself.'),
  ('logo_too_large', '22023', 'The logo is larger than 200 KB: make it smaller.'),
  ('logo_not_an_image', '22023', 'The logo must be a PNG, JPEG or WebP image (SVG is not accepted).'),
  ('logo_polyglot', '22023', 'The logo file also contains web markup, so it is refused: export it again as a plain image.');

-- functions
create function private.logo_type(logo bytea)
returns text
language sql
immutable
set search_path = ''
as $$
  select case
    when pg_catalog.octet_length(logo) >= 33
      and pg_catalog.substring(logo, 1, 16) = '\x89504e470d0a1a0a0000000d49484452'::bytea then 'png'
    when pg_catalog.octet_length(logo) >= 5
      and pg_catalog.substring(logo, 1, 3) = '\xffd8ff'::bytea
      and pg_catalog.substring(logo, pg_catalog.octet_length(logo) - 1, 2) = '\xffd9'::bytea then 'jpeg'
    when pg_catalog.octet_length(logo) >= 20
      and pg_catalog.substring(logo, 1, 4) = '\x52494646'::bytea          -- RIFF
      and pg_catalog.substring(logo, 9, 4) = '\x57454250'::bytea          -- WEBP
      and pg_catalog.substring(logo, 13, 4) in (
        '\x56503820'::bytea, '\x5650384c'::bytea, '\x56503858'::bytea)           -- "VP8 ", VP8L, VP8X
      and pg_catalog.get_byte(logo, 4)::bigint + pg_catalog.get_byte(logo, 5)::bigint * 256
        + pg_catalog.get_byte(logo, 6)::bigint * 65536 + pg_catalog.get_byte(logo, 7)::bigint * 16777216
        = pg_catalog.octet_length(logo) - 8 then 'webp'
  end;
$$;
comment on function private.logo_type(bytea) is
  'The image type of a logo''s bytes (png, jpeg, webp) or null; the rule of src/lib/brand/logo-bytes.ts.';

create function private.logo_problem(logo bytea)
returns text
language sql
immutable
set search_path = ''
as $$
  -- markup is searched in the bytes with A-Z read as a-z (encode 'escape' writes every other byte that is
  -- not printable ASCII as a backslash and digits, which no marker contains)
  select case
    when pg_catalog.octet_length(logo) > 204800 then 'too_large'
    when private.logo_type(logo) is null then 'not_an_image'
    when exists (
      select from pg_catalog.unnest(array['<svg', '<script', '<?xml', '<html', '<!doctype']) as m(marker)
      where pg_catalog.strpos(
        pg_catalog.translate(pg_catalog.encode(logo, 'escape'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                             'abcdefghijklmnopqrstuvwxyz'),
        m.marker) > 0
    ) then 'polyglot'
  end;
$$;
comment on function private.logo_problem(bytea) is
  'Why a logo is refused (too_large, not_an_image, polyglot) or null; the rule of src/lib/brand/logo-bytes.ts.';

create function private.accent_contrast(accent text)
returns numeric
language sql
immutable
set search_path = ''
as $$
  -- WCAG 2.x: (L_white + 0.05) / (L_accent + 0.05), L from the linearised sRGB channels
  with channels as (
    select (pg_catalog.get_byte(pg_catalog.decode(pg_catalog.substr(accent, 2), 'hex'), i) / 255.0)::float8 as c, i
    from pg_catalog.generate_series(0, 2) as i
  ),
  linear as (
    select case when c <= 0.04045 then c / 12.92 else ((c + 0.055) / 1.055) ^ 2.4 end as l, i from channels
  )
  select (1.05 / (sum(l * case i when 0 then 0.2126 when 1 then 0.7152 else 0.0722 end) + 0.05))::numeric
  from linear;
$$;
comment on function private.accent_contrast(text) is
  'The contrast ratio of a #rrggbb colour against white (WCAG 2.x), unrounded.';

create function private.brand_json(workspace_id uuid)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select pg_catalog.jsonb_build_object(
    'name', b.name,
    'footer', b.footer,
    'accent', b.accent,
    'logo', case when b.logo is null then null
                 else 'data:image/' || b.logo_type || ';base64,'
                      || pg_catalog.translate(pg_catalog.encode(b.logo, 'base64'), E'\n', '') end
  )
  from private.workspace_brands b where b.workspace_id = brand_json.workspace_id;
$$;
comment on function private.brand_json(uuid) is
  'A workspace''s brand as the reports apply it (logo as a data: URL), or null for the product''s own.';

create function api.set_workspace_brand(
  workspace_key text, name text, footer text default '', accent text default '#0b5cad',
  logo text default null, remove_logo boolean default false
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  workspace uuid := private.calling_workspace(workspace_key);
  clean_name text := pg_catalog.btrim(name);
  clean_footer text := pg_catalog.btrim(coalesce(footer, ''));
  colour text := pg_catalog.lower(accent);
  bytes bytea;
  problem text;
begin
  if clean_name is null or pg_catalog.char_length(clean_name) not between 1 and 80
     or private.hidden_characters(clean_name) then
    perform private.raise_api_error('invalid_brand_name');
  end if;
  if pg_catalog.char_length(clean_footer) > 200 or private.hidden_characters(clean_footer) then
    perform private.raise_api_error('invalid_brand_footer');
  end if;
  if colour is null or colour !~ '^#[0-9a-f]{6}$' then
    perform private.raise_api_error('invalid_accent');
  end if;
  if private.accent_contrast(colour) < 4.5 then
    perform private.raise_api_error('accent_low_contrast');
  end if;
  if logo is not null then
    -- base64 of at most 200 KB is at most 273,068 characters; anything longer is refused before decoding
    if pg_catalog.char_length(logo) > 280000 then
      perform private.raise_api_error('logo_too_large');
    end if;
    begin
      bytes := pg_catalog.decode(logo, 'base64');
    exception when others then
      perform private.raise_api_error('invalid_logo');
    end;
    problem := private.logo_problem(bytes);
    if problem is not null then
      perform private.raise_api_error('logo_' || problem);
    end if;
  end if;
  insert into private.workspace_brands as b (workspace_id, name, footer, accent, logo, logo_type)
  values (workspace, clean_name, clean_footer, colour, bytes, private.logo_type(bytes))
  on conflict on constraint workspace_brands_pkey do update set
    name = excluded.name, footer = excluded.footer, accent = excluded.accent, updated_at = now(),
    logo = case when remove_logo then null when excluded.logo is not null then excluded.logo else b.logo end,
    logo_type = case when remove_logo then null when excluded.logo is not null then excluded.logo_type
                     else b.logo_type end;
  return private.brand_json(workspace);
end;
$$;
comment on function api.set_workspace_brand(text, text, text, text, text, boolean) is
  'Brands the workspace''s reports and invitation page: name, footer line, accent (AA on white) and logo '
  '(base64 of a PNG, JPEG or WebP of at most 200 KB; null keeps the current one; remove_logo drops it).';

create function api.remove_workspace_brand(workspace_key text)
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  delete from private.workspace_brands b where b.workspace_id = private.calling_workspace(workspace_key);
$$;
comment on function api.remove_workspace_brand(text) is 'Returns the workspace''s reports to the product''s own brand.';

create or replace function api.workspace_overview(workspace_key text)
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
    'brand', private.brand_json(workspace.id),
    'organisations', private.client_organisations_json(workspace.id)
  );
end;
$$;
comment on function api.workspace_overview(text) is
  'The workspace''s brand and client organisations with their invitation, counts and combined overall result.';

create or replace function api.invitation(invitation_token text)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  invitation private.invitations := private.open_invitation(invitation_token);
  organisation private.client_organisations;
begin
  select * into organisation from private.client_organisations o where o.id = invitation.organisation_id;
  return pg_catalog.jsonb_build_object(
    'status', 'open',
    'expiresAt', invitation.expires_at,
    'surveyVersion', organisation.survey_version,
    -- who invites: the consultant's brand, never the organisation
    'brand', private.brand_json(organisation.workspace_id)
  );
end;
$$;
comment on function api.invitation(text) is
  'Whether an invitation can be answered, on which survey version, and the inviting consultant''s brand; never '
  'the organisation or its answers.';

-- grants
grant execute on function api.set_workspace_brand(text, text, text, text, text, boolean) to anon, authenticated;
grant execute on function api.remove_workspace_brand(text) to anon, authenticated;
