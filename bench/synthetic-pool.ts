/**
 * Bulk generator of synthetic organisations in the 'bench' pool: responses,
 * scores, organisation results and the benchmark rollups, each written by one
 * set-based statement over `generate_series` (never one call per row).
 *
 * Row number i (1, 2, …) determines everything about its organisation through
 * hashes of i, so a run is reproducible and the bench can name any row's
 * response id and report token without reading them back.
 */
import type pg from 'pg';
import type { TAnswerSpec } from '../surveys/assessment/index.ts';

export const BENCH_POOL = 'bench';

/** The profile attributes a synthetic response is given, with the values each may take. */
export const PROFILE_ATTRIBUTES = [
  'industry',
  'company_size',
  'region',
  'business_model',
  'respondent_function',
  'respondent_seniority',
] as const;
export type TProfileAttribute = (typeof PROFILE_ATTRIBUTES)[number];
export type TProfileOptions = Record<TProfileAttribute, string[]>;

/**
 * Skew of each attribute: value index = floor(options × u^skew) for uniform u,
 * so the first values are common and the last rare, and segments range from
 * tens of thousands of organisations to a handful.
 */
const SKEW: Record<TProfileAttribute, number> = {
  industry: 2.2,
  company_size: 1.6,
  region: 2,
  business_model: 1.3,
  respondent_function: 1.5,
  respondent_seniority: 1.2,
};

/** The six dimensions, each with a shift of its mean score so that they differ. */
const DIMENSION_SHIFTS: ReadonlyArray<readonly [string, number]> = [
  ['alignment', 5],
  ['staffing', -3],
  ['personalization', -6],
  ['effort', 2],
  ['brand', 4],
  ['automation', -8],
];

/** Every dimension with a score row, overall included. */
const SCORED = [...DIMENSION_SHIFTS.map(([name]) => name), 'overall'];

/** Share of organisations without a brand score (nothing scorable answered). */
const NULL_BRAND_SHARE = 0.08;

/** The profile questions' option lists of an answer spec (all single-choice questions). */
export function profileOptions(spec: TAnswerSpec): TProfileOptions {
  const entries = PROFILE_ATTRIBUTES.map((attribute) => {
    const question = spec.questions[attribute];
    if (question?.type !== 'single') {
      throw new Error(`The answer spec has no single-choice question "${attribute}".`);
    }
    return [attribute, question.options];
  });
  return Object.fromEntries(entries) as TProfileOptions;
}

/** The response (and organisation) id of bench row `row`. */
export function benchResponseId(row: number): string {
  return `00000000-0000-4000-8000-${row.toString(16).padStart(12, '0')}`;
}

/** A fixed prefix with enough distinct characters that bench tokens are not refused as weak. */
const BENCH_TOKEN_PREFIX = 'bEnChPoOl-ToKeN_qWxYz0123456789';

/** The report token of bench row `row` (43 base64url characters, as the database requires). */
export function benchReportToken(row: number): string {
  return BENCH_TOKEN_PREFIX + String(row).padStart(12, '0');
}

/** SQL for benchResponseId of the bigint expression `row`. */
const idSql = (row: string) =>
  `('00000000-0000-4000-8000-' || pg_catalog.lpad(pg_catalog.to_hex(${row}), 12, '0'))::uuid`;

/** SQL for a uniform number in [0, 1) drawn from row `i` and a salt (an SQL integer expression). */
const uniformSql = (salt: string | number) =>
  `((pg_catalog.hashint8extended(i, ${salt}) & 4503599627370495)::float8 / 4503599627370496)`;

/** SQL for a standard normal number (Box-Muller) drawn from row `i` and two salts. */
const normalSql = (saltA: string | number, saltB: string | number) =>
  `(sqrt(-2 * ln(1 - ${uniformSql(saltA)})) * cos(2 * pi() * ${uniformSql(saltB)}))`;

/** SQL picking a value of the text[] parameter `$param` with the attribute's skew. */
const pickSql = (param: string, attribute: TProfileAttribute, salt: number) =>
  `(${param}::text[])[1 + floor(pg_catalog.cardinality(${param}::text[]) * ` +
  `power(${uniformSql(salt)}, ${SKEW[attribute]}))::integer]`;

const rowsSql = 'pg_catalog.generate_series($1::bigint, $2::bigint) as i';

const insertResponses = `
  insert into private.responses (
    id, organisation_id, survey_version, language, answers, industry, company_size, region,
    business_model, respondent_function, respondent_seniority, report_token_hash, pool, submitted_at
  )
  select ${idSql('i')}, ${idSql('i')}, $3, case when ${uniformSql(10)} < 0.35 then 'ko' else 'en' end,
         '{}'::jsonb,
         ${pickSql('$4', 'industry', 11)}, ${pickSql('$5', 'company_size', 12)},
         ${pickSql('$6', 'region', 13)}, ${pickSql('$7', 'business_model', 14)},
         ${pickSql('$8', 'respondent_function', 15)}, ${pickSql('$9', 'respondent_seniority', 16)},
         pg_catalog.sha256(pg_catalog.convert_to('${BENCH_TOKEN_PREFIX}' || pg_catalog.lpad(i::text, 12, '0'), 'UTF8')),
         '${BENCH_POOL}', now() - interval '1 second' * floor(${uniformSql(17)} * 63072000)
  from ${rowsSql}`;

// Scores: an organisation-wide maturity ~ N(52, 14) plus a dimension shift and
// noise ~ N(0, 11), clamped to 0-100, in tenths; brand is sometimes missing.
const insertDimensionScores = `
  insert into private.response_scores (response_id, dimension, score, stage)
  select o.id, d.dimension, s.score,
         case when s.score is not null then least(5, 1 + floor(s.score / 20))::smallint end
  from (select i, ${idSql('i')} as id, 52 + 14 * ${normalSql(20, 21)} as base from ${rowsSql}) as o
  cross join (values ${DIMENSION_SHIFTS.map(([name, shift], index) => `('${name}', ${shift}, ${index})`).join(', ')})
    as d (dimension, shift, salt)
  cross join lateral (
    select case when d.dimension = 'brand' and ${uniformSql(30)} < ${NULL_BRAND_SHARE} then null
                else round(least(100, greatest(0,
                  o.base + d.shift + 11 * ${normalSql('40 + 2 * d.salt', '41 + 2 * d.salt')}))::numeric, 1)
           end as score
  ) as s`;

// Overall = mean of the scored dimensions, as the scoring model defines it.
const insertOverallScores = `
  insert into private.response_scores (response_id, dimension, score, stage)
  select s.response_id, 'overall', round(avg(s.score), 1), least(5, 1 + floor(round(avg(s.score), 1) / 20))::smallint
  from private.response_scores s
  where s.response_id between ${idSql('$1::bigint')} and ${idSql('$2::bigint')}
  group by s.response_id`;

const insertOrganisationResults = `
  insert into private.organisation_results (organisation_id, response_id)
  select r.organisation_id, r.id from private.responses r
  where r.pool = '${BENCH_POOL}' and r.id between ${idSql('$1::bigint')} and ${idSql('$2::bigint')}`;

/** SQL for the four segment columns of mask `m` ('*' where the bit is clear). */
const segmentColumns = `
  case when m & 1 > 0 then l.industry else '*' end,
  case when m & 2 > 0 then l.company_size else '*' end,
  case when m & 4 > 0 then l.region else '*' end,
  case when m & 8 > 0 then l.business_model else '*' end`;

// Rollups: count the new rows per leaf segment first, then spread the leaf
// counts over the 16 segment masks and add them to what is already there,
// stamping each changed segment with a new version (cached histograms of the
// old one no longer count).
// The score bins are split by dimension ($3) so that several connections can
// add them at once without touching the same rows.
const addSegmentSizes = `
  insert into private.segment_sizes as s (pool, industry, company_size, region, business_model, organisations, version)
  select '${BENCH_POOL}', ${segmentColumns}, sum(l.organisations)::integer,
         pg_catalog.nextval('private.rollup_versions')
  from (
    select r.industry, r.company_size, r.region, r.business_model, count(*) as organisations
    from private.responses r
    where r.pool = '${BENCH_POOL}' and r.id between ${idSql('$1::bigint')} and ${idSql('$2::bigint')}
    group by 1, 2, 3, 4
  ) as l
  cross join pg_catalog.generate_series(0, 15) as m
  group by 1, 2, 3, 4, 5
  on conflict (pool, industry, company_size, region, business_model)
    do update set organisations = s.organisations + excluded.organisations, version = excluded.version`;

const addScoreBins = `
  insert into private.segment_score_bins as b
    (pool, industry, company_size, region, business_model, dimension, score_tenths, organisations)
  select '${BENCH_POOL}', ${segmentColumns}, l.dimension, l.score_tenths, sum(l.organisations)::integer
  from (
    select r.industry, r.company_size, r.region, r.business_model, s.dimension,
           (s.score * 10)::smallint as score_tenths, count(*) as organisations
    from private.responses r
    join private.response_scores s on s.response_id = r.id
    where r.pool = '${BENCH_POOL}' and r.id between ${idSql('$1::bigint')} and ${idSql('$2::bigint')}
      and s.score is not null and s.dimension = any($3::text[])
    group by 1, 2, 3, 4, 5, 6
  ) as l
  cross join pg_catalog.generate_series(0, 15) as m
  group by 1, 2, 3, 4, 5, 6, 7
  order by 1, 2, 3, 4, 5, 6, 7
  on conflict (pool, industry, company_size, region, business_model, dimension, score_tenths)
    do update set organisations = b.organisations + excluded.organisations`;

const SCORE_BINS = 'private.segment_score_bins';
const OTHER_TABLES = [
  'private.responses',
  'private.response_scores',
  'private.organisation_results',
  'private.segment_sizes',
];

/** One statement of a step; a step's statements touch disjoint rows and may run concurrently. */
type TPart = { sql: string; params: unknown[] };

/** Splits first..last (inclusive) into `parts` contiguous ranges, dropping empty ones. */
function split(first: number, last: number, parts: number): Array<[number, number]> {
  const length = Math.ceil((last - first + 1) / parts);
  return Array.from({ length: parts }, (_, i): [number, number] => [
    first + i * length,
    Math.min(last, first + (i + 1) * length - 1),
  ]).filter(([from, to]) => from <= to);
}

/** Runs the parts on the clients, each client taking every n-th part, all clients at once. */
async function runParts(clients: readonly pg.Client[], parts: readonly TPart[]): Promise<void> {
  await Promise.all(
    clients.map(async (client, offset) => {
      for (let i = offset; i < parts.length; i += clients.length) {
        await client.query(parts[i]!.sql, parts[i]!.params);
      }
    }),
  );
}

/**
 * Adds bench rows `fromRow`..`toRow` (inclusive) with their scores, and their
 * organisations to the rollups, then vacuums and analyses the tables as
 * autovacuum would. Each step is split over the clients (one per core): row
 * ranges for the raw tables, dimensions for the score bins. The clients
 * are set up for bulk loading: more work_mem, no synchronous commit, and no
 * foreign-key triggers (session_replication_role = replica; the rows are
 * consistent by construction). Use them for nothing else.
 */
export async function addBenchOrganisations(
  clients: readonly pg.Client[],
  fromRow: number,
  toRow: number,
  options: TProfileOptions,
  surveyVersion: string,
  onStep: (step: string, seconds: number) => void = () => undefined,
): Promise<void> {
  const ranges = split(fromRow, toRow, clients.length);
  const perRange = (sql: string, extra: unknown[] = []) =>
    ranges.map((range) => ({ sql, params: [...range, ...extra] }));
  const profiles = PROFILE_ATTRIBUTES.map((attribute) => options[attribute]);
  const steps: Array<[string, TPart[]]> = [
    ['responses', perRange(insertResponses, [surveyVersion, ...profiles])],
    ['dimension scores', perRange(insertDimensionScores)],
    ['overall scores', perRange(insertOverallScores)],
    ['organisation results', perRange(insertOrganisationResults)],
    ['segment sizes', [{ sql: addSegmentSizes, params: [fromRow, toRow] }]],
    [
      'score bins',
      clients.map((_, part) => ({
        sql: addScoreBins,
        params: [fromRow, toRow, SCORED.filter((_, i) => i % clients.length === part)],
      })),
    ],
    [
      'vacuum analyze',
      [SCORE_BINS, OTHER_TABLES.join(', ')].map((tables) => ({
        sql: `vacuum (analyze) ${tables}`,
        params: [],
      })),
    ],
  ];
  for (const client of clients) {
    await client.query(`set work_mem = '1GB'; set maintenance_work_mem = '1GB';
                        set synchronous_commit = off; set session_replication_role = replica`);
  }
  for (const [step, parts] of steps) {
    const start = performance.now();
    await runParts(clients, parts);
    onStep(step, (performance.now() - start) / 1000);
  }
}
