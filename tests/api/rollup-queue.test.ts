/**
 * Rollup upkeep through the queue: a submission queues its change instead of
 * updating the rollups; the release job admits the batch the anonymity rule
 * allows and leaves exactly the rollups a recount of the released results
 * gives, however the changes were batched and whatever runs at the same time.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import { fetchBenchmarkReport, type TGroupBenchmark } from '../../src/lib/api/benchmark-report.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { assessmentV1Spec } from '../../surveys/assessment/index.ts';
import { completeAnswers, seededPick } from '../fixtures/answer-sets.ts';
import { queuedChanges, rollupDifferences } from '../fixtures/naive-rollups.ts';
import { seedOrganisation, seedOrganisations } from '../fixtures/seed-pool.ts';
import {
  admittedOrganisations,
  type TQueuedChange,
} from '../../src/lib/benchmark/release-batch.ts';
import { clusterUrl } from './test-cluster.ts';
import { relaxPoolIntegrity, submitWithProof } from '../fixtures/live-submission.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(async () => {
  await api.sql.query(
    `truncate private.responses, private.segment_sizes, private.segment_score_bins,
       private.group_stage_counts, private.released_cells, private.benchmark_releases cascade;
     update private.settings set anonymity_k = 5`,
  );
  await relaxPoolIntegrity(api.sql);
});

function wholePoolSize(group: TGroupBenchmark | null): number {
  if (!group?.visible) throw new Error(`group not visible: ${JSON.stringify(group)}`);
  return group.n;
}

async function applyQueue(sql: pg.Client = api.sql): Promise<number> {
  const { rows } = await sql.query<{ applied: number }>(
    'select private.apply_queued_rollups() as applied',
  );
  return rows[0]!.applied;
}

async function storedSizeOfWholePool(): Promise<number | undefined> {
  const { rows } = await api.sql.query<{ organisations: number }>(
    `select organisations from private.segment_sizes
     where pool = 'live' and industry = '*' and company_size = '*' and region = '*' and business_model = '*'`,
  );
  return rows[0]?.organisations;
}

async function submit(seed: number) {
  const reportToken = newToken();
  const stored = await submitWithProof(
    {
      responseId: randomUUID(),
      surveyVersion: assessmentV1Spec.version,
      language: 'en',
      answers: completeAnswers(assessmentV1Spec, seededPick(seed)),
      reportToken,
    },
    api.anon,
  );
  expect(stored.status).toBe('stored');
  return { id: stored.responseId, reportToken };
}

async function queuedOrganisations(): Promise<TQueuedChange[]> {
  const { rows } = await api.sql.query<TQueuedChange>(
    `select r.organisation_id as organisation,
            jsonb_build_object('industry', r.industry, 'company_size', r.company_size,
                               'region', r.region, 'business_model', r.business_model) as profile
     from private.rollup_queue q join private.responses r on r.id = q.response_id`,
  );
  return rows;
}

describe('private.rollup_queue', () => {
  it('takes a submission’s change; a report reads the released figures and applies nothing', async () => {
    const mine = await submit(1);
    const queued = await queuedChanges(api.sql);
    expect(queued).toEqual([{ responseId: mine.id, delta: 1 }]);
    const report = await fetchBenchmarkReport({ reportToken: mine.reportToken }, api.anon);
    expect(report.wholePool).toMatchObject({ visible: false, reason: 'too_few' });
    expect(report.ownResultReleased).toBe(false);
    expect(await queuedChanges(api.sql)).toEqual(queued);
    expect(await storedSizeOfWholePool()).toBeUndefined();
    expect(await rollupDifferences(api.sql)).toEqual([]);
  });

  it('queues a replaced result as its removal and the new one, and a batch applies both exactly', async () => {
    const organisationId = '00000000-0000-4000-8000-0000000000bb';
    const first = await seedOrganisation(api.sql, { score: 40, organisationId });
    await seedOrganisations(
      api.sql,
      [10, 20, 30, 50].map((score) => ({ score })),
    );
    expect(await applyQueue()).toBe(5);

    // the same organisation answers again, with four new ones: a batch of five organisations
    const second = await seedOrganisation(api.sql, { score: 70, organisationId });
    expect(await queuedChanges(api.sql)).toEqual([
      { responseId: first.id, delta: -1 },
      { responseId: second.id, delta: 1 },
    ]);
    expect(await applyQueue()).toBe(0);
    expect(await rollupDifferences(api.sql)).toEqual([]);
    await seedOrganisations(
      api.sql,
      [60, 80, 90, 95].map((score) => ({ score })),
    );
    expect(await applyQueue()).toBe(2 + 4);
    expect(await rollupDifferences(api.sql)).toEqual([]);
    expect(await storedSizeOfWholePool()).toBe(9);
  });

  it('admits the batch the TypeScript rule admits, on 20 random queues with retakes, and recounts exactly', async () => {
    const industries = ['insurance', 'retail', 'banking'];
    const regions = ['korea', 'japan'];
    const kinds = new Set<string>();
    for (let round = 0; round < 20; round++) {
      const pick = seededPick(round);
      const size = 6 + Number(pick(['0', '4', '9', '14', '24'], 'size'));
      for (let i = 0; i < size; i++) {
        await seedOrganisation(api.sql, {
          score: (i * 37 + round) % 101,
          scores: i % 5 === 0 ? { brand: null } : { effort: (i * 13) % 100 },
          industry: pick(industries, `industry${i}`),
          region: pick(regions, `region${i}`),
          // some organisations answer a second time, perhaps from another segment
          organisationId: `00000000-0000-4000-8${String(round).padStart(3, '0')}-${String(
            i - (pick(['same', 'new', 'new'], `retake${i}`) === 'same' && i > 0 ? 1 : 0),
          ).padStart(12, '0')}`,
        });
      }
      const queue = await queuedOrganisations();
      const expected = admittedOrganisations(queue, 5);
      await applyQueue();
      const waiting = new Set((await queuedOrganisations()).map((change) => change.organisation));
      const admitted = new Set(
        queue.map((change) => change.organisation).filter((o) => !waiting.has(o)),
      );
      expect([...admitted].sort(), `round ${round}`).toEqual([...expected].sort());
      expect(await rollupDifferences(api.sql)).toEqual([]);
      kinds.add(admitted.size === 0 ? 'none' : waiting.size === 0 ? 'all' : 'some');
    }
    // the queues exercise every outcome: nothing, part of the queue, and all of it released
    expect([...kinds].sort()).toEqual(['all', 'none', 'some']);
  });

  it('loses no change and deadlocks nowhere when submissions, releases and reports run at once', async () => {
    const seeded = await seedOrganisations(
      api.sql,
      [20, 35, 50, 65, 80].map((score) => ({ score })),
    );
    await applyQueue();
    const work = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => submit(100 + i).then(() => undefined)),
      ...Array.from({ length: 6 }, () => applyQueue().then(() => undefined)),
      ...Array.from({ length: 12 }, (_, i) =>
        fetchBenchmarkReport({ reportToken: seeded[i % 5]!.reportToken }, api.anon).then((r) =>
          wholePoolSize(r.wholePool),
        ),
      ),
    ]);
    for (const n of work.filter((value) => value !== undefined)) {
      expect(n).toBeGreaterThanOrEqual(5);
      expect(n).toBeLessThanOrEqual(17);
    }
    await applyQueue();
    expect(await rollupDifferences(api.sql)).toEqual([]);
    const { rows } = await api.sql.query<{ n: number }>(
      'select count(*)::integer as n from private.organisation_results',
    );
    expect(rows[0]!.n).toBe(17);
  });

  it('counts one organisation once when two of its results are counted at the same time', async () => {
    const organisationId = randomUUID();
    // two results of one organisation with no counted result yet (say, a held first answer admitted
    // while a retake arrives): each stored, not yet counted
    const results = [];
    for (const score of [40, 70]) {
      const seeded = await seedOrganisation(api.sql, { score, organisationId });
      results.push(seeded.id);
    }
    await api.sql.query(`truncate private.organisation_results, private.rollup_queue`);
    const first = new pg.Client({ connectionString: clusterUrl(api.cluster, api.database) });
    const second = new pg.Client({ connectionString: clusterUrl(api.cluster, api.database) });
    await first.connect();
    await second.connect();
    try {
      await first.query('begin');
      await second.query('begin');
      await first.query('select private.count_in_benchmarks($1)', [results[0]]);
      const waiting = second.query('select private.count_in_benchmarks($1)', [results[1]]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await first.query('commit');
      await waiting;
      await second.query('commit');
    } finally {
      await first.end();
      await second.end();
    }
    // the second saw the first: its removal is queued with the addition
    const queued = await queuedChanges(api.sql);
    expect(queued).toEqual([
      { responseId: results[0], delta: 1 },
      { responseId: results[0], delta: -1 },
      { responseId: results[1], delta: 1 },
    ]);
    const net = queued.reduce((total, change) => total + change.delta, 0);
    expect(net).toBe(1);
  });

  it('answers a report during a release in progress at once, from the previous release', async () => {
    const seeded = await seedOrganisations(
      api.sql,
      [20, 35, 50, 65, 80].map((score) => ({ score })),
    );
    await applyQueue();
    await seedOrganisations(
      api.sql,
      [21, 36, 51, 66, 81].map((score) => ({ score })),
    );
    const other = new pg.Client({ connectionString: clusterUrl(api.cluster, api.database) });
    await other.connect();
    try {
      await other.query('begin');
      expect(await applyQueue(other)).toBe(5);
      const report = await fetchBenchmarkReport({ reportToken: seeded[0]!.reportToken }, api.anon);
      expect(wholePoolSize(report.wholePool)).toBe(5);
      await other.query('commit');
      const after = await fetchBenchmarkReport({ reportToken: seeded[0]!.reportToken }, api.anon);
      expect(wholePoolSize(after.wholePool)).toBe(10);
    } finally {
      await other.end();
    }
    expect(await rollupDifferences(api.sql)).toEqual([]);
  });
});
