/**
 * The local stack's timer for the rollup queue: it applies queued changes
 * without any report being read, and stops when told to.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { startRollupApplier } from '../../stack/rollup-applier.ts';
import { queuedChanges, rollupDifferences } from '../fixtures/naive-rollups.ts';
import { seedOrganisation } from '../fixtures/seed-pool.ts';
import { clusterUrl } from './test-cluster.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(async () => {
  await api.sql.query(
    'truncate private.responses, private.segment_sizes, private.segment_score_bins, private.group_stage_counts, private.released_cells, private.benchmark_releases cascade',
  );
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForEmptyQueue(timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await queuedChanges(api.sql)).length === 0) return true;
    await sleep(25);
  }
  return false;
}

describe('startRollupApplier', () => {
  it('applies queued changes on its own, and none after it stopped', async () => {
    const logged: string[] = [];
    const applier = startRollupApplier({
      databaseUrl: clusterUrl(api.cluster, api.database),
      intervalMs: 50,
      log: (line) => logged.push(line),
    });
    try {
      // a batch of five: the release rule admits it whole
      for (const score of [40, 50, 60, 70, 80]) await seedOrganisation(api.sql, { score });
      expect(await waitForEmptyQueue(5_000)).toBe(true);
      expect(await rollupDifferences(api.sql)).toEqual([]);
    } finally {
      await applier.stop();
    }
    await seedOrganisation(api.sql, { score: 80 });
    await sleep(300);
    expect(await queuedChanges(api.sql)).toHaveLength(1);
    expect(logged).toEqual([]);
  });

  it('runs the pool integrity upkeep on the same tick: expired drafts go, fresh ones stay', async () => {
    await api.sql.query(
      `truncate private.drafts;
       insert into private.drafts (token_hash, survey_version, language, page_number, answers, updated_at)
       values (sha256('stale'), 'digital-cx-v1', 'en', 0, '{}', now() - interval '31 days'),
              (sha256('fresh'), 'digital-cx-v1', 'en', 0, '{}', now())`,
    );
    const applier = startRollupApplier({
      databaseUrl: clusterUrl(api.cluster, api.database),
      intervalMs: 50,
    });
    try {
      const deadline = Date.now() + 5_000;
      let left = 2;
      while (left === 2 && Date.now() < deadline) {
        await sleep(25);
        left = Number((await api.sql.query('select count(*) as n from private.drafts')).rows[0].n);
      }
      expect(left).toBe(1);
    } finally {
      await applier.stop();
    }
  });

  it('logs a failed run and keeps trying', async () => {
    const logged: string[] = [];
    const applier = startRollupApplier({
      databaseUrl: clusterUrl(api.cluster, 'no_such_database'),
      intervalMs: 20,
      log: (line) => logged.push(line),
    });
    await sleep(400);
    await applier.stop();
    expect(logged.length).toBeGreaterThanOrEqual(2);
    expect(logged[0]).toMatch(/Applying queued rollups failed .*no_such_database/);
  });
});
