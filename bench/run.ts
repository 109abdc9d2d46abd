/**
 * `npm run bench`: benchmark reports and submissions against a synthetic pool
 * of 10k, 100k and 1M organisations in a throwaway PostgreSQL cluster, check
 * the rollup-based report against the naive exact query on the raw tables,
 * and measure the report page's JavaScript. Prints a summary table and writes
 * bench/results.json. BENCH_SIZES=10000,100000 overrides the sizes.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { dataDirLayout, ensureDataDir } from '../stack/data-dir.ts';
import { ensureLocalRoles } from '../stack/local-roles.ts';
import { applyMigrations } from '../stack/migrate.ts';
import { findFreePort } from '../stack/ports.ts';
import { startPostgres, type TRunningPostgres } from '../stack/postgres.ts';
import { generateSecrets } from '../stack/secrets.ts';
import { MIGRATIONS_DIR } from '../stack/stack.ts';
import { newToken } from '../src/lib/assessment/tokens.ts';
import { assessmentV1Spec } from '../surveys/assessment/index.ts';
import { completeAnswers, seededPick } from '../tests/fixtures/answer-sets.ts';
import {
  formatSize,
  formatTable,
  mergeResults,
  type TMetric,
  type TTarget,
} from './report-table.ts';
import { benchFlooding, solveNatively } from './flooding.ts';
import {
  addBenchOrganisations,
  BENCH_POOL,
  benchReportToken,
  benchResponseId,
  profileOptions,
} from './synthetic-pool.ts';
import { latency, secondsSince, timed, type TLatency } from './timing.ts';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const DIST_DIR = resolve(BENCH_DIR, '..', 'dist');
const SURVEY_VERSION = 'digital-cx-v1';
const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
const REPORT_WARMUP = 20;
const REPORT_CALLS = 200;
/** Reports timed right after their groups changed (each rebuilds two groups' histograms). */
const COLD_CALLS = 50;
const SUBMIT_WARMUP = 20;
const SUBMIT_CALLS = 200;
const TARGETS: TTarget[] = [
  { name: 'report_p95_ms', size: 1_000_000, max: 20 },
  { name: 'report_speedup_p95', size: 1_000_000, min: 50 },
  { name: 'submit_p95_ms', size: null, max: 10 },
];

/** Naive exact queries take seconds each from 100k on (about 30 s at 1M on 2 cores): fewer calls. */
const naiveCalls = (size: number) => (size <= 20_000 ? 200 : size <= 200_000 ? 40 : 10);

function benchSizes(): number[] {
  const text = process.env['BENCH_SIZES'];
  if (!text) return DEFAULT_SIZES;
  const sizes = text.split(',').map((part) => Number(part.trim()));
  if (sizes.some((size, i) => !Number.isInteger(size) || size < 1 || size <= (sizes[i - 1] ?? 0))) {
    throw new Error(
      `BENCH_SIZES must be ascending positive integers, e.g. 10000,100000 (got ${text}).`,
    );
  }
  return sizes;
}

// --- the report page's JavaScript -------------------------------------------

const DIRECT_REFERENCES = [
  /<script\b[^>]*?\bsrc="([^"]+)"/g,
  /\b(?:component-url|renderer-url)="([^"]+)"/g,
  /<link\b(?=[^>]*\brel="modulepreload")[^>]*?\bhref="([^"]+)"/g,
];
/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; not `import()`. */
const STATIC_IMPORT =
  /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;

/** Gzip (level 9) size of every /_astro/*.js the built report page loads up front, or null without a build. */
function reportPageJs(): { bytes: number; files: Map<string, number> } | null {
  const page = join(DIST_DIR, 'report', 'index.html');
  if (!existsSync(page)) return null;
  const html = readFileSync(page, 'utf8');
  const pending = DIRECT_REFERENCES.flatMap((pattern) =>
    [...html.matchAll(pattern)].map((match) => match[1]!),
  ).filter((url) => url.startsWith('/_astro/') && url.endsWith('.js'));
  const files = new Map<string, number>();
  while (pending.length > 0) {
    const url = pending.pop()!;
    if (files.has(url)) continue;
    const code = readFileSync(join(DIST_DIR, url));
    files.set(url, gzipSync(code, { level: 9 }).length);
    for (const [, specifier] of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      if (specifier!.startsWith('.')) pending.push(posix.resolve(posix.dirname(url), specifier!));
      else if (specifier!.startsWith('/')) pending.push(specifier!);
    }
  }
  return { bytes: [...files.values()].reduce((sum, size) => sum + size, 0), files };
}

// --- report vs naive ----------------------------------------------------------

const REPORT_SQL = `select private.response_benchmark_report(r, $2::jsonb) as report
                    from private.responses r where r.id = $1`;

// The same statistics from the raw tables: the whole pool, and the segment when one is given.
// Quantiles are taken over scores in tenths (integers), so percentile_cont's float arithmetic is
// exact and rounds like the report's numeric arithmetic.
const NAIVE_SQL = `
  with own as (
    select s.dimension, s.score from private.response_scores s where s.response_id = $1
  ), members as (
    select 'wholePool' as label, s.dimension, s.score
    from private.responses r
    join private.response_scores s on s.response_id = r.id
    where r.pool = $2
    union all
    select 'segment', s.dimension, s.score
    from private.responses r
    join private.response_scores s on s.response_id = r.id
    where r.pool = $2 and $3::jsonb <> '{}'
      and r.industry = coalesce($3::jsonb ->> 'industry', r.industry)
      and r.company_size = coalesce($3::jsonb ->> 'company_size', r.company_size)
      and r.region = coalesce($3::jsonb ->> 'region', r.region)
      and r.business_model = coalesce($3::jsonb ->> 'business_model', r.business_model)
  )
  select m.label, m.dimension, count(*)::integer as rows, count(m.score)::integer as n,
         round((percentile_cont(0.25) within group (order by (m.score * 10)::float8))::numeric / 10, 2)::float8 as q1,
         round((percentile_cont(0.5) within group (order by (m.score * 10)::float8))::numeric / 10, 2)::float8 as median,
         round((percentile_cont(0.75) within group (order by (m.score * 10)::float8))::numeric / 10, 2)::float8 as q3,
         case when max(o.score) is not null and count(m.score) > 0 then round(100 * (
           count(*) filter (where m.score < o.score) + 0.5 * count(*) filter (where m.score = o.score)
         ) / count(m.score), 1)::float8 end as rank
  from members m
  left join own o on o.dimension = m.dimension
  group by m.label, m.dimension`;

type TNaiveRow = {
  label: 'wholePool' | 'segment';
  dimension: string;
  rows: number;
  n: number;
  q1: number | null;
  median: number | null;
  q3: number | null;
  rank: number | null;
};
type TDimensionReport = {
  dimension: string;
  visible: boolean;
  n?: number;
  q1?: number;
  median?: number;
  q3?: number;
  percentileRank?: number | null;
};
type TGroupReport = {
  visible: boolean;
  reason?: string;
  n?: number;
  dimensions?: TDimensionReport[];
};
type TReport = { anonymityK: number; wholePool: TGroupReport; segment: TGroupReport | null };
type TSegment = Record<string, string>;
type TPair = { id: string; row: number; segment: TSegment };

/** Differences between the report and the naive statistics of one call; empty when they agree. */
function compare(report: TReport, naive: TNaiveRow[]): string[] {
  const problems: string[] = [];
  const k = report.anonymityK;
  for (const label of ['wholePool', 'segment'] as const) {
    const group = report[label];
    const rows = naive.filter((row) => row.label === label);
    if (!group) {
      if (rows.length > 0) problems.push(`${label}: naive rows but no group in the report`);
      continue;
    }
    const size = rows.find((row) => row.dimension === 'overall')?.rows ?? 0;
    if (!group.visible) {
      if (group.reason === 'too_few' && size >= k) problems.push(`${label}: too_few but n=${size}`);
      continue;
    }
    if (group.n !== size) problems.push(`${label}: n ${group.n} vs naive ${size}`);
    const scored = rows.filter((row) => row.n > 0);
    const reported = group.dimensions ?? [];
    if (reported.length !== scored.length) {
      problems.push(`${label}: ${reported.length} dimensions vs naive ${scored.length}`);
    }
    for (const row of scored) {
      const dimension = reported.find((d) => d.dimension === row.dimension);
      const expected =
        row.n < k
          ? { visible: false }
          : {
              visible: true,
              n: row.n,
              q1: row.q1,
              median: row.median,
              q3: row.q3,
              percentileRank: row.rank,
            };
      const actual =
        dimension && row.n >= k
          ? {
              visible: dimension.visible,
              n: dimension.n,
              q1: dimension.q1,
              median: dimension.median,
              q3: dimension.q3,
              percentileRank: dimension.percentileRank,
            }
          : { visible: dimension?.visible };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        problems.push(
          `${label}.${row.dimension}: report ${JSON.stringify(actual)} vs naive ${JSON.stringify(expected)}`,
        );
      }
    }
  }
  return problems;
}

/** Random bench responses, alternating the whole pool and a segment of their industry and size. */
async function samplePairs(client: pg.Client, size: number, count: number): Promise<TPair[]> {
  const rows = Array.from({ length: count }, () => 1 + Math.floor(Math.random() * size));
  const { rows: profiles } = await client.query<{
    id: string;
    industry: string;
    company_size: string;
  }>('select id, industry, company_size from private.responses where id = any($1::uuid[])', [
    rows.map(benchResponseId),
  ]);
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  return rows.map((row, i) => {
    const profile = byId.get(benchResponseId(row))!;
    const segment: TSegment =
      i % 2 === 0 ? {} : { industry: profile.industry, company_size: profile.company_size };
    return { id: profile.id, row, segment };
  });
}

type TReportBench = { report: TLatency; cold: TLatency; naive: TLatency; compared: number };

/** Gives the groups of a pair new rollup versions, as a submission to them would: their cache is stale. */
async function invalidate(client: pg.Client, pair: TPair): Promise<void> {
  await client.query(
    `update private.segment_sizes s set version = pg_catalog.nextval('private.rollup_versions')
     where s.pool = $1 and s.region = '*' and s.business_model = '*'
       and ((s.industry = '*' and s.company_size = '*')
         or (s.industry = $2::jsonb ->> 'industry' and s.company_size = $2::jsonb ->> 'company_size'))`,
    [BENCH_POOL, JSON.stringify(pair.segment)],
  );
}

/**
 * Times the report three ways: cold (each call right after its groups'
 * rollups changed, so both histograms are rebuilt), warm (after a pass that
 * filled the cache: the steady state of a pool between submissions), and the
 * naive exact query, which every warm report must match.
 */
async function benchReport(client: pg.Client, size: number): Promise<TReportBench> {
  const pairs = await samplePairs(client, size, REPORT_WARMUP + REPORT_CALLS);
  const reportOf = async (pair: TPair) =>
    timed(async () => {
      const { rows } = await client.query<{ report: TReport }>(REPORT_SQL, [
        pair.id,
        JSON.stringify(pair.segment),
      ]);
      return rows[0]!.report;
    });

  const coldMs: number[] = [];
  const coldReports: TReport[] = [];
  for (const [i, pair] of pairs.slice(0, REPORT_WARMUP + COLD_CALLS).entries()) {
    await invalidate(client, pair);
    const { value, ms } = await reportOf(pair);
    coldReports.push(value);
    if (i >= REPORT_WARMUP) coldMs.push(ms);
  }
  for (const pair of pairs) await reportOf(pair);
  const reports: TReport[] = [];
  const reportMs: number[] = [];
  for (const pair of pairs) {
    const { value, ms } = await reportOf(pair);
    reports.push(value);
    reportMs.push(ms);
  }
  // A report from the cache is the report rebuilt from the bins.
  for (const [i, cold] of coldReports.entries()) {
    if (JSON.stringify(cold) !== JSON.stringify(reports[i])) {
      throw new Error(`MISMATCH: cached and rebuilt reports differ for response ${pairs[i]!.id}`);
    }
  }

  // The public RPC, by token, answers exactly what the private function does.
  const probe = pairs[1]!;
  const viaApi = await client.query<{ report: TReport }>(
    'select api.benchmark_report($1, $2::jsonb) as report',
    [benchReportToken(probe.row), JSON.stringify(probe.segment)],
  );
  if (JSON.stringify(viaApi.rows[0]!.report) !== JSON.stringify(reports[1])) {
    throw new Error(
      'MISMATCH: api.benchmark_report by token differs from private.response_benchmark_report',
    );
  }

  const calls = naiveCalls(size);
  const warmup = Math.min(20, Math.ceil(calls / 10));
  const naiveMs: number[] = [];
  const mismatches: string[] = [];
  for (const [i, pair] of pairs.slice(0, warmup + calls).entries()) {
    const { value, ms } = await timed(() =>
      client.query<TNaiveRow>(NAIVE_SQL, [pair.id, BENCH_POOL, JSON.stringify(pair.segment)]),
    );
    if (i >= warmup) naiveMs.push(ms);
    for (const problem of compare(reports[i]!, value.rows)) {
      mismatches.push(`response ${pair.id} segment ${JSON.stringify(pair.segment)}: ${problem}`);
    }
  }
  if (mismatches.length > 0) {
    for (const mismatch of mismatches.slice(0, 20)) console.error(`MISMATCH ${mismatch}`);
    throw new Error(
      `MISMATCH: ${mismatches.length} differences between the report and the naive query`,
    );
  }
  return {
    report: latency(reportMs.slice(REPORT_WARMUP)),
    cold: latency(coldMs),
    naive: latency(naiveMs),
    compared: warmup + calls,
  };
}

type TSubmitTimings = { submit: TLatency; apply: TLatency };

/**
 * Times `api.submit_response` with complete answer sets, and after each one,
 * apart, applying the rollup change it queued, as the stack's job or the next
 * report would. Each submission carries what a browser's does, prepared
 * outside the timing: a solved challenge and a draft started ten minutes
 * before, so every pool integrity check runs and the response is counted.
 * The rate limits are raised in this throwaway database (their counters
 * still run).
 */
async function benchSubmit(client: pg.Client, size: number): Promise<TSubmitTimings> {
  const submitMs: number[] = [];
  const applyMs: number[] = [];
  await client.query(
    `update private.pool_integrity_settings set client_submissions = 1000000, global_submissions = 1000000,
       client_challenges = 1000000, global_challenges = 1000000`,
  );
  for (let i = 0; i < SUBMIT_WARMUP + SUBMIT_CALLS; i++) {
    const answers = JSON.stringify(completeAnswers(assessmentV1Spec, seededPick(size + i)));
    const { rows } = await client.query('select api.submission_challenge() as challenge');
    const proof = JSON.stringify(solveNatively(rows[0].challenge));
    const draftToken = newToken();
    await client.query(
      `insert into private.drafts (token_hash, survey_version, language, page_number, answers, updated_at, started_at)
       values (private.token_hash($1), $2, 'en', 6, $3::jsonb, now(), now() - interval '10 minutes')`,
      [draftToken, SURVEY_VERSION, answers],
    );
    const submitted = await timed(() =>
      client.query<{ result: { status: string; poolStatus: string } }>(
        'select api.submit_response($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb) as result',
        [randomUUID(), SURVEY_VERSION, 'en', answers, newToken(), draftToken, proof],
      ),
    );
    if (
      submitted.value.rows[0]!.result.status !== 'stored' ||
      submitted.value.rows[0]!.result.poolStatus !== 'counted'
    )
      throw new Error(`submit_response: ${JSON.stringify(submitted.value.rows[0])}`);
    const applied = await timed(() =>
      client.query<{ applied: number }>('select private.apply_queued_rollups() as applied'),
    );
    if (applied.value.rows[0]!.applied !== 1)
      throw new Error(`apply_queued_rollups applied ${applied.value.rows[0]!.applied}, not 1`);
    if (i >= SUBMIT_WARMUP) {
      submitMs.push(submitted.ms);
      applyMs.push(applied.ms);
    }
  }
  return { submit: latency(submitMs), apply: latency(applyMs) };
}

// --- the run ------------------------------------------------------------------

/** Starts the cluster (handed to `onCluster` at once, so it can be stopped) and migrates a database. */
async function startThrowawayCluster(
  root: string,
  onCluster: (postgres: TRunningPostgres) => void,
): Promise<string> {
  const layout = dataDirLayout(root);
  ensureDataDir(layout);
  const secrets = await generateSecrets();
  const postgres = await startPostgres({
    pgdata: layout.pgdata,
    port: await findFreePort(),
    password: secrets.postgresPassword,
    logFile: layout.postgresLog,
  });
  onCluster(postgres);
  await ensureLocalRoles(postgres.superuserUrl(), secrets.authenticatorPassword);
  const admin = new pg.Client({ connectionString: postgres.superuserUrl() });
  await admin.connect();
  await admin.query('create database bench');
  await admin.end();
  await applyMigrations(postgres.superuserUrl('bench'), MIGRATIONS_DIR);
  // Bulk loading writes tens of GB of WAL at 1M: checkpoint by time, not every second.
  const settings = await connect(postgres.superuserUrl());
  await settings.query(`alter system set max_wal_size = '8GB'`);
  await settings.query(`alter system set checkpoint_timeout = '30min'`);
  await settings.query('select pg_catalog.pg_reload_conf()');
  await settings.end();
  return postgres.superuserUrl('bench');
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

async function run(
  root: string,
  metrics: TMetric[],
  onCluster: (p: TRunningPostgres) => void,
): Promise<void> {
  const sizes = benchSizes();
  const js = reportPageJs();
  if (js) {
    for (const [url, bytes] of js.files)
      console.log(`  ${url}: ${(bytes / 1024).toFixed(1)} KB gz`);
    metrics.push({ name: 'report_js_gz_kb', value: js.bytes / 1024, unit: 'KB', size: null });
    console.log(
      `Report page JavaScript: ${(js.bytes / 1024).toFixed(1)} KB gz in ${js.files.size} files`,
    );
  } else {
    console.log(
      'Note: dist/report/index.html is missing; run `npm run build` first to measure the page JavaScript.',
    );
  }

  metrics.push(...(await benchFlooding((line) => console.log(line))));

  console.log(`Starting a throwaway PostgreSQL cluster in ${root} …`);
  const url = await startThrowawayCluster(root, onCluster);
  const generators = await Promise.all(
    Array.from({ length: Math.min(4, availableParallelism()) }, () => connect(url)),
  );
  const client = await connect(url);
  try {
    const options = profileOptions(assessmentV1Spec);
    let generated = 0;
    for (const size of sizes) {
      console.log(`\n== ${formatSize(size)} organisations ==`);
      const start = performance.now();
      await addBenchOrganisations(
        generators,
        generated + 1,
        size,
        options,
        SURVEY_VERSION,
        (step, seconds) => console.log(`  generate ${step}: ${seconds.toFixed(1)} s`),
      );
      const generateSeconds = secondsSince(start);
      generated = size;
      // Time the steady state, not a checkpoint flushing the bulk load's gigabytes meanwhile.
      await client.query('checkpoint');
      const { rows } = await client.query<{ bins: number; segments: number }>(
        `select (select count(*) from private.segment_score_bins where pool = $1)::integer as bins,
                (select count(*) from private.segment_sizes where pool = $1)::integer as segments`,
        [BENCH_POOL],
      );
      console.log(
        `  generated in ${generateSeconds.toFixed(1)} s: ${rows[0]!.segments} segments, ${rows[0]!.bins} score bins`,
      );

      const { report, cold, naive, compared } = await benchReport(client, size);
      console.log(
        `  report p50 ${report.p50.toFixed(2)} ms, p95 ${report.p95.toFixed(2)} ms (${report.calls} calls, cached histograms)`,
      );
      console.log(
        `  report after a change p50 ${cold.p50.toFixed(2)} ms, p95 ${cold.p95.toFixed(2)} ms (${cold.calls} calls, rebuilt)`,
      );
      console.log(
        `  naive  p50 ${naive.p50.toFixed(1)} ms, p95 ${naive.p95.toFixed(1)} ms (${naive.calls} calls); ${compared} pairs agree`,
      );
      const { submit, apply } = await benchSubmit(client, size);
      console.log(
        `  submit p50 ${submit.p50.toFixed(2)} ms, p95 ${submit.p95.toFixed(2)} ms (${submit.calls} calls)`,
      );
      console.log(
        `  its queued rollup change applied p50 ${apply.p50.toFixed(2)} ms, p95 ${apply.p95.toFixed(2)} ms`,
      );
      metrics.push(
        { name: 'generate_s', value: generateSeconds, unit: 's', size },
        { name: 'report_p50_ms', value: report.p50, unit: 'ms', size },
        { name: 'report_p95_ms', value: report.p95, unit: 'ms', size },
        { name: 'report_rebuilt_p50_ms', value: cold.p50, unit: 'ms', size },
        { name: 'report_rebuilt_p95_ms', value: cold.p95, unit: 'ms', size },
        { name: 'naive_p50_ms', value: naive.p50, unit: 'ms', size },
        { name: 'naive_p95_ms', value: naive.p95, unit: 'ms', size },
        { name: 'report_speedup_p95', value: naive.p95 / report.p95, unit: 'x', size },
        { name: 'submit_p50_ms', value: submit.p50, unit: 'ms', size },
        { name: 'submit_p95_ms', value: submit.p95, unit: 'ms', size },
        { name: 'rollup_apply_p50_ms', value: apply.p50, unit: 'ms', size },
        { name: 'rollup_apply_p95_ms', value: apply.p95, unit: 'ms', size },
      );
      mergeResults(join(BENCH_DIR, 'results.json'), metrics);
    }
  } finally {
    for (const generator of generators) await generator.end().catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

const root = mkdtempSync(join(tmpdir(), 'cx-bench-'));
const metrics: TMetric[] = [];
let postgres: TRunningPostgres | undefined;
let cleaning: Promise<void> | undefined;
/** Stops the cluster and removes its folder, once. */
const cleanUp = () =>
  (cleaning ??= (async () => {
    await postgres?.stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  })());
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the throwaway cluster and removing ${root}`);
    void cleanUp().then(() => process.exit(130));
  });
}
// Last resort on an abrupt exit: ask the server to shut down, remove the folder.
process.once('exit', () => {
  postgres?.kill();
  rmSync(root, { recursive: true, force: true });
});
let exitCode = 0;
try {
  await run(root, metrics, (started) => (postgres = started));
  console.log(`\n${formatTable(metrics, TARGETS)}\n\nWrote ${join(BENCH_DIR, 'results.json')}`);
} catch (error) {
  if (!interrupted) console.error(`\nbench failed: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(interrupted ? 130 : exitCode);
