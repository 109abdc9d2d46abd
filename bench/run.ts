/**
 * `npm run bench`: benchmark reports and submissions against a synthetic pool
 * of 10k, 100k and 1M organisations in a throwaway PostgreSQL cluster, check
 * the released report against the naive query over the released state,
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
import { openApiDoor, type TApiDoor } from './api-door.ts';
import { benchFlooding, solveNatively } from './flooding.ts';
import {
  addBenchOrganisations,
  BENCH_POOL,
  benchReportToken,
  benchResponseId,
  profileOptions,
} from './synthetic-pool.ts';
import { latency, secondsSince, timed, type TLatency } from './timing.ts';
import {
  benchConsultantWorkspace,
  RESPONDENTS_EACH,
  ROUNDS,
  WORKSPACE_ORGANISATIONS,
} from './consultant-workspace.ts';
import { stageStatistics, type TStageCounts } from '../src/lib/benchmark/stage-statistics.ts';
import { benchEdition, EDITION_SIZES, editionLine } from './edition.ts';

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
  { name: 'report_changed_p95_ms', size: 1_000_000, max: 20 },
  { name: 'report_http_p95_ms', size: 1_000_000, max: 20 },
  { name: 'report_changed_http_p95_ms', size: 1_000_000, max: 20 },
  { name: 'report_speedup_p95', size: 1_000_000, min: 50 },
  { name: 'submit_concurrent_p95_ms', size: null, max: 10 },
  { name: 'workspace_list_p95_ms', size: 1_000_000, max: 50 },
  { name: 'organisation_report_p95_ms', size: 1_000_000, max: 20 },
  { name: 'portfolio_p95_ms', size: 1_000_000, max: 50 },
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

// The released state from the raw tables: every organisation's counted result whose change is not
// waiting in the queue, counted per stage band, for the whole pool and the one-attribute segment.
const NAIVE_SQL = `
  with own as (
    select s.dimension, s.score from private.response_scores s where s.response_id = $1
  ), released as (
    -- standalone organisations by their response, client organisations (the consultant workspace) by their
    -- combined result
    select r.industry, r.company_size, s.dimension, s.score
    from private.organisation_results o
    join private.responses r on r.id = o.response_id
    join private.response_scores s on s.response_id = r.id
    where r.pool = $2 and not exists (select from private.rollup_queue q where q.response_id = r.id)
    union all
    select c.industry, c.company_size, s.dimension, s.score
    from private.organisation_results o
    join private.combined_results c on c.id = o.combined_result_id
    join private.combined_result_scores s on s.result_id = c.id
    where c.pool = $2 and not exists (select from private.rollup_queue q where q.combined_result_id = c.id)
  ), members as (
    select 'wholePool' as label, r.dimension, r.score
    from released r
    union all
    select 'segment', r.dimension, r.score
    from released r
    where $3::jsonb <> '{}'
      and r.industry = coalesce($3::jsonb ->> 'industry', r.industry)
      and r.company_size = coalesce($3::jsonb ->> 'company_size', r.company_size)
  )
  select m.label, m.dimension, count(*)::integer as rows, max(o.score)::float8 as own,
         array[count(*) filter (where m.score is null),
               count(*) filter (where m.score < 20), count(*) filter (where m.score >= 20 and m.score < 40),
               count(*) filter (where m.score >= 40 and m.score < 60), count(*) filter (where m.score >= 60 and m.score < 80),
               count(*) filter (where m.score >= 80)]::integer[] as counts
  from members m
  left join own o on o.dimension = m.dimension
  group by m.label, m.dimension`;

type TNaiveRow = {
  label: 'wholePool' | 'segment';
  dimension: string;
  rows: number;
  own: number | null;
  counts: TStageCounts;
};
type TGroupReport = {
  visible: boolean;
  reason?: string;
  n?: number;
  dimensions?: Array<Record<string, unknown> & { dimension: string }>;
};
type TReport = { anonymityK: number; wholePool: TGroupReport; segment: TGroupReport | null };
type TSegment = Record<string, string>;
type TPair = { id: string; row: number; segment: TSegment };

/** Differences between the report and the naive statistics of the released state; empty when they agree. */
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
    for (const row of rows) {
      const scored = row.counts.slice(1).reduce((total, count) => total + count, 0);
      const expected =
        scored < k
          ? { dimension: row.dimension, visible: false }
          : { ...stageStatistics(row.counts, row.own), dimension: row.dimension, visible: true };
      const actual = group.dimensions?.find((d) => d.dimension === row.dimension);
      const sorted = (value: object | undefined) =>
        JSON.stringify(value && Object.fromEntries(Object.entries(value).sort()));
      if (sorted(actual) !== sorted(expected)) {
        problems.push(
          `${label}.${row.dimension}: report ${sorted(actual)} vs naive ${sorted(expected)}`,
        );
      }
    }
  }
  return problems;
}

/** Random bench responses, alternating the whole pool, their industry and their size band. */
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
      i % 3 === 0
        ? {}
        : i % 3 === 1
          ? { industry: profile.industry }
          : { company_size: profile.company_size };
    return { id: profile.id, row, segment };
  });
}

/**
 * Adds `count` organisations with the profile of response `like` (scores moved a little) to the
 * queue, as submissions would, bypassing the submission checks; returns their response ids.
 */
async function queueLike(client: pg.Client, like: string, count: number): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `with made as (
       insert into private.responses (id, organisation_id, survey_version, language, answers, industry,
         company_size, region, business_model, respondent_function, respondent_seniority, report_token_hash, pool)
       select g.id, g.id, r.survey_version, r.language, r.answers, r.industry, r.company_size, r.region,
              r.business_model, r.respondent_function, r.respondent_seniority,
              pg_catalog.sha256(pg_catalog.convert_to(g.id::text, 'UTF8')), r.pool
       from private.responses r, (select gen_random_uuid() as id from generate_series(1, $2)) g
       where r.id = $1
       returning id
     ), scored as (
       insert into private.response_scores (response_id, dimension, score, stage)
       select m.id, s.dimension,
              case when s.score is null then null else least(100, greatest(0, s.score + (random() * 30 - 15)))::numeric(4, 1) end,
              s.stage
       from made m, private.response_scores s where s.response_id = $1
     )
     select id from made`,
    [like, count],
  );
  const ids = rows.map((row) => row.id);
  await client.query('select private.count_in_benchmarks(id) from unnest($1::uuid[]) as id', [ids]);
  return ids;
}

type TReportBench = {
  report: TLatency;
  http: TLatency;
  changed: TLatency;
  changedHttp: TLatency;
  release: TLatency;
  naive: TLatency;
  compared: number;
};

/**
 * Times the report on the path real traffic takes: steady (between releases),
 * and right after a release changed its groups, with changes still waiting in
 * the queue (k organisations like the caller's were released, one more of
 * another profile waits); the release itself is timed apart, as the job runs
 * it. Every report must match the naive query over the released state.
 */
async function benchReport(client: pg.Client, door: TApiDoor, size: number): Promise<TReportBench> {
  const pairs = await samplePairs(client, size, REPORT_WARMUP + REPORT_CALLS);
  const reportOverHttp = async (pair: TPair) =>
    timed(async () => {
      const response = await fetch(`${door.url}/rest/v1/rpc/benchmark_report`, {
        method: 'POST',
        headers: { apikey: door.key, 'content-type': 'application/json' },
        body: JSON.stringify({ report_token: benchReportToken(pair.row), segment: pair.segment }),
      });
      if (!response.ok) throw new Error(`benchmark_report over HTTP: ${response.status}`);
      // the owner's own fields (the company's name, whether a combined report is open) are not
      // part of the report the database path reads; everything else must match it byte for byte
      const report = (await response.json()) as Record<string, unknown>;
      delete report['organisationName'];
      delete report['combinedReport'];
      return report as TReport;
    });
  const reportOf = async (pair: TPair) =>
    timed(async () => {
      const { rows } = await client.query<{ report: TReport }>(REPORT_SQL, [
        pair.id,
        JSON.stringify(pair.segment),
      ]);
      return rows[0]!.report;
    });
  const { rows: settings } = await client.query<{ k: number }>(
    'select anonymity_k as k from private.settings',
  );
  const k = settings[0]!.k;

  const changedMs: number[] = [];
  const changedHttpMs: number[] = [];
  const releaseMs: number[] = [];
  for (const [i, pair] of pairs.slice(0, REPORT_WARMUP + COLD_CALLS).entries()) {
    await queueLike(client, pair.id, k);
    await queueLike(client, pairs[(i + 7) % pairs.length]!.id, 1);
    const released = await timed(() => client.query('select private.apply_queued_rollups()'));
    // alternate which path reads first, right after the release
    const first = i % 2 === 0 ? reportOf : reportOverHttp;
    const second = i % 2 === 0 ? reportOverHttp : reportOf;
    const a = await first(pair);
    const b = await second(pair);
    if (JSON.stringify(a.value) !== JSON.stringify(b.value)) {
      throw new Error(`MISMATCH: the report over HTTP differs from the database's for ${pair.id}`);
    }
    if (i >= REPORT_WARMUP) {
      changedMs.push(first === reportOf ? a.ms : b.ms);
      changedHttpMs.push(first === reportOf ? b.ms : a.ms);
      releaseMs.push(released.ms);
    }
  }
  const { rows: waiting } = await client.query<{ n: number }>(
    'select count(*)::integer as n from private.rollup_queue',
  );
  if (waiting[0]!.n === 0)
    throw new Error('the queue emptied: the changed-group timing had no waiting change');

  const reports: TReport[] = [];
  const reportMs: number[] = [];
  const httpMs: number[] = [];
  for (const pair of pairs) {
    const { value, ms } = await reportOf(pair);
    reports.push(value);
    reportMs.push(ms);
    httpMs.push((await reportOverHttp(pair)).ms);
  }

  // The public RPC, by token, answers exactly what the private function does.
  const probe = pairs[1]!;
  const viaApi = await client.query<{ report: TReport }>(
    // less the owner's own fields, which the private function does not give
    `select api.benchmark_report($1, $2::jsonb) - 'organisationName' - 'combinedReport' as report`,
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
    http: latency(httpMs.slice(REPORT_WARMUP)),
    changed: latency(changedMs),
    changedHttp: latency(changedHttpMs),
    release: latency(releaseMs),
    naive: latency(naiveMs),
    compared: warmup + calls,
  };
}

type TSubmitTimings = { submit: TLatency };

/**
 * Times `api.submit_response` with complete answer sets from every generator
 * connection at once (up to 4), against the large pool. Each submission
 * carries what a browser's does, prepared outside the timing: a solved
 * challenge and a draft started ten minutes before, so every pool integrity
 * check runs and the response is counted. The rate limits are raised in this
 * throwaway database (their counters still run).
 */
async function benchSubmit(submitters: pg.Client[], size: number): Promise<TSubmitTimings> {
  const submitMs: number[] = [];
  await submitters[0]!.query(
    `update private.pool_integrity_settings set client_submissions = 1000000, global_submissions = 1000000,
       client_challenges = 1000000, global_challenges = 1000000`,
  );
  const perClient = Math.ceil((SUBMIT_WARMUP + SUBMIT_CALLS) / submitters.length);
  // everything a browser prepares, done before the timed run so the bench's own work
  // (solving challenges) does not compete with the database for the cores
  const prepared: Array<Array<{ answers: string; proof: string; draftToken: string }>> = [];
  for (const [c, client] of submitters.entries()) {
    const calls = [];
    for (let i = 0; i < perClient; i++) {
      const answers = JSON.stringify(
        completeAnswers(assessmentV1Spec, seededPick(size + c * perClient + i)),
      );
      const { rows } = await client.query('select api.submission_challenge() as challenge');
      const proof = JSON.stringify(solveNatively(rows[0].challenge));
      const draftToken = newToken();
      await client.query(
        `insert into private.drafts (token_hash, survey_version, language, page_number, answers, updated_at, started_at)
         values (private.token_hash($1), $2, 'en', 6, $3::jsonb, now(), now() - interval '10 minutes')`,
        [draftToken, SURVEY_VERSION, answers],
      );
      calls.push({ answers, proof, draftToken });
    }
    prepared.push(calls);
  }
  await Promise.all(
    submitters.map(async (client, c) => {
      for (const [i, { answers, proof, draftToken }] of prepared[c]!.entries()) {
        const submitted = await timed(() =>
          client.query<{ result: { status: string; poolStatus: string } }>(
            'select api.submit_response($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb) as result',
            [randomUUID(), SURVEY_VERSION, 'en', answers, newToken(), draftToken, proof],
          ),
        );
        const result = submitted.value.rows[0]!.result;
        if (result.status !== 'stored' || result.poolStatus !== 'counted')
          throw new Error(`submit_response: ${JSON.stringify(result)}`);
        if (i >= SUBMIT_WARMUP / submitters.length) submitMs.push(submitted.ms);
      }
    }),
  );
  return { submit: latency(submitMs) };
}

// --- the run ------------------------------------------------------------------

/** Starts the cluster (handed to `onCluster` at once, so it can be stopped) and migrates a database. */
async function startThrowawayCluster(
  root: string,
  onCluster: (postgres: TRunningPostgres) => void,
  onDoor: (door: TApiDoor) => void,
): Promise<{ url: string; door: TApiDoor }> {
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
  const door = await openApiDoor(root, postgres.superuserUrl('bench'), secrets);
  onDoor(door);
  return { url: postgres.superuserUrl('bench'), door };
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
  onDoor: (door: TApiDoor) => void,
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
  const { url, door } = await startThrowawayCluster(root, onCluster, onDoor);
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

      const released = await timed(() =>
        client.query('select private.release_pool($1)', [BENCH_POOL]),
      );
      console.log(`  released whole in ${(released.ms / 1000).toFixed(2)} s`);
      const { report, http, changed, changedHttp, release, naive, compared } = await benchReport(
        client,
        door,
        size,
      );
      console.log(
        `  report p50 ${report.p50.toFixed(2)} ms, p95 ${report.p95.toFixed(2)} ms (${report.calls} calls, between releases)`,
      );
      console.log(
        `  report right after a release changed its groups, queue not empty: p50 ${changed.p50.toFixed(2)} ms, p95 ${changed.p95.toFixed(2)} ms (${changed.calls} calls)`,
      );
      console.log(
        `  the same over HTTP (proxy and PostgREST): between releases p50 ${http.p50.toFixed(2)} ms, p95 ${http.p95.toFixed(2)} ms; right after a release p50 ${changedHttp.p50.toFixed(2)} ms, p95 ${changedHttp.p95.toFixed(2)} ms`,
      );
      console.log(
        `  release of a batch of k + 1 queued: p50 ${release.p50.toFixed(1)} ms, p95 ${release.p95.toFixed(1)} ms`,
      );
      console.log(
        `  naive  p50 ${naive.p50.toFixed(1)} ms, p95 ${naive.p95.toFixed(1)} ms (${naive.calls} calls); ${compared} pairs agree`,
      );
      const { submit } = await benchSubmit(generators, size);
      console.log(
        `  submit with ${generators.length} at once p50 ${submit.p50.toFixed(2)} ms, p95 ${submit.p95.toFixed(2)} ms (${submit.calls} calls)`,
      );
      const workspace = await benchConsultantWorkspace(client, door, options, SURVEY_VERSION);
      if (workspace.poolEntries !== WORKSPACE_ORGANISATIONS) {
        throw new Error(
          `the pool counts ${workspace.poolEntries} entries for ${WORKSPACE_ORGANISATIONS} organisations`,
        );
      }
      console.log(
        `  a consultant's workspace of ${WORKSPACE_ORGANISATIONS} organisations × ${RESPONDENTS_EACH} executives × ${ROUNDS} rounds (each counted once in the pool): portfolio p50 ${workspace.portfolio.p50.toFixed(2)} ms, p95 ${workspace.portfolio.p95.toFixed(2)} ms (HTTP p95 ${workspace.portfolioHttp.p95.toFixed(2)} ms); list p50 ${workspace.list.p50.toFixed(2)} ms, p95 ${workspace.list.p95.toFixed(2)} ms (HTTP p95 ${workspace.listHttp.p95.toFixed(2)} ms); one organisation's report p50 ${workspace.report.p50.toFixed(2)} ms, p95 ${workspace.report.p95.toFixed(2)} ms (HTTP p95 ${workspace.reportHttp.p95.toFixed(2)} ms)`,
      );
      metrics.push(
        { name: 'generate_s', value: generateSeconds, unit: 's', size },
        { name: 'release_whole_s', value: released.ms / 1000, unit: 's', size },
        { name: 'report_p50_ms', value: report.p50, unit: 'ms', size },
        { name: 'report_p95_ms', value: report.p95, unit: 'ms', size },
        { name: 'report_changed_p50_ms', value: changed.p50, unit: 'ms', size },
        { name: 'report_changed_p95_ms', value: changed.p95, unit: 'ms', size },
        { name: 'report_http_p95_ms', value: http.p95, unit: 'ms', size },
        { name: 'report_changed_http_p95_ms', value: changedHttp.p95, unit: 'ms', size },
        { name: 'release_batch_p95_ms', value: release.p95, unit: 'ms', size },
        { name: 'naive_p50_ms', value: naive.p50, unit: 'ms', size },
        { name: 'naive_p95_ms', value: naive.p95, unit: 'ms', size },
        { name: 'report_speedup_p95', value: naive.p95 / report.p95, unit: 'x', size },
        { name: 'submit_concurrent_p50_ms', value: submit.p50, unit: 'ms', size },
        { name: 'submit_concurrent_p95_ms', value: submit.p95, unit: 'ms', size },
        { name: 'workspace_list_p95_ms', value: workspace.list.p95, unit: 'ms', size },
        { name: 'workspace_list_http_p95_ms', value: workspace.listHttp.p95, unit: 'ms', size },
        { name: 'organisation_report_p95_ms', value: workspace.report.p95, unit: 'ms', size },
        {
          name: 'organisation_report_http_p95_ms',
          value: workspace.reportHttp.p95,
          unit: 'ms',
          size,
        },
        { name: 'portfolio_p95_ms', value: workspace.portfolio.p95, unit: 'ms', size },
        { name: 'portfolio_http_p95_ms', value: workspace.portfolioHttp.p95, unit: 'ms', size },
      );
      if (EDITION_SIZES.includes(size)) {
        const edition = await benchEdition(client, size);
        console.log(editionLine(edition));
        metrics.push(
          { name: 'edition_freeze_s', value: edition.freezeMs / 1000, unit: 's', size },
          { name: 'edition_export_s', value: edition.exportMs / 1000, unit: 's', size },
          { name: 'edition_package_mb', value: edition.packageBytes / 2 ** 20, unit: 'MB', size },
          { name: 'edition_export_peak_rss_mb', value: edition.peakRssMb, unit: 'MB', size },
        );
      }
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
let door: TApiDoor | undefined;
let cleaning: Promise<void> | undefined;
/** Stops the cluster and removes its folder, once. */
const cleanUp = () =>
  (cleaning ??= (async () => {
    await door?.stop().catch(() => undefined);
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
  await run(
    root,
    metrics,
    (started) => (postgres = started),
    (opened) => (door = opened),
  );
  console.log(`\n${formatTable(metrics, TARGETS)}\n\nWrote ${join(BENCH_DIR, 'results.json')}`);
} catch (error) {
  if (!interrupted) console.error(`\nbench failed: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(interrupted ? 130 : exitCode);
