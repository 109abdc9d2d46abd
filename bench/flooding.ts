/**
 * How many fake organisations a script gets into the live pool, with the
 * pool integrity protections on, through the real door (the stack's proxy and
 * PostgREST) of a throwaway database: one client, then ten clients at once
 * (distinct loopback source addresses, which the proxy passes on as
 * X-Forwarded-For), about 20 s each. The script is the fastest kind: it
 * solves each challenge with native SHA-256 (node:crypto, far faster than a
 * browser), varies its answers and keeps calling when refused. For
 * comparison, one client with the protections relaxed (no limits, no checks,
 * a trivial challenge). Then what a person pays: the proof-of-work solve
 * time in Chromium (the product's own solver, Web Crypto) over 20 challenges
 * at the production difficulty.
 *
 * `node bench/flooding.ts` runs it alone; `npm run bench` runs it first.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { newToken } from '../src/lib/assessment/tokens.ts';
import { solveChallenge, type TWorkChallenge } from '../src/lib/pool-integrity/proof-of-work.ts';
import { dataDirLayout, ensureDataDir } from '../stack/data-dir.ts';
import { ensureLocalRoles } from '../stack/local-roles.ts';
import { applyMigrations } from '../stack/migrate.ts';
import { findFreePort } from '../stack/ports.ts';
import { startPostgres } from '../stack/postgres.ts';
import { generateSecrets } from '../stack/secrets.ts';
import { MIGRATIONS_DIR } from '../stack/stack.ts';
import { assessmentV1Spec } from '../surveys/assessment/index.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../stack/chromium.ts';
import { completeAnswers, seededPick } from '../tests/fixtures/answer-sets.ts';
import { postFrom } from '../tests/fixtures/post-from.ts';
import { openApiDoor } from './api-door.ts';
import type { TMetric } from './report-table.ts';
import { latency } from './timing.ts';

const FLOOD_SECONDS = Number(process.env['BENCH_FLOOD_SECONDS'] ?? 20);
const POW_CHALLENGES = 20;
/** The figure for main before these protections: 1,000 organisations in 3.2 s, one client. */
export const BEFORE_ONE_CLIENT_PER_MINUTE = (1000 / 3.2) * 60;

/** A challenge solved as a script would: native SHA-256, one candidate after another. */
export function solveNatively(challenge: Pick<TWorkChallenge, 'challenge' | 'salt' | 'maxnumber'>) {
  for (let number = 0; number <= challenge.maxnumber; number++) {
    const digest = createHash('sha256')
      .update(challenge.salt + number)
      .digest('hex');
    if (digest === challenge.challenge) return { salt: challenge.salt, number };
  }
  throw new Error('unsolvable challenge');
}

type TFlood = { stored: number; counted: number; refused: number; seconds: number };

/** Clients (one per source address) submitting fake organisations as fast as they can. */
async function flood(
  origin: string,
  key: string,
  sql: pg.Client,
  addresses: string[],
  seconds: number,
): Promise<TFlood> {
  await sql.query('truncate private.responses, private.rate_counters cascade');
  const start = performance.now();
  const deadline = start + seconds * 1000;
  let refused = 0;
  let seed = 0;
  await Promise.all(
    addresses.map(async (from) => {
      while (performance.now() < deadline) {
        const challenge = await postFrom(origin, key, from, 'submission_challenge', {});
        if (challenge.status !== 200) {
          refused++;
          continue;
        }
        const submitted = await postFrom(origin, key, from, 'submit_response', {
          response_id: randomUUID(),
          survey_version: assessmentV1Spec.version,
          language: 'en',
          answers: completeAnswers(assessmentV1Spec, seededPick(++seed)),
          report_token: newToken(),
          proof: solveNatively(challenge.body as TWorkChallenge),
        });
        if (submitted.status !== 200) refused++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const { rows } = await sql.query<{ stored: number; counted: number }>(
    `select count(*)::int as stored, count(*) filter (where pool_status = 'counted')::int as counted
     from private.responses where pool = 'live'`,
  );
  return { ...rows[0]!, refused, seconds: elapsed };
}

/** Proof-of-work solve times in Chromium, in ms, for challenges issued by the database. */
async function chromiumSolveTimes(sql: pg.Client, count: number): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(process.env['CHROMIUM_PATH']),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    // Web Crypto needs a secure context: http://localhost is one
    await page.route('http://localhost/pow', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>pow</title>' }),
    );
    await page.goto('http://localhost/pow');
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const { rows } = await sql.query<{ challenge: TWorkChallenge }>(
        'select api.submission_challenge() as challenge',
      );
      const challenge = rows[0]!.challenge;
      const { ms, proof } = await page.evaluate(
        async ([source, input]) => {
          // the product's solver, as its source (self-contained by design)
          const solve = new Function(`return (${source})`)() as typeof solveChallenge;
          const started = performance.now();
          const proof = await solve(input, 1000);
          return { ms: performance.now() - started, proof };
        },
        [solveChallenge.toString(), challenge] as const,
      );
      if (
        !proof ||
        createHash('sha256')
          .update(proof.salt + proof.number)
          .digest('hex') !== challenge.challenge
      )
        throw new Error('Chromium returned a wrong proof');
      times.push(ms);
    }
    return times;
  } finally {
    await browser.close();
  }
}

/** Runs the whole measurement in a throwaway cluster; returns the figures and logs lines. */
export async function benchFlooding(log: (line: string) => void = console.log): Promise<TMetric[]> {
  const root = mkdtempSync(join(tmpdir(), 'cx-bench-flood-'));
  const layout = dataDirLayout(root);
  ensureDataDir(layout);
  const secrets = await generateSecrets();
  const postgres = await startPostgres({
    pgdata: layout.pgdata,
    port: await findFreePort(),
    password: secrets.postgresPassword,
    logFile: layout.postgresLog,
  });
  let stopDoor: (() => Promise<void>) | undefined;
  const sql = new pg.Client({ connectionString: postgres.superuserUrl() });
  try {
    await ensureLocalRoles(postgres.superuserUrl(), secrets.authenticatorPassword);
    await applyMigrations(postgres.superuserUrl(), MIGRATIONS_DIR);
    const door = await openApiDoor(root, postgres.superuserUrl(), secrets);
    stopDoor = door.stop;
    const http = { url: door.url };
    await sql.connect();
    const key = secrets.anonKey;
    const perMinute = (count: number, seconds: number) => (count / seconds) * 60;
    const metrics: TMetric[] = [];
    const report = (name: string, result: TFlood, clients: number) => {
      log(
        `  ${name}: ${result.counted} counted, ${result.stored - result.counted} held, ${result.refused} refused ` +
          `in ${result.seconds.toFixed(1)} s = ${perMinute(result.counted, result.seconds).toFixed(1)} ` +
          `organisations/min into the pool (${clients} client${clients > 1 ? 's' : ''})`,
      );
      metrics.push(
        {
          name: `${name}_counted_per_min`,
          value: perMinute(result.counted, result.seconds),
          unit: '/min',
          size: null,
        },
        {
          name: `${name}_stored_per_min`,
          value: perMinute(result.stored, result.seconds),
          unit: '/min',
          size: null,
        },
      );
    };

    log(`Flooding the live pool through the proxy, ${FLOOD_SECONDS} s per run:`);
    log(
      `  before (main, from the issue): 1,000 organisations in 3.2 s from one client = ` +
        `${BEFORE_ONE_CLIENT_PER_MINUTE.toFixed(0)}/min`,
    );
    await sql.query(
      `update private.pool_integrity_settings set proof_max_number = 0,
         client_submissions = 1000000, global_submissions = 1000000,
         client_challenges = 1000000, global_challenges = 1000000,
         seconds_per_item = 0, median_fraction = 0, longstring_min_matrix = 1000000, duplicate_window = '0'`,
    );
    report(
      'flood_unprotected_one_client',
      await flood(http.url, key, sql, ['127.0.0.2'], Math.min(10, FLOOD_SECONDS)),
      1,
    );
    await sql.query(
      'delete from private.pool_integrity_settings; insert into private.pool_integrity_settings default values',
    );
    report('flood_one_client', await flood(http.url, key, sql, ['127.0.0.3'], FLOOD_SECONDS), 1);
    const ten = Array.from({ length: 10 }, (_, i) => `127.0.0.${20 + i}`);
    report('flood_ten_clients', await flood(http.url, key, sql, ten, FLOOD_SECONDS), 10);
    const { rows } = await sql.query<{ client: number; all: number }>(
      'select client_submissions as client, global_submissions as all from private.pool_integrity_settings',
    );
    log(
      `  ceiling whatever the script does: ${rows[0]!.client} submissions an hour per client, ` +
        `${rows[0]!.all} an hour overall; each counted one also waits out the speeding floor from its draft`,
    );

    const times = await chromiumSolveTimes(sql, POW_CHALLENGES);
    const pow = latency(times);
    log(
      `Proof of work in Chromium (${POW_CHALLENGES} challenges at the production difficulty): ` +
        `p50 ${pow.p50.toFixed(0)} ms, p95 ${pow.p95.toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
    );
    metrics.push(
      { name: 'pow_chromium_p50_ms', value: pow.p50, unit: 'ms', size: null },
      { name: 'pow_chromium_p95_ms', value: pow.p95, unit: 'ms', size: null },
    );
    return metrics;
  } finally {
    await sql.end().catch(() => undefined);
    await stopDoor?.().catch(() => undefined);
    await postgres.stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  await benchFlooding();
}
